/** The typed-array key table counts as a Map would, through growth and counts going down to 0. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { KeyCounts } from '../../../server/src/service/validation/keyCounts';
import { hashString, RowKeys } from '../../../server/src/service/validation/rowResults';
import { loginIdDuplicateRule } from '../../../server/src/service/validation/rules/login-id/duplicate';

describe('KeyCounts', () => {
  it('counts keys like a Map', () => {
    // Keys from a small set collide and repeat; large ones are 52-bit like hashString's.
    const key = fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 2 ** 52 - 1 }));
    fc.assert(
      fc.property(fc.array(fc.record({ key, up: fc.boolean() }), { maxLength: 400 }), (steps) => {
        const table = new KeyCounts(4);
        const map = new Map<number, number>();
        for (const { key: k, up } of steps) {
          const before = map.get(k) ?? 0;
          // Like RowKeys: a count only goes down for a key counted before.
          const delta = up || before === 0 ? 1 : -1;
          map.set(k, before + delta);
          assert.equal(table.add(k, delta), before + delta);
        }
        for (const [k, n] of map) assert.equal(table.get(k), n);
        assert.equal(table.get(2 ** 52 + 5), 0);
      }),
      { numRuns: 300 },
    );
  });
});

/** Keys set one by one, as validation sets them, so that they are counted. */
function keysOf(byRecord: readonly (number | null | undefined)[]): RowKeys {
  const keys = RowKeys.forRecords(byRecord.length);
  byRecord.forEach((key, i) => key !== undefined && keys.set(i, key));
  return keys;
}

describe('RowKeys', () => {
  it('counts the keys again when carried from a version whose counts moved on already', () => {
    const keys = keysOf([hashString('a'), hashString('a'), null, undefined]);
    assert.equal(keys.count(hashString('a')), 2);
    const same = { head: 4, tail: 4, previousTail: 4 };
    assert.equal(keys.carry(same, 4).count(hashString('a')), 2);
    // The counts went to the first carry: a second one from the same version must not start from none.
    assert.equal(keys.carry(same, 4).count(hashString('a')), 2);
  });

  it('carries the keys of the records an edit did not touch', () => {
    const keys = keysOf([1, 2, 3, null, 4]);
    // Records 1 and 2 became one: the new version's record 1, read again.
    const next = keys.carry({ head: 1, tail: 2, previousTail: 3 }, 4);
    assert.deepEqual(
      [0, 1, 2, 3].map((i) => next.get(i)),
      [1, undefined, null, 4],
    );
    assert.deepEqual(
      [1, 2, 3, 4].map((key) => next.count(key)),
      [1, 0, 0, 1],
    );
  });
});

describe('Login ID key hashes', () => {
  it("key.hash is hashString of the rule's key, null for none", () => {
    const { of, hash } = loginIdDuplicateRule.key;
    const char = fc.constantFrom('a', 'Z', 'z', '0', '@', '.', ' ', '\t', '　', '＠', 'Ａ', 'é', '~', '!', '\u00a0', '"');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), (chars) => {
        const value = chars.join('');
        const key = of(value);
        assert.equal(hash!(value), key === undefined ? null : hashString(key));
      }),
      { numRuns: 500 },
    );
    assert.equal(hash!('user000001@example.co.jp'), hashString('user000001@example.co.jp'));
    assert.equal(hash!('User@Example.jp'), hashString('user@example.jp'));
  });
});
