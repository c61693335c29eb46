/**
 * The client's workspace folders, so that relative paths in settings (`miitelCsv.files`,
 * `miitelCsv.existingLoginIdsFile`) resolve against the folder that holds each document.
 */
import { fileURLToPath } from 'node:url';
import type { WorkspaceFolder } from 'vscode-languageserver';
import type { DocumentLocation } from '../service/languageService';

/** The open workspace folders, as file system paths. */
export class WorkspaceFolders {
  private folders: string[] = [];

  /** Replaces the folders (from `initialize`: `workspaceFolders`, else the deprecated `rootUri`). */
  set(folders: readonly WorkspaceFolder[] | null | undefined, rootUri?: string | null): void {
    const uris = folders?.map((f) => f.uri) ?? (rootUri ? [rootUri] : []);
    this.folders = uris.map(uriToPath).filter((p): p is string => p !== undefined);
  }

  /** Applies a `workspace/didChangeWorkspaceFolders` event. */
  change(added: readonly WorkspaceFolder[], removed: readonly WorkspaceFolder[]): void {
    const gone = new Set(removed.map((f) => uriToPath(f.uri)));
    const kept = this.folders.filter((p) => !gone.has(p));
    this.folders = [...kept, ...added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined)];
  }

  /** The innermost folder containing `path`, if any. */
  folderOf(path: string | undefined): string | undefined {
    if (path === undefined) return undefined;
    const inside = this.folders.filter((folder) => path === folder || path.startsWith(withSlash(folder)));
    return inside.sort((a, b) => b.length - a.length)[0];
  }

  /** Where the document with this uri lives (no path for untitled and other non-file documents). */
  locate(uri: string): DocumentLocation {
    const path = uriToPath(uri);
    return { path, folder: this.folderOf(path) };
  }
}

/** The file system path of a `file:` uri; undefined for other schemes or malformed uris. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function withSlash(folder: string): string {
  return /[\\/]$/.test(folder) ? folder : `${folder}${folder.includes('\\') ? '\\' : '/'}`;
}
