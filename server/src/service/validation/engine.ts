/**
 * The validation run behind `validate` and `validateInSlices`: row rules row by row (reusing the
 * findings of rows unchanged since the version they were computed for), then document rules one
 * by one, then the problems sorted and capped. The work can stop at any point between rows or
 * rules and resume later, which lets the language server validate a large file in slices.
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../../../shared/codes';
import type { MiitelCsvSettings } from '../../../../shared/settings';
import type { CsvCell } from '../../../../shared/csv/csvDocument';
import { cellCount, valueOf } from '../../../../shared/csv/parserModel';
import type { EncodingEvidence } from '../encodingCheck';
import type { MiitelDocument, UserRow } from '../miitelDocument';
import { DEFAULT_SEVERITIES, RULES } from './rules/index';
import {
  addFindingCounts,
  detachString,
  findingCount,
  noCounts,
  packedCount,
  type SeverityCounts,
  hashString,
  NO_FINDINGS,
  type RecordFindings,
  RowKeys,
  RowResults,
  type RowResultsKey,
} from './rowResults';
import { presentColumns, type PresentColumn } from './cells';
import { type CleanRowTest, cleanRowTest } from './cleanRows';
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

/** The problems reported, and how many there are in all (the list stops at `maxProblems`). */
export interface ValidationResult {
  /** Sorted by position, at most `settings.maxProblems`. */
  readonly problems: Problem[];
  /** Every finding per severity, the ones past the cap included (a CLI summary counts them). */
  readonly counts: SeverityCounts;
  /** Every finding, the ones past the cap included. */
  readonly total: number;
}

export type { SeverityCounts } from './rowResults';

/** Rows checked between two looks at the clock. */
const ROWS_PER_CHECK = 64;

/**
 * Codes in the order `localeCompare` puts them, so sorting compares numbers. The codes are lower-case
 * ASCII words with `-` and `/`, which a plain sort puts in the same order (a test compares): the
 * first `localeCompare` sets up ICU's collator, which took 6–8 ms at every start of the server and the CLI.
 */
const CODE_RANK = new Map<string, number>([...DIAGNOSTIC_CODES].sort().map((code, i): [DiagnosticCode, number] => [code, i]));
const rank = (code: string) => CODE_RANK.get(code) ?? -1;

/**
 * Whether `performance.now()` is past `deadline`. Without one (the CLI) the clock is not read: the
 * first `performance` loads node:perf_hooks, about 1–3 ms of the CLI's start.
 */
const past = (deadline: number) => deadline !== Infinity && performance.now() > deadline;

/** Position, then length, then code: the order problems are reported in. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.offset - b.offset || a.length - b.length || rank(a.code) - rank(b.code);
}

/** One validation of one document, done in steps. */
export class Validation {
  private readonly context: ValidationContext;
  /** Row and cell rules, in their order, each with the columns it checks (cell rules) worked out for this document. */
  private readonly rowRules: RowRuleEntry[] = [];
  /** Tells rows without any row or cell rule finding apart without checking them rule by rule (see cleanRows.ts). */
  private readonly cleanRow: CleanRowTest;
  /** Per key rule (as `keyRules`): the position of its key's column, -1 when the header lacks it (no row has a key). */
  private readonly keyPositions: number[] = [];
  /** The current row's cell values read so far, by position (see `checkRow`): one array for every row. */
  private readonly values: (string | undefined)[] = [];
  /** Document and uniqueness rules, in their order. */
  private readonly documentRules: (DocumentRule | UniquenessRule)[] = [];
  /** The uniqueness rules, whose row keys are computed with the row rules. */
  private readonly keyRules: UniquenessRule[] = [];
  private readonly results: RowResults;
  private readonly documentProblems: Problem[] = [];
  private readonly failed = new Set<string>();
  /** Document rule findings dropped because `maxProblems` others come before them, per severity. */
  private readonly dropped: SeverityCounts = noCounts();
  /** The current document rule's dropped findings: added to `dropped` only if the rule succeeds. */
  private pendingDropped: SeverityCounts = noCounts();
  /** Where `report` puts findings: the current row's, or the current document rule's. */
  private found: Problem[] = [];
  /**
   * Row findings of the rows before `nextRow`. Once they reach `maxProblems`, no later row's finding
   * can be reported, so later rows are only counted: memory and time follow the findings reported.
   */
  private ahead = 0;
  /** Whether `report` only counts (into `counted`) instead of building findings. */
  private counting = false;
  /** The current row's counted findings, packed per severity (see `packedCount`). */
  private counted = 0;
  /** The codes the document's format checks. */
  private readonly formatCodes: ReadonlySet<DiagnosticCode>;
  private readonly report = (code: DiagnosticCode, span: Span, text: string | (() => string), data?: unknown): void => {
    if (!this.formatCodes.has(code)) return;
    const severity = this.settings.rules[code] ?? DEFAULT_SEVERITIES[code];
    if (severity === 'off') return;
    if (this.counting) {
      this.counted += packedCount[severity];
      return;
    }
    const message = typeof text === 'function' ? text() : text;
    const problem: { -readonly [K in keyof Problem]: Problem[K] } = { code, offset: span.offset, length: span.length, message, severity };
    if (data !== undefined) problem.data = data;
    if (span.related) problem.related = span.related;
    this.found.push(problem);
  };
  private nextRow = 0;
  private nextRule = 0;
  /** The rows of repeated keys gathered so far for the uniqueness rule `nextRule` (see `collectRepeated`). */
  private collected: { readonly rows: number[]; next: number } | undefined;
  /** The document rule under way when a run stopped in the middle of its steps: what it found so far, and its steps. */
  private step: { readonly found: Problem[]; readonly dropped: SeverityCounts; steps: Iterator<unknown> | undefined } | undefined;

