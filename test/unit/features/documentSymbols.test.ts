import * as assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver-types';
import { getDocumentSymbols } from '../../../server/src/service/features/documentSymbols';
import { file, row, templateHeader } from '../helpers';
import { withCaret } from './caret';

describe('document symbols', () => {
  it('lists the header, spanning the whole file (so sticky scroll keeps it on screen), holding one symbol per user with the line range of its row', () => {
    const text = file(
      templateHeader(),
      row({ loginId: 'sato@miitel.jp', userName: '"佐藤\r\n花子"' }),
      '',
      row({ loginId: 'ito@miitel.jp', userName: 'Ken Ito' }),
      row({ loginId: '', userName: '' }),
    );
    const { document, doc } = withCaret(text + '‸');
    const [header, ...others] = getDocumentSymbols(document, doc);
    assert.ok(header);
    assert.deepEqual(others, [], 'one symbol at the top: the header');
    // From the header line to the end of the text (after the last line break); selected: the header line.
    assert.deepEqual(header.range, { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) });
    assert.deepEqual(header.range.end, { line: 6, character: 0 });
    assert.deepEqual(header.selectionRange, { start: { line: 0, character: 0 }, end: { line: 0, character: templateHeader().length } });
    const symbols = [header, ...(header.children ?? [])];
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.kind, s.range.start.line, s.range.end.line]),
      [
        ['Header', 'Create users', SymbolKind.Namespace, 0, 6],
        ['sato@miitel.jp — 佐藤 花子', 'user 1', SymbolKind.Object, 1, 2],
        ['ito@miitel.jp — Ken Ito', 'user 2', SymbolKind.Object, 4, 4],
        ['(no Login ID) — (no User name)', 'user 3', SymbolKind.Object, 5, 5],
      ],
    );
    // The selection is the Login ID cell.
    assert.deepEqual(symbols[2]?.selectionRange, { start: { line: 4, character: 0 }, end: { line: 4, character: 'ito@miitel.jp'.length } });
  });

  it('lists at most `limit` users, then one entry spanning the rest that leads to the first of them', () => {
    const users = Array.from({ length: 5 }, (_, i) => row({ loginId: `u${i}@miitel.jp`, userName: `User ${i}` }));
    const { document, doc } = withCaret(file(templateHeader(), ...users) + '‸');
    const outline = (limit: number) => getDocumentSymbols(document, doc, limit).flatMap((s) => [s, ...(s.children ?? [])]);
    const symbols = outline(2);
    assert.deepEqual(
      symbols.map((s) => [s.name, s.detail, s.kind, s.range.start.line, s.range.end.line]),
      [
        ['Header', 'Create users', SymbolKind.Namespace, 0, 6],
        ['u0@miitel.jp — User 0', 'user 1', SymbolKind.Object, 1, 1],
        ['u1@miitel.jp — User 1', 'user 2', SymbolKind.Object, 2, 2],
        ['3 more users', 'outline limited to 2 (miitelCsv.maxItemsComputed)', SymbolKind.Array, 3, 5],
      ],
    );
    const rest = symbols[3];
    assert.ok(rest);
    assert.deepEqual(rest.selectionRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } });
    assert.equal(rest.range.end.character, users[4]?.length);
    // At the limit exactly, every user is listed and nothing is summed up.
    assert.equal(outline(5).length, 6);
    assert.equal(outline(4).at(-1)!.name, '1 more user');
  });
});
