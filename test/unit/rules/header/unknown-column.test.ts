import * as assert from 'node:assert/strict';
import { unknownColumnRule } from '../../../../server/src/service/validation/rules/header/unknown-column';
import { ALL_COLUMNS, at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, unknownColumnRule);

describe('rule unknownColumn (header/unknown-column)', () => {
  it('reports a misspelt header with the closest missing column as suggestion', () => {
    const header = templateHeader().replace('Time zone', 'Time zon');
    const text = file(header, row());
    assert.deepEqual(problems(text), [
      {
        code: 'header/unknown-column',
        severity: 'error',
        offset: at(text, 'Time zon'),
        length: 'Time zon'.length,
        message: 'Did you mean "Time zone"? MiiTel does not know the column "Time zon".',
        data: { header: 'Time zon', suggestion: 'Time zone' },
      },
    ]);
  });

  it('suggests the intended column for every spelling that detection accepts but MiiTel does not', () => {
    const cases: [string, string][] = [
      ['Login ID', 'LoginID'],
      ['Login ID', 'Login-ID'],
      ['Login ID', 'login_id'],
      ['User name', 'Username'],
      ['User name', 'User-Name'],
      ['Time zone', 'Timezone'],
      ['Time zone', 'Time_Zone'],
      ['Password', 'Pasword'],
      ['Locale', 'Lcoale'],
    ];
    for (const [header, spelling] of cases) {
      const [p, ...rest] = problems(file(templateHeader().replace(header, spelling), row()));
      assert.deepEqual(rest, [], spelling);
      assert.deepEqual(p?.data, { header: spelling, suggestion: header }, spelling);
    }
  });

  it('suggests despite case and spacing differences', () => {
    const header = templateHeader().replace('MiiTel Phone Enable', 'miitel  phone enabled');
    const [p] = problems(file(header, row()));
    assert.deepEqual(p?.data, { header: 'miitel  phone enabled', suggestion: 'MiiTel Phone Enable' });
  });

  it('gives no suggestion when nothing is close', () => {
    // Optional columns are absent, so there are candidates; none is near "Department".
    const columns = ALL_COLUMNS.slice(0, 11);
    const text = file(`${templateHeader(columns)},Department`, `${row({}, columns)},Sales`);
    const [p, ...rest] = problems(text);
    assert.deepEqual(rest, []);
    assert.ok(p);
    assert.deepEqual([p.offset, p.length], [at(text, 'Department'), 'Department'.length]);
    assert.deepEqual(p.data, { header: 'Department' });
    assert.equal(p.message, 'Unknown column "Department": MiiTel does not know this header.');
  });

  it('never suggests a column the file already has', () => {
    // "Locales" is one letter from "Locale", but Locale is present: suggesting it would make a duplicate.
    const text = file(`${templateHeader()},Locales`, `${row()},0`);
    assert.deepEqual(
      problems(text).map((p) => p.data),
      [{ header: 'Locales' }],
    );
    // "MiiTel Phone Mob Enable" is closest to the present Mobile column; the absent Phone column is next.
    const columns = ALL_COLUMNS.filter((id) => id !== 'phone');
    const other = file(`${templateHeader(columns)},MiiTel Phone Mob Enable`, `${row({}, columns)},0`);
    assert.deepEqual(
      problems(other).map((p) => p.data),
      [{ header: 'MiiTel Phone Mob Enable', suggestion: 'MiiTel Phone Enable' }],
    );
  });

  it('reports an empty header cell with an empty range at its place', () => {
    const header = `${templateHeader()},`;
    const text = file(header, `${row()},`);
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.offset, p.length, p.data]),
      [['header/unknown-column', header.length, 0, { header: '' }]],
    );
  });

  it('points inside the quotes of a quoted header', () => {
    const text = file(`${templateHeader()},"Team"`, `${row()},x`);
    const [p] = problems(text);
    assert.ok(p);
    assert.deepEqual([p.offset, p.length], [at(text, 'Team'), 4]);
  });

  it('accepts headers that differ from the template only in case and spacing', () => {
    const header = templateHeader().replace('Login ID', ' login  id ').replace('User name', 'USER NAME');
    assert.deepEqual(problems(file(header, row())), []);
  });

  it('accepts the template, with or without optional columns', () => {
    assert.deepEqual(problems(file(templateHeader(), row())), []);
    const columns = ALL_COLUMNS.slice(0, 11);
    assert.deepEqual(problems(file(templateHeader(columns), row({}, columns))), []);
  });

  it('leaves an empty file and a blank first line to missing-column', () => {
    assert.deepEqual(problems(''), []);
    assert.deepEqual(problems(file('', row())), []);
  });
});
