/**
 * The findings of the row rules, per record, kept with a parsed version (`ParsedVersion.rowResults`)
 * so that the next version re-checks only the rows an edit touched. A row's findings depend on its own text, the header,
 * the settings and the Login IDs in use (see `RowRule`); they are stored relative to the record's
 * start, so a record that an edit only moved keeps them as they are.
 */
import type { Severity } from '../../../../shared/codes';
import type { MiitelCsvSettings } from '../../../../shared/settings';
import type { RecordMapping } from '../../../../shared/csv/parser';
import type { Problem } from './types';
import { KeyCounts } from './keyCounts';
import { loginIdKey } from './values';

/** What every row finding depends on besides the row itself; findings are reused only while all of it is the same. */
export interface RowResultsKey {
  readonly settings: MiitelCsvSettings;
  /** The `existingLoginIds` option as passed (compared by identity). */
  readonly existingLoginIds: Iterable<string> | undefined;
  /** The header record's text. */
  readonly header: string;
  /** The rules that ran, in order. */
  readonly rules: readonly unknown[];
}

/**
 * Findings of a record with offsets relative to its start; `undefined` while it is unchecked. A
 * number stands for the findings of a record that were only counted (see {@link packedCount}): it
 * was checked while the records before it already held `maxProblems` findings, so none of its own
 * could be reported (the engine checks it again in full if edits before it later remove findings).
 */
export type RecordFindings = readonly Problem[] | number | undefined;

/** Number of findings per severity. */
export type SeverityCounts = Record<Severity, number>;

/** No findings of any severity. */
export const noCounts = (): SeverityCounts => ({ error: 0, warning: 0, info: 0 });

/**
 * One finding of `severity` in a packed count: errors count 1, warnings 2^17, infos 2^34, so that
 * a counted-only record keeps its counts per severity in one number (no object per record on a
 * file of a million rows). A record holds far fewer than 2^17 findings of one severity (one per
 * checked cell at most), and the sum stays below 2^53.
 */
export const packedCount: Readonly<Record<Severity, number>> = { error: 1, warning: 2 ** 17, info: 2 ** 34 };

/** Adds the findings `findings` stands for to `counts`, per severity; returns how many there are. */
export function addFindingCounts(counts: SeverityCounts, findings: RecordFindings): number {
  if (findings === undefined) return 0;
  if (typeof findings !== 'number') {
    for (const p of findings) counts[p.severity]++;
    return findings.length;
  }
  const [error, warning, info] = unpacked(findings);
  counts.error += error;
  counts.warning += warning;
  counts.info += info;
  return error + warning + info;
}

/** How many findings `findings` stands for. */
export function findingCount(findings: RecordFindings): number {
  if (findings === undefined) return 0;
  if (typeof findings !== 'number') return findings.length;
  const [error, warning, info] = unpacked(findings);
  return error + warning + info;
}

/** The errors, warnings and infos of a packed count. */
function unpacked(packed: number): [number, number, number] {
  return [
    packed % packedCount.warning,
    Math.floor(packed / packedCount.warning) % packedCount.warning,
    Math.floor(packed / packedCount.info),
  ];
}

/** No findings (shared, so clean rows cost one pointer). */
export const NO_FINDINGS: readonly Problem[] = Object.freeze([]);

/** The row findings of one parsed version, filled in as rows are checked. */
export class RowResults {
  /** Set once a validation has checked every row: every row's findings and keys are known. */
  rowsChecked = false;
  /** `key.existingLoginIds` folded by `loginIdKey`: made once, handed on to later versions. */
  private folded: ReadonlySet<string> | undefined;

  constructor(
    readonly key: RowResultsKey,
    /** By record index. */
    readonly byRecord: RecordFindings[],
    /** Keys uniqueness rules derived from single rows (see `UniquenessRule.key`), by rule name. */
    readonly keys = new Map<string, RowKeys>(),
  ) {}

  /** Whether these results were computed under `key`. */
  matches(key: RowResultsKey): boolean {
    const k = this.key;
    return (
      k.settings === key.settings &&
      k.existingLoginIds === key.existingLoginIds &&
      k.header === key.header &&
      k.rules.length === key.rules.length &&
      k.rules.every((r, i) => r === key.rules[i])
    );
  }

  /**
   * The Login IDs in use as `loginIdKey` folds them, for the in-use rule: folded on the first
   * validation under this key only, not on every keystroke (an organisation has thousands).
   */
  foldedLoginIds(): ReadonlySet<string> {
    return (this.folded ??= new Set(Array.from(this.key.existingLoginIds ?? [], loginIdKey)));
  }

  /** The results for a version whose records relate to this one's by `mapping`: moved records keep theirs. */
  carry(mapping: RecordMapping, recordCount: number): RowResults {
    const keys = new Map<string, RowKeys>();
    for (const [name, rowKeys] of this.keys) keys.set(name, rowKeys.carry(mapping, recordCount));
    const next = new RowResults(this.key, carried(this.byRecord, mapping, recordCount), keys);
    next.folded = this.folded;
    return next;
  }
}

/**
 * One named key per record (a hash; null: the row has none), and how many records hold each, so
 * that a document rule finds repeated keys without a pass over every row. The counts follow the
 * records from version to version: a carry hands them on, adjusted for the records read again.
 */
export class RowKeys {
  private repeatedKeys = new Set<number>();

