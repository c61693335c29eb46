/** Test helper: inline CSV text with a caret marker `‸`, as a TextDocument plus the parsed model. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, type MiitelCsvSettings } from '../../../shared/settings';
import { checkText } from '../../../server/src/service/languageService';
import type { MiitelDocument } from '../../../server/src/service/miitelDocument';
import type { Problem } from '../../../server/src/service/validation/types';

/** The caret marker; removed from the text before parsing. */
export const CARET = '‸';

/** A document built from `marked` (one caret marker), with its model, problems and the caret offset. */
export function withCaret(
  marked: string,
  settings: Partial<MiitelCsvSettings> = {},
): {
  document: TextDocument;
  doc: MiitelDocument;
  problems: Problem[];
  offset: number;
} {
  const offset = marked.indexOf(CARET);
  if (offset < 0 || marked.indexOf(CARET, offset + 1) >= 0) throw new Error('exactly one caret marker expected');
  const text = marked.slice(0, offset) + marked.slice(offset + CARET.length);
  const { doc, problems } = checkText(text, { ...DEFAULT_SETTINGS, ...settings });
  return { document: TextDocument.create('file:///test/users.csv', 'csv', 1, text), doc, problems, offset };
}
