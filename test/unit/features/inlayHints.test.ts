import * as assert from 'node:assert/strict';
import { getInlayHints } from '../../../server/src/service/features/inlayHints';
import { file, row, templateHeader, UPDATE_COLUMNS } from '../helpers';
import { withCaret } from './caret';

describe('inlay hints', () => {
  const text = file(
    templateHeader(['loginId', 'userName', 'locale', 'timeZone', 'admin']),
    'a@b.jp,"山田\n太郎",1,6,1‸',
    'c@d.jp,Ito,0,99,"0"',
  );

  it('shows the meaning after each valid code cell, at its end (after a closing quote)', () => {
    const { document, doc } = withCaret(text);
    const all = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
    const hints = getInlayHints(document, doc, all);
    const t = document.getText();
    const expected = [
      [t.indexOf('\r\n'), '▸ Create users'],
      [t.indexOf(',1,6,1') + 2, '▸ English'],
      [t.indexOf(',6,1') + 2, '▸ Jakarta'],
      [t.indexOf(',1\r\n') + 2, '▸ Yes'],
      [t.indexOf('Ito,0') + 5, '▸ Japanese'],
      [t.indexOf('"0"') + 3, '▸ No'],
    ];
    assert.deepEqual(
      hints.map((h) => [document.offsetAt(h.position), h.label]),
      expected,
    );
    // 99 is not a time zone: no hint after it.
    assert.ok(!hints.some((h) => document.offsetAt(h.position) === t.indexOf(',99') + 3));
  });

  it('computes only the requested range', () => {
    const { document, doc } = withCaret(text);
    const secondRow = document.getText().indexOf('c@d.jp');
    const hints = getInlayHints(document, doc, {
      start: document.positionAt(secondRow),
      end: document.positionAt(document.getText().length),
    });
    assert.deepEqual(
      hints.map((h) => h.label),
      ['▸ Japanese', '▸ No'],
    );
  });

  it('names the format after the header row, and gives no other hint there', () => {
    const { document, doc } = withCaret(file(templateHeader(), '‸'));
    const hints = getInlayHints(document, doc, { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } });
    assert.deepEqual(
      hints.map((h) => [h.position, h.label, h.tooltip]),
      [[{ line: 0, character: templateHeader().length }, '▸ Create users', 'Read as a MiiTel "Create users" file.']],
    );
    const update = withCaret(file(templateHeader(UPDATE_COLUMNS), '‸'));
    assert.deepEqual(
      getInlayHints(update.document, update.doc, { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }).map((h) => h.label),
      ['▸ Update users'],
    );
  });
});

describe('inlay hints on a full template row', () => {
  it('hints all 21 code columns', () => {
    const { document, doc } = withCaret(file(templateHeader(), row() + '‸'));
    assert.equal(getInlayHints(document, doc, { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } }).length, 21);
  });
});
