import * as assert from 'node:assert/strict';
import { loginIdFormatRule } from '../../../../server/src/service/validation/rules/login-id/format';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, loginIdFormatRule);
/** A file whose second user has `loginId`, after a user with a Japanese name. */
const withLoginId = (loginId: string) =>
  file(templateHeader(), row({ loginId: 'yamada@miitel.jp', userName: '山田 花子' }), row({ loginId }));

describe('rule loginIdFormat (login-id/format)', () => {
  it('reports a Login ID without @ over the whole value', () => {
    const text = withLoginId('sato.miitel.jp');
    assert.deepEqual(problems(text), [
      {
        code: 'login-id/format',
        severity: 'error',
        offset: at(text, 'sato.miitel.jp'),
        length: 'sato.miitel.jp'.length,
        message: 'Login ID must be an e-mail address (name@example.com): it has no @.',
        data: {},
      },
    ]);
  });

  const cases: [string, string, string | undefined][] = [
    ['a@b@miitel.jp', 'it has more than one @', undefined],
    ['sato@@miitel.jp', 'it has more than one @', 'sato@miitel.jp'],
    ['@miitel.jp', 'nothing before the @', undefined],
    ['sato@', 'nothing after the @', undefined],
    ['sato@miitel', 'no dot after the @ (example.com)', undefined],
    ['sato..taro@miitel.jp', 'a dot may not start or end a part or follow another dot', 'sato.taro@miitel.jp'],
    ['.sato@miitel.jp', 'a dot may not start or end a part or follow another dot', 'sato@miitel.jp'],
    ['sato.@miitel.jp.', 'a dot may not start or end a part or follow another dot', 'sato@miitel.jp'],
    ['sato@miitel_jp.com', 'the part after the @ may hold only letters, digits, hyphens and dots', undefined],
  ];
  for (const [loginId, reason, suggestion] of cases) {
    it(`reports ${JSON.stringify(loginId)}: ${reason}`, () => {
      const text = withLoginId(loginId);
      const found = problems(text);
      assert.deepEqual(
        found.map((p) => [p.code, p.offset, p.length, p.message, p.data]),
        [
          [
            'login-id/format',
            at(text, `\n${loginId},`) + 1,
            loginId.length,
            // The corrected Login ID leads, as "Did you mean" does in every message that has one.
            `${suggestion === undefined ? '' : `Did you mean "${suggestion}"? `}Login ID must be an e-mail address (name@example.com): ${reason}.`,
            suggestion === undefined ? {} : { suggestion },
          ],
        ],
      );
    });
  }

  it('covers the value inside the quotes without its spaces', () => {
    const text = withLoginId('" sato "');
    const found = problems(text);
    assert.deepEqual(
      found.map((p) => [p.code, p.offset, p.length]),
      [['login-id/format', at(text, 'sato "'), 'sato'.length]],
    );
  });

  it('does not call invalid characters a format error, but still reports a real format error beside them', () => {
    assert.deepEqual(problems(withLoginId('sa to@miitel.jp')), []);
    assert.deepEqual(problems(withLoginId('sato@miitel.日本')), []);
    assert.deepEqual(problems(withLoginId('sato@miitel\u3002jp')), []);
    assert.deepEqual(
      problems(withLoginId('satoé@miitel')).map((p) => p.message),
      ['Login ID must be an e-mail address (name@example.com): no dot after the @ (example.com).'],
    );
  });

  it('accepts e-mail shaped IDs, with every allowed symbol, in full-width or with spaces around', () => {
    const text = file(
      templateHeader(),
      row({ loginId: "o'brien+tag@mail.example-corp.co.jp" }),
      row({ loginId: '"a!#$%&\'*+-/=?^_`{|}~.b@x.jp"' }),
      row({ loginId: 'ｓａｔｏ＠ｍｉｉｔｅｌ．ｊｐ' }),
      row({ loginId: ' sato@miitel.jp ' }),
    );
    assert.deepEqual(problems(text), []);
  });

  it('ignores an empty Login ID (value/required reports it)', () => {
    assert.deepEqual(problems(withLoginId('')), []);
  });
});
