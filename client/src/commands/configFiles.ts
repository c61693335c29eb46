/**
 * The pure half of "MiiTel CSV: Check this file as a user CSV": where the organisation config
 * `.miitel-csv.json` is looked for, the path written into its `files`, and the edit of its text.
 * The text is edited with jsonc-parser's `modify`/`applyEdits`, so comments, key order and the
 * formatting of the rest of the file stay as they were. No vscode API here, so it is unit-tested.
 */
import { applyEdits, type FormattingOptions, modify, type ParseError, parseTree, findNodeAtLocation } from 'jsonc-parser';

/** The organisation config's file name. */
export const CONFIG_FILE_NAME = '.miitel-csv.json';

/** What {@link addFileToConfig} did. */
export type AddFileResult =
  | { readonly kind: 'added'; readonly text: string }
  | { readonly kind: 'present' }
  /** The text is no valid JSON object, or its `files` is no list of strings: nothing is changed. */
  | { readonly kind: 'invalid'; readonly reason: 'not-object' | 'files-not-list' };

/**
 * The folders where a config for the file in `fileDir` may be, nearest first: `fileDir` and each
 * parent up to `rootDir` (both POSIX paths, as in a Uri's `path`), or `fileDir` alone when it is
 * not inside `rootDir`.
 */
export function configFolders(fileDir: string, rootDir: string | undefined): string[] {
  const trim = (p: string) => (p.length > 1 ? p.replace(/\/+$/, '') : p);
  const dir = trim(fileDir);
  const root = rootDir === undefined ? undefined : trim(rootDir);
  if (root === undefined || !(dir === root || dir.startsWith(root === '/' ? '/' : `${root}/`))) return [dir];
  const folders = [dir];
  for (let current = dir; current !== root;) {
    current = current.slice(0, Math.max(current.lastIndexOf('/'), 1));
    folders.push(current);
  }
  return folders;
}

/**
 * The entry of `files` for the file at `filePath`, relative to the config's folder `configDir`
 * (POSIX paths, the file inside the folder): glob characters are escaped with a backslash, so the
 * pattern names this one file.
 */
export function filesEntry(configDir: string, filePath: string): string {
  const base = configDir.endsWith('/') ? configDir : `${configDir}/`;
  const relative = filePath.startsWith(base) ? filePath.slice(base.length) : filePath;
  return relative.replace(/[\\*?[\]{}]/g, '\\$&');
}

/**
 * The config text with `entry` added to the end of its `files` list (the list created when there is
 * none; the whole file created when `text` is undefined or blank). An entry already listed is left.
 */
export function addFileToConfig(text: string | undefined, entry: string): AddFileResult {
  if (text === undefined || text.trim() === '') return { kind: 'added', text: `{\n  "files": [${JSON.stringify(entry)}]\n}\n` };
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true });
  if (errors.length > 0 || !root || root.type !== 'object') return { kind: 'invalid', reason: 'not-object' };
  const files = findNodeAtLocation(root, ['files']);
  const formatting = formattingOf(text);
  if (files === undefined) {
    return { kind: 'added', text: applyEdits(text, modify(text, ['files'], [entry], { formattingOptions: formatting })) };
  }
  if (files.type !== 'array' || (files.children ?? []).some((child) => child.type !== 'string')) {
    return { kind: 'invalid', reason: 'files-not-list' };
  }
  if ((files.children ?? []).some((child) => child.value === entry)) return { kind: 'present' };
  const edits = modify(text, ['files', -1], entry, { formattingOptions: formatting, isArrayInsertion: true });
  return { kind: 'added', text: applyEdits(text, edits) };
}

/** The line break and indentation the text already uses (two spaces when it shows none). */
function formattingOf(text: string): FormattingOptions {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent?.length ?? 2, eol };
}
