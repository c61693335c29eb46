import * as assert from 'node:assert/strict';
import type { ColumnId } from '../../../../shared/formats/index';
import { columnOrderRule, longestIncreasing } from '../../../../server/src/service/validation/rules/header/column-order';
import { ALL_COLUMNS, at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, columnOrderRule);
const fileOf = (columns: readonly ColumnId[]) => file(templateHeader(columns), row({}, columns));
/** `ALL_COLUMNS` with `moved` taken out and put back before `before` (or at the end). */
const moving = (moved: ColumnId, before?: ColumnId, columns: readonly ColumnId[] = ALL_COLUMNS) => {
  const rest = columns.filter((id) => id !== moved);
  const i = before ? rest.indexOf(before) : rest.length;
  return [...rest.slice(0, i), moved, ...rest.slice(i)];
};

describe('rule columnOrder (header/column-order)', () => {
  it('reports the one column that is out of place, saying where it belongs', () => {
    const text = fileOf(moving('locale', 'admin')); // … Password, Time zone, Locale, Administrative …
    assert.deepEqual(problems(text), [
      {
        code: 'header/column-order',
        severity: 'warning',
        offset: at(text, 'Time zone'),
        length: 'Time zone'.length,
        message: 'Column "Time zone" is out of template order: in the template it comes after "Locale".',
        data: { column: 'timeZone', expectedIndex: 4 },
      },
    ]);
  });

  it('reports a column moved far, not every column it jumped over', () => {
    const text = fileOf(moving('loginId'));
    const found = problems(text);
    assert.deepEqual(
      found.map((p) => [p.offset, p.length, p.data]),
      [[at(text, 'Login ID'), 'Login ID'.length, { column: 'loginId', expectedIndex: 0 }]],
    );
    assert.equal(found[0]?.message, 'Column "Login ID" is out of template order: in the template it comes first.');
  });

  it('names the nearest preceding template column that the file has', () => {
    // RecPod (template 22) follows Meetings Export in the template, but the file has no Meetings columns.
    const columns = moving('recPod', 'phone', [...ALL_COLUMNS.slice(0, 11), 'recPod']);
    const text = fileOf(columns);
    const found = problems(text);
    assert.deepEqual(
      found.map((p) => [p.offset, p.data]),
      [[at(text, 'MiiTel RecPod Enable'), { column: 'recPod', expectedIndex: 21 }]],
    );
    assert.ok(found[0]);
    assert.match(found[0].message, /comes after "MiiTel Phone Enable"\.$/);
  });

  it('accepts the template order with optional columns left out', () => {
    assert.deepEqual(problems(fileOf(ALL_COLUMNS)), []);
    assert.deepEqual(
      problems(fileOf(ALL_COLUMNS.filter((id) => !['phoneMobile', 'meetings', 'meetingsBot', 'salesforce'].includes(id)))),
      [],
    );
  });

  it('ignores unknown and repeated headers when judging the order', () => {
    const text = file(`Note,${templateHeader()},Login ID`, `x,${row()},y@example.com`);
    assert.deepEqual(problems(text), []);
  });

  it('picks a longest increasing subsequence', () => {
    assert.deepEqual([...longestIncreasing([])], []);
    assert.deepEqual([...longestIncreasing([0, 1, 2])].sort(), [0, 1, 2]);
    assert.deepEqual([...longestIncreasing([3, 0, 1, 2])].sort(), [1, 2, 3]);
    assert.equal(longestIncreasing([5, 1, 6, 2, 7, 3, 8]).size, 4);
  });
});
