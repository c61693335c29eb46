import * as assert from 'node:assert/strict';
import { loginIdCharactersRule } from '../../../../server/src/service/validation/rules/login-id/invalid-character';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, loginIdCharactersRule);
/** A file whose second user has `loginId`, after a user with a Japanese name. */
const withLoginId = (loginId: string) =>
  file(templateHeader(), row({ loginId: 'yamada@miitel.jp', userName: '山田 花子' }), row({ loginId }));

describe('rule loginIdCharacters (login-id/invalid-character)', () => {
  it('reports the first invalid character, listing each distinct one', () => {
    const text = withLoginId('jo sé ñ@miitel.jp');
    assert.deepEqual(problems(text), [
      {
        code: 'login-id/invalid-character',
        severity: 'error',
        offset: at(text, ' sé'),
        length: 1,
        message: 'Login ID contains " ", "é", "ñ", which MiiTel does not accept (the hover lists the allowed characters).',
        data: { characters: [' ', 'é', 'ñ'] },
      },
    ]);
  });

  it('gives a character outside the BMP a range of two UTF-16 code units', () => {
    const text = withLoginId('sato😀@miitel.jp');
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length, p.data]),
      [[at(text, '😀'), 2, { characters: ['😀'] }]],
    );
  });

  it('covers both quotes of a doubled quote inside a quoted Login ID', () => {
    const text = withLoginId('"sa""to,x@miitel.jp"');
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length, p.data]),
      [[at(text, '""to'), 2, { characters: ['"', ','] }]],
    );
  });

  it('reports a full-width space inside, which NFKC turns into a space', () => {
    const text = withLoginId('sato\u3000taro@miitel.jp');
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length, p.data]),
      [[at(text, '\u3000'), 1, { characters: ['\u3000'] }]],
    );
  });

  it('leaves full-width letters and @ to value/full-width and surrounding spaces to value/whitespace', () => {
    assert.deepEqual(problems(withLoginId('ｓａｔｏ＠miitel.jp')), []);
    assert.deepEqual(problems(withLoginId(' sato@miitel.jp\t')), []);
  });

  it('accepts letters, digits and every allowed symbol', () => {
    assert.deepEqual(problems(withLoginId('"Az09!#$%&\'*+-/=?^_`{|}~.x@miitel.jp"')), []);
  });
});
