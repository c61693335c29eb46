import * as assert from 'node:assert/strict';
import { addRowEdits, deleteRowsEdits, duplicateRowEdits } from '../../../shared/table/rowEdits';
import { buildTableModel, type TableModel, applyTableEdits } from '../../../shared/table/tableModel';

const H = 'Login ID,User name,Password';

/** The whole text after adding a row of `values`. */
function add(text: string, values: string[]): string {
  return applyTableEdits(text, addRowEdits(buildTableModel(text), values));
}

/** The whole text after duplicating user row `index` with `replacements`. */
function duplicate(text: string, index: number, replacements: [number, string][] = []): string {
  const model = buildTableModel(text);
  return applyTableEdits(text, duplicateRowEdits(model, model.rows[index]!, new Map(replacements)));
}

/** The whole text after deleting the user rows `indices`. */
function remove(text: string, ...indices: number[]): string {
  const model = buildTableModel(text);
  const edits = deleteRowsEdits(
    model,
    indices.map((i) => model.rows[i]!),
  );
  return applyTableEdits(text, edits);
}

describe('table: addRowEdits', () => {
  it('adds a line after the last user row, ending like the line before it', () => {
    assert.equal(add(`${H}\r\na@x.jp,A,Pa55word1\r\n`, ['', '', 'Xk3pQ9zTr2Lm']), `${H}\r\na@x.jp,A,Pa55word1\r\n,,Xk3pQ9zTr2Lm\r\n`);
    assert.equal(add(`${H}\na@x.jp,A,Pa55word1\n`, ['b@x.jp', 'B', 'p']), `${H}\na@x.jp,A,Pa55word1\nb@x.jp,B,p\n`);
  });

  it('keeps a text that ends without a line break ending without one', () => {
    assert.equal(add(`${H}\r\na@x.jp,A,Pa55word1`, ['b', 'B', 'p']), `${H}\r\na@x.jp,A,Pa55word1\r\nb,B,p`);
    assert.equal(add(`${H}\na@x.jp,A,Pa55word1`, ['b', 'B', 'p']), `${H}\na@x.jp,A,Pa55word1\nb,B,p`);
  });

  it('adds after the header when there are no rows, keeping the BOM and the blank lines after the rows', () => {
    assert.equal(add(`\ufeff${H}\r\n`, ['b', 'B', 'p']), `\ufeff${H}\r\nb,B,p\r\n`);
    assert.equal(add(`\ufeff${H}`, ['b', 'B', 'p']), `\ufeff${H}\r\nb,B,p`);
    assert.equal(add(`${H}\na,A,p\n\n,,\n`, ['b', 'B', 'q']), `${H}\na,A,p\nb,B,q\n\n,,\n`);
  });

  it('quotes the values that need it, Japanese ones as they are', () => {
    assert.equal(add(`${H}\n`, ['b@x.jp', '佐藤, 太郎', 'P"a\nss']), `${H}\nb@x.jp,"佐藤, 太郎","P""a\nss"\n`);
    assert.equal(add('Login ID;User name\n', ['b;c', 'B,C']), 'Login ID;User name\n"b;c";B,C\n');
  });

  it('adds a row to an empty text', () => {
    assert.equal(add('', ['a', 'b']), 'a,b');
  });
});

