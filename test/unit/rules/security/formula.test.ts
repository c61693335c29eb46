import * as assert from 'node:assert/strict';
import { formulaRule } from '../../../../server/src/service/validation/rules/security/formula';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, formulaRule);

describe('rule formula (security/formula)', () => {
  for (const start of ['=', '+', '-', '@']) {
    it(`warns about a User name starting with ${start}, after a Japanese user name`, () => {
      const name = `${start}SUM(A1)`;
      const text = file(templateHeader(), row({ loginId: 'a@miitel.jp', userName: '佐藤 太郎' }), row({ userName: name }));
      assert.deepEqual(problems(text), [
        {
          code: 'security/formula',
          severity: 'warning',
          offset: at(text, name),
          length: 1,
          message: `User name starts with "${start}", so spreadsheets run it as a formula: remove the "${start}" or change the start.`,
          data: { column: 'userName' },
        },
      ]);
    });
  }

  it('warns about a quoted User name starting with a tab or a carriage return, inside the quotes', () => {
    const text = file(templateHeader(), row({ loginId: 'a@miitel.jp', userName: '"\tJane"' }), row({ userName: '"\rJane"' }));
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.offset, p.length, p.message.slice(0, 26)]),
      [
        ['security/formula', at(text, '\tJane'), 1, 'User name starts with a ta'],
        ['security/formula', at(text, '\rJane'), 1, 'User name starts with a li'],
      ],
    );
  });

  it('accepts those characters later in a value', () => {
    const text = file(templateHeader(), row({ userName: 'Jane-Smith =1', password: 'Xd=CxbG6Xx' }), row({ loginId: 'a+b@miitel.jp' }));
    assert.deepEqual(problems(text), []);
  });

  it('warns about Login IDs and passwords too, naming only the first character', () => {
    const text = file(
      templateHeader(),
      row({ loginId: 'a@miitel.jp', password: '=HYPERLINK(1)' }),
      row({ loginId: '+b@miitel.jp' }),
      row({ loginId: 'c@miitel.jp', password: '"\tXdCxbG6Xx"' }),
    );
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length, p.message, p.data]),
      [
        [
          at(text, '=HYPERLINK'),
          1,
          'Password starts with "=", so spreadsheets run it as a formula: remove the "=" or change the start.',
          { column: 'password' },
        ],
        [
          at(text, '+b@'),
          1,
          'Login ID starts with "+", so spreadsheets run it as a formula: remove the "+" or change the start.',
          { column: 'loginId' },
        ],
        [
          at(text, '\tXd'),
          1,
          'Password starts with a tab, so spreadsheets run it as a formula: remove the tab or change the start.',
          { column: 'password' },
        ],
      ],
    );
  });
});
