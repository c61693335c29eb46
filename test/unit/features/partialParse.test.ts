/**
 * While a large file is being parsed, hover, completion, inlay hints and the caret's column answer
 * from the records read up to the line asked about (`ParseInSteps.through`). For any text and any
 * point the parse has reached, their answers about the lines read are the full parse's, given no
 * problems and no row results (as for a full parse whose validation has not begun).
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CREATE_USERS } from '../../../shared/formats/index';
import { doComplete, doHover, getCaretColumn, getInlayHints, parse, ParseInSteps } from '../../../server/src/service/languageService';
import type { MiitelDocument } from '../../../server/src/service/miitelDocument';
import { row, templateHeader } from '../helpers';

const COLUMNS = CREATE_USERS.columns;
const LOGIN_IDS = ['a@x.jp', 'A@x.jp', 'b@x.jp', 'bad', ''];
const VALUES = ['0', '1', '2', '6', '13', '', ' 1', 'Yes', '"1"', '"a,b"', '"x""y"', 'a"b', 'Tokyo', '"open'];

/** A MiiTel-ish file: the template header (sometimes with columns left out or renamed), rows of likely values, blank lines, stray quotes. */
const file = fc
  .record({
    drop: fc.array(fc.nat({ max: COLUMNS.length - 1 }), { maxLength: 3 }),
    unknownHeader: fc.boolean(),
    rows: fc.array(
      fc.record({
        loginId: fc.constantFrom(...LOGIN_IDS),
        values: fc.array(fc.constantFrom(...VALUES), { minLength: COLUMNS.length, maxLength: COLUMNS.length }),
        blank: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    eol: fc.constantFrom('\r\n', '\n', '\r'),
  })
  .map(({ drop, unknownHeader, rows, eol }) => {
    const columns = COLUMNS.filter((c) => !drop.includes(c.index)).map((c) => c.id);
    const lines = [templateHeader(columns) + (unknownHeader ? ',Notes' : '')];
    for (const r of rows) {
      if (r.blank) lines.push('');
      const values = Object.fromEntries(columns.map((id, i) => [id, r.values[i]]));
      lines.push(row({ ...values, loginId: r.loginId, userName: '"佐藤 太郎"' }, columns));
    }
    return lines.join(eol) + eol;
  });

/** What a feature answers at `offset` (and over `[from, offset]` for inlay hints) from `doc`. */
function answers(document: TextDocument, doc: MiitelDocument, offset: number, from: number) {
  const range = { start: document.positionAt(from), end: document.positionAt(offset) };
  return {
    hover: doHover(document, doc, offset, [], null),
    completion: doComplete(document, doc, offset),
    caret: getCaretColumn(doc, offset),
    hints: getInlayHints(document, doc, range),
  };
}

describe('features on a parse under way', () => {
  it('answer about the lines read exactly as on the full parse', () => {
    fc.assert(
      fc.property(file, fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 }), (text, cutAt, asked) => {
        const document = TextDocument.create('file:///users.csv', 'csv', 1, text);
        const full = parse(text).doc;
        const steps = new ParseInSteps(text);
        const cut = cutAt % (text.length + 1);
        // Reading on as requests ask: a request past the cut reads further, never less.
        for (const [a, b] of [[0, cut], ...asked]) {
          const offset = b! % (text.length + 1);
          const from = Math.min(a! % (text.length + 1), offset);
          const partial = steps.through(offset);
          assert.deepEqual(answers(document, partial, offset, from), answers(document, full, offset, from));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finishes into the same version as a full parse', () => {
    fc.assert(
      fc.property(file, fc.nat(), (text, cutAt) => {
        const steps = new ParseInSteps(text, { format: 'auto' });
        steps.through(cutAt % (text.length + 1));
        const finished = steps.finish();
        const full = parse(text, { format: 'auto' });
        assert.equal(finished.text, text);
        assert.deepEqual(finished.options, full.options);
        const view = (doc: MiitelDocument) => ({
          format: doc.format.id,
          headerColumns: doc.headerColumns.map((h) => [h.position, h.column?.id, h.duplicateOf]),
          records: doc.csv.records.map((r) => r.cells.map((c) => ({ ...c }))),
          errors: doc.csv.errors,
          rows: doc.rows.map((r) => [r.recordIndex, r.userNumber, r.unusedTemplate]),
        });
        assert.deepEqual(view(finished.doc), view(full.doc));
      }),
      { numRuns: 300 },
    );
  });

  it('answers a hover on line 2 of a long file having read only the header and that line', () => {
    const lines = [templateHeader(), ...Array.from({ length: 1000 }, (_, i) => row({ loginId: `u${i}@x.jp` }))];
    const text = lines.join('\r\n');
    const steps = new ParseInSteps(text);
    const offset = text.indexOf('u1@x.jp');
    const doc = steps.through(offset);
    assert.equal(doc.csv.recordCount, 3);
    assert.equal(steps.done, false);
    const document = TextDocument.create('file:///users.csv', 'csv', 1, text);
    assert.deepEqual(doHover(document, doc, offset, [], null), doHover(document, parse(text).doc, offset, [], null));
  });
});
