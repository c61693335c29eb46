/** Small file helpers the client commands share. */
import { Uri, workspace } from 'vscode';

/** A Uri from a Uri, a uri string (`file:///…`) or a file system path. */
export function toUri(value: Uri | string): Uri {
  if (value instanceof Uri) return value;
  // A scheme of two letters or more: "C:\…" is a Windows path, not a uri.
  return /^[a-z][a-z0-9+.-]+:/i.test(value) ? Uri.parse(value) : Uri.file(value);
}

/** Whether something exists at `uri`. */
export async function exists(uri: Uri): Promise<boolean> {
  try {
    await workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