  constructor(
    private readonly doc: MiitelDocument,
    private readonly settings: MiitelCsvSettings,
    private readonly options: ValidateOptions = {},
    /** Row results known for this version (its `ParsedVersion.rowResults`): reused when made under the same key. */
    known?: RowResults,
  ) {
    this.formatCodes = new Set(doc.format.rules);
    const rules = options.rules ?? RULES;
    for (const rule of rules) {
      // A rule none of whose codes this format checks, or whose codes are all off, would only cost
      // time and memory (a uniqueness rule keeps a key per row: a million rows for nothing).
      if (!this.isActive(rule)) continue;
      // By position, so that a short row (a file of one-field rows) ends the loop at its last cell.
      if (isCellRule(rule)) {
        const columns = [...presentColumns(doc, rule.columns)].sort((a, b) => a.position - b.position);
        this.rowRules.push({ cellRule: rule, rowRule: undefined, columns });
      } else if (isRowRule(rule)) this.rowRules.push({ cellRule: undefined, rowRule: rule, columns: [] });
      else this.documentRules.push(rule);
      if (isUniquenessRule(rule)) this.keyRules.push(rule);
    }
    const key: RowResultsKey = { settings, existingLoginIds: options.existingLoginIds, header: headerKey(doc), rules };
    this.results = known?.matches(key) ? known : new RowResults(key, new Array<RecordFindings>(doc.csv.recordCount));
    this.context = {
      doc,
      settings,
      existingLoginIds: this.results.foldedLoginIds(),
      encoding: options.encoding,
      countUnreported: (code, count) => {
        if (!this.formatCodes.has(code) || count <= 0) return;
        const severity = this.settings.rules[code] ?? DEFAULT_SEVERITIES[code];
        if (severity !== 'off') this.pendingDropped[severity] += count;
      },
    };
    const cellRules = this.rowRules.flatMap(({ cellRule, columns }) => (cellRule ? [{ rule: cellRule, columns }] : []));
    const rowRules = this.rowRules.flatMap(({ rowRule }) => (rowRule ? [rowRule] : []));
    this.keyPositions = this.keyRules.map((rule) => doc.positions.get(rule.key.column) ?? -1);
    const keyPositions = this.keyPositions.filter((p) => p >= 0);
    this.cleanRow = cleanRowTest({ cellRules, rowRules }, this.context, keyPositions);
  }

