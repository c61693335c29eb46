import * as assert from 'node:assert/strict';
import { seatsRule } from '../../../../server/src/service/validation/rules/limit/seats';
import type { MiitelCsvSettings } from '../../../../shared/settings';
import { at, check, fieldAt, file, row, templateHeader } from '../../helpers';

const problems = (text: string, seats: MiitelCsvSettings['seats']) => check(text, { seats }, seatsRule);
const user = (n: number, values: Parameters<typeof row>[0] = {}) => row({ loginId: `user${n}@example.com`, ...values });
const template = row({ loginId: '', userName: '' });

describe('rule seats (limit/seats)', () => {
  it('reports every user past the remaining user seats, on the whole record', () => {
    const text = file(templateHeader(), user(1), user(2), user(3));
    assert.deepEqual(problems(text, { users: 1 }), [
      {
        code: 'limit/seats',
        severity: 'error',
        offset: at(text, 'user2@'),
        length: user(2).length,
        message: 'Adding this user exceeds the remaining seats of the contract (1 users).',
        data: { seat: 'users', limit: 1 },
      },
      {
        code: 'limit/seats',
        severity: 'error',
        offset: at(text, 'user3@'),
        length: user(3).length,
        message: 'Adding this user exceeds the remaining seats of the contract (1 users).',
        data: { seat: 'users', limit: 1 },
      },
    ]);
  });

  it('reports every user with no seat left when none remain', () => {
    const text = file(templateHeader(), user(1));
    assert.deepEqual(
      problems(text, { users: 0 }).map((p) => [p.offset, p.data]),
      [[at(text, 'user1@'), { seat: 'users', limit: 0 }]],
    );
  });

  it('does not count unused template rows as users', () => {
    const text = file(templateHeader(), template, user(1), template);
    assert.deepEqual(problems(text, { users: 1 }), []);
  });

  it('reports the MiiTel Phone cell of each user past the Phone seats', () => {
    const lines = [user(1, { phone: '1' }), user(2, { phone: '0' }), user(3, { phone: '1' }), user(4, { phone: '1' })] as const;
    const text = file(templateHeader(), ...lines);
    assert.deepEqual(problems(text, { phone: 1 }), [
      {
        code: 'limit/seats',
        severity: 'error',
        offset: fieldAt(text, lines[2], 'phone'),
        length: 1,
        message: 'Enabling MiiTel Phone for this user exceeds the remaining MiiTel Phone seats (1).',
        data: { seat: 'phone', limit: 1 },
      },
      {
        code: 'limit/seats',
        severity: 'error',
        offset: fieldAt(text, lines[3], 'phone'),
        length: 1,
        message: 'Enabling MiiTel Phone for this user exceeds the remaining MiiTel Phone seats (1).',
        data: { seat: 'phone', limit: 1 },
      },
    ]);
  });

  it('checks each seat kind against its own limit', () => {
    const lines = [user(1, { phone: '1', phoneMobile: '1', recPod: '1' }), user(2, { phone: '1', phoneMobile: '1', recPod: '1' })] as const;
    const text = file(templateHeader(), ...lines);
    assert.deepEqual(
      problems(text, { phone: 2, phoneMobile: 1, recPod: 0 }).map((p) => [p.offset, p.data]),
      [
        [fieldAt(text, lines[0], 'recPod'), { seat: 'recPod', limit: 0 }],
        [fieldAt(text, lines[1], 'phoneMobile'), { seat: 'phoneMobile', limit: 1 }],
        [fieldAt(text, lines[1], 'recPod'), { seat: 'recPod', limit: 0 }],
      ],
    );
  });

  it('counts only the exact value 1, and not in unused template rows', () => {
    const text = file(templateHeader(), user(1, { phone: '1' }), user(2, { phone: ' 1' }), user(3, { phone: '１' }), template);
    assert.deepEqual(problems(text, { phone: 1 }), []);
    assert.deepEqual(problems(file(templateHeader(), template, template), { users: 1 }), []);
  });

  it('counts a row without Login ID and User name that enables a product: it is a user row, not a template one', () => {
    const nameless = row({ loginId: '', userName: '', phone: '1' });
    const text = file(templateHeader(), user(1, { phone: '1' }), nameless);
    assert.deepEqual(
      problems(text, { phone: 1 }).map((p) => [p.offset, p.data]),
      [[fieldAt(text, nameless, 'phone'), { seat: 'phone', limit: 1 }]],
    );
  });

  it('says nothing without limits, or when the seat column is absent', () => {
    const text = file(templateHeader(), user(1, { phone: '1' }), user(2, { phone: '1' }));
    assert.deepEqual(problems(text, {}), []);
    const columns = ['loginId', 'userName', 'password'] as const;
    const short = file(templateHeader(columns), row({}, columns), row({ loginId: 'b@example.com' }, columns));
    assert.deepEqual(problems(short, { phone: 0, phoneMobile: 0 }), []);
  });
});
