/**
 * The validation run behind `validate` and `validateInSlices`: row rules row by row (reusing the
 * findings of rows unchanged since the version they were computed for), then document rules one
 * by one, then the problems sorted and capped. The work can stop at any point between rows or
 * rules and resume later, which lets the language server validate a large file in slices.
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../../../shared/codes';
import type { MiitelCsvSettings } from '../../../../shared/settings';
import type { CsvCell } from '../csvDocument';
import type { EncodingEvidence } from '../encodingCheck';
import type { MiitelDocument, UserRow } from '../miitelDocument';
import { DEFAULT_SEVERITIES, RULES } from './rules/index';
import {
  detachString,
  hashString,
  NO_FINDINGS,
  type RecordFindings,
  RowKeys,
  RowResults,
  type RowResultsKey,
  rowResultsOf,
  setRowResults,
} from './rowResults';
import { loginIdKey } from './values';
import {
  type DocumentRule,
  isRowRule,
  type Problem,
  type RowRule,
  type RowKey,
  type Rule,
  type Span,
  type ValidationContext,
} from './types';

/** Options of a validation. */
export interface ValidateOptions {
  /** Login IDs already in use, any case. */
  readonly existingLoginIds?: Iterable<string>;
  /** Called when a rule throws (once per rule); its findings (on that row, for a row rule) are dropped and validation goes on. */
  readonly onRuleError?: (rule: string, error: unknown) => void;
  /** How the text was decoded and what the file's bytes are, for the encoding check. */
  readonly encoding?: EncodingEvidence;
  /** Rules to run (tests pass one); defaults to all. */
  readonly rules?: readonly Rule[];
}

/** Rows checked between two looks at the clock. */
const ROWS_PER_CHECK = 64;

/** Codes in the order `localeCompare` puts them, so sorting compares numbers. */
const CODE_RANK = new Map<string, number>(
  [...DIAGNOSTIC_CODES].sort((a, b) => a.localeCompare(b)).map((code, i): [DiagnosticCode, number] => [code, i]),
);
const rank = (code: string) => CODE_RANK.get(code) ?? -1;

/** Position, then length, then code: the order problems are reported in. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.offset - b.offset || a.length - b.length || rank(a.code) - rank(b.code);
}

const lowerCasedIds = new WeakMap<object, ReadonlySet<string>>();

/** `existingLoginIds` folded by `loginIdKey`, once per list object. */
function loginIdSet(ids: Iterable<string> | undefined): ReadonlySet<string> {
  if (!ids) return new Set();
  let set = lowerCasedIds.get(ids);
  if (!set) lowerCasedIds.set(ids, (set = new Set([...ids].map(loginIdKey))));
  return set;
}

/** One validation of one document, done in steps. */
export class Validation {
  private readonly context: ValidationContext;
  private readonly rowRules: RowRule[] = [];
  private readonly documentRules: DocumentRule[] = [];
  /** The per-row keys document rules declared, by name. */
  private readonly keyRules = new Map<string, RowKey>();
  private readonly keyNames: readonly string[];
  private readonly results: RowResults;
  private readonly documentProblems: Problem[] = [];
  private readonly failed = new Set<string>();
  /** Where `report` puts findings: the current row's, or the current document rule's. */
  private found: Problem[] = [];
  /** The codes the document's format checks. */
  private readonly formatCodes: ReadonlySet<DiagnosticCode>;
  private readonly report = (code: DiagnosticCode, span: Span, message: string, data?: unknown): void => {
    if (!this.formatCodes.has(code)) return;
    const severity = this.settings.rules[code] ?? DEFAULT_SEVERITIES[code];
    if (severity === 'off') return;
    const problem: { -readonly [K in keyof Problem]: Problem[K] } = { code, offset: span.offset, length: span.length, message, severity };
    if (data !== undefined) problem.data = data;
    if (span.related) problem.related = span.related;
    this.found.push(problem);
  };
  private readonly rowKey = (name: string, rowIndex: number): number | undefined => {
    let key = this.rowKeys(name).get(this.doc.recordIndexOfRow(rowIndex));
    // Computed with the row's findings; only a rule that failed on the row leaves it unknown.
    if (key === undefined) {
      const row = this.doc.row(rowIndex);
      key = this.computeKey(name, row, row.record.cells);
    }
    return key ?? undefined;
  };
  private nextRow = 0;
  private nextRule = 0;

  constructor(
    private readonly doc: MiitelDocument,
    private readonly settings: MiitelCsvSettings,
    private readonly options: ValidateOptions = {},
  ) {
    this.formatCodes = new Set(doc.format.rules);
    this.context = {
      doc,
      settings,
      existingLoginIds: loginIdSet(options.existingLoginIds),
      encoding: options.encoding,
      rowKey: this.rowKey,
      repeatedRowKeys: (name) => this.rowKeys(name).repeated(),
    };
    const rules = options.rules ?? RULES;
    for (const rule of rules) (isRowRule(rule) ? this.rowRules : this.documentRules).push(rule as RowRule & DocumentRule);
    for (const rule of this.documentRules)
      for (const [name, compute] of Object.entries(rule.rowKeys ?? {})) this.keyRules.set(name, compute);
    this.keyNames = [...this.keyRules.keys()];
    const key: RowResultsKey = { settings, existingLoginIds: options.existingLoginIds, header: headerKey(doc), rules };
    const known = rowResultsOf(doc);
    this.results = known?.matches(key) ? known : new RowResults(key, new Array<RecordFindings>(doc.csv.recordCount));
    setRowResults(doc, this.results);
  }