  /** Whether `rule` can report anything here: one of its codes is the format's and not turned off. */
  private isActive(rule: Rule): boolean {
    return Object.keys(rule.codes).some(
      (code) =>
        this.formatCodes.has(code as DiagnosticCode) &&
        (this.settings.rules[code as DiagnosticCode] ?? DEFAULT_SEVERITIES[code as DiagnosticCode]) !== 'off',
    );
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
      for (; this.nextRow < end; this.nextRow++) this.ahead += this.checkRow(this.nextRow, false);
      if (past(deadline)) return false;
    }
    this.results.rowsChecked = true;
    while (this.nextRule < this.documentRules.length) {
      const rule = this.documentRules[this.nextRule]!;
      // Gathering the rows of repeated keys reads every row: resumable, like the row checks.
      if (isUniquenessRule(rule) && !this.collectRepeated(rule, deadline)) return false;
      // A uniqueness rule may go through its rows in steps (a generator): resumed on the next call.
      if (!this.checkDocument(rule, deadline)) return false;
      this.nextRule++;
      if (this.nextRule < this.documentRules.length && past(deadline)) return false;
    }
    return true;
  }

  /** The problems, sorted by position and capped at `maxProblems` (call once `run` returned true). */
  problems(): Problem[] {
    return this.result().problems;
  }

  /** The problems and their total (call once `run` returned true). */
  result(): ValidationResult {
    const max = this.settings.maxProblems;
    // Rows are in text order and each row's findings are sorted, so only the first `max` can be kept.
    const fromRows: Problem[] = [];
    const counts: SeverityCounts = { ...this.dropped };
    const { doc, results } = this;
    for (let i = 0; i < doc.rowCount; i++) {
      const recordIndex = doc.recordIndexOfRow(i);
      let findings = results.byRecord[recordIndex];
      // Only counted when checked, but edits before it have since left room for its findings.
      if (typeof findings === 'number' && fromRows.length < max) {
        this.checkRow(i, true);
        findings = results.byRecord[recordIndex];
      }
      addFindingCounts(counts, findings);
      if (typeof findings !== 'object' || findings.length === 0 || fromRows.length >= max) continue;
      const start = doc.csv.recordStart(recordIndex);
      for (const p of findings) fromRows.push(moved(p, start));
    }
    const all = fromRows.concat(this.documentProblems);
    all.sort(compareProblems);
    for (const p of this.documentProblems) counts[p.severity]++;
    const problems = all.length > max ? all.slice(0, max) : all;
    return { problems, counts, total: counts.error + counts.warning + counts.info };
  }

  /**
   * Checks row `index` unless its findings are known (and, with `full`, kept rather than only
   * counted); returns how many findings it has. Its findings are only counted when `maxProblems`
   * findings of the rows before it come first.
   */
  private checkRow(index: number, full: boolean): number {
    const recordIndex = this.doc.recordIndexOfRow(index);
    const known = this.results.byRecord[recordIndex];
    if (known !== undefined && !(full && typeof known === 'number')) return findingCount(known);
    if (this.isClean(index)) {
      this.results.byRecord[recordIndex] = NO_FINDINGS;
      this.cleanRowKeys(recordIndex);
      return 0;
    }
    const row = this.doc.row(index);
    const record = row.record;
    const count = cellCount(record);
    // Built only for a rule that cannot tell from a value alone that the row is clean (see `CellRule.clean`).
    let cells: readonly CsvCell[] | undefined;
    const values = this.values;
    for (let i = 0; i < count; i++) values[i] = undefined;
    const found: Problem[] = (this.found = []);
    this.counting = !full && this.ahead >= this.settings.maxProblems;
    this.counted = 0;
    const { context, report } = this;
    for (const { cellRule, rowRule, columns } of this.rowRules) {
      const rule = (cellRule ?? rowRule)!;
      if (row.unusedTemplate && !rule.unusedTemplateRows) continue;
      const before = found.length;
      const countedBefore = this.counted;
      try {
        if (cellRule) {
          for (const { column, position } of columns) {
            if (position >= count) break;
            if (cellRule.clean((values[position] ??= valueOf(record, position)), column, context)) continue;
            cells ??= record.cells;
            cellRule.checkCell(context, cells[position]!, column, report, row, cells);
          }
        } else if (!rowRule!.cleanRow(context, row, count)) {
          rowRule!.checkRow(context, row, (cells ??= record.cells), report);
        }
      } catch (error) {
        found.length = before;
        this.counted = countedBefore;
        this.ruleFailed(rule.name, error);
      }
    }
    const counting = this.counting;
    this.counting = false;
    this.results.byRecord[row.recordIndex] = counting
      ? this.counted || NO_FINDINGS
      : found.length > 0
        ? found.sort(compareProblems).map((p) => detached(p, -row.record.start))
        : NO_FINDINGS;
    for (const rule of this.keyRules) if (this.rowKeys(rule).get(row.recordIndex) === undefined) this.computeKey(rule, row);
    return counting ? findingCount(this.counted) : found.length;
  }

  /** Whether user row `index` surely has no finding of a row or cell rule; false when unsure (a rule's test failed: it fails again in the full check, which reports that). */
  private isClean(index: number): boolean {
    try {
      return this.cleanRow.test(index);
    } catch {
      return false;
    }
  }

  /**
   * Computes the keys of the row of record `recordIndex` not known yet, just after the quick test
   * found it clean, from the values the test read: the row is not built.
   */
  private cleanRowKeys(recordIndex: number): void {
    const { keyRules, keyPositions } = this;
    for (let k = 0; k < keyRules.length; k++) {
      const rule = keyRules[k]!;
      const keys = this.rowKeys(rule);
      if (keys.get(recordIndex) !== undefined) continue;
      const position = keyPositions[k]!;
      try {
        keys.set(recordIndex, keyHash(rule, position < 0 ? undefined : this.cleanRow.values[position]));
      } catch (error) {
        this.ruleFailed(rule.name, error);
      }
    }
  }

  /** The keys of `rule` for this version's records. */
  private rowKeys(rule: UniquenessRule): RowKeys {
    let keys = this.results.keys.get(rule.name);
    if (!keys) this.results.keys.set(rule.name, (keys = RowKeys.forRecords(this.doc.csv.recordCount)));
    return keys;
  }

  /** Computes and keeps the key of `row` for `rule`; null for none, undefined when the rule failed. */
  private computeKey(rule: UniquenessRule, row: UserRow): number | null | undefined {
    try {
      const position = this.doc.positions.get(rule.key.column);
      const { record } = row;
      const has = position !== undefined && position < cellCount(record) && !(row.unusedTemplate && !rule.unusedTemplateRows);
      const hashed = keyHash(rule, has ? valueOf(record, position) : undefined);
      this.rowKeys(rule).set(row.recordIndex, hashed);
      return hashed;
    } catch (error) {
      this.ruleFailed(rule.name, error);
      return undefined;
    }
  }

  /**
   * Gathers into `collected` the indices of the user rows whose key for `rule` two rows or more
   * hold, in text order, until done (true) or until `performance.now()` passes `deadline` (false:
   * call again). Indices, not row objects: a file of a million equal Login IDs repeats every row.
   */
  private collectRepeated(rule: UniquenessRule, deadline: number): boolean {
    const keys = this.rowKeys(rule);
    const c = (this.collected ??= { rows: [], next: 0 });
    const repeated = keys.repeated();
    if (repeated.size === 0) return true;
    const rows = c.rows;
    while (c.next < this.doc.rowCount) {
      const end = Math.min(this.doc.rowCount, c.next + ROWS_PER_CHECK);
      for (; c.next < end; c.next++) this.collectRow(rule, keys, repeated, c.next, rows);
      if (c.next < this.doc.rowCount && past(deadline)) return false;
    }
    return true;
  }

  /** Adds row index `i` to `rows` when its key is repeated. */
  private collectRow(rule: UniquenessRule, keys: RowKeys, repeated: ReadonlySet<number>, i: number, rows: number[]): void {
    let key = keys.get(this.doc.recordIndexOfRow(i));
    // Computed with the row's findings; only a rule that failed on the row leaves it unknown.
    if (key === undefined) key = this.computeKey(rule, this.doc.row(i));
    if (key !== undefined && key !== null && repeated.has(key)) rows.push(i);
  }

  /**
   * Runs document rule `rule`, or resumes it; false when it stopped at `deadline` in the middle of
   * its steps (call again), true once it is done (or failed: its findings are dropped).
   */
  private checkDocument(rule: DocumentRule | UniquenessRule, deadline: number): boolean {
    let step = this.step;
    if (!step) {
      step = { found: [], dropped: noCounts(), steps: undefined };
      this.found = step.found;
      this.pendingDropped = step.dropped;
      try {
        if (isUniquenessRule(rule)) {
          const rows = this.collected?.rows ?? [];
          this.collected = undefined;
          step.steps = rows.length > 0 ? (rule.checkRepeated(this.context, rows, this.report) ?? undefined) : undefined;
        } else {
          rule.check(this.context, this.report);
        }
      } catch (error) {
        this.ruleFailed(rule.name, error);
        return true;
      }
    }
    if (step.steps) {
      // Where `report` and `countUnreported` put findings, again for this rule's next steps.
      this.found = step.found;
      this.pendingDropped = step.dropped;
      try {
        while (!step.steps.next().done) {
          if (past(deadline)) {
            this.step = step;
            return false;
          }
        }
      } catch (error) {
        this.step = undefined;
        this.ruleFailed(rule.name, error);
        return true;
      }
    }
    this.step = undefined;
    const { found, dropped } = step;
    // One rule's findings past the first `maxProblems` by position can never be reported.
    const max = this.settings.maxProblems;
    if (found.length > max) {
      found.sort(compareProblems);
      for (const p of found.slice(max)) dropped[p.severity]++;
      found.length = max;
    }
    for (const p of found) this.documentProblems.push(p);
    for (const severity of ['error', 'warning', 'info'] as const) this.dropped[severity] += dropped[severity];
    return true;
  }

  private ruleFailed(name: string, error: unknown): void {
    if (this.failed.has(name)) return;
    this.failed.add(name);
    this.options.onRuleError?.(name, error);
  }
}

/** A row or cell rule as the runner holds it: exactly one of the two rules, and the columns a cell rule checks here. */
interface RowRuleEntry {
  readonly cellRule: CellRule | undefined;
  readonly rowRule: RowRule | undefined;
  readonly columns: readonly PresentColumn[];
}

/** The header's text as a key: a copy, so that keeping it does not keep the document's text. */
export function headerKey(doc: MiitelDocument): string {
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

/** The hash of `rule`'s key for a value of its column (undefined: the row lacks the cell); null for none. */
function keyHash(rule: UniquenessRule, value: string | undefined): number | null {
  if (value === undefined) return null;
  const { of, hash } = rule.key;
  if (hash) return hash(value);
  const key = of(value);
  return key === undefined ? null : hashString(key);
}
