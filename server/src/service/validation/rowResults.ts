/**
 * The findings of the row rules, per record, kept with a parsed version so that the next version
 * re-checks only the rows an edit touched. A row's findings depend on its own text, the header,
 * the settings and the Login IDs in use (see `RowRule`); they are stored relative to the record's
 * start, so a record that an edit only moved keeps them as they are.
 */
import type { MiitelCsvSettings } from '../../../../shared/settings';
import type { RecordMapping } from '../parser';
import type { MiitelDocument } from '../miitelDocument';
import type { Problem } from './types';

/** What every row finding depends on besides the row itself; findings are reused only while all of it is the same. */
export interface RowResultsKey {
  readonly settings: MiitelCsvSettings;
  /** The `existingLoginIds` option as passed (compared by identity). */
  readonly existingLoginIds: unknown;
  /** The header record's text. */
  readonly header: string;
  /** The rules that ran, in order. */
  readonly rules: readonly unknown[];
}

/** Findings of a record with offsets relative to its start; `undefined` while it is unchecked. */
export type RecordFindings = readonly Problem[] | undefined;

/** No findings (shared, so clean rows cost one pointer). */
export const NO_FINDINGS: readonly Problem[] = Object.freeze([]);

/** The row findings of one parsed version, filled in as rows are checked. */
export class RowResults {
  constructor(
    readonly key: RowResultsKey,
    /** By record index. */
    readonly byRecord: RecordFindings[],
    /** Values document rules derived from single rows (see `ValidationContext.rowValue`), by name. */
    readonly values = new Map<string, RowValues>(),
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

  /** The results for a version whose records relate to this one's by `mapping`: moved records keep theirs. */
  carry(mapping: RecordMapping, recordCount: number): RowResults {
    const values = new Map<string, RowValues>();
    for (const [name, rowValues] of this.values) values.set(name, rowValues.carry(mapping, recordCount));
    return new RowResults(this.key, carried(this.byRecord, mapping, recordCount), values);
  }
}

/**
 * One named value per record (null: the row has none), and how many records hold each value, so
 * that a document rule finds repeated values without a pass over every row. The counts follow the
 * record values from version to version: a carry hands them on, adjusted for the records read again.
 */
export class RowValues {
  /** Records holding each value, among those whose value is known; undefined when they must be counted again. */
  private counts: Map<string, number> | undefined = new Map();
  private repeated = new Set<string>();

  constructor(readonly byRecord: (string | null | undefined)[]) {}

  /** The value of record `index`, or undefined when not computed yet. */
  get(index: number): string | null | undefined {
    return this.byRecord[index];
  }

  /** Records the value of record `index` (whose value was unknown). */
  set(index: number, value: string | null): void {
    this.byRecord[index] = value;
    if (value !== null && this.counts) this.add(value);
  }

  /** Values held by two records or more (exact once every record's value is known). */
  repeatedValues(): ReadonlySet<string> {
    if (!this.counts) {
      this.counts = new Map();
      this.repeated = new Set();
      for (const value of this.byRecord) if (value != null) this.add(value);
    }
    return this.repeated;
  }

  /** The values of the version `mapping` leads to; the counts move there (this version must count again if asked). */
  carry(mapping: RecordMapping, recordCount: number): RowValues {
    const next = new RowValues(carried(this.byRecord, mapping, recordCount));
    if (this.counts) {
      for (let i = mapping.head; i < mapping.previousTail; i++) {
        const value = this.byRecord[i];
        if (value != null) this.remove(value);
      }
      next.counts = this.counts;
      next.repeated = this.repeated;
      this.counts = undefined;
    }
    return next;
  }

  private add(value: string): void {
    const n = (this.counts!.get(value) ?? 0) + 1;
    this.counts!.set(value, n);
    if (n === 2) this.repeated.add(value);
  }

  private remove(value: string): void {
    const n = this.counts!.get(value)! - 1;
    if (n === 0) this.counts!.delete(value);
    else this.counts!.set(value, n);
    if (n === 1) this.repeated.delete(value);
  }
}

/** `byRecord` for the version `mapping` leads to: unknown for the records read again. */
function carried<T>(byRecord: readonly T[], mapping: RecordMapping, recordCount: number): (T | undefined)[] {
  const result: (T | undefined)[] = byRecord.slice(0, mapping.head);
  result.length = recordCount;
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

const resultsByDoc = new WeakMap<MiitelDocument, RowResults>();

/** The row results known for `doc` (computed for it, or carried over from the version it was reparsed from). */
export function rowResultsOf(doc: MiitelDocument): RowResults | undefined {
  return resultsByDoc.get(doc);
}

/** Records the row results of `doc`. */
export function setRowResults(doc: MiitelDocument, results: RowResults): void {
  resultsByDoc.set(doc, results);
}

/** Hands `previous`'s row results on to `next`, reparsed from it with `mapping`. */
export function carryRowResults(previous: MiitelDocument, next: MiitelDocument, mapping: RecordMapping): void {
  const results = resultsByDoc.get(previous);
  if (results) resultsByDoc.set(next, results.carry(mapping, next.csv.records.length));
}
