import * as assert from 'node:assert/strict';
import { loginIdInUseRule } from '../../../../server/src/service/validation/rules/login-id/in-use';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string, existing: string[]) => check(text, {}, loginIdInUseRule, existing);

describe('rule loginIdInUse (login-id/in-use)', () => {
  it('reports a Login ID already in use, ignoring case', () => {
    const text = file(templateHeader(), row({ loginId: 'yamada@miitel.jp', userName: '山田 花子' }), row({ loginId: 'sato@miitel.jp' }));
    assert.deepEqual(problems(text, ['SATO@miitel.jp']), [
      {
        code: 'login-id/in-use',
        severity: 'error',
        offset: at(text, 'sato@'),
        length: 'sato@miitel.jp'.length,
        message: 'Login ID "sato@miitel.jp" already exists in MiiTel: choose another. A CSV cannot change existing users.',
      },
    ]);
  });

  it('compares the canonical value and covers it inside the quotes', () => {
    const text = file(templateHeader(), row({ loginId: '" Sato＠miitel.jp"', userName: '佐藤' }));
    assert.deepEqual(
      problems(text, ['sato@miitel.jp']).map((p) => [p.code, p.offset, p.length]),
      [['login-id/in-use', at(text, 'Sato＠'), 'Sato＠miitel.jp'.length]],
    );
  });

  it('accepts IDs not in use, and everything when no list is known', () => {
    const text = file(templateHeader(), row({ loginId: 'sato@miitel.jp' }), row({ loginId: '' }));
    assert.deepEqual(problems(text, ['suzuki@miitel.jp', '']), []);
    assert.deepEqual(problems(text, []), []);
  });
});
