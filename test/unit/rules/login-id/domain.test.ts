import * as assert from 'node:assert/strict';
import { loginIdDomainRule } from '../../../../server/src/service/validation/rules/login-id/domain';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string, loginIdDomains: string[]) => check(text, { loginIdDomains }, loginIdDomainRule);

describe('rule loginIdDomain (login-id/domain)', () => {
  it('reports a Login ID outside the domains, on the whole Login ID, naming the allowed ones', () => {
    const text = file(templateHeader(), row({ loginId: 'sato@Example.com' }), row({ loginId: 'suzuki@example.co.jp' }));
    assert.deepEqual(problems(text, ['example.com', 'miitel.jp']), [
      {
        code: 'login-id/domain',
        severity: 'error',
        offset: at(text, 'suzuki@'),
        length: 'suzuki@example.co.jp'.length,
        message: 'The domain "example.co.jp" of this Login ID is not the organisation\'s: use example.com or miitel.jp.',
        data: { allowed: ['example.com', 'miitel.jp'] },
      },
    ]);
  });

  it('covers the canonical value inside quotes and spaces', () => {
    const text = file(templateHeader(), row({ loginId: '" sato@other.jp "' }));
    assert.deepEqual(
      problems(text, ['example.com']).map((p) => [p.offset, p.length]),
      [[at(text, 'sato@'), 'sato@other.jp'.length]],
    );
  });

  it('is silent without domains, on empty Login IDs and on Login IDs without @ (login-id/format reports those)', () => {
    const text = file(templateHeader(), row({ loginId: 'sato@other.jp' }), row({ loginId: 'nobody' }), row({ loginId: '' }));
    assert.deepEqual(problems(text, []), []);
    assert.deepEqual(
      problems(text, ['example.com']).map((p) => p.offset),
      [at(text, 'sato@')],
    );
  });
});