describe('table: duplicateRowEdits', () => {
  const text = `${H}\r\na@x.jp,"Sato, T",Pa55word1\r\nb@x.jp,伊藤,Pa55word2`;

  it('inserts a copy right after the row, fields as written (quotes kept), replacements quoted as needed', () => {
    assert.equal(
      duplicate(text, 0, [
        [0, ''],
        [2, 'Xk3pQ9zTr2Lm'],
      ]),
      `${H}\r\na@x.jp,"Sato, T",Pa55word1\r\n,"Sato, T",Xk3pQ9zTr2Lm\r\nb@x.jp,伊藤,Pa55word2`,
    );
    assert.equal(
      duplicate(text, 0, [[1, 'A "B"']]),
      `${H}\r\na@x.jp,"Sato, T",Pa55word1\r\na@x.jp,"A ""B""",Pa55word1\r\nb@x.jp,伊藤,Pa55word2`,
    );
  });

  it('duplicates the last row of a text without a final line break', () => {
    assert.equal(duplicate(text, 1, [[0, '']]), `${H}\r\na@x.jp,"Sato, T",Pa55word1\r\nb@x.jp,伊藤,Pa55word2\r\n,伊藤,Pa55word2`);
  });

  it('copies a multi-line quoted field, and writes a field with a broken quote properly quoted', () => {
    const multi = `${H}\na,"x\ny",p\n`;
    assert.equal(duplicate(multi, 0), `${H}\na,"x\ny",p\na,"x\ny",p\n`);
    const stray = `${H}\na,B"c,p\n`;
    assert.equal(duplicate(stray, 0), `${H}\na,B"c,p\na,"B""c",p\n`);
  });

  it('pads a short row up to a replaced field past its end', () => {
    assert.equal(duplicate(`${H}\na\n`, 0, [[2, 'pw']]), `${H}\na\na,,pw\n`);
  });
});

describe('table: deleteRowsEdits', () => {
  const text = `\ufeff${H}\r\na,A,p1\r\nb,B,p2\r\nc,C,p3\r\nd,D,p4\r\n`;

  it('deletes one row with its line terminator', () => {
    assert.equal(remove(text, 1), `\ufeff${H}\r\na,A,p1\r\nc,C,p3\r\nd,D,p4\r\n`);
    assert.equal(remove(text, 3), `\ufeff${H}\r\na,A,p1\r\nb,B,p2\r\nc,C,p3\r\n`);
  });

  it('deletes several rows given in any order, once each, as one edit per run of neighbours', () => {
    assert.equal(remove(text, 3, 0, 2, 0), `\ufeff${H}\r\nb,B,p2\r\n`);
    const model = buildTableModel(text);
    const edits = deleteRowsEdits(model, [model.rows[3]!, model.rows[0]!, model.rows[2]!]);
    assert.deepEqual(
      edits.map((e) => [e.offset, e.length, e.newText]),
      [
        [30, 8, ''],
        [46, 16, ''],
      ],
    );
    assert.equal(remove(text, 0, 1, 2, 3), `\ufeff${H}\r\n`);
  });

  it('keeps a text that ends without a line break ending without one', () => {
    const open = `${H}\na,A,p1\nb,B,p2\nc,C,p3`;
    assert.equal(remove(open, 2), `${H}\na,A,p1\nb,B,p2`);
    assert.equal(remove(open, 1, 2), `${H}\na,A,p1`);
    assert.equal(remove(open, 0, 2), `${H}\nb,B,p2`);
    assert.equal(remove(open, 0, 1, 2), H);
    // After a blank line, its terminator is the whole line: it stays.
    assert.equal(remove(`${H}\na,A,p1\n\nb,B,p2`, 1), `${H}\na,A,p1\n\n`);
  });

  it('deletes a row with a multi-line quoted field whole, and leaves blank lines between rows', () => {
    const multi = `${H}\na,"x\r\ny",p1\n\nb,B,p2\n`;
    assert.equal(remove(multi, 0), `${H}\n\nb,B,p2\n`);
    assert.equal(remove(multi, 0, 1), `${H}\n\n`);
  });

  it('refuses the header and a row of another version of the text', () => {
    const model = buildTableModel(text);
    assert.throws(() => deleteRowsEdits(model, [model.header!]), RangeError);
    const other: TableModel = buildTableModel(`${H}\r\nxx,A,p1\r\n`);
    assert.throws(() => deleteRowsEdits(model, [other.rows[0]!]), RangeError);
    assert.throws(() => duplicateRowEdits(model, other.rows[0]!, new Map()), RangeError);
  });
});
