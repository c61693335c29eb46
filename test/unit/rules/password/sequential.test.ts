import * as assert from 'node:assert/strict';
import { passwordSequentialRule } from '../../../../server/src/service/validation/rules/password/sequential';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, passwordSequentialRule);
const withPassword = (password: string) => file(templateHeader(), row({ userName: '佐藤 太郎', password }));

describe('rule passwordSequential (password/sequential)', () => {
  for (const password of ['abcdefgh', 'ABCDEFGH', 'aBcDeFgH', '12345678', '87654321', 'hgfedcba', '0123456789', 'ab']) {
    it(`reports ${password} over the whole value, without repeating it`, () => {
      const text = withPassword(password);
      assert.deepEqual(problems(text), [
        {
          code: 'password/sequential',
          severity: 'error',
          offset: at(text, `,${password},`) + 1,
          length: password.length,
          message: 'Password is only consecutive letters or digits (like abcdefgh or 12345678): MiiTel rejects it.',
        },
      ]);
    });
  }

  it('covers a quoted sequential password inside its quotes', () => {
    const text = withPassword('"qrstuvwx"');
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length]),
      [[at(text, 'qrstuvwx'), 8]],
    );
  });

  for (const password of ['abcdefgi', 'abcdcba', '89abcdef', '12345678!', 'XdCxbG6XxctN', 'a', 'aaaaaaaa', '"yz{|}~"']) {
    it(`accepts ${password}`, () => {
      assert.deepEqual(problems(withPassword(password)), []);
    });
  }
});
