/**
 * The contract between the validation runner and the rules. A problem is offsets into the
 * document text; it becomes an LSP range (or a CLI line:column) only at the boundary.
 */
import type { DiagnosticCode, Severity } from '../../../../shared/codes';
import type { MiitelCsvSettings } from '../../../../shared/settings';
import type { EncodingEvidence } from '../encodingCheck';
import type { MiitelDocument } from '../miitelDocument';

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
}

/** One validation rule. A rule may report several codes. */
export interface Rule {
  /** Name used in logs when the rule fails. */
  readonly name: string;
  check(context: ValidationContext, report: (problem: ProblemReport) => void): void;
}
