/**
 * Decides whether a document is a MiiTel create-users CSV, so that every other CSV in the
 * workspace stays free of our diagnostics. Pure and cheap: it reads only the first record's text
 * and matches paths with picomatch, without touching the file system.
 */
import picomatch from 'picomatch';
import { type CsvFormat, detectFormat } from '../../../shared/formats/index';

/** Longest stretch of text read when looking for the end of the first record. */
const MAX_HEADER_CHARS = 64 * 1024;

/** Where a document lives, as plain paths (the LSP layer converts URIs). */
export interface DocumentLocation {
  /** File system path of the document; undefined for an unsaved (untitled) document. */
  readonly path?: string;
  /** File system path of the workspace folder that holds it, if any. */
  readonly folder?: string;
}

/** True when the document is one to check: its header says so, or `miitelCsv.files` names it. */
export function isMiitelCsv(text: string, location: DocumentLocation, patterns: readonly string[]): boolean {
  return hasMiitelHeader(text) || matchesFilePatterns(location, patterns);
}

/**
 * The format whose header the first record is (for create users: Login ID and at least three other
 * known columns), undefined for none.
 */
export function detectHeaderFormat(text: string): CsvFormat | undefined {
  return detectFormat(firstRecordFields(text));
}

/** True when the first record is the header of a MiiTel format. */
export function hasMiitelHeader(text: string): boolean {
  return detectHeaderFormat(text) !== undefined;
}

/**
 * The fields of the first record, quotes removed. Only a header is expected here, so a quoted
 * field may span lines but the scan stops after {@link MAX_HEADER_CHARS} characters.
 */
export function firstRecordFields(text: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  const end = Math.min(text.length, MAX_HEADER_CHARS);
  for (let i = text.startsWith('\ufeff') ? 1 : 0; i < end; i++) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += ch;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      break;
    } else {
      field += ch;
    }
  }
  fields.push(field);
  return fields;
}

/**
 * True when the document's path matches one of the glob patterns. A relative pattern is taken
 * relative to the workspace folder; an absolute one (`/data/*.csv`, `C:/data/*.csv`) as it is.
 * A pattern starting with `**` also matches documents outside any folder.
 */
export function matchesFilePatterns(location: DocumentLocation, patterns: readonly string[]): boolean {
  if (!location.path || patterns.length === 0) return false;
  const path = toSlashes(location.path);
  const relative = location.folder ? relativeTo(path, toSlashes(location.folder)) : undefined;
  return patterns.some((raw) => {
    const pattern = normalizePattern(raw);
    if (pattern === '') return false;
    const match = picomatch(pattern, { dot: true, windows: false, nocase: isWindowsPath(path) });
    if (isAbsolute(pattern)) return match(path);
    if (relative !== undefined && match(relative)) return true;
    return pattern.startsWith('**/') && match(path.replace(/^\/+/, ''));
  });
}

function normalizePattern(pattern: string): string {
  let p = pattern.trim();
  // Backslashes are glob escapes, except in a Windows absolute path a user pasted.
  if (/^[A-Za-z]:\\/.test(p)) p = p.replace(/\\/g, '/');
  if (isWindowsPath(p)) p = p.charAt(0).toLowerCase() + p.slice(1);
  return p.startsWith('./') ? p.slice(2) : p;
}

function isAbsolute(pattern: string): boolean {
  return pattern.startsWith('/') || isWindowsPath(pattern);
}

function isWindowsPath(path: string): boolean {
  return /^[A-Za-z]:\//.test(path);
}

/** Forward slashes and a lower-case drive letter, so paths from URIs and settings compare equal. */
function toSlashes(path: string): string {
  const p = path.replace(/\\/g, '/');
  return isWindowsPath(p) ? p.charAt(0).toLowerCase() + p.slice(1) : p;
}

function relativeTo(path: string, folder: string): string | undefined {
  const base = folder.endsWith('/') ? folder : `${folder}/`;
  const inside = isWindowsPath(path) ? path.toLowerCase().startsWith(base.toLowerCase()) : path.startsWith(base);
  return inside ? path.slice(base.length) : undefined;
}
