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
          message: `User name starts with "${start}": spreadsheet programs run such a value as a formula when the file is opened. Remove the "${start}" or start with another character.`,
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
        ['security/formula', at(text, '\tJane'), 1, 'User name starts with "\\t"'],
        ['security/formula', at(text, '\rJane'), 1, 'User name starts with "\\r"'],
      ],
    );
  });

  it('accepts those characters later in the name, and does not check Login IDs or passwords', () => {
    const text = file(templateHeader(), row({ userName: 'Jane-Smith =1', password: '=XdCxbG6Xx' }), row({ loginId: '+a@miitel.jp' }));
    assert.deepEqual(problems(text), []);
  });
});
