import * as assert from 'node:assert/strict';
import { CREATE_USERS } from '../../../../shared/formats/index';
import { buildTableModel } from '../../../../shared/table/tableModel';
import { gridColumns, gridRows } from '../../../../shared/table/view/columns';
import { cellSeverities, placeFindings } from '../../../../shared/table/view/findings';

const text =
  'Login ID,User name,Password,Time zone,Administrative privileges,Note\r\na@x.jp,A,Pa55word1,6,0,x\r\n\r\nb@x.jp,"B, b",Pa55word2,0,1\r\n';

describe('table view: gridColumns and gridRows', () => {
  it('gives each header its kind, meaning and codes, and freezes the leading Login ID and User name', () => {
    const columns = gridColumns(buildTableModel(text), CREATE_USERS);
    assert.deepEqual(
      columns.map((c) => [c.header, c.kind, c.frozen]),
      [
        ['Login ID', 'text', true],
        ['User name', 'text', true],
        ['Password', 'password', false],
        ['Time zone', 'code', false],
        ['Administrative privileges', 'flag', false],
        ['Note', 'text', false],
      ],
    );
    assert.equal(columns[3]!.options?.[6]?.label, '6 — (GMT+7:00) Jakarta');
    assert.equal(columns[3]!.description, 'Standard time zone of the area where the user works.');
    assert.deepEqual(
      columns[4]!.options?.map((o) => o.label),
      ['0 — No', '1 — Yes'],
    );
    assert.equal(columns[5]!.description, '');
  });

  it("reads each header as the server names it (the organisation's header aliases), else as written", () => {
    const model = buildTableModel('E-mail,User name,Password,Zone,Note\r\n');
    const names = ['Login ID', 'User name', 'Password', 'Time zone', null];
    const columns = gridColumns(model, CREATE_USERS, names);
    assert.deepEqual(
      columns.map((c) => [c.header, c.kind, c.frozen]),
      [
        ['E-mail', 'text', true],
        ['User name', 'text', true],
        ['Password', 'password', false],
        ['Zone', 'code', false],
        ['Note', 'text', false],
      ],
    );
    assert.deepEqual(
      gridColumns(model, CREATE_USERS).map((c) => c.kind),
      ['text', 'text', 'password', 'text', 'text'],
    );
  });

  it('freezes nothing when Login ID is not the first column', () => {
    const columns = gridColumns(buildTableModel('User name,Login ID,Password\n'), CREATE_USERS);
    assert.deepEqual(
      columns.map((c) => c.frozen),
      [true, true, false],
    );
    const later = gridColumns(buildTableModel('Password,Login ID\n'), CREATE_USERS);
    assert.deepEqual(
      later.map((c) => c.frozen),
      [false, false],
    );
  });

  it("numbers rows by the file's lines, skipping blank ones, values unquoted", () => {
    assert.deepEqual(gridRows(buildTableModel(text)), [
      { line: 2, values: ['a@x.jp', 'A', 'Pa55word1', '6', '0', 'x'] },
      { line: 4, values: ['b@x.jp', 'B, b', 'Pa55word2', '0', '1'] },
    ]);
  });
});

describe('table view: placeFindings', () => {
  const model = buildTableModel(text);
  const offset = (s: string) => text.indexOf(s);

  it('puts each finding on the cell its range starts in, in file order; the worst severity outlines the cell', () => {
    const placed = placeFindings(model, [
      { offset: offset('"B, b"') + 1, line: 3, severity: 'warning', message: 'w' },
      { offset: offset('Pa55word1'), line: 1, severity: 'info', message: 'i' },
      { offset: offset('Pa55word1'), line: 1, severity: 'error', message: 'e' },
      { offset: offset('Time zone'), line: 0, severity: 'hint', message: 'h' },
    ]);
    assert.deepEqual(
      placed.map((f) => [f.row, f.column, f.line, f.severity]),
      [
        [-1, 3, 1, 'hint'],
        [0, 2, 2, 'error'],
        [0, 2, 2, 'info'],
        [1, 1, 4, 'warning'],
      ],
    );
    assert.deepEqual(
      [...cellSeverities(placed)],
      [
        ['-1:3', 'hint'],
        ['0:2', 'error'],
        ['1:1', 'warning'],
      ],
    );
  });

  it('keeps a finding on a blank line in the list, on the row before it', () => {
    const blank = text.indexOf('\r\n\r\n') + 2;
    assert.deepEqual(placeFindings(model, [{ offset: blank, line: 2, severity: 'warning', message: 'blank' }]), [
      { row: 0, column: -1, line: 3, severity: 'warning', message: 'blank' },
    ]);
  });
});
