import * as assert from 'node:assert/strict';
import { loginIdDuplicateRule } from '../../../../server/src/service/validation/rules/login-id/duplicate';
import type { ColumnId } from '../../../../shared/formats/index';
import { ALL_COLUMNS, at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, loginIdDuplicateRule);

describe('rule loginIdDuplicate (login-id/duplicate, login-id/duplicate-case)', () => {
  it('reports a later exact repeat as an error pointing at the first', () => {
    const text = file(
      templateHeader(),
      row({ loginId: 'sato@miitel.jp', userName: '佐藤 太郎' }),
      row({ loginId: 'other@miitel.jp' }),
      row({ loginId: 'sato@miitel.jp' }),
    );
    assert.deepEqual(problems(text), [
      {
        code: 'login-id/duplicate',
        severity: 'error',
        offset: at(text, 'sato@miitel.jp', 2),
        length: 'sato@miitel.jp'.length,
        message: 'Login ID "sato@miitel.jp" is already used on line 2: each user needs a different one.',
        data: { loginId: 'sato@miitel.jp', firstLine: 2 },
        related: [{ offset: at(text, 'sato@miitel.jp'), length: 'sato@miitel.jp'.length, message: 'First use of this Login ID.' }],
      },
    ]);
  });

  it('errs on a repeat differing only in case, and on a later exact repeat of it', () => {
    const text = file(
      templateHeader(),
      row({ loginId: 'sato@miitel.jp' }),
      row({ loginId: '"Sato@Miitel.jp"', userName: '佐藤' }),
      row({ loginId: 'Sato@Miitel.jp' }),
    );
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.severity, p.offset, p.length, p.data, p.related?.map((r) => r.offset)]),
      [
        ['login-id/duplicate-case', 'error', at(text, 'Sato@'), 14, { loginId: 'Sato@Miitel.jp', firstLine: 2 }, [at(text, 'sato@')]],
        ['login-id/duplicate', 'error', at(text, 'Sato@', 2), 14, { loginId: 'Sato@Miitel.jp', firstLine: 3 }, [at(text, 'Sato@')]],
      ],
    );
    assert.equal(problems(text)[0]?.message, 'Login ID "Sato@Miitel.jp" matches line 2 ignoring case: each user needs a different one.');
  });

  it('compares canonical values: spaces and full-width forms do not hide a repeat', () => {
    const text = file(templateHeader(), row({ loginId: 'sato@miitel.jp' }), row({ loginId: ' ｓａｔｏ@miitel.jp ' }));
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.offset, p.length, p.data]),
      [['login-id/duplicate', at(text, 'ｓａｔｏ'), 'ｓａｔｏ@miitel.jp'.length, { loginId: 'sato@miitel.jp', firstLine: 2 }]],
    );
  });

  it('counts the line of the first occurrence past a user name with a line break in it', () => {
    const columns: ColumnId[] = ['userName', ...ALL_COLUMNS.filter((c) => c !== 'userName')];
    const text = file(
      templateHeader(columns),
      row({ userName: '"佐藤\r\n太郎"', loginId: 'sato@miitel.jp' }, columns),
      row({ loginId: 'sato@miitel.jp' }, columns),
    );
    assert.deepEqual(
      problems(text).map((p) => p.data),
      [{ loginId: 'sato@miitel.jp', firstLine: 3 }],
    );
  });

  it('ignores empty Login IDs and accepts different ones', () => {
    const text = file(
      templateHeader(),
      row({ loginId: '' }),
      row({ loginId: '' }),
      row({ loginId: 'a@miitel.jp' }),
      row({ loginId: 'b@miitel.jp' }),
    );
    assert.deepEqual(problems(text), []);
  });
});
