import * as assert from 'node:assert/strict';
import { detectDelimiter, splitFirstRecord } from '../../shared/formats/delimiter';
import { firstRecordFields, hasMiitelHeader } from '../../server/src/service/detect';
import { parse, reparse } from '../../server/src/service/languageService';
import { file, row, templateHeader } from './helpers';

const H = templateHeader();

describe('detectDelimiter', () => {
  it('finds semicolons and tabs in a header of MiiTel columns', () => {
    assert.equal(detectDelimiter(file(H.replace(/,/g, ';'), row())), ';');
    assert.equal(detectDelimiter('Login ID\tUser name\tPassword\r\n'), '\t');
    assert.equal(detectDelimiter('\ufeff"Login ID";"User name"\n'), ';');
  });

  it('keeps commas when the header has any comma between fields, or no delimiter at all', () => {
    assert.equal(detectDelimiter(file(H, row())), ',');
    assert.equal(detectDelimiter('Login ID,User name;Password\tLocale'), ',');
    assert.equal(detectDelimiter('Login ID'), ',');
    assert.equal(detectDelimiter(''), ',');
  });

  it('keeps commas for a `;` or tab line that does not name two MiiTel columns (another CSV, or prose)', () => {
    assert.equal(detectDelimiter('id;name;price\n1;a;2\n'), ',');
    assert.equal(detectDelimiter('Password;is;required\n'), ',');
    assert.equal(detectDelimiter('a\tb\n'), ',');
  });

  it('takes the more frequent of `;` and tab, and reads a quoted `;` as part of a field', () => {
    assert.equal(detectDelimiter('Login ID\tUser name\tPassword;x\n'), '\t');
    assert.deepEqual(splitFirstRecord('"a;b";c\nd;e', ';'), ['a;b', 'c']);
  });
});

describe('detection of a semicolon or tab file', () => {
  it('splits the first record at its delimiter, so the file is a MiiTel file', () => {
    assert.deepEqual(firstRecordFields('Login ID;User name;"Pass;word"\r\n'), ['Login ID', 'User name', 'Pass;word']);
    assert.equal(hasMiitelHeader(file(H.replace(/,/g, ';'), row())), true);
    assert.equal(hasMiitelHeader(file(H.replace(/,/g, '\t'), row())), true);
  });

  it('reads the file again with commas when an edit on line 1 turns it into a comma file', () => {
    const text = file('Login ID;User name;Password', 'a@x.jp;A;Pa55word');
    const at = 'Login ID'.length;
    const edited = `${text.slice(0, at)},${text.slice(at + 1)}`;
    const next = reparse(parse(text), { start: at, oldEnd: at + 1, newEnd: at + 1 }, edited);
    assert.equal(next.doc.csv.delimiter, ',');
    assert.deepEqual(
      next.doc.headerColumns.map((c) => c.cell.value),
      ['Login ID', 'User name;Password'],
    );
    assert.deepEqual(
      next.doc.row(0).record.cells.map((c) => c.value),
      ['a@x.jp;A;Pa55word'],
    );
  });
});
