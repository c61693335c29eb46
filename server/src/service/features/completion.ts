/**
 * Completion: in a code cell every allowed code labelled with its meaning (typing a meaning such
 * as "jak" finds Jakarta and inserts 6); in the header row the names of the missing columns of
 * the file's format, labelled with the format's name.
 * The inserted text replaces the whole field, quotes included, so the CSV stays valid.
 */
import type { CompletionItem, CompletionList } from 'vscode-languageserver-types';
import { CompletionItemKind, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { allowedValues, type CodeValue } from '../../../../shared/formats/index';
import { t as translate } from '../../../../shared/l10n';
import type { MiitelDocument } from '../miitelDocument';
import { cellAt } from '../locate';
import { featureText as t, updateFeatureText } from '../messages';
import { codeWords, matchCodes, suggestCode } from '../codeMatch';
import { fieldText, quoted } from '../../../../shared/csv/quote';

/** Completion items at `offset`, or null outside a cell that has any. */
export function doComplete(document: TextDocument, doc: MiitelDocument, offset: number): CompletionList | null {
  const location = cellAt(doc, offset);
  if (!location) return null;
  const { cell } = location;
  const range = { start: document.positionAt(cell.start), end: document.positionAt(cell.end) };
  // The whole field is replaced: a quoted cell stays quoted, another is quoted only if the value needs it.
  const asField = (value: string) => (cell.quoted ? quoted(value) : fieldText(value));
  let items: CompletionItem[] = [];
  if (location.isHeader) {
    const missing = doc.format.columns.filter((c) => !doc.positions.has(c.id) || doc.positions.get(c.id) === location.position);
    // The columns offered are the format's: its name says which ("Update users" has Extension number, no Password).
    const formatName = updateFeatureText.formatName(doc.format);
    items = missing.map((c) => ({
      label: c.header,
      labelDetails: { description: formatName },
      kind: CompletionItemKind.Field,
      detail: t.missingHeaderDetail(c),
      sortText: String(c.index).padStart(2, '0'),
      textEdit: TextEdit.replace(range, asField(c.header)),
    }));
  } else if (location.column?.kind === 'code') {
    const current = cell.value.trim();
    const values = allowedValues(location.column);
    // The codes the cell's text may mean come first, the one the finding suggests preselected:
    // the same matching as `value/not-allowed`'s "Did you mean" (codeMatch.ts).
    // A cell that already holds a code keeps the table order.
    const likely = values.some((v) => v.code === current) ? [] : matchCodes(values, current);
    const suggestion = suggestCode(values, current);
    const rank = (v: CodeValue, i: number) => (likely.includes(v) ? likely.indexOf(v) : likely.length + i);
    items = values.map((v, i) => ({
      label: v.code,
      labelDetails: { description: translate(v.label) },
      kind: CompletionItemKind.EnumMember,
      detail: translate(v.label),
      // Matching runs against the text typed so far in the field: code, label and every alias.
      // The words of the display language find the code too.
      filterText: [v.code, ...codeWords(v)].join(' '),
      sortText: String(rank(v, i)).padStart(2, '0'),
      preselect: v.code === current || v.code === suggestion,
      textEdit: TextEdit.replace(range, asField(v.code)),
    }));
  }
  return items.length > 0 ? { isIncomplete: false, items } : null;
}
