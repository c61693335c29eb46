import * as assert from 'node:assert/strict';
import { checkText } from '../../../server/src/service/languageService';
import { resolveSettings } from '../../../shared/settings';

const HEADER = 'Login ID,User name,Password,Locale,Time zone,Extra1,Extra2,Extra3';
const rows = (n: number) => Array.from({ length: n }, (_, i) => `u${i}@miitel.jp,User ${i},Xd7!kP2q${i},0,0,,,`);

describe('validation counts past maxProblems', () => {
  it('counts the findings that document rules stop building at the cap', () => {
    const text = [HEADER, ...rows(12)].join('\n');
    const capped = checkText(text, resolveSettings({ maxProblems: 2, maxUsersPerFile: 3, seats: { users: 4 } }));
    const all = checkText(text, resolveSettings({ maxProblems: 1000, maxUsersPerFile: 3, seats: { users: 4 } }));
    assert.equal(capped.problems.length, 2);
    assert.deepEqual(capped.counts, all.counts);
    const total = all.counts.error + all.counts.warning + all.counts.info;
    assert.equal(total, all.problems.length);
    // 12 users, 3 allowed (one finding), 8 past 4 seats, 3 unknown columns at least.
    assert.ok(total >= 1 + 8 + 3, `${total} findings`);
  });

  it('leaves out codes turned off', () => {
    const text = [HEADER, ...rows(12)].join('\n');
    const result = checkText(text, resolveSettings({ maxProblems: 1, maxUsersPerFile: 3, rules: { 'rows/too-many': 'off' } }));
    const withRule = checkText(text, resolveSettings({ maxProblems: 1, maxUsersPerFile: 3 }));
    assert.equal(withRule.counts.error - result.counts.error, 1);
  });
});
