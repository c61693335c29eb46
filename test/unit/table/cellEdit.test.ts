import * as assert from 'node:assert/strict';
import type { Delimiter } from '../../../shared/formats/delimiter';
import { setCellEdits } from '../../../shared/table/cellEdit';
import { buildTableModel, type TableModel, type TableRow, applyTableEdits } from '../../../shared/table/tableModel';

/** The row of `model` starting on file line `line` (1 is the header). */
function rowAt(model: TableModel, line: number): TableRow {
  const row = line === 1 ? model.header : model.rows.find((r) => r.line === line);
  assert.ok(row, `no row on line ${line}`);
  return row;
}

/** The whole text after setting the cell of file line `line`, column `column`, to `value`. */
function set(text: string, line: number, column: number, value: string, delimiter?: Delimiter): string {
  const model = buildTableModel(text, delimiter);
  return applyTableEdits(text, setCellEdits(model, rowAt(model, line), column, value));
}

const H = 'Login ID,User name,Password';

describe('table: setCellEdits', () => {
  it('writes a plain value in place of a plain one, and nothing else', () => {
    const text = `${H}\r\nsato@x.jp,Sato,Pa55word1\r\nito@x.jp,Ito,Pa55word2\r\n`;
    assert.equal(set(text, 2, 1, 'Sato Taro'), `${H}\r\nsato@x.jp,Sato Taro,Pa55word1\r\nito@x.jp,Ito,Pa55word2\r\n`);
    const model = buildTableModel(text);
    assert.deepEqual(setCellEdits(model, model.rows[0]!, 1, 'S'), [{ offset: H.length + 2 + 10, length: 4, newText: 'S' }]);
  });

  it('quotes a value only when it needs it: a comma, a quote, a line break, or spaces at either end', () => {
    const text = `${H}\nsato@x.jp,Sato,Pa55word1\n`;
    assert.equal(set(text, 2, 2, 'Pa,55word'), `${H}\nsato@x.jp,Sato,"Pa,55word"\n`);
    assert.equal(set(text, 2, 2, 'Pa"55word'), `${H}\nsato@x.jp,Sato,"Pa""55word"\n`);
    assert.equal(set(text, 2, 1, 'Sato\nTaro'), `${H}\nsato@x.jp,"Sato\nTaro",Pa55word1\n`);
    assert.equal(set(text, 2, 1, 'Sato\r\nTaro'), `${H}\nsato@x.jp,"Sato\r\nTaro",Pa55word1\n`);
    assert.equal(set(text, 2, 1, ' Sato'), `${H}\nsato@x.jp," Sato",Pa55word1\n`);
    assert.equal(set(text, 2, 1, 'Sato Taro'), `${H}\nsato@x.jp,Sato Taro,Pa55word1\n`);
    assert.equal(set(text, 2, 2, 'Pa;55'), `${H}\nsato@x.jp,Sato,Pa;55\n`);
  });

  it('keeps the quotes of a quoted cell and changes only the text inside them, even when the new value needs none', () => {
    const text = `${H}\r\n"sato@x.jp","Sato, T","Pa55word1"\r\n`;
    assert.equal(set(text, 2, 1, 'Sato'), `${H}\r\n"sato@x.jp","Sato","Pa55word1"\r\n`);
    assert.equal(set(text, 2, 1, 'Sato "T"'), `${H}\r\n"sato@x.jp","Sato ""T""","Pa55word1"\r\n`);
    assert.equal(set(text, 2, 1, ''), `${H}\r\n"sato@x.jp","","Pa55word1"\r\n`);
    const model = buildTableModel(text);
    assert.deepEqual(setCellEdits(model, model.rows[0]!, 0, 'ito@x.jp'), [{ offset: H.length + 3, length: 9, newText: 'ito@x.jp' }]);
  });

  it('empties a cell and fills an empty one', () => {
    const text = `${H}\nsato@x.jp,,Pa55word1\n`;
    assert.equal(set(text, 2, 0, ''), `${H}\n,,Pa55word1\n`);
    assert.equal(set(text, 2, 1, '佐藤'), `${H}\nsato@x.jp,佐藤,Pa55word1\n`);
    assert.equal(set(text, 2, 2, ''), `${H}\nsato@x.jp,,\n`);
  });

  it('writes Japanese text and leaves Japanese cells around it as they were', () => {
    const text = `\ufeff${H}\r\nsato@x.jp,佐藤 太郎,Pa55word1\r\nito@x.jp,伊藤\u3000花子,Pa55word2`;
    assert.equal(set(text, 3, 1, '伊藤 花子'), `\ufeff${H}\r\nsato@x.jp,佐藤 太郎,Pa55word1\r\nito@x.jp,伊藤 花子,Pa55word2`);
    assert.equal(
      set(text, 2, 1, '山田、「太郎」'),
      `\ufeff${H}\r\nsato@x.jp,山田、「太郎」,Pa55word1\r\nito@x.jp,伊藤\u3000花子,Pa55word2`,
    );
  });

  it('changes nothing when the value is the same, even in a cell the server flags', () => {
    const text = `${H}\nsato@x.jp,Sa"to,Pa55word1\n`;
    const model = buildTableModel(text);
    assert.deepEqual(setCellEdits(model, model.rows[0]!, 1, 'Sa"to'), []);
    assert.deepEqual(setCellEdits(model, model.rows[0]!, 0, 'sato@x.jp'), []);
    assert.equal(set(text, 2, 1, 'Sato'), `${H}\nsato@x.jp,Sato,Pa55word1\n`);
  });

  it('edits a cell of a quoted multi-line field and the cells after it', () => {
    const text = `${H}\r\nsato@x.jp,"Sato\r\nTaro",Pa55word1\r\nito@x.jp,Ito,Pa55word2\r\n`;
    assert.equal(set(text, 2, 1, 'Sato'), `${H}\r\nsato@x.jp,"Sato",Pa55word1\r\nito@x.jp,Ito,Pa55word2\r\n`);
    assert.equal(set(text, 2, 2, 'New,pass'), `${H}\r\nsato@x.jp,"Sato\r\nTaro","New,pass"\r\nito@x.jp,Ito,Pa55word2\r\n`);
    // The multi-line field makes the next row start on line 4.
    assert.equal(set(text, 4, 1, 'Ito H'), `${H}\r\nsato@x.jp,"Sato\r\nTaro",Pa55word1\r\nito@x.jp,Ito H,Pa55word2\r\n`);
  });

  it("keeps a semicolon or tab file's delimiter, quoting a value holding it", () => {
    const semi = 'Login ID;User name;Password\nsato@x.jp;Sato;Pa55word1\n';
    assert.equal(set(semi, 2, 1, 'Sato;T'), 'Login ID;User name;Password\nsato@x.jp;"Sato;T";Pa55word1\n');
    assert.equal(set(semi, 2, 1, 'Sato,T'), 'Login ID;User name;Password\nsato@x.jp;Sato,T;Pa55word1\n');
    const tab = 'Login ID\tUser name\tPassword\nsato@x.jp\tSato\tPa55word1\n';
    assert.equal(set(tab, 2, 1, 'Sato\tT'), 'Login ID\tUser name\tPassword\nsato@x.jp\t"Sato\tT"\tPa55word1\n');
  });

  it('quotes a header value holding a comma in a semicolon file, so the file keeps being read with semicolons', () => {
    const semi = 'Login ID;User name;Password\nsato@x.jp;Sato;Pa55word1\n';
    const edited = set(semi, 1, 1, 'User, name');
    assert.equal(edited, 'Login ID;"User, name";Password\nsato@x.jp;Sato;Pa55word1\n');
    assert.equal(buildTableModel(edited).delimiter, ';');
    assert.equal(set(semi, 1, 3, 'a\tb'), 'Login ID;User name;Password;"a\tb"\nsato@x.jp;Sato;Pa55word1\n');
    assert.equal(set('Login ID,User name\n', 1, 1, 'User;name'), 'Login ID,User;name\n');
  });

  it('adds a missing cell of a short row with the delimiters before it, and nothing for an empty value', () => {
    const text = `${H}\nsato@x.jp\nito@x.jp,Ito,Pa55word2`;
    assert.equal(set(text, 2, 2, 'Pa55word1'), `${H}\nsato@x.jp,,Pa55word1\nito@x.jp,Ito,Pa55word2`);
    assert.equal(set(text, 2, 1, 'A, B'), `${H}\nsato@x.jp,"A, B"\nito@x.jp,Ito,Pa55word2`);
    assert.equal(set(text, 2, 2, ''), text);
    assert.equal(set(text, 3, 3, 'x'), `${H}\nsato@x.jp\nito@x.jp,Ito,Pa55word2,x`);
  });

  it('edits a header cell without touching the BOM', () => {
    assert.equal(set(`\ufeffLogin ID,User nam\r\n`, 1, 1, 'User name'), `\ufeffLogin ID,User name\r\n`);
    assert.equal(set(`\ufeffLoginID,User name\r\n`, 1, 0, 'Login ID'), `\ufeffLogin ID,User name\r\n`);
  });

  it('refuses a negative or fractional column', () => {
    const model = buildTableModel(`${H}\nsato@x.jp,Sato,Pa55word1\n`);
    assert.throws(() => setCellEdits(model, model.rows[0]!, -1, 'x'), RangeError);
    assert.throws(() => setCellEdits(model, model.rows[0]!, 1.5, 'x'), RangeError);
  });
});
