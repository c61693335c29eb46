import * as assert from 'node:assert/strict';
import { CREATE_USERS, UPDATE_USERS } from '../../../shared/formats/index';
import { addRowEdits } from '../../../shared/table/rowEdits';
import { buildTableModel, cellAtOffset, applyTableEdits } from '../../../shared/table/tableModel';
import { columnPositions, duplicateUserRowEdits, newUserValues } from '../../../shared/table/userRows';
import { parse } from '../../../server/src/service/languageService';
import { file, row, templateHeader } from '../helpers';

describe('table: buildTableModel', () => {
  const text = '\ufeffLogin ID,User name,Password\r\n\r\na@x.jp,"佐藤\r\n太郎",Pa55word1\r\n,,\r\nb@x.jp,B\r\n';

  it('has the header, and as rows the records after it that are not empty, numbered by their file line', () => {
    const model = buildTableModel(text);
    assert.deepEqual(model.headers, ['Login ID', 'User name', 'Password']);
    assert.equal(model.header?.line, 1);
    assert.equal(model.bom, true);
    assert.equal(model.eol, '\r\n');
    assert.deepEqual(
      model.rows.map((r) => [r.index, r.line, r.recordIndex, r.cells.map((c) => c.value)]),
      [
        [0, 3, 2, ['a@x.jp', '佐藤\r\n太郎', 'Pa55word1']],
        [1, 6, 4, ['b@x.jp', 'B']],
      ],
    );
    const cell = model.rows[0]!.cells[1]!;
    assert.deepEqual(cell, { line: 3, column: 1, header: 'User name', start: 39, end: 47, quoted: true, value: '佐藤\r\n太郎' });
    assert.equal(text.slice(cell.start, cell.end), '"佐藤\r\n太郎"');
  });

  it('has the same rows, line numbers and cells as the language server', () => {
    const t = file(templateHeader(), row({ loginId: 'a@x.jp', userName: 'A' }), '', row(), ',,,', row({ userName: '"x\ny"' }));
    const doc = parse(t).doc;
    const model = buildTableModel(t);
    assert.deepEqual(
      model.rows.map((r) => [r.line, r.cells.map((c) => [c.start, c.end, c.value])]),
      doc.rows.map((r) => [r.record.line + 1, r.record.cells.map((c) => [c.start, c.end, c.value])]),
    );
  });

  it('reads a semicolon or tab file with the delimiter the server detects, and counts columns past the header', () => {
    assert.equal(buildTableModel('Login ID;User name;Password\na;b;c;d\n').delimiter, ';');
    assert.equal(buildTableModel('Login ID;User name;Password\na;b;c;d\n').columnCount, 4);
    assert.equal(buildTableModel('Login ID\tUser name\n').delimiter, '\t');
    assert.deepEqual(buildTableModel('').rows, []);
    assert.equal(buildTableModel('').header, undefined);
  });

  it('finds the cell at an offset, for placing a finding on the table', () => {
    const model = buildTableModel('Login ID,User name\na@x.jp,,\n');
    assert.equal(cellAtOffset(model, 0)?.cell?.header, 'Login ID');
    assert.equal(cellAtOffset(model, 19)?.cell?.value, 'a@x.jp');
    assert.deepEqual([cellAtOffset(model, 26)?.cell?.column, cellAtOffset(model, 27)?.cell?.column], [1, 2]);
    assert.equal(cellAtOffset(model, 28), undefined);
    // The BOM and a blank line are no cell; the second line of a multi-line field is that field.
    const multi = buildTableModel(text);
    assert.equal(cellAtOffset(multi, 0), undefined);
    assert.equal(cellAtOffset(multi, 30), undefined);
    assert.deepEqual(
      [cellAtOffset(multi, text.indexOf('太郎'))?.row.line, cellAtOffset(multi, text.indexOf('太郎'))?.cell?.column],
      [3, 1],
    );
    assert.equal(cellAtOffset(multi, text.indexOf('b@x.jp') + 7)?.cell?.value, 'B');
  });
});

describe('table: new and duplicated users', () => {
  const header = 'Login ID,User name,Password,Locale,Time zone,Administrative privileges,Unknown';

  it('finds the columns the header names, as the server recognises them (header aliases resolved by the caller)', () => {
    const model = buildTableModel(`${header},Locale\n`);
    assert.deepEqual(
      [...columnPositions(model, CREATE_USERS)],
      [
        ['loginId', 0],
        ['userName', 1],
        ['password', 2],
        ['locale', 3],
        ['timeZone', 4],
        ['admin', 5],
      ],
    );
    const aliased = buildTableModel('ログインID,User name\n');
    const resolve = (h: string) => (h === 'ログインID' ? 'Login ID' : h);
    assert.equal(columnPositions(aliased, CREATE_USERS, resolve).get('loginId'), 0);
  });

  it("fills a new user row as the template does: empty Login ID and User name, the caller's password, defaults", () => {
    const text = `${header}\r\na@x.jp,A,Pa55word1,1,6,1,x\r\n`;
    const model = buildTableModel(text);
    const values = newUserValues(model, CREATE_USERS, { password: 'Xk3pQ9zTr2Lm', values: { 'Time zone': '6' } });
    assert.deepEqual(values, ['', '', 'Xk3pQ9zTr2Lm', '0', '6', '0', '']);
    assert.equal(applyTableEdits(text, addRowEdits(model, values)), `${text},,Xk3pQ9zTr2Lm,0,6,0,\r\n`);
    assert.deepEqual(newUserValues(buildTableModel('Login ID,Locale\n'), UPDATE_USERS, { password: 'p' }), ['', '0']);
  });

  it('duplicates a user with the Login ID empty and a fresh password, the rest as written', () => {
    const text = `${header}\na@x.jp,"Sato, T",Pa55word1,1,6,1,x\n`;
    const model = buildTableModel(text);
    const edits = duplicateUserRowEdits(model, model.rows[0]!, CREATE_USERS, { password: 'Xk3pQ9zTr2Lm' });
    assert.equal(applyTableEdits(text, edits), `${text},"Sato, T",Xk3pQ9zTr2Lm,1,6,1,x\n`);
  });
});
