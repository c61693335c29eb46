import * as assert from 'node:assert/strict';
import { CREATE_USERS } from '../../../../shared/formats/index';
import { passwordCharactersRule } from '../../../../server/src/service/validation/rules/password/invalid-character';
import { at, check, file, row, templateHeader } from '../../helpers';

const PASSWORD_SYMBOLS = CREATE_USERS.limits.passwordCharacters.symbols;

const problems = (text: string) => check(text, {}, passwordCharactersRule);

describe('rule passwordCharacters (password/invalid-character)', () => {
  it('reports the first invalid character once, naming positions and kinds, never the characters', () => {
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
          'Password: a space at character 3, a tab or line break at character 7, character 8 is full-width, a space at character 10; use only ASCII letters, digits and symbols.',
        data: {
          runs: [
            { from: 3, to: 3, kind: 'space' },
            { from: 7, to: 7, kind: 'control' },
            { from: 8, to: 8, kind: 'fullWidth' },
            { from: 10, to: 10, kind: 'space' },
          ],
        },
      },
    ]);
    assert.ok(found[0]);
    assert.ok(!found[0].message.includes('Cxb'));
  });

  it('gives a character outside the BMP a two-unit range', () => {
    const text = file(templateHeader(), row({ password: 'XdCx😀bG6X' }));
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length, p.data]),
      [[at(text, '😀'), 2, { runs: [{ from: 5, to: 5, kind: 'other' }] }]],
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

  it('describes a full-width password by position, quoting none of it', () => {
    const password = 'Ｈｕｎｔｅｒ２Ｐａｓｓ';
    const text = file(templateHeader(), row({ password }));
    const found = problems(text);
    assert.equal(found.length, 1);
    assert.equal(found[0]?.message, 'Password: characters 1–11 are full-width; use only ASCII letters, digits and symbols.');
    assert.deepEqual(found[0]?.data, { runs: [{ from: 1, to: 11, kind: 'fullWidth' }] });
    for (const c of password) assert.ok(!JSON.stringify(found).includes(c), c);
  });

  it('names each kind right: a full-width space is full-width, a no-break space a space, a circled digit not a digit', () => {
    // Ａ\u3000Ｂ: full-width letters around an ideographic (full-width) space; then a no-break space, then ①.
    const text = file(templateHeader(), row({ password: 'Ａ\u3000Ｂxx\u00a0yy①' }));
    assert.deepEqual(problems(text)[0]?.data, {
      runs: [
        { from: 1, to: 3, kind: 'fullWidth' },
        { from: 6, to: 6, kind: 'space' },
        { from: 9, to: 9, kind: 'other' },
      ],
    });
  });

  it('lists at most four places, then counts the rest', () => {
    const text = file(templateHeader(), row({ password: 'aé1é2é3é4é5é6' }));
    assert.match(problems(text)[0]?.message ?? '', /character 8 is not a letter, digit or ASCII symbol, 2 more places;/);
  });
});
