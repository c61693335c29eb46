/**
 * Invalid characters described by position and kind ("characters 3–6 are full-width", "a space at
 * character 2"), for values that may not be quoted: the characters themselves never appear.
 */
import { joinList, msg, plural, t } from '../../../../shared/l10n';
import type { CharacterRun } from '../validation/characterRuns';

/** At most this many runs are described; a value with more is rarely a typo worth listing. */
const MAX_RUNS = 4;

/** One run: "a space at character 2", "characters 3–6 are full-width". */
function describeRun({ from, to, kind }: CharacterRun): string {
  const single = from === to;
  switch (kind) {
    case 'space':
      return single ? t('a space at character {0}', from) : t('spaces at characters {0}–{1}', from, to);
    case 'control':
      return single ? t('a tab or line break at character {0}', from) : t('tabs or line breaks at characters {0}–{1}', from, to);
    case 'fullWidth':
      return single ? t('character {0} is full-width', from) : t('characters {0}–{1} are full-width', from, to);
    case 'other':
      return single
        ? t('character {0} is not a letter, digit or ASCII symbol', from)
        : t('characters {0}–{1} are not letters, digits or ASCII symbols', from, to);
  }
}

/** The runs as one list, the first {@link MAX_RUNS} of them and a count of the rest. */
export function describeRuns(runs: readonly CharacterRun[]): string {
  const described = runs.slice(0, MAX_RUNS).map(describeRun);
  const rest = runs.length - described.length;
  if (rest > 0) described.push(plural(rest, { one: msg('{0} more place'), other: msg('{0} more places') }, rest));
  return joinList(described, 'comma');
}