  /** Works until done or until `performance.now()` passes `deadline`; true when done. */
  run(deadline = Infinity): boolean {
    const rows = this.doc.rowCount;
    while (this.nextRow < rows) {
      const end = Math.min(rows, this.nextRow + ROWS_PER_CHECK);
      for (; this.nextRow < end; this.nextRow++) this.checkRow(this.nextRow);
      if (performance.now() > deadline) return false;
    }
    while (this.nextRule < this.documentRules.length) {
      this.checkDocument(this.documentRules[this.nextRule++]);
      if (this.nextRule < this.documentRules.length && performance.now() > deadline) return false;
    }
    return true;
  }

  /** The problems, sorted by position and capped at `maxProblems` (call once `run` returned true). */
  problems(): Problem[] {
    const max = this.settings.maxProblems;
    // Rows are in text order and each row's findings are sorted, so only the first `max` can be kept.
    const fromRows: Problem[] = [];
    const { doc, results } = this;
    for (let i = 0; i < doc.rowCount; i++) {
      const recordIndex = doc.recordIndexOfRow(i);
      const findings = results.byRecord[recordIndex];
      if (!findings || findings.length === 0) continue;
      const start = doc.csv.recordStart(recordIndex);
      for (const p of findings) fromRows.push(moved(p, start));
      if (fromRows.length >= max) break;
    }
    const all = fromRows.concat(this.documentProblems);
    all.sort(compareProblems);
    return all.length > max ? all.slice(0, max) : all;
  }

  private checkRow(index: number): void {
    if (this.results.byRecord[this.doc.recordIndexOfRow(index)] !== undefined) return;
    const row = this.doc.row(index);
    const cells = row.record.cells;
    const found: Problem[] = (this.found = []);
    for (const rule of this.rowRules) {
      const before = found.length;
      try {
        rule.checkRow(this.context, row, cells, this.report);
      } catch (error) {
        found.length = before;
        this.ruleFailed(rule.name, error);
      }
    }
    this.results.byRecord[row.recordIndex] =
      found.length > 0 ? found.sort(compareProblems).map((p) => detached(p, -row.record.start)) : NO_FINDINGS;
    for (const name of this.keyNames) if (this.rowKeys(name).get(row.recordIndex) === undefined) this.computeKey(name, row, cells);
  }

  /** The keys `name` of this version's records. */
  private rowKeys(name: string): RowKeys {
    let keys = this.results.keys.get(name);
    if (!keys) this.results.keys.set(name, (keys = new RowKeys(new Array<number | null | undefined>(this.doc.csv.recordCount))));
    return keys;
  }

  /** Computes and keeps the key `name` of `row`; null for none, undefined when its rule failed. */
  private computeKey(name: string, row: UserRow, cells: readonly CsvCell[]): number | null | undefined {
    const compute = this.keyRules.get(name);
    if (!compute) return null;
    try {
      const key = compute(this.context, row, cells);
      const hashed = key === undefined ? null : hashString(key);
      this.rowKeys(name).set(row.recordIndex, hashed);
      return hashed;
    } catch (error) {
      this.ruleFailed(name, error);
      return undefined;
    }
  }

  private checkDocument(rule: DocumentRule): void {
    const found: Problem[] = (this.found = []);
    try {
      rule.check(this.context, this.report);
    } catch (error) {
      this.ruleFailed(rule.name, error);
      return;
    }
    for (const p of found) this.documentProblems.push(p);
  }

  private ruleFailed(name: string, error: unknown): void {
    if (this.failed.has(name)) return;
    this.failed.add(name);
    this.options.onRuleError?.(name, error);
  }
}

/** The header's text as a key: a copy, so that keeping it does not keep the document's text. */
function headerKey(doc: MiitelDocument): string {
  const header = doc.header;
  return header ? JSON.stringify(doc.csv.text.slice(header.start, header.end)) : '';
}

/** `p` with its offsets moved by `delta`. */
function moved(p: Problem, delta: number): Problem {
  const related = p.related?.map((r) => ({ ...r, offset: r.offset + delta }));
  return related ? { ...p, offset: p.offset + delta, related } : { ...p, offset: p.offset + delta };
}

/**
 * `p` moved by `delta`, with its strings copied. Values are slices of the document text, and a
 * finding kept for later versions must not keep that version's whole text alive.
 */
function detached(p: Problem, delta: number): Problem {
  const copy = moved(p, delta) as { -readonly [K in keyof Problem]: Problem[K] };
  copy.message = detachString(p.message);
  // JSON.parse builds new strings.
  if (p.data !== undefined) copy.data = JSON.parse(JSON.stringify(p.data)) as unknown;
  if (copy.related) copy.related = copy.related.map((r) => ({ ...r, message: detachString(r.message) }));
  return copy;
}
