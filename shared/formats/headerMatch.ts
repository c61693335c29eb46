/**
 * Tolerant header matching, used only to decide whether a CSV is a MiiTel file (detection), never
 * to recognise a column: MiiTel reads header texts as its template writes them, so a header matched
 * here but not by `CsvFormat.findColumn` still gets `header/unknown-column` and its rename fix.
 *
 * A header cell matches a column when, after {@link normalizeHeader} and with spaces, hyphens,
 * underscores and dots removed (its "key"), it is
 * - the key of the column's header, of one of its `aliases` or of a built-in {@link DETECTION_ALIASES} entry, or
 * - within {@link maxTypoDistance} of one of those keys (Damerau-Levenshtein: one insertion,
 *   deletion, substitution or swap of two neighbours each count 1).
 * So `LoginID`, `Login-ID`, `login_id`, `User Name`, `Username`, `Timezone`, `Time Zone` and
 * `Pasword` all match, while `Name`, `ID` or `Date` match nothing. Cheap: header-sized strings.
 */
import type { ColumnId, ColumnSpec, CsvFormat } from './types';

/**
 * Normalises a header cell for matching: case, surrounding and repeated whitespace (including
 * full-width spaces) are ignored [decision].
 */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Known headers of one format a first line needs for the file to be checked. */
export const MIN_KNOWN_HEADERS = 3;

/** Known headers of a format that make a CSV "resemble" a MiiTel file: it is offered a code lens, not checked. */
export const RESEMBLING_HEADERS = 2;

/**
 * Other spellings of a header that people (or other tools' exports) write, counted for detection
 * only. Spellings the key and the edit distance already cover (`LoginID`, `Time-zone`) need no entry.
 */
export const DETECTION_ALIASES: Readonly<Partial<Record<ColumnId, readonly string[]>>> = {
  loginId: ['Login e-mail', 'Login email', 'Login mail address'],
  userName: ['Display name', 'Full name'],
  timeZone: ['Timezone name', 'TZ'],
  admin: ['Admin', 'Administrator', 'Admin privileges'],
  monitoring: ['Monitoring', 'Monitor privileges'],
};

/** Longest key matched with typos: a longer cell is no header (and would cost more to compare). */
const MAX_TYPO_KEY = 80;

/**
 * The comparison key of a header cell: normalised as `normalizeHeader` does (NFKC, case), without
 * spaces, hyphens, underscores and dots.
 */
export function headerKey(text: string): string {
  return normalizeHeader(text).replace(/[\s\-_.]+/g, '');
}

/**
 * Largest edit distance at which a cell still matches a key of `length` code points [decision]:
 * none below 5 (so `ID`, `TZ` or `Name` must be exact), 1 up to 12 (`Loginid`, `Timezone`,
 * `Pasword`), 2 for longer ones (the product columns' long headers).
 */
export function maxTypoDistance(length: number): number {
  if (length < 5) return 0;
  return length <= 12 ? 1 : 2;
}

/**
 * Optimal string alignment distance (Damerau-Levenshtein where each substring is edited once)
 * between `a` and `b`, counted in code points. With a finite `limit`, only the band of cells within
 * `limit` of the diagonal is computed and `limit + 1` is returned once the distance is sure to
 * exceed it: O(length × limit), so a long header line stays cheap.
 */
export function typoDistance(a: string, b: string, limit = Infinity): number {
  const s = Array.from(a);
  const u = Array.from(b);
  if (Math.abs(s.length - u.length) > limit) return limit + 1;
  const band = Math.min(limit, Math.max(s.length, u.length));
  const over = band + 1;
  const width = u.length + 1;
  // Three rows of the table: row i-2 (for swaps), i-1 and i; cells outside the band hold `over`.
  let before = new Uint32Array(width).fill(over);
  let previous = new Uint32Array(width).fill(over);
  let current = new Uint32Array(width).fill(over);
  for (let j = 0; j <= Math.min(u.length, band); j++) previous[j] = j;
  for (let i = 1; i <= s.length; i++) {
    const from = Math.max(1, i - band);
    const to = Math.min(u.length, i + band);
    current.fill(over);
    if (i <= band) current[0] = i;
    let rowMin = current[0]!;
    for (let j = from; j <= to; j++) {
      const cost = s[i - 1] === u[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === u[j - 2] && s[i - 2] === u[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current[j] = Math.min(d, over);
      rowMin = Math.min(rowMin, current[j]!);
    }
    if (rowMin > limit) return limit + 1;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[u.length]!;
  return distance > limit ? limit + 1 : distance;
}

/** A key a cell may match, with the typos it tolerates. */
interface ColumnKey {
  readonly key: string;
  readonly length: number;
  readonly max: number;
}

/** The keys of each column, worked out once per column (formats are built once). */
const keyCache = new WeakMap<ColumnSpec, readonly ColumnKey[]>();

/** Every key a cell may match for `column`: its header's, its aliases' and its built-in detection aliases'. */
function columnKeys(column: ColumnSpec): readonly ColumnKey[] {
  let keys = keyCache.get(column);
  if (!keys) {
    keys = [column.header, ...column.aliases, ...(DETECTION_ALIASES[column.id] ?? [])].map((text) => {
      const key = headerKey(text);
      const length = Array.from(key).length;
      return { key, length, max: maxTypoDistance(length) };
    });
    keyCache.set(column, keys);
  }
  return keys;
}

/** Whether the cell key `key` (of `length` code points, see {@link headerKey}) names `column`. */
function keyMatches(key: string, length: number, column: ColumnSpec): boolean {
  if (key === '') return false;
  const typos = length <= MAX_TYPO_KEY;
  return columnKeys(column).some(
    (k) => k.key === key || (typos && k.max > 0 && Math.abs(k.length - length) <= k.max && typoDistance(key, k.key, k.max) <= k.max),
  );
}

/** Whether the header cell `text` names `column` (exactly, by an alias, or with a small typo). */
export function matchesColumn(text: string, column: ColumnSpec): boolean {
  const key = headerKey(text);
  return keyMatches(key, Array.from(key).length, column);
}

/**
 * The column of `format` the header cell `text` names: the exact match (`findColumn`) first, else
 * the first column it matches tolerantly; undefined for none.
 */
export function matchColumn(format: CsvFormat, text: string): ColumnSpec | undefined {
  const exact = format.findColumn(text);
  if (exact) return exact;
  const key = headerKey(text);
  const length = Array.from(key).length;
  return format.columns.find((column) => keyMatches(key, length, column));
}

/** The distinct columns of `format` that the header cells `fields` name, tolerantly. */
export function recognisedColumns(format: CsvFormat, fields: Iterable<string>): Set<ColumnId> {
  const ids = new Set<ColumnId>();
  for (const field of fields) {
    const id = matchColumn(format, field)?.id;
    if (id) ids.add(id);
  }
  return ids;
}
