/**
 * Decides whether a document is a MiiTel user CSV (create or update), so that every other CSV in the
 * workspace stays free of our diagnostics: its first line names at least three known headers of a
 * format (matched tolerantly, see shared/formats/headerMatch.ts; the team's `headerAliases` count
 * too), or `miitelCsv.files` names it. A CSV whose first line names exactly two "resembles" one: it
 * is only offered the "check this file" code lens.
 * Pure and cheap: it reads only the first record's text (at most 64 fields, see delimiter.ts)
 * and matches paths with the patterns of `miitelCsv.files` compiled once by {@link compileFilePatterns}
 * (see glob.ts: a matcher that cannot backtrack), without touching the file system.
 */
import { type CsvFormat, detectFormat, FORMATS } from '../../../shared/formats/index';
import { RESEMBLING_HEADERS, recognisedColumns } from '../../../shared/formats/headerMatch';
import { detectDelimiter, splitFirstRecord } from '../../../shared/formats/delimiter';
import { type CompiledGlob, compileGlob, type GlobRefusal, globMatches } from './glob';
import { headerResolver, type ParseOptions } from './parseOptions';

/** Where a document lives, as plain paths (the LSP layer converts URIs). */
export interface DocumentLocation {
  /** File system path of the document; undefined for an unsaved (untitled) document. */
  readonly path?: string;
  /** File system path of the workspace folder that holds it, if any. */
  readonly folder?: string;
}

/**
 * True when the document is one to check: its header says so (the team's header aliases
 * applied), or `miitelCsv.files` names it.
 */
export function isMiitelCsv(text: string, location: DocumentLocation, patterns: FilePatterns, options: ParseOptions = {}): boolean {
  return hasMiitelHeader(text, options) || matchesFilePatterns(location, patterns);
}

/**
 * The format whose header the first record is (at least three known headers of it, matched
 * tolerantly; Extension number and no Password for an update file), undefined for none.
 * `options.headerAliases` name columns too; `options.format` does not matter here: it says how a
 * file is read, not which files are read.
 */
export function detectHeaderFormat(text: string, options: ParseOptions = {}): CsvFormat | undefined {
  const facts = headerFacts(text, options);
  if (!('format' in facts)) facts.format = detectFormat(facts.fields);
  return facts.format;
}

/** True when the first record is the header of a MiiTel format. */
export function hasMiitelHeader(text: string, options: ParseOptions = {}): boolean {
  return detectHeaderFormat(text, options) !== undefined;
}

/** The most headers of one format the first record names (each column counted once, matched tolerantly). */
export function knownHeaderCount(text: string, options: ParseOptions = {}): number {
  const facts = headerFacts(text, options);
  facts.count ??= Math.max(0, ...FORMATS.map((format) => recognisedColumns(format, facts.fields).size));
  return facts.count;
}

/** What is known of one first record: worked out when first asked. */
interface HeaderFacts {
  readonly key: string;
  readonly fields: readonly string[];
  format?: CsvFormat | undefined;
  count?: number;
}

/**
 * The facts of the first record of `text`, kept for the last header seen: every request on a
 * document asks again, and the header rarely changes while the rows are edited.
 */
let lastHeader: HeaderFacts | undefined;
function headerFacts(text: string, options: ParseOptions): HeaderFacts {
  // Aliases resolved first, so the key changes with them.
  const fields = firstRecordFields(text).map(headerResolver(options));
  const key = fields.join('\u0000');
  if (lastHeader?.key !== key) lastHeader = { key, fields };
  return lastHeader;
}

/**
 * True when the document resembles a MiiTel user CSV but not enough to be checked: its first
 * record names exactly {@link RESEMBLING_HEADERS} known headers of a format.
 */
export function resemblesMiitelHeader(text: string, options: ParseOptions = {}): boolean {
  return knownHeaderCount(text, options) === RESEMBLING_HEADERS;
}

/**
 * The fields of the first record, quotes removed, split at the file's delimiter (a comma, or the
 * `;` or tab of a spreadsheet export: see delimiter.ts), at most 64 of them.
 */
export function firstRecordFields(text: string): string[] {
  return splitFirstRecord(text, detectDelimiter(text));
}

/** One usable pattern of `miitelCsv.files`. */
interface FileGlob {
  readonly absolute: boolean;
  /** Starts with `**` + `/`: also matches documents outside any folder. */
  readonly anyDepth: boolean;
  readonly glob: CompiledGlob;
}

/** The patterns of `miitelCsv.files`, compiled once per settings change; refused ones are set aside. */
export interface FilePatterns {
  readonly globs: readonly FileGlob[];
  /** Patterns that are not used, each with why: the caller reports them once. */
  readonly refused: readonly { readonly pattern: string; readonly reason: GlobRefusal }[];
}

/** Compiles the patterns; a refused one does not stop the others from being used. */
export function compileFilePatterns(patterns: readonly string[]): FilePatterns {
  const globs: FileGlob[] = [];
  const refused: { pattern: string; reason: GlobRefusal }[] = [];
  for (const raw of patterns) {
    const pattern = normalizePattern(raw);
    if (pattern === '') continue;
    const compiled = compileGlob(pattern);
    if ('refused' in compiled) refused.push({ pattern: raw, reason: compiled.refused });
    else globs.push({ absolute: isAbsolute(pattern), anyDepth: pattern.startsWith('**/'), glob: compiled });
  }
  return { globs, refused };
}

/**
 * True when the document's path matches one of the glob patterns. A relative pattern is taken
 * relative to the workspace folder; an absolute one (`/data/*.csv`, `C:/data/*.csv`) as it is.
 * A pattern starting with `**` also matches documents outside any folder.
 */
export function matchesFilePatterns(location: DocumentLocation, patterns: FilePatterns): boolean {
  if (!location.path || patterns.globs.length === 0) return false;
  const path = toSlashes(location.path);
  const nocase = isWindowsPath(path);
  const relative = location.folder ? relativeTo(path, toSlashes(location.folder)) : undefined;
  return patterns.globs.some(({ absolute, anyDepth, glob }) => {
    if (absolute) return globMatches(glob, path, nocase);
    if (relative !== undefined && globMatches(glob, relative, nocase)) return true;
    return anyDepth && globMatches(glob, path.replace(/^\/+/, ''), nocase);
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
