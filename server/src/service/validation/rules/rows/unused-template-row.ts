/**
 * `rows/unused-template-row` (error): a row with no Login ID or User name that holds only what the
 * template put there (templateRow.ts). Uploading it fails on the empty Login ID, so a check must not
 * pass the file [decision, revised: it was a warning]; most likely the template was downloaded with
 * more rows than needed.
 */
import { deleteRows } from '../../../features/rowEdits';
import { fixText as t, messages } from '../../../messages';
import { code, type RowRule } from '../../types';

const codes = {
  // Fix-all: the rows hold only what the template put there, nothing the administrator wrote.
  'rows/unused-template-row': code(
    'error',
    ({ doc, fix }) => {
      const unused = doc.rows.filter((r) => r.unusedTemplate);
      return [fix(t.deleteUnusedRows(unused.length), deleteRows(doc, unused))];
    },
    'templateRow',
  ),
};

export const unusedTemplateRowRule: RowRule<typeof codes> = {
  name: 'unusedTemplateRow',
  codes,
  unusedTemplateRows: true,
  cleanRow: (_context, { unusedTemplate }) => !unusedTemplate,
  checkRow(_context, { record }, _cells, report) {
    const message = messages.unusedTemplateRow();
    report('rows/unused-template-row', { offset: record.start, length: record.end - record.start }, message);
  },
};
