/**
 * `rows/too-many`: users past `maxUsersPerFile` (MiiTel adds at most 100 from one file).
 *
 * Every user row counts, unused template rows included: MiiTel does not know they are unused and
 * tries to import them like any other row, so they count against its limit too (and get their own
 * warning). Completely empty records are not rows and never count.
 */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { messages } from '../../messages';
import type { DocumentRule } from '../types';

/**
 * Rows come in text order and the runner keeps only the first `maxProblems` problems by position,
 * so rows past that many reports could never be shown: a 100,000-row export stops there.
 */
export const tooManyRowsRule: DocumentRule = {
  name: 'tooManyRows',
  check({ doc, settings }, report) {
    const max = settings.maxUsersPerFile;
    const data: DiagnosticDataMap['rows/too-many'] = { max };
    for (let i = max; i < Math.min(doc.rowCount, max + settings.maxProblems); i++) {
      const { record, userNumber } = doc.row(i);
      const message = messages.tooManyRows(max, userNumber);
      report({ code: 'rows/too-many', offset: record.start, length: record.end - record.start, message, data });
    }
  },
};
