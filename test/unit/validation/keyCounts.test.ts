/** The typed-array key table counts as a Map would, through growth and counts going down to 0. */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { KeyCounts } from '../../../server/src/service/validation/keyCounts';

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
