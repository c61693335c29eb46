/**
 * `rows/none` (warning): a file with a header and no user rows (none at all, or only unused
 * template rows) adds nobody. Uploading it does nothing, so a check that passes it without a word
 * misleads; a warning rather than an error, since such a file may be a template being filled in.
 * One finding, on the header line.
 */
import { messages } from '../../../messages';
import { code, type DocumentRule } from '../../types';

/** No quick fix: only the author knows who the users are. */
const codes = { 'rows/none': code('warning') };

export const noRowsRule: DocumentRule<typeof codes> = {
  name: 'noRows',
  codes,
  check({ doc }, report) {
    const header = doc.header;
    if (!header) return;
    const { unusedTemplate, length } = doc.rowTable;
    // Usually the first row settles it.
    for (let i = 0; i < length; i++) if (unusedTemplate[i] === 0) return;
    report('rows/none', { offset: header.start, length: header.end - header.start }, messages.noRows());
  },
};
