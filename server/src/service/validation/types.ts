/**
 * The contract between the validation runner and the rules. A problem is offsets into the
 * document text; it becomes an LSP range (or a CLI line:column) only at the boundary.
 */
import type { DiagnosticCode, Severity } from '../../../../shared/codes';
import type { MiitelCsvSettings } from '../../../../shared/settings';
import type { CsvCell } from '../csvDocument';
import type { EncodingEvidence } from '../encodingCheck';
import type { MiitelDocument, UserRow } from '../miitelDocument';

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
  /** Typed data for quick fixes (see `DiagnosticDataMap`). */
  readonly data?: unknown;
  readonly related?: readonly RelatedLocation[];
}

/** A finding with its effective severity, as the runner returns it. */
export interface Problem extends ProblemReport {
  readonly severity: Severity;
}

/** Everything a rule may read. Rules are pure: no I/O, no clock, no globals. */
export interface ValidationContext {
  readonly doc: MiitelDocument;
  readonly settings: MiitelCsvSettings;
  /** Login IDs already in use in the organisation, lower-cased (from `existingLoginIdsFile`). */
  readonly existingLoginIds: ReadonlySet<string>;
  /** How the text was decoded and what the file's bytes are, when the caller knows (see `encodingCheck.ts`). */
  readonly encoding?: EncodingEvidence;
  /**
   * The key named `name` (declared by a document rule's `rowKeys`) of user row `rowIndex` (0-based,
   * so that a rule walking every row builds only the rows it needs), as a hash of the
   * string the rule derived; undefined for none. Equal strings give equal hashes; different strings
   * almost never do, so a rule uses hashes to find candidates and compares the strings themselves.
   */
  readonly rowKey: (name: string, rowIndex: number) => number | undefined;
  /** The hashes of key `name` that two user rows or more hold, kept up to date from version to version. */
  readonly repeatedRowKeys: (name: string) => ReadonlySet<number>;
}

/** Receives a rule's findings. */
export type Report = (problem: ProblemReport) => void;

/**
 * A rule that looks at the whole document at once: the header, the text, or several rows together
 * (duplicates, limits). It runs again on every validation.
 */
export interface DocumentRule {
  /** Name used in logs when the rule fails. */
  readonly name: string;
  /**
   * Keys the rule reads per user row (say its normalised Login ID), by name: each derives from the
   * row alone. The runner computes them with the row rules, a row at a time, keeps them (hashed)
   * while the row is unchanged and counts them, so that after an edit `check` learns which keys are
   * repeated without looking at every row again.
   */
  readonly rowKeys?: Readonly<Record<string, RowKey>>;
  check(context: ValidationContext, report: Report): void;
}

/** Derives a key from one user row (`cells` are `row.record.cells`); undefined for none. */
export type RowKey = (context: ValidationContext, row: UserRow, cells: readonly CsvCell[]) => string | undefined;

/**
 * A rule that looks at one user row at a time: what it reports on a row may depend on that row's
 * cells, the header and the settings, never on another row. The runner builds the row's cells once
 * for all row rules, and keeps a row's findings while its text is unchanged: after an edit only the
 * edited rows are checked again (see rowResults.ts). Findings must lie inside the row.
 */
export interface RowRule {
  /** Name used in logs when the rule fails. */
  readonly name: string;
  /** `cells` are `row.record.cells`. */
  checkRow(context: ValidationContext, row: UserRow, cells: readonly CsvCell[], report: Report): void;
}

/** One validation rule. A rule may report several codes; a code comes from one rule only. */
export type Rule = DocumentRule | RowRule;

/** Whether `rule` is checked row by row. */
export function isRowRule(rule: Rule): rule is RowRule {
  return 'checkRow' in rule;
}
