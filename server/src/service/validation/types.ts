/**
 * The contract between the validation runner and the rules. A rule module declares its codes (default
 * severity, the type of their data, their quick fixes) and reports findings typed by code; the
 * registry (rules/index.ts) derives everything else from the modules. A problem is offsets into the
 * document text; it becomes an LSP range (or a CLI line:column) only at the boundary.
 */
import type { DiagnosticCode, Severity } from '../../../../shared/codes';
import type { ColumnId, ColumnKind, ColumnSpec } from '../../../../shared/formats/index';
import type { MiitelCsvSettings } from '../../../../shared/settings';
import type { CsvCell } from '../../../../shared/csv/csvDocument';
import type { EncodingEvidence } from '../encodingCheck';
import type { TextChange } from '../features/textChange';
import type { CellLocation } from '../locate';
import type { MiitelDocument, UserRow } from '../miitelDocument';
import type { FixAllKind } from './fixAllKind';

export type { FixAllCounts, FixAllKind } from './fixAllKind';

/** A place in the text another problem refers to (e.g. the first occurrence of a duplicate). */
export interface RelatedLocation {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

/** A finding as a rule reports it. */
export interface ProblemReport {
  readonly code: DiagnosticCode;
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  /** Data for quick fixes, of the type the code declares (see `DiagnosticDataMap` in rules/index.ts). */
  readonly data?: unknown;
  readonly related?: readonly RelatedLocation[];
}

/** A finding with its effective severity, as the runner returns it. */
export interface Problem extends ProblemReport {
  readonly severity: Severity;
}

/** Where a finding lies, and the places it refers to. */
export interface Span {
  readonly offset: number;
  readonly length: number;
  readonly related?: readonly RelatedLocation[];
}

/** Everything a rule may read. Rules are pure: no I/O, no clock, no globals. */
export interface ValidationContext {
  readonly doc: MiitelDocument;
  readonly settings: MiitelCsvSettings;
  /** Login IDs already in use in the organisation, as `loginIdKey` folds them (from `existingLoginIdsFile`). */
  readonly existingLoginIds: ReadonlySet<string>;
  /** How the text was decoded and what the file's bytes are, when the caller knows (see `encodingCheck.ts`). */
  readonly encoding?: EncodingEvidence;
  /**
   * Counts `count` findings of `code` that a document rule knows of but does not report, because
   * `maxProblems` others come before them (so they are never built), for the totals a summary prints.
   */
  readonly countUnreported?: (code: DiagnosticCode, count: number) => void;
}

/** One way to fix one problem. */
export interface Fix {
  readonly title: string;
  readonly problem: Problem;
  readonly changes: readonly TextChange[];
  /** The obvious fix: shown first; applied by fix-all when its code declares `fixAll` (it keeps the meaning). */
  readonly preferred: boolean;
  /** A client command to run instead of (or after) the changes. */
  readonly command?: { readonly id: string; readonly title: string; readonly arguments: unknown[] };
}

/** What a code's quick fixes are given: the problem, its typed data and where it lies. */
export interface FixContext<Data> {
  readonly doc: MiitelDocument;
  readonly problem: Problem;
  readonly data: Data;
  /** The cell at the problem's start, if any. */
  readonly location?: CellLocation;
  /** `location.cell`. */
  readonly cell?: CsvCell;
  /** The document's URI, for client commands. */
  readonly uri: string;
  /** A fix of `changes` for this problem (`preferred` by default). */
  readonly fix: (title: string, changes: readonly TextChange[], preferred?: boolean) => Fix;
}

declare const dataType: unique symbol;

/** One diagnostic code as its rule module declares it. `Data` is the type of its `data` (undefined for none). */
export interface CodeDefinition<Data> {
  readonly severity: Severity;
  /** The quick fixes of a problem with this code (none when absent). */
  fixes?(this: void, context: FixContext<Data>): Fix[];
  /** Set when fix-all applies the preferred fix (it keeps the meaning); the kind its summary counts it under. */
  readonly fixAll?: FixAllKind;
  /** Carries `Data` in the type only. */
  readonly [dataType]?: Data;
}

/**
 * Declares a code: its default severity, the type of its data, its fixes, and whether fix-all
 * applies the preferred one (`fixAll`: the kind it counts as; absent: quick fixes only).
 */
export function code<Data = undefined>(
  severity: Severity,
  fixes?: (context: FixContext<Data>) => Fix[],
  fixAll?: FixAllKind,
): CodeDefinition<Data> {
  if (!fixes) return { severity };
  return fixAll ? { severity, fixes, fixAll } : { severity, fixes };
}

/** The codes a rule reports, by code. */
export type CodeTable = { readonly [C in DiagnosticCode]?: CodeDefinition<unknown> };

/** The data type a code definition declares. */
export type DataOf<D> = D extends CodeDefinition<infer Data> ? Data : never;

/**
 * Receives a rule's findings: the code (one of the rule's), where, the message, and the code's
 * data when it declares any. The message may be a function rendering it: a rule that can fire on
 * every row of a file passes one, so that findings past `maxProblems`, which are only counted,
 * cost no rendering.
 */
export type Report<Codes extends CodeTable> = <C extends keyof Codes & DiagnosticCode>(
  code: C,
  span: Span,
  message: string | (() => string),
  ...data: [DataOf<Codes[C]>] extends [undefined] ? [] : [data: DataOf<Codes[C]>]
) => void;

/** What every rule has. */
interface RuleBase<Codes extends CodeTable> {
  /** Name used in logs when the rule fails. */
  readonly name: string;
  /** The codes the rule reports. A code comes from one rule only. */
  readonly codes: Codes;
}

/**
 * A rule that looks at the whole document at once: the header, the text, or several rows together
 * (limits). It runs again on every validation.
 */
export interface DocumentRule<Codes extends CodeTable = CodeTable> extends RuleBase<Codes> {
  check(context: ValidationContext, report: Report<Codes>): void;
}

/** Which rows the runner shows a row, cell or uniqueness rule. */
interface RowScope {
  /**
   * Also the unused template rows (only template values, templateRow.ts): by default the runner skips them,
   * since `rows/unused-template-row` reports each once and nothing else about them is news.
   */
  readonly unusedTemplateRows?: boolean;
}

/**
 * A rule that looks at one user row at a time: what it reports on a row may depend on that row's
 * cells, the header and the settings, never on another row. The runner builds the row's cells once
 * for all row rules, and keeps a row's findings while its text is unchanged: after an edit only the
 * edited rows are checked again (see rowResults.ts). Findings must lie inside the row.
 */
export interface RowRule<Codes extends CodeTable = CodeTable> extends RuleBase<Codes>, RowScope {
  /**
   * The rule's cheap first test: true when `row`, which has `cellCount` cells, has nothing to report,
   * false when `checkRow` must look. The runner calls `checkRow` only for a row this rejects, so
   * the condition is written once, here; `checkRow` starts from what it established. A rule with no
   * cheap test says so (`cleanRow: () => false`), and then every row of a file costs cell objects.
   */
  readonly cleanRow: (context: ValidationContext, row: UserRow, cellCount: number) => boolean;
  /** Reports on a row `cleanRow` rejected; `cells` are `row.record.cells`. */
  checkRow(context: ValidationContext, row: UserRow, cells: readonly CsvCell[], report: Report<Codes>): void;
}

/** The columns of the given kinds, as a cell rule declares them (`columns: ofKind('password')`). */
export function ofKind(...kinds: readonly ColumnKind[]): (column: ColumnSpec) => boolean {
  return (column) => kinds.includes(column.kind);
}

/**
 * A row rule about single cells: the runner calls it for each cell of the columns it checks
 * (those of the document's format that the file has), skipping cells a short row lacks. Findings
 * must lie inside the row.
 */
export interface CellRule<Codes extends CodeTable = CodeTable> extends RuleBase<Codes>, RowScope {
  /** The columns the rule checks. */
  readonly columns: (column: ColumnSpec) => boolean;
  /**
   * The rule's cheap first test: true when a cell of `value` in `column` has nothing to report,
   * whatever the other cells of its row; false when `checkCell` must look. The runner calls
   * `checkCell` only for a cell this rejects, so the condition is written once, here, and
   * `checkCell` starts from what it established (recomputing a value it needs: it runs on few
   * cells). Nearly every cell of a file is clean, and building the 24 cell objects of each row (and
   * calling every rule with them) was most of the time of a check of 100,000 users; a row all of
   * whose cells pass costs no cell objects (cleanRows.ts). A rule with no cheap test says so
   * (`clean: () => false`), and then every row of a file costs cell objects.
   */
  readonly clean: (value: string, column: ColumnSpec, context: ValidationContext) => boolean;
  /**
   * Reports on a cell `clean` rejected; `row` and `cells` (`row.record.cells`) for a rule that
   * compares the cell with others of its row.
   */
  checkCell(
    context: ValidationContext,
    cell: CsvCell,
    column: ColumnSpec,
    report: Report<Codes>,
    row: UserRow,
    cells: readonly CsvCell[],
  ): void;
}

/**
 * A rule about values that must differ from row to row (Login IDs). It declares the key of a row;
 * the runner computes it with the row rules, keeps it (hashed) while the row is unchanged and
 * counts the hashes, so that after an edit it knows which keys may be repeated without looking at
 * every row again, and shows the rule only those rows.
 */
export interface UniquenessRule<Codes extends CodeTable = CodeTable> extends RuleBase<Codes>, RowScope {
  /**
   * A row's key: a function of one column's value alone (a row without that cell has none). The
   * runner hashes it, keeps it while the row is unchanged and counts it; for a row the quick test
   * found clean it is worked out from the value the test read, without building the row (cleanRows.ts).
   */
  readonly key: {
    readonly column: ColumnId;
    /** The key of a value as written; undefined for none. */
    readonly of: (value: string) => string | undefined;
    /** `hashString` of `of(value)`, null for none, when the rule can work it out faster. */
    readonly hash?: (value: string) => number | null;
  };
  /**
   * The indices of the user rows whose key's hash two rows or more hold (`doc.row(i)`), in text
   * order; not called when there are none. Equal keys give equal hashes and different keys almost
   * never do: compare the keys. A rule with many rows to compare may be a generator that yields
   * now and then: the runner then resumes it in later slices, so other requests are served between.
   */
  checkRepeated(context: ValidationContext, rows: readonly number[], report: Report<Codes>): void | Iterator<unknown>;
}

/** One validation rule. A rule may report several codes; a code comes from one rule only. */
export type Rule = DocumentRule | RowRule | CellRule | UniquenessRule;

/** Whether `rule` is checked row by row. */
export function isRowRule(rule: Rule): rule is RowRule {
  return 'checkRow' in rule;
}

/** Whether `rule` is checked cell by cell. */
export function isCellRule(rule: Rule): rule is CellRule {
  return 'checkCell' in rule;
}

/** Whether `rule` checks repeated row keys. */
export function isUniquenessRule(rule: Rule): rule is UniquenessRule {
  return 'checkRepeated' in rule;
}
