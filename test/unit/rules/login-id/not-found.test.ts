import * as assert from 'node:assert/strict';
import { loginIdNotFoundRule } from '../../../../server/src/service/validation/rules/login-id/not-found';
import { at, check, file, row, templateHeader, UPDATE_COLUMNS } from '../../helpers';

const header = templateHeader(UPDATE_COLUMNS);
const user = (loginId: string, extensionNumber = '123') => row({ loginId, extensionNumber }, UPDATE_COLUMNS);
const problems = (text: string, existing: string[]) => check(text, {}, loginIdNotFoundRule, existing);

describe('rule loginIdNotFound (login-id/not-found)', () => {
  it('reports a Login ID of an update file that is not in use, comparing ignoring case', () => {
    const text = file(header, user('SATO@miitel.jp'), user('ito@miitel.jp', '124'));
    assert.deepEqual(problems(text, ['sato@miitel.jp']), [
      {
        code: 'login-id/not-found',
        severity: 'error',
        offset: at(text, 'ito@'),
        length: 'ito@miitel.jp'.length,
        message:
          'Login ID "ito@miitel.jp" is not a MiiTel user: an update file changes only existing users. Check it, or add the user with a create file.',
      },
    ]);
  });

  it('compares the canonical value and covers it inside the quotes', () => {
    const text = file(header, user('" Ito＠miitel.jp"'));
    assert.deepEqual(
      problems(text, ['sato@miitel.jp']).map((p) => [p.code, p.offset, p.length]),
      [['login-id/not-found', at(text, 'Ito＠'), 'Ito＠miitel.jp'.length]],
    );
    assert.deepEqual(problems(text, ['ito@miitel.jp']), []);
  });

  it('says nothing when no list is known, or for an empty Login ID', () => {
    const text = file(header, user('ito@miitel.jp'), user(''));
    assert.deepEqual(problems(text, []), []);
    assert.deepEqual(problems(text, ['ito@miitel.jp']), []);
  });

  it('never applies to a create file, where a new Login ID is the point', () => {
    const text = file(templateHeader(), row({ loginId: 'new@miitel.jp' }));
    assert.deepEqual(problems(text, ['sato@miitel.jp']), []);
  });
});
