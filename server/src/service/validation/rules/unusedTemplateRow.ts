/**
 * `rows/unused-template-row` (warning): a row that holds only the template's pre-filled password
 * (and code defaults). Uploading it would fail on the missing Login ID; most likely the template
 * was downloaded with more rows than needed.
 */
import { messages } from '../../messages';
import type { RowRule } from '../types';

export const unusedTemplateRowRule: RowRule = {
  name: 'unusedTemplateRow',
  checkRow(_context, { record, unusedTemplate }, _cells, report) {
    if (!unusedTemplate) return;
    const message = messages.unusedTemplateRow();
    report({ code: 'rows/unused-template-row', offset: record.start, length: record.end - record.start, message });
  },
};
