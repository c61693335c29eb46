/**
 * The validation run behind `validate` and `validateInSlices`: row rules row by row (reusing the
 * findings of rows unchanged since the version they were computed for), then document rules one
 * by one, then the problems sorted and capped. The work can stop at any point between rows or
 * rules and resume later, which lets the language server validate a large file in slices.
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from '../../../../shared/codes';
import type { MiitelCsvSettings } from '../../../../shared/settings';
import type { CsvCell } from '../csvDocument';
import type { EncodingEvidence } from '../encodingCheck';
import type { MiitelDocument, UserRow } from '../miitelDocument';
import { DEFAULT_SEVERITIES, RULES } from './rules/index';
import { detachString, hashString, NO_FINDINGS, type RecordFindings, RowKeys, RowResults, type RowResultsKey } from './rowResults';
import { loginIdKey } from './values';
import { presentColumns, type PresentColumn } from './cells';
import {
  type CellRule,
  type DocumentRule,
  isCellRule,
  isRowRule,
  isUniquenessRule,
  type Problem,
  type RowRule,
  type Rule,
  type Span,
  type UniquenessRule,
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

/** Number of problems per severity. */
export type SeverityCounts = Record<Severity, number>;

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

/** One validation of one document, done in steps. */
export class Validation {
  private readonly context: ValidationContext;
  /** Row and cell rules, in their order, each with the columns it checks (cell rules) worked out for this document. */
  private readonly rowRules: { readonly rule: RowRule | CellRule; readonly columns: readonly PresentColumn[] }[] = [];
  /** Document and uniqueness rules, in their order. */
  private readonly documentRules: (DocumentRule | UniquenessRule)[] = [];
  /** The uniqueness rules, whose row keys are computed with the row rules. */
  private readonly keyRules: UniquenessRule[] = [];
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
  private nextRow = 0;
  private nextRule = 0;
  /** Findings past the cap that document rules counted without building them. */
  private readonly unreported: SeverityCounts = { error: 0, warning: 0, info: 0 };
  /** The current document rule's unreported findings: added to `unreported` only if the rule succeeds. */
  private pendingUnreported: SeverityCounts = { error: 0, warning: 0, info: 0 };

  constructor(
    private readonly doc: MiitelDocument,
    private readonly settings: MiitelCsvSettings,
    private readonly options: ValidateOptions = {},
    /** Row results known for this version (its `ParsedVersion.rowResults`): reused when made under the same key. */
    known?: RowResults,
  ) {
    this.formatCodes = new Set(doc.format.rules);
    this.context = {
      doc,
      settings,
      // Folded again per validation: the list is the organisation's users, a few thousand at most.
      existingLoginIds: new Set(Array.from(options.existingLoginIds ?? [], loginIdKey)),
      encoding: options.encoding,
      countUnreported: (code, count) => {
        if (!this.formatCodes.has(code) || count <= 0) return;
        const severity = this.settings.rules[code] ?? DEFAULT_SEVERITIES[code];
        if (severity !== 'off') this.pendingUnreported[severity] += count;
      },
    };
    const rules = options.rules ?? RULES;
    for (const rule of rules) {
      if (isCellRule(rule)) this.rowRules.push({ rule, columns: presentColumns(doc, rule.columns) });
      else if (isRowRule(rule)) this.rowRules.push({ rule, columns: [] });
      else this.documentRules.push(rule);
      if (isUniquenessRule(rule)) this.keyRules.push(rule);
    }
    const key: RowResultsKey = { settings, existingLoginIds: options.existingLoginIds, header: headerKey(doc), rules };
    this.results = known?.matches(key) ? known : new RowResults(key, new Array<RecordFindings>(doc.csv.recordCount));
  }

