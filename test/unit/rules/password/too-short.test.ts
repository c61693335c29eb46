import * as assert from 'node:assert/strict';
import { passwordLengthRule } from '../../../../server/src/service/validation/rules/password/too-short';
import { at, check, fieldAt, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, passwordLengthRule);

describe('rule passwordLength (password/too-short)', () => {
  it('reports a 7-character password without repeating it', () => {
    const line = row({ userName: '佐藤 太郎', password: 'Ab1!xyz' });
    const text = file(templateHeader(), line);
    const found = problems(text);
    assert.deepEqual(found, [
      {
        code: 'password/too-short',
        severity: 'error',
        offset: fieldAt(text, line, 'password'),
        length: 'Ab1!xyz'.length,
        message: 'Password has 7 characters: it needs 8 or more.',
        data: { min: 8, length: 7 },
      },
    ]);
    assert.ok(found[0]);
    assert.ok(!found[0].message.includes('Ab1!xyz'));
  });

  it('counts "" inside a quoted password as one character and covers the value inside the quotes', () => {
    const text = file(templateHeader(), row({ userName: '佐藤', password: '"Ab""1,x"' }));
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.offset, p.length, p.data]),
      [['password/too-short', at(text, 'Ab""1,x'), 'Ab""1,x'.length, { min: 8, length: 6 }]],
    );
  });

  it('counts a character outside the BMP once', () => {
    const text = file(templateHeader(), row({ password: 'Ab1!xy😀' }));
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length, p.data]),
      [[at(text, 'Ab1!xy😀'), 8, { min: 8, length: 7 }]],
    );
  });

  it('accepts 8 characters or more and leaves an empty password to value/required', () => {
    const text = file(
      templateHeader(),
      row({ loginId: 'a@miitel.jp', password: 'Ab1!xyzw' }),
      row({ loginId: 'b@miitel.jp', password: '"Ab""1,xyz"' }),
      row({ loginId: 'c@miitel.jp', password: '' }),
    );
    assert.deepEqual(problems(text), []);
  });
});
