/** Small file helpers the client commands share. */
import { Uri, window, workspace } from 'vscode';

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

/**
 * The file a command acts on: its argument (a Uri or uri string: a code lens, a menu, a test), else
 * the active text editor's document, else the one CSV among the visible editors — so a command run
 * from a walkthrough button, whose page is the active editor, still finds the file shown beside it.
 */
export function commandTarget(arg?: unknown): Uri | undefined {
  if (arg instanceof Uri || typeof arg === 'string') return toUri(arg);
  if (window.activeTextEditor) return window.activeTextEditor.document.uri;
  const csvs = window.visibleTextEditors.filter((e) => e.document.languageId === 'csv');
  return csvs.length === 1 ? csvs[0]!.document.uri : undefined;
}