  /** The row results this run reads and fills in: the caller keeps them with the version, for the next run. */
  get rowResults(): RowResults {
    return this.results;
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
      this.checkDocument(this.documentRules[this.nextRule++]!);
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

  /**
   * How many problems of each severity the document has, past the `maxProblems` cap too (call once
   * `run` returned true), so that a summary can say how many were not shown.
   */
  counts(): SeverityCounts {
    const counts: SeverityCounts = { ...this.unreported };
    const { doc, results } = this;
    for (let i = 0; i < doc.rowCount; i++) {
      for (const p of results.byRecord[doc.recordIndexOfRow(i)] ?? []) counts[p.severity]++;
    }
    for (const p of this.documentProblems) counts[p.severity]++;
    return counts;
  }

  private checkRow(index: number): void {
    if (this.results.byRecord[this.doc.recordIndexOfRow(index)] !== undefined) return;
    const row = this.doc.row(index);
    const cells = row.record.cells;
    const found: Problem[] = (this.found = []);
    const { context, report } = this;
    for (const { rule, columns } of this.rowRules) {
      if (row.unusedTemplate && !rule.unusedTemplateRows) continue;
      const before = found.length;
      try {
        if (isCellRule(rule)) {
          for (const { column, position } of columns) {
            const cell = cells[position];
            if (cell) rule.checkCell(context, cell, column, report, row, cells);
          }
        } else {
          rule.checkRow(context, row, cells, report);
        }
      } catch (error) {
        found.length = before;
        this.ruleFailed(rule.name, error);
      }
    }
    this.results.byRecord[row.recordIndex] =
      found.length > 0 ? found.sort(compareProblems).map((p) => detached(p, -row.record.start)) : NO_FINDINGS;
    for (const rule of this.keyRules) if (this.rowKeys(rule).get(row.recordIndex) === undefined) this.computeKey(rule, row, cells);
  }

  /** The keys of `rule` for this version's records. */
  private rowKeys(rule: UniquenessRule): RowKeys {
    let keys = this.results.keys.get(rule.name);
    if (!keys) this.results.keys.set(rule.name, (keys = new RowKeys(new Array<number | null | undefined>(this.doc.csv.recordCount))));
    return keys;
  }

  /** Computes and keeps the key of `row` for `rule`; null for none, undefined when the rule failed. */
  private computeKey(rule: UniquenessRule, row: UserRow, cells: readonly CsvCell[]): number | null | undefined {
    try {
      const key = row.unusedTemplate && !rule.unusedTemplateRows ? undefined : rule.key(this.context, row, cells);
      const hashed = key === undefined ? null : hashString(key);
      this.rowKeys(rule).set(row.recordIndex, hashed);
      return hashed;
    } catch (error) {
      this.ruleFailed(rule.name, error);
      return undefined;
    }
  }

  /** The user rows whose key for `rule` two rows or more hold, in text order. */
  private repeatedRows(rule: UniquenessRule): UserRow[] {
    const keys = this.rowKeys(rule);
    const repeated = keys.repeated();
    const rows: UserRow[] = [];
    if (repeated.size === 0) return rows;
    for (let i = 0; i < this.doc.rowCount; i++) {
      let key = keys.get(this.doc.recordIndexOfRow(i));
      // Computed with the row's findings; only a rule that failed on the row leaves it unknown.
      if (key === undefined) {
        const row = this.doc.row(i);
        key = this.computeKey(rule, row, row.record.cells);
      }
      if (key !== undefined && key !== null && repeated.has(key)) rows.push(this.doc.row(i));
    }
    return rows;
  }

  private checkDocument(rule: DocumentRule | UniquenessRule): void {
    const found: Problem[] = (this.found = []);
    const unreported = (this.pendingUnreported = { error: 0, warning: 0, info: 0 });
    try {
      if (isUniquenessRule(rule)) {
        const rows = this.repeatedRows(rule);
        if (rows.length > 0) rule.checkRepeated(this.context, rows, this.report);
      } else {
        rule.check(this.context, this.report);
      }
    } catch (error) {
      this.ruleFailed(rule.name, error);
      return;
    }
    for (const p of found) this.documentProblems.push(p);
    for (const severity of ['error', 'warning', 'info'] as const) this.unreported[severity] += unreported[severity];
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
