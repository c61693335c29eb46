/**
 * `rows/unused-template-row` (warning): a row that holds only the template's pre-filled password
 * (and code defaults). Uploading it would fail on the missing Login ID; most likely the template
 * was downloaded with more rows than needed.
 */
import { deleteRows } from '../../../features/rowEdits';
import { fixText as t, messages } from '../../../messages';
import { code, type RowRule } from '../../types';

const codes = {
  'rows/unused-template-row': code('warning', ({ doc, fix }) => {
    const unused = doc.rows.filter((r) => r.unusedTemplate);
    return [fix(t.deleteUnusedRows(unused.length), deleteRows(doc, unused))];
  }),
};

export const unusedTemplateRowRule: RowRule<typeof codes> = {
  name: 'unusedTemplateRow',
  codes,
  unusedTemplateRows: true,
  checkRow(_context, { record, unusedTemplate }, _cells, report) {
    if (!unusedTemplate) return;
    const message = messages.unusedTemplateRow();
    report('rows/unused-template-row', { offset: record.start, length: record.end - record.start }, message);
  },
};