  /**
   * Per record its key, {@link NO_KEY} for none, NaN while unknown: numbers side by side rather than
   * an array of 100,000 boxed numbers for the garbage collector to visit (a hash is above 2^31).
   */
  private readonly byRecord: Float64Array;

  /** Records holding each key, among those whose key is known; undefined until first asked, and when they must be counted again. */
  private counts: KeyCounts | undefined;

  /** The keys of `count` records, none known yet. */
  private constructor(count: number) {
    this.byRecord = new Float64Array(count).fill(NaN);
  }

  /**
   * The keys of `count` records, none known yet. They are counted when first asked (`repeated`,
   * `count`), all in one pass: counting each key as a row's check set it cost a cache miss per row
   * in the 4 MB table amid the reading of the text (validation of the 100,000-user file, in
   * process: 27 ms in KeyCounts find and add, sampled without inlining), against about 3 ms in one
   * pass. Later versions then carry the counts and adjust them per edit.
   */
  static forRecords(count: number): RowKeys {
    return new RowKeys(count);
  }

  /** The key of record `index`, or undefined when not computed yet. */
  get(index: number): number | null | undefined {
    const key = this.byRecord[index]!;
    return key >= 0 ? key : key === NO_KEY ? null : undefined;
  }

  /** Records the key of record `index` (whose key was unknown). */
  set(index: number, key: number | null): void {
    this.byRecord[index] = key ?? NO_KEY;
    if (key !== null && this.counts) this.add(key);
  }

  /** How many records hold `key`, among those whose key is known (all of them once `RowResults.rowsChecked`). */
  count(key: number): number {
    this.repeated();
    return this.counts!.get(key);
  }

  /** Keys held by two records or more (exact once every record's key is known). */
  repeated(): ReadonlySet<number> {
    if (!this.counts) {
      // Indexed loops, not `for…of`: these run once per process in the CLI, mostly before the optimising compiler steps in.
      const byRecord = this.byRecord;
      let known = 0;
      for (let i = 0; i < byRecord.length; i++) if (byRecord[i]! >= 0) known++;
      // Made for that many keys at once: growing it key by key rehashed 200,000 keys for a 100,000-user file.
      const counts = (this.counts = KeyCounts.forKeys(known));
      const repeated = (this.repeatedKeys = new Set());
      for (let i = 0; i < byRecord.length; i++) {
        const key = byRecord[i]!;
        if (key >= 0 && counts.add(key, 1) === 2) repeated.add(key);
      }
    }
    return this.repeatedKeys;
  }

  /** The keys of the version `mapping` leads to; the counts move there (this version counts again if asked). */
  carry(mapping: RecordMapping, recordCount: number): RowKeys {
    const next = new RowKeys(recordCount);
    next.byRecord.set(this.byRecord.subarray(0, mapping.head));
    next.byRecord.set(this.byRecord.subarray(mapping.previousTail, mapping.previousTail + recordCount - mapping.tail), mapping.tail);
    if (this.counts) {
      for (let i = mapping.head; i < mapping.previousTail; i++) {
        const key = this.byRecord[i]!;
        if (key >= 0) this.remove(key);
      }
      next.counts = this.counts;
      next.repeatedKeys = this.repeatedKeys;
      this.counts = undefined;
    }
    return next;
  }

  private add(key: number): void {
    if (this.counts!.add(key, 1) === 2) this.repeatedKeys.add(key);
  }

  private remove(key: number): void {
    if (this.counts!.add(key, -1) === 1) this.repeatedKeys.delete(key);
  }
}

/** A record without a key in `RowKeys` (hashes are 0 or above). */
const NO_KEY = -1;

/**
 * A 52-bit hash of `s` (two 32-bit FNV-1a variants combined): equal strings hash equal, and two
 * different Login IDs of a 100,000-row file collide with odds of about one in ten billion. A number
 * keeps no string alive and counts faster than the string would.
 */
export function hashString(s: string): number {
  return hash52(s, false);
}

/**
 * `hashString(s)` when every character of `s` is printable ASCII other than a capital letter
 * (`!` to `~` but `A`–`Z`), else -1: in one pass, a key that is such a value itself (a usual Login
 * ID: trimmed, ASCII, lower-case) is hashed without first being scanned to work it out.
 */
export function hashPlainAscii(s: string): number {
  return hash52(s, true);
}

/** The hash of {@link hashString}; with `plainOnly`, -1 as soon as a character is not as {@link hashPlainAscii} needs. */
function hash52(s: string, plainOnly: boolean): number {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (plainOnly && (c <= 0x20 || c >= 0x7f || (c >= 0x41 && c <= 0x5a))) return -1;
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff);
}

/** `byRecord` for the version `mapping` leads to: unknown for the records read again. */
function carried<T>(byRecord: readonly T[], mapping: RecordMapping, recordCount: number): (T | undefined)[] {
  const result = new Array<T | undefined>(recordCount);
  for (let i = 0; i < mapping.head; i++) result[i] = byRecord[i];
  for (let i = mapping.tail, j = mapping.previousTail; i < recordCount; i++, j++) result[i] = byRecord[j];
  return result;
}

/**
 * A copy of `s` that shares no memory with the text it was sliced from. V8 keeps the whole parent
 * of a slice alive, and a finding or value kept for later versions must not keep that version's
 * text; `JSON.parse` builds a new string, compact (one byte per character) when it is ASCII.
 * Short slices are copies already.
 */
export const detachString = (s: string): string => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));
