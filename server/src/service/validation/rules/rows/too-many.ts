/**
 * `rows/too-many`: users past `maxUsersPerFile` (MiiTel adds at most 100 from one file).
 *
 * Every user row counts, unused template rows included: MiiTel does not know they are unused and
 * tries to import them like any other row, so they count against its limit too (and get their own
 * warning). Completely empty records are not rows and never count.
 */
import { COMMANDS } from '../../../../../../shared/commands';
import { fixText as t, messages } from '../../../messages';
import { code, type DocumentRule } from '../../types';

/** Data of `rows/too-many`: the most users a file may hold. */
export interface TooManyData {
  readonly max: number;
}

const codes = {
  // Splitting writes new files: only the client can, through its command.
  'rows/too-many': code<TooManyData>('error', ({ problem, data, uri }) => {
    const title = t.splitFile(data.max);
    return [{ title, problem, changes: [], preferred: false, command: { id: COMMANDS.splitFile, title, arguments: [uri, data.max] } }];
  }),
};

/**
 * Rows come in text order and the runner keeps only the first `maxProblems` problems by position,
 * so rows past that many reports could never be shown: a 100,000-row export stops there.
 */
export const tooManyRowsRule: DocumentRule<typeof codes> = {
  name: 'tooManyRows',
  codes,
  check({ doc, settings, countUnreported }, report) {
    const max = settings.maxUsersPerFile;
    const data = { max };
    const end = Math.min(doc.rowCount, max + settings.maxProblems);
    if (doc.rowCount > end) countUnreported?.('rows/too-many', doc.rowCount - end);
    for (let i = max; i < end; i++) {
      const { record, userNumber } = doc.row(i);
      const message = messages.tooManyRows(max, userNumber);
      report('rows/too-many', { offset: record.start, length: record.end - record.start }, message, data);
    }
  },
};
