/**
 * The problems of one parsed version, computed once and shared by diagnostics, hover and code
 * actions. Keyed by the parsed model object (one per document version, from the parse cache) and
 * the settings object (replaced when settings change), so a stale entry can never be returned.
 */
import type { MiitelCsvSettings } from '../../../shared/settings';
import type { EncodingEvidence } from '../service/encodingCheck';
import type { MiitelDocument } from '../service/miitelDocument';
import type { Problem } from '../service/validation/types';
import { validate } from '../service/validation/validate';
import type { MiitelFile, ServerContext } from './context';
import { describeError } from './logger';

interface Entry {
  readonly settings: MiitelCsvSettings;
  readonly existingLoginIds: readonly string[];
  readonly encoding: EncodingEvidence;
  readonly problems: Problem[];
}

const memo = new WeakMap<MiitelDocument, Entry>();

/** Login IDs in use for this file's settings (from `miitelCsv.existingLoginIdsFile`). */
export function existingLoginIds(context: ServerContext, file: MiitelFile): Promise<readonly string[]> {
  return context.loginIds.get(file.settings.existingLoginIdsFile, file.folder);
}

/** The problems of `file`, validating it only if this version has not been validated with these settings. */
export async function problemsOf(context: ServerContext, file: MiitelFile): Promise<Problem[]> {
  const ids = await existingLoginIds(context, file);
  const encoding = await context.encodings.evidence(file.document);
  const entry = memo.get(file.doc);
  if (entry && entry.settings === file.settings && entry.existingLoginIds === ids && sameEvidence(entry.encoding, encoding)) {
    return entry.problems;
  }
  const problems = validate(file.doc, file.settings, {
    existingLoginIds: ids,
    encoding,
    onRuleError: (rule, error) => context.logger.error(`Rule ${rule} failed and was skipped: ${describeError(error)}`),
  });
  memo.set(file.doc, { settings: file.settings, existingLoginIds: ids, encoding, problems });
  return problems;
}

const sameEvidence = (a: EncodingEvidence, b: EncodingEvidence) => a.decodedAs === b.decodedAs && a.file === b.file;
