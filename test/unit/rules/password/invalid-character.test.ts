import * as assert from 'node:assert/strict';
import { CREATE_USERS } from '../../../../shared/formats/index';
import { passwordCharactersRule } from '../../../../server/src/service/validation/rules/password/invalid-character';
import { at, check, file, row, templateHeader } from '../../helpers';

const PASSWORD_SYMBOLS = CREATE_USERS.limits.passwordCharacters.symbols;

const problems = (text: string) => check(text, {}, passwordCharactersRule);

describe('rule passwordCharacters (password/invalid-character)', () => {
  it('reports the first invalid character once, without the password in message or data', () => {
    const password = 'Xd Cxb\tＧ6 Xx';
    const text = file(templateHeader(), row({ userName: '佐藤 太郎', password: `"${password}"` }));
    const found = problems(text);
    assert.deepEqual(found, [
      {
        code: 'password/invalid-character',
        severity: 'error',
        offset: at(text, ' Cxb'),
        length: 1,
        message:
          'Password contains a space, a line break or tab, "Ｇ", which MiiTel does not accept: use letters, digits and ASCII symbols only.',
        data: { characters: [' ', '\t', 'Ｇ'] },
      },
    ]);
    assert.ok(found[0]);
    assert.ok(!found[0].message.includes('Cxb'));
  });

  it('gives a character outside the BMP a two-unit range', () => {
    const text = file(templateHeader(), row({ password: 'XdCx😀bG6X' }));
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length, p.data]),
      [[at(text, '😀'), 2, { characters: ['😀'] }]],
    );
  });

  it('finds the offset after doubled quotes in a quoted password', () => {
    const text = file(templateHeader(), row({ password: '"Xd""Cx,bé6X"' }));
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length]),
      [[at(text, 'é'), 1]],
    );
  });

  it('accepts letters, digits and every ASCII symbol', () => {
    const quoted = `"Az09${PASSWORD_SYMBOLS.replace(/"/g, '""')}"`;
    const text = file(templateHeader(), row({ password: quoted }), row({ loginId: 'b@miitel.jp' }));
    assert.deepEqual(problems(text), []);
  });
});
