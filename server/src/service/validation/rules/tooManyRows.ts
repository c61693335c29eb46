/**
 * `rows/too-many`: users past `maxUsersPerFile` (MiiTel adds at most 100 from one file).
 *
 * Every user row counts, unused template rows included: MiiTel does not know they are unused and
 * tries to import them like any other row, so they count against its limit too (and get their own
 * warning). Completely empty records are not rows and never count.
 */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { messages } from '../../messages';
import type { Rule } from '../types';

export const tooManyRowsRule: Rule = {
  name: 'tooManyRows',
  check({ doc, settings }, report) {
    const max = settings.maxUsersPerFile;
    const data: DiagnosticDataMap['rows/too-many'] = { max };
    for (const { record, userNumber } of doc.rows.slice(max)) {
      const message = messages.tooManyRows(max, userNumber);
      report({ code: 'rows/too-many', offset: record.start, length: record.end - record.start, message, data });
    }
  },
};
