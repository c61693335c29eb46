/**
 * `file/too-large` (info): a file above `miitelCsv.largeFileThreshold`. MiiTel takes
 * `maxUsersPerFile` users per upload, a few dozen kilobytes, so such a file is an export or a log
 * opened by mistake, or a list to split; the language server validates it in the background. One
 * finding, on the header.
 */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { messages } from '../../messages';
import { isLargerThan } from '../../textSize';
import type { DocumentRule } from '../types';

export const fileTooLargeRule: DocumentRule = {
  name: 'fileTooLarge',
  check({ doc, settings }, report) {
    const threshold = settings.largeFileThreshold;
    if (!isLargerThan(doc.csv.text, threshold)) return;
    const header = doc.header;
    report({
      code: 'file/too-large',
      offset: header?.start ?? 0,
      length: header ? header.end - header.start : 0,
      message: messages.fileTooLarge(threshold, settings.maxUsersPerFile),
      data: { threshold } satisfies DiagnosticDataMap['file/too-large'],
    });
  },
};
