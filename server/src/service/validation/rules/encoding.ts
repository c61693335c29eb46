/**
 * `encoding/mismatch` (error): the text is garbled because the file was read in the wrong encoding
 * (or was saved so once); `encoding/unsupported` (error): the file is UTF-16 or UTF-32, which
 * MiiTel refuses. One finding per file at most; the detection lives in `encodingCheck.ts`.
 */
import { checkEncoding } from '../../encodingCheck';
import type { DocumentRule } from '../types';

export const encodingRule: DocumentRule = {
  name: 'encoding',
  check({ doc, encoding }, report) {
    const found = checkEncoding(doc.csv.text, encoding);
    if (found) report(found);
  },
};
