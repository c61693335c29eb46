/**
 * The strings of the table view (its webview and its notifications), in the user's language. The
 * webview cannot reach the localisation layer, so the host renders them and sends them along.
 */
import { t } from '../../../shared/l10n';
import type { GridStrings } from '../../../shared/table/view/protocol';

/** The webview's strings, rendered now. */
export function gridStrings(): GridStrings {
  return {
    addUser: t('Add user'),
    duplicate: t('Duplicate'),
    deleteRows: t('Delete rows'),
    fixAll: t('Fix all'),
    quickFixes: t('Quick fixes'),
    noFixes: t('No quick fix for this cell'),
    problems: t('Problems'),
    noProblems: t('No problems'),
    line: t('Line'),
    gridLabel: t('MiiTel users'),
    masked: t('Password (hidden until the cell is selected)'),
  };
}

/** The table view's notices and errors. */
export const tableText = {
  /** Above the grid of a file larger than `miitelCsv.largeFileThreshold`. */
  largeFile: (size: number, threshold: number) =>
    t(
      'This file has {0} characters, more than miitelCsv.largeFileThreshold ({1}): the table shows every row, but checks may be limited.',
      size,
      threshold,
    ),
  stale: () => t('The file changed before the table could apply the change: try again.'),
  noTarget: () => t('Open a CSV file first: this command shows the active CSV file as a table.'),
  editFailed: () => t('The table could not change the file: it may be read-only.'),
};
