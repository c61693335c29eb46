/** Line starts found on demand convert positions and offsets exactly as the document itself does. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineStarts, withLineStarts } from '../../../server/src/lsp/lineStarts';

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

  it('reads no further than the line asked about', () => {
    const text = `a\r\nb\r\n${'x,'.repeat(1000)}\r\n`.repeat(1000);
    const lines = new LineStarts(text);
    assert.equal(lines.offsetAt({ line: 1, character: 1 }), 4);
    assert.deepEqual(lines.positionAt(3), { line: 1, character: 0 });
    // Two lines known beyond the first: not the 3,000 of the text.
    assert.ok((lines as unknown as { starts: number[] }).starts.length <= 4);
  });
});
