/**
 * The frame of the explanation pages (docs/rules/): headings, the severity section, the index, and
 * the "Learn more" action's title. Each code's own words are in ./ruleDocTexts.ts.
 */
import { t } from '../../../../shared/l10n';

/** The frame's words, rendered in the language of the moment. */
export const ruleDocText = {
  get meaning() {
    return t('What it means');
  },
  get fix() {
    return t('How to fix');
  },
  get example() {
    return t('Example');
  },
  get exampleNote() {
    return t('Only the columns that matter are shown.');
  },
  get before() {
    return t('Before:');
  },
  get after() {
    return t('After:');
  },
  get severity() {
    return t('Severity');
  },
  /** `severity`: the value as written in the settings (`error`), already in backticks. */
  defaultSeverity: (severity: string) => t('Default: {0}.', severity),
  get fixAllApplies() {
    return t('Fix-all applies the preferred quick fix of this finding, since it keeps what you meant.');
  },
  get fixAllLeaves() {
    return t('Fix-all leaves this finding to you: its quick fixes may change what you meant.');
  },
  get changeSeverity() {
    return t('To change the severity or turn the check off, use the `miitelCsv.rules` setting or "rules" in `.miitel-csv.json`:');
  },
  get commandLine() {
    return t('On the command line:');
  },
  get allCodes() {
    return t('All finding codes');
  },
  get indexTitle() {
    return t('MiiTel CSV finding codes');
  },
  get indexIntro() {
    return t('Every finding in the Problems panel has a code. Its page says what it means and how to fix it.');
  },
  get code() {
    return t('Code');
  },
  get defaultColumn() {
    return t('Default');
  },
  get findingColumn() {
    return t('Finding');
  },
  /** The title of the code action that opens `code`'s page. */
  learnMore: (code: string) => t('Learn more about {0}', code),
};
