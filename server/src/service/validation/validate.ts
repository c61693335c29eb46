/**
 * Runs every rule over a document, applies the configured severities, sorts by position and caps
 * the number of problems. A rule that throws is logged and skipped; the others still run.
 */
import { DEFAULT_SEVERITIES } from '../../../../shared/codes';
import type { MiitelCsvSettings } from '../../../../shared/settings';
import type { EncodingEvidence } from '../encodingCheck';
import type { MiitelDocument } from '../miitelDocument';
import { RULES } from './rules/index';
import type { Problem, Rule, ValidationContext } from './types';

/** Options of {@link validate}. */
export interface ValidateOptions {
  /** Login IDs already in use, any case. */
  readonly existingLoginIds?: Iterable<string>;
  /** Called when a rule throws; the rule's findings are dropped and validation goes on. */
  readonly onRuleError?: (rule: string, error: unknown) => void;
  /** How the text was decoded and what the file's bytes are, for the encoding check. */
  readonly encoding?: EncodingEvidence;
  /** Rules to run (tests pass one); defaults to all. */
  readonly rules?: readonly Rule[];
}

/** Validates a MiiTel document and returns its problems, sorted by offset, at most `settings.maxProblems`. */
export function validate(doc: MiitelDocument, settings: MiitelCsvSettings, options: ValidateOptions = {}): Problem[] {
  const context: ValidationContext = {
    doc,
    settings,
    existingLoginIds: new Set([...(options.existingLoginIds ?? [])].map((id) => id.trim().toLowerCase())),
    encoding: options.encoding,
  };
  const problems: Problem[] = [];
  for (const rule of options.rules ?? RULES) {
    const found: Problem[] = [];
    try {
      rule.check(context, (report) => {
        const severity = settings.rules[report.code] ?? DEFAULT_SEVERITIES[report.code];
        if (severity !== 'off') found.push({ ...report, severity });
      });
    } catch (error) {
      options.onRuleError?.(rule.name, error);
      continue;
    }
    problems.push(...found);
  }
  problems.sort((a, b) => a.offset - b.offset || a.length - b.length || a.code.localeCompare(b.code));
  return problems.length > settings.maxProblems ? problems.slice(0, settings.maxProblems) : problems;
}
