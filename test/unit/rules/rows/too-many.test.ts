import * as assert from 'node:assert/strict';
import { tooManyRowsRule } from '../../../../server/src/service/validation/rules/rows/too-many';
import type { MiitelCsvSettings } from '../../../../shared/settings';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string, settings: Partial<MiitelCsvSettings> = {}) => check(text, settings, tooManyRowsRule);
const user = (n: number) => row({ loginId: `user${n}@example.com` });
const users = (count: number) => Array.from({ length: count }, (_, i) => user(i + 1));

describe('rule tooManyRows (rows/too-many)', () => {
  it('reports once, on the whole record of the first user past the limit, how many users are too many', () => {
    const text = file(templateHeader(), ...users(4));
    assert.deepEqual(problems(text, { maxUsersPerFile: 2 }), [
      {
        code: 'rows/too-many',
        severity: 'error',
        offset: at(text, 'user3@'),
        length: user(3).length,
        message: '4 users: 2 more than one upload takes (MiiTel adds at most 2 users from one file). Split the file.',
        data: { max: 2 },
      },
    ]);
  });

  it('says so for 150 users, with the singular for one too many', () => {
    assert.deepEqual(
      problems(file(templateHeader(), ...users(150))).map((p) => p.message),
      ['150 users: 50 more than one upload takes (MiiTel adds at most 100 users from one file). Split the file.'],
    );
    assert.deepEqual(
      problems(file(templateHeader(), ...users(2)), { maxUsersPerFile: 1 }).map((p) => p.message),
      ['2 users: 1 more than one upload takes (MiiTel adds at most 1 user from one file). Split the file.'],
    );
  });

  it('uses the limit of 100 by default', () => {
    assert.deepEqual(problems(file(templateHeader(), ...users(100))), []);
    const text = file(templateHeader(), ...users(101));
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length]),
      [[at(text, 'user101@'), user(101).length]],
    );
  });

  it('counts unused template rows, which MiiTel would still try to import', () => {
    const template = row({ loginId: '', userName: '' });
    const text = file(templateHeader(), user(1), user(2), template);
    assert.deepEqual(
      problems(text, { maxUsersPerFile: 2 }).map((p) => [p.offset, p.length]),
      [[at(text, template), template.length]],
    );
  });

  it('does not count completely empty lines', () => {
    const text = file(templateHeader(), user(1), '', ',,,', user(2), '');
    assert.deepEqual(problems(text, { maxUsersPerFile: 2 }), []);
  });
});
