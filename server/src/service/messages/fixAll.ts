/** Text of fix-all (`source.fixAll.miitelCsv`): its title with the count, and the summary of what it fixed, by kind. */
import { joinList, msg, plural, type PluralForms, t } from '../../../../shared/l10n';
import type { FixAllCounts, FixAllKind } from '../validation/fixAllKind';

/** Each kind's words, in the order a tie is listed (the order fix-all meets them in a file). */
const KINDS: Readonly<Record<FixAllKind, PluralForms>> = {
  delimiter: { one: msg('{0} file separated by semicolons or tabs'), other: msg('{0} files separated by semicolons or tabs') },
  fieldCount: {
    one: msg('{0} row with extra empty fields'),
    other: msg('{0} rows with extra empty fields'),
  },
  header: { one: msg('{0} misspelled column header'), other: msg('{0} misspelled column headers') },
  missingColumn: { one: msg('{0} missing column'), other: msg('{0} missing columns') },
  templateRow: { one: msg('{0} unused template row'), other: msg('{0} unused template rows') },
  whitespace: { one: msg('{0} value with spaces around it'), other: msg('{0} values with spaces around them') },
  fullWidth: { one: msg('{0} value in full-width characters'), other: msg('{0} values in full-width characters') },
  code: { one: msg('{0} code written as a word or number'), other: msg('{0} codes written as words or numbers') },
  extensionNumber: {
    one: msg('{0} Extension number written as a decimal'),
    other: msg('{0} Extension numbers written as decimals'),
  },
};

/** The number of problems in `counts`. */
export function fixAllTotal(counts: FixAllCounts): number {
  return Object.values(counts).reduce((sum, n) => sum + n, 0);
}

/** Fix-all's title, source action menu and log. */
export const fixAllText = {
  /** The source action's title, with how many problems it fixes. */
  title: (count: number) =>
    plural(
      count,
      { one: msg('Fix {0} MiiTel CSV problem that keeps its meaning'), other: msg('Fix {0} MiiTel CSV problems that keep their meaning') },
      count,
    ),
  /** "Fixed 12 problems: 5 codes written as words or numbers, 4 values in full-width characters, 3 …", the largest counts first. */
  summary(counts: FixAllCounts): string {
    const kinds = (Object.keys(KINDS) as FixAllKind[]).filter((k) => (counts[k] ?? 0) > 0);
    // A stable sort: ties keep the order of KINDS.
    kinds.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0));
    const parts = kinds.map((k) => plural(counts[k]!, KINDS[k], counts[k]!));
    const total = fixAllTotal(counts);
    return plural(total, { one: msg('Fixed {0} problem: {1}'), other: msg('Fixed {0} problems: {1}') }, total, joinList(parts, 'comma'));
  },
  /** The log line when the server computes fix-all's edit (the editor applies it, e.g. on save). */
  log: (file: string, summary: string) => t('Fix-all edit for {0}. {1}', file, summary),
};
