/**
 * `file/too-large` (info): a file above `miitelCsv.largeFileThreshold`. MiiTel takes
 * `maxUsersPerFile` users per upload, a few dozen kilobytes, so such a file is an export or a log
 * opened by mistake, or a list to split; the language server validates it in the background. One
 * finding, on the header.
 */
import { messages } from '../../../messages';
import { isLargerThan } from '../../../textSize';
import { code, type DocumentRule } from '../../types';

/** Data of `file/too-large`: the `miitelCsv.largeFileThreshold` (bytes) the file is larger than. */
export interface TooLargeData {
  readonly threshold: number;
}

/** No quick fix: splitting is `rows/too-many`'s. */
const codes = { 'file/too-large': code<TooLargeData>('info') };

export const fileTooLargeRule: DocumentRule<typeof codes> = {
  name: 'fileTooLarge',
  codes,
  check({ doc, settings }, report) {
    const threshold = settings.largeFileThreshold;
    if (!isLargerThan(doc.csv.text, threshold)) return;
    const header = doc.header;
    const span = { offset: header?.start ?? 0, length: header ? header.end - header.start : 0 };
    report('file/too-large', span, messages.fileTooLarge(threshold, settings.maxUsersPerFile), { threshold });
  },
};
