import * as assert from 'node:assert/strict';
import { userNameLengthRule } from '../../../../server/src/service/validation/rules/user-name/too-long';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, userNameLengthRule);

describe('rule userNameLength (user-name/too-long)', () => {
  it('reports a name of 31 characters over the whole value', () => {
    const name = 'A'.repeat(31);
    const text = file(templateHeader(), row({ userName: name }));
    assert.deepEqual(problems(text), [
      {
        code: 'user-name/too-long',
        severity: 'error',
        offset: at(text, name),
        length: 31,
        message: 'User name has 31 characters: MiiTel allows up to 30.',
        data: { max: 30, length: 31 },
      },
    ]);
  });

  it('counts code points: 31 emoji are 31 characters spanning 62 UTF-16 units', () => {
    const name = '😀'.repeat(31);
    const text = file(templateHeader(), row({ loginId: 'a@miitel.jp', userName: '佐藤 太郎' }), row({ userName: name }));
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.offset, p.length, p.data]),
      [['user-name/too-long', at(text, name), name.length, { max: 30, length: 31 }]],
    );
    assert.equal(name.length, 62);
  });

  it('covers a quoted Japanese name inside its quotes, "" counting as one character', () => {
    const raw = `${'佐'.repeat(29)}""藤`;
    const text = file(templateHeader(), row({ userName: `"${raw}"` }));
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length, p.data]),
      [[at(text, raw), raw.length, { max: 30, length: 31 }]],
    );
  });

  it('accepts 30 characters, 30 Japanese characters and 30 emoji, not counting surrounding spaces', () => {
    const text = file(
      templateHeader(),
      row({ loginId: 'a@miitel.jp', userName: 'A'.repeat(30) }),
      row({ loginId: 'b@miitel.jp', userName: '佐'.repeat(30) }),
      row({ loginId: 'c@miitel.jp', userName: '😀'.repeat(30) }),
      row({ loginId: 'd@miitel.jp', userName: ` ${'A'.repeat(30)} ` }),
    );
    assert.deepEqual(problems(text), []);
  });
});
