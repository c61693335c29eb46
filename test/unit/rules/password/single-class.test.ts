import * as assert from 'node:assert/strict';
import { passwordSingleClassRule } from '../../../../server/src/service/validation/rules/password/single-class';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, passwordSingleClassRule);
const withPassword = (password: string) => file(templateHeader(), row({ userName: '佐藤 太郎', password }));

describe('rule passwordSingleClass (password/single-class)', () => {
  it('is an error for a password of letters only', () => {
    const text = withPassword('XdCxbGXxctN');
    assert.deepEqual(problems(text), [
      {
        code: 'password/single-class',
        severity: 'error',
        offset: at(text, 'XdCxbGXxctN'),
        length: 'XdCxbGXxctN'.length,
        message:
          'Password is only letters: MiiTel does not accept a password of only letters or only digits. Mix letters, digits and symbols.',
      },
    ]);
  });

  it('is an error for a quoted password of digits only', () => {
    const text = withPassword('"13572468"');
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.severity, p.offset, p.length, p.message]),
      [
        [
          'password/single-class',
          'error',
          at(text, '13572468'),
          8,
          'Password is only digits: MiiTel does not accept a password of only letters or only digits. Mix letters, digits and symbols.',
        ],
      ],
    );
  });

  it('leaves sequential passwords to password/sequential', () => {
    assert.deepEqual(problems(withPassword('abcdefgh')), []);
    assert.deepEqual(problems(withPassword('87654321')), []);
  });

  it('accepts mixed passwords and ignores an empty one', () => {
    for (const password of ['XdCxbG6XxctN', 'abcdefg!', '1234567-', 'ａｂｃｄｅｆｇｈ', '']) {
      assert.deepEqual(problems(withPassword(password)), [], password);
    }
  });
});
