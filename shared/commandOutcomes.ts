/**
 * What the editor's commands and `miitel-csv` say alike when fix-all or split has nothing to do: one
 * message each, so both sides share one translation (like the encoding names of shared/encodings.ts).
 */
import { msg, plural, t } from './l10n';

export const commandOutcomeText = {
  nothingToFix: (file: string) => t('Nothing to fix in {0}: no problem there has one correct fix that keeps its meaning.', file),
  nothingToSplit: (file: string, max: number) =>
    plural(
      max,
      { one: msg('{0} has no more than {1} user: nothing to split.'), other: msg('{0} has no more than {1} users: nothing to split.') },
      file,
      max,
    ),
};
