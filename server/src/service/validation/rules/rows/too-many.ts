/**
 * `rows/too-many`: more users than `maxUsersPerFile` (MiiTel adds at most 100 from one file).
 *
 * Reported once, on the first user past the limit, saying how many users are too many: the file
 * needs splitting, not each extra row its own finding (a 150-user file had 50 alike errors).
 *
 * Every user row counts, unused template rows included: MiiTel does not know they are unused and
 * tries to import them like any other row, so they count against its limit too (and get their own
 * error). Completely empty records are not rows and never count.
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

export const tooManyRowsRule: DocumentRule<typeof codes> = {
  name: 'tooManyRows',
  codes,
  check({ doc, settings }, report) {
    const max = settings.maxUsersPerFile;
    if (doc.rowCount <= max) return;
    const { record } = doc.row(max);
    const message = messages.tooManyRows(doc.rowCount, max);
    report('rows/too-many', { offset: record.start, length: record.end - record.start }, message, { max });
  },
};
