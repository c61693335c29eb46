import * as assert from 'node:assert/strict';
import { unusedTemplateRowRule } from '../../../../server/src/service/validation/rules/rows/unused-template-row';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, unusedTemplateRowRule);
const MESSAGE =
  'Unused template row: fill in Login ID and User name, or delete the row. It holds only what the template put there, and MiiTel rejects its empty Login ID.';

describe('rule unusedTemplateRow (rows/unused-template-row)', () => {
  it('is an error on a row holding only the pre-filled password and defaults, on the whole record', () => {
    const template = row({ loginId: '', userName: '', password: 'Tq8vWm3KpZ2x' });
    const text = file(templateHeader(), row(), template);
    assert.deepEqual(problems(text), [
      {
        code: 'rows/unused-template-row',
        severity: 'error',
        offset: at(text, template),
        length: template.length,
        message: MESSAGE,
      },
    ]);
  });

  it('reports each unused row', () => {
    const a = row({ loginId: '', userName: '', password: 'Aa1Aa1Aa1xyz' });
    const b = row({ loginId: '', userName: '', password: 'Bb2Bb2Bb2xyz' });
    const text = file(templateHeader(), a, row(), b);
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length]),
      [
        [at(text, a), a.length],
        [at(text, b), b.length],
      ],
    );
  });

  it('counts as unused: no password, empty code cells, any Locale and Time zone the template lets you choose, a short row', () => {
    const rows = [
      row({ loginId: '', userName: '', password: '' }),
      row({ loginId: '', userName: '', password: 'Tq8vWm3KpZ2x', locale: '1', timeZone: '13' }),
      row({ loginId: '', userName: '', password: 'Tq8vWm3KpZ2x', admin: '', phone: '', meetingsAccessPermission: '' }),
      ',,Tq8vWm3KpZ2x,0,6',
    ];
    const text = file(templateHeader(), ...rows);
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length]),
      rows.map((r) => [at(text, `\n${r}\r`) + 1, r.length]),
    );
  });

  it('leaves rows that hold anything else: a Login ID or User name, an invalid or changed code, a typed password, a value past the header', () => {
    const text = file(
      templateHeader(),
      row(),
      row({ userName: '' }),
      row({ loginId: '' }),
      row({ loginId: '', userName: '', locale: '7' }),
      row({ loginId: '', userName: '', timeZone: '99' }),
      row({ loginId: '', userName: '', phone: '1' }),
      row({ loginId: '', userName: '', meetingsAccessPermission: '0' }),
      row({ loginId: '', userName: '', password: 'abc' }),
      row({ loginId: '', userName: '', password: 'abcdefghjkmn' }),
      row({ loginId: '', userName: '', password: 'Tq8vWm3K!pZ2x' }),
      `${row({ loginId: '', userName: '' })},x`,
      ',,,',
    );
    assert.deepEqual(problems(text), []);
  });
});
