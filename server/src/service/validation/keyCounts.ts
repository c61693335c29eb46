/**
 * How many records hold each row key (a 52-bit hash, see `hashString`), in an open-addressing
 * table of two typed arrays instead of a `Map<number, number>`: counting the 100,000 Login IDs of
 * a 100,000-user file took 39 ms in a Map and 16 ms in a typed-array table (issue 18), and a key
 * above 2^31 in a Map is a heap number the garbage collector must visit.
 */
export class KeyCounts {
  /** Per slot, its key plus one; 0 for a free slot (a hash may be 0). */
  private keys: Float64Array;
  private counts: Int32Array;
  /** Slots taken, keys counted down to 0 included (until the next growth drops them). */
  private taken = 0;

  constructor(capacity = 1024) {
    this.keys = new Float64Array(capacity);
    this.counts = new Int32Array(capacity);
  }

  /** A table for `count` keys, which it holds without growing. */
  static forKeys(count: number): KeyCounts {
    return new KeyCounts(slotsFor(count));
  }

  /** How many records hold `key`. */
  get(key: number): number {
    const slot = this.find(key + 1);
    return slot < 0 ? 0 : this.counts[slot]!;
  }

  /** Adds `delta` to the count of `key`; returns the new count. */
  add(key: number, delta: number): number {
    const stored = key + 1;
    let slot = this.find(stored);
    if (slot < 0) {
      if (4 * (this.taken + 1) > 3 * this.keys.length) this.grow();
      slot = ~this.find(stored);
      this.keys[slot] = stored;
      this.taken++;
    }
    return (this.counts[slot]! += delta);
  }

  /** The slot of `stored` (a key plus one), or `~slot` of the free slot where it would go. */
  private find(stored: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    // The low 32 bits of a 52-bit FNV hash, mixed once more: keys are spread evenly already.
    let slot = Math.imul(stored >>> 0, 0x9e3779b1) >>> 0;
    for (;;) {
      slot &= mask;
      const k = keys[slot]!;
      if (k === stored) return slot;
      if (k === 0) return ~slot;
      slot++;
    }
  }

  /**
   * Rebuilds the table once three quarters of its slots are taken: at least twice as many slots as
   * keys counted above 0 (a power of two), leaving out the keys counted down to 0. 100,000 keys
   * take 262,144 slots, 3 MB.
   */
  private grow(): void {
    const { keys, counts } = this;
    let live = 0;
    for (let i = 0; i < counts.length; i++) if (counts[i]! > 0) live++;
    const size = Math.max(keys.length, slotsFor(live));
    this.keys = new Float64Array(size);
    this.counts = new Int32Array(size);
    this.taken = 0;
    for (let i = 0; i < keys.length; i++) {
      if (counts[i]! <= 0) continue;
      const slot = ~this.find(keys[i]!);
      this.keys[slot] = keys[i]!;
      this.counts[slot] = counts[i]!;
      this.taken++;
    }
  }
}

/** Slots for `count` keys: a power of two, at least 64 and twice the keys. */
function slotsFor(count: number): number {
  let size = 64;
  while (2 * (count + 1) > size) size *= 2;
  return size;
}
