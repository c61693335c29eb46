/** The CLI's offset → line and column conversion gives what `TextDocument.positionAt` gives, whatever the order of the offsets. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LinePositions } from '../../server/src/cli/positions';

describe('LinePositions', () => {
  it('converts offsets as TextDocument.positionAt does', () => {
    const text = fc.array(fc.constantFrom('a', 'é', ',', '"', '\r', '\n', '\r\n', '😀'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: -2, max: 130 }), { maxLength: 12 }), (t, offsets) => {
        const expected = TextDocument.create('file:///', 'csv', 0, t);
        const lines = new LinePositions(t);
        for (const offset of offsets)
          assert.deepEqual(lines.positionAt(offset), expected.positionAt(offset), `offset ${offset} of ${JSON.stringify(t)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('converts the same offsets after a longer scan', () => {
    const t = 'a\r\nb\rc\nd\r';
    const lines = new LinePositions(t);
    const doc = TextDocument.create('file:///', 'csv', 0, t);
    for (const offset of [10, 2, 3, 0, 5, 6, 8, 9, 1, 4, 7]) assert.deepEqual(lines.positionAt(offset), doc.positionAt(offset));
  });
});
