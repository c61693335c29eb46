/**
 * Which documents the client sends to the server: every CSV, plus whatever the `miitelCsv.files`
 * globs name (those may have another language, e.g. a `.txt` export). The server then decides
 * which of them are MiiTel files; the others get no diagnostics.
 */
import type { DocumentSelector, TextDocumentFilter } from 'vscode-languageclient/node';

/** A workspace folder's uri and the `miitelCsv.files` patterns configured for it. */
export interface FolderPatterns {
  readonly uri: string;
  readonly patterns: readonly string[];
}

const isAbsolute = (pattern: string) => pattern.startsWith('/') || /^[A-Za-z]:[\\/]/.test(pattern);

/** The document selector for CSV files and the configured patterns of each folder. */
export function documentSelector(folders: readonly FolderPatterns[]): DocumentSelector {
  const selector: TextDocumentFilter[] = [
    { scheme: 'file', language: 'csv' },
    { scheme: 'untitled', language: 'csv' },
    // The organisation config: the server reports its problems in the file itself.
    { scheme: 'file', pattern: '**/.miitel-csv.json' },
  ];
  const seen = new Set<string>();
  const add = (filter: TextDocumentFilter) => {
    const key = JSON.stringify(filter);
    if (seen.has(key)) return;
    seen.add(key);
    selector.push(filter);
  };
  for (const folder of folders) {
    for (const raw of folder.patterns) {
      const pattern = raw.trim().replace(/^\.\//, '');
      if (pattern === '') continue;
      // Relative patterns are relative to the folder, as the server reads them.
      add({ scheme: 'file', pattern: isAbsolute(pattern) ? pattern : { baseUri: folder.uri, pattern } });
    }
  }
  return selector;
}
