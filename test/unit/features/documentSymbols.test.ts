import * as assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { getDocumentSymbols } from '../../../server/src/service/features/documentSymbols';
import { file, row, templateHeader } from '../helpers';
import { withCaret } from './caret';

describe('document symbols', () => {
  it('lists the header and one symbol per user with the line range of its row', () => {
    const text = file(templateHeader(), row({ loginId: 'sato@miitel.jp', userName: '"佐藤\r\n花子"' }), '', row({ loginId: 'ito@miitel.jp', userName: 'Ken Ito' }), row({ loginId: '', userName: '' }));
    const { document, doc } = withCaret(text + '‸');
    const symbols = getDocumentSymbols(document, doc);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.kind, s.range.start.line, s.range.end.line]),
      [
        ['Header', undefined, SymbolKind.Namespace, 0, 0],
        ['sato@miitel.jp — 佐藤 花子', 'user 1', SymbolKind.Object, 1, 2],
        ['ito@miitel.jp — Ken Ito', 'user 2', SymbolKind.Object, 4, 4],
        ['(no Login ID) — (no User name)', 'user 3', SymbolKind.Object, 5, 5],
      ],
    );
    // The selection is the Login ID cell.
    assert.deepEqual(symbols[2].selectionRange, { start: { line: 4, character: 0 }, end: { line: 4, character: 'ito@miitel.jp'.length } });
  });
});
