/**
 * The problems of one parsed version, computed once and shared by diagnostics, hover and code
 * actions. Kept in the version's state (from the document cache) with the settings object (replaced
 * when settings change), the Login IDs and the encoding evidence, so a stale memo is never returned.
 *
 * A file above `miitelCsv.largeFileThreshold` is validated in slices of {@link SLICE_MS}, giving the
 * event loop back between them, so that requests arriving meanwhile (hover, completion, cancel) are
 * answered at once; hover and code actions do not wait for such a validation (see {@link readyProblems}).
 * A slice run stops as soon as its version is no longer the open one.
 */
import {
  type EncodingEvidence,
  isLargerThan,
  type Problem,
  validate,
  validateInSlices,
  type ValidateOptions,
} from '../service/languageService';
import { currentLocale } from '../../../shared/l10n';
import { isCurrent, type MiitelFile, type ServerContext } from './context';
import { describeError } from './logger';
import type { ProblemsMemo } from './versionState';

/** Longest stretch of validation work between two turns of the event loop. */
export const SLICE_MS = 5;

/** Login IDs in use for this file's settings (from `miitelCsv.existingLoginIdsFile`). */
export function existingLoginIds(context: ServerContext, file: MiitelFile): Promise<readonly string[]> {
  const { existingLoginIdsFile, existingLoginIdsFileFromWorkspace } = file.settings;
  return context.loginIds.get(existingLoginIdsFile, file.folder, existingLoginIdsFileFromWorkspace === true);
}

/** Whether `file` is validated in slices. */
export function isLargeFile(file: MiitelFile): boolean {
  return isLargerThan(file.doc.csv.text, file.settings.largeFileThreshold);
}

/**
 * The problems of `file`, validating it only if this version has not been validated with these
 * settings. Empty when the document moved on meanwhile (callers drop such results, see `isCurrent`).
 */
export async function problemsOf(context: ServerContext, file: MiitelFile): Promise<Problem[]> {
  const ids = await existingLoginIds(context, file);
  // Moved on while the Login IDs were read: callers drop the result, and the evidence is not asked for an old text.
  if (!isCurrent(context, file)) return [];
  const encoding = await context.encodings.evidence(file.document);
  if (!isCurrent(context, file)) return [];
  let entry = current(file, ids, encoding);
  if (entry?.problems) return entry.problems;
  if (!entry?.running) {
    entry = { settings: file.settings, existingLoginIds: ids, encoding, language: currentLocale() };
    file.state.problems = entry;
    const options: ValidateOptions = {
      existingLoginIds: ids,
      encoding,
      onRuleError: (rule, error) => context.logger.error(`Rule ${rule} failed and was skipped: ${describeError(error)}`),
    };
    if (!isLargeFile(file)) return (entry.problems = validate(file.state.parsed, file.settings, options));
    const own = entry;
    // Stop once the document moved on, or once settings changed and a new run took this one's place.
    const stale = () => !isCurrent(context, file) || file.state.problems !== own;
    entry.running = validateInSlices(file.state.parsed, file.settings, options, { sliceMs: SLICE_MS, cancelled: stale });
  }
  const run = entry;
  let problems: Problem[] | undefined;
  try {
    problems = await run.running;
  } finally {
    run.running = undefined;
  }
  if (problems) run.problems = problems;
  // A stopped run leaves no entry, so a request for this version (if it comes back) starts again.
  else if (file.state.problems === run) file.state.problems = undefined;
  return problems ?? [];
}

/**
 * The problems of `file` if they are known without validating now: always for a small file (it
 * validates at once), only once its background validation is done for a large one. Hover and code
 * actions use this, so that they never wait for a large validation; they show no findings until then.
 */
export async function readyProblems(context: ServerContext, file: MiitelFile): Promise<Problem[]> {
  if (!isLargeFile(file)) return problemsOf(context, file);
  // Nothing computed yet: no need to wait for the Login ID file or the encoding evidence either.
  if (!file.state.problems?.problems) return [];
  const ids = await existingLoginIds(context, file);
  if (!isCurrent(context, file)) return [];
  const encoding = await context.encodings.evidence(file.document);
  return current(file, ids, encoding)?.problems ?? [];
}

/** The memo of this version, if it was made with these settings, Login IDs and encoding evidence, in the language of now. */
function current(file: MiitelFile, ids: readonly string[], encoding: EncodingEvidence): ProblemsMemo | undefined {
  const entry = file.state.problems;
  const same =
    entry &&
    entry.settings === file.settings &&
    entry.existingLoginIds === ids &&
    sameEvidence(entry.encoding, encoding) &&
    entry.language === currentLocale();
  return same ? entry : undefined;
}

const sameEvidence = (a: EncodingEvidence, b: EncodingEvidence) => a.decodedAs === b.decodedAs && a.file === b.file;
