/** Line starts found on demand (the server's requests, the CLI's report) convert positions and offsets exactly as the document itself does. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineStarts, withLineStarts } from '../../server/src/service/lineStarts';

const unit = fc.constantFrom('\r', '\n', '\r\n', 'a', ',', '山', '😀');
const query = fc.oneof(
  fc.record({ offset: fc.integer({ min: -2, max: 40 }) }),
  fc.record({ line: fc.integer({ min: -2, max: 12 }), character: fc.integer({ min: -2, max: 8 }) }),
);

describe('LineStarts', () => {
  it('answers any sequence of conversions as TextDocument does', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), fc.array(query, { maxLength: 12 }), (text, queries) => {
        const document = TextDocument.create('file:///a.csv', 'csv', 1, text);
        const lines = withLineStarts(document, new LineStarts(text));
        for (const q of queries) {
          if ('offset' in q) assert.deepEqual(lines.positionAt(q.offset), document.positionAt(q.offset), `offset ${q.offset}`);
          else assert.equal(lines.offsetAt(q), document.offsetAt(q), `line ${q.line}, character ${q.character}`);
        }
        const whole = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };
        assert.equal(lines.getText(whole), document.getText(whole));
        assert.equal(lines.getText(), text);
      }),
      { numRuns: 3000 },
    );
  });

  it('converts offsets in any order as TextDocument.positionAt does', () => {
    const text = fc.array(fc.constantFrom('a', 'é', ',', '"', '\r', '\n', '\r\n', '😀'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -2, max: 130 }), { maxLength: 12 }), (t, offsets) => {
        const expected = TextDocument.create('file:///', 'csv', 0, t);
        const lines = new LineStarts(t);
        for (const offset of offsets)
          assert.deepEqual(lines.positionAt(offset), expected.positionAt(offset), `offset ${offset} of ${JSON.stringify(t)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('converts the same offsets after a longer scan', () => {
    const t = 'a\r\nb\rc\nd\r';
    const lines = new LineStarts(t);
    const doc = TextDocument.create('file:///', 'csv', 0, t);
    for (const offset of [10, 2, 3, 0, 5, 6, 8, 9, 1, 4, 7]) assert.deepEqual(lines.positionAt(offset), doc.positionAt(offset));
  });

  it('reads no further than the line asked about', () => {
    const text = `a\r\nb\r\n${'x,'.repeat(1000)}\r\n`.repeat(1000);
    const lines = new LineStarts(text);
    assert.equal(lines.offsetAt({ line: 1, character: 1 }), 4);
    assert.deepEqual(lines.positionAt(3), { line: 1, character: 0 });
    // Two lines known beyond the first: not the 3,000 of the text.
    assert.ok((lines as unknown as { starts: number[] }).starts.length <= 4);
  });
});
