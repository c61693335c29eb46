/**
 * Runs every rule over a document, applies the configured severities, sorts by position and caps
 * the number of problems. A rule that throws is reported through `onRuleError` and its findings
 * are dropped (a row rule's, on that row); the others still run. The work itself is `Validation`
 * (engine.ts); this module drives it all at once, or in slices that leave the event loop free.
 */
import type { MiitelCsvSettings } from '../../../../shared/settings';
import type { ParsedVersion } from '../parsedVersion';
import { Validation, type ValidateOptions, type ValidationResult } from './engine';
import type { Problem } from './types';

export type { SeverityCounts, ValidateOptions, ValidationResult } from './engine';

/**
 * Validates one version and returns its problems, sorted by offset, at most `settings.maxProblems`.
 * The result depends on the version's text, the settings and the options only; the row findings it
 * computes are kept in `version.rowResults`, where the next validation of this version (or of the
 * versions reparsed from it) finds them.
 */
export function validate(version: ParsedVersion, settings: MiitelCsvSettings, options: ValidateOptions = {}): Problem[] {
  return validateCounted(version, settings, options).problems;
}

/**
 * {@link validate}, with how many findings there are in all beside the capped list, per severity
 * (the ones past `maxProblems` are counted, not built; the CLI's summary prints them).
 */
export function validateCounted(version: ParsedVersion, settings: MiitelCsvSettings, options: ValidateOptions = {}): ValidationResult {
  const validation = start(version, settings, options);
  validation.run();
  return validation.result();
}

/** How {@link validateInSlices} shares the event loop. */
export interface SliceControl {
  /** Longest stretch of work between two yields, in milliseconds. */
  readonly sliceMs: number;
  /** Asked between slices: true stops the validation (its result would be stale). */
  readonly cancelled: () => boolean;
}

/**
 * The same result as {@link validate}, computed in slices of about `sliceMs` with a `setImmediate`
 * between them, so that requests and notifications waiting meanwhile are served. Undefined when
 * cancelled. Rows checked before a cancellation are kept in the version for the next run (see rowResults.ts).
 */
export async function validateInSlices(
  version: ParsedVersion,
  settings: MiitelCsvSettings,
  options: ValidateOptions,
  control: SliceControl,
): Promise<Problem[] | undefined> {
  const validation = start(version, settings, options);
  for (;;) {
    if (control.cancelled()) return undefined;
    if (validation.run(performance.now() + control.sliceMs)) return validation.problems();
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** A validation of `version`, its row results stored in the version from the start (a cancelled run's rows count too). */
function start(version: ParsedVersion, settings: MiitelCsvSettings, options: ValidateOptions): Validation {
  const validation = new Validation(version.doc, settings, options, version.rowResults);
  version.rowResults = validation.rowResults;
  return validation;
}
