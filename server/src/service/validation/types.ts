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
   * For document rules: a string `compute` derives from `row` alone (say its normalised Login ID),
   * kept under `name` while the row is unchanged, as row findings are, so that the next validation
   * after an edit looks only at the edited rows. Undefined means "none".
   */
  readonly rowValue: (name: string, row: UserRow, compute: (row: UserRow) => string | undefined) => string | undefined;
  /**
   * The values `rowValue(name, …)` gave for two rows or more. Complete once it was asked for every
   * row; kept up to date from version to version, so finding repeats costs nothing per row.
   */
  readonly repeatedRowValues: (name: string) => ReadonlySet<string>;
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
  check(context: ValidationContext, report: Report): void;
}

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
