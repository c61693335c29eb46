import * as assert from 'node:assert/strict';
import { rowWindow, scrollToRow } from '../../../../shared/table/view/viewport';

describe('table view: rowWindow', () => {
  it('draws the rows in view and a few on each side, never past the ends', () => {
    assert.deepEqual(rowWindow(0, 260, 26, 10_000, 8), { first: 0, end: 19 });
    assert.deepEqual(rowWindow(26 * 5000, 260, 26, 10_000, 8), { first: 4992, end: 5019 });
    assert.deepEqual(rowWindow(26 * 9995, 260, 26, 10_000, 8), { first: 9987, end: 10_000 });
  });

  it('draws nothing for no rows, and all of a short file', () => {
    assert.deepEqual(rowWindow(0, 500, 26, 0), { first: 0, end: 0 });
    assert.deepEqual(rowWindow(0, 500, 26, 3), { first: 0, end: 3 });
  });

  it('stays inside the rows when scrolled past the end (a file that just lost rows)', () => {
    assert.deepEqual(rowWindow(26 * 100, 260, 26, 10, 2), { first: 10, end: 10 });
  });
});

describe('table view: scrollToRow', () => {
  it('keeps the scroll position while the row is in view, else brings it to the nearest edge', () => {
    assert.equal(scrollToRow(3, 0, 260, 26), 0);
    assert.equal(scrollToRow(20, 0, 260, 26), 21 * 26 - 260);
    assert.equal(scrollToRow(2, 26 * 10, 260, 26), 52);
  });
});
