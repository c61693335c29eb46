/** Binary search over things kept in text order (records, cells, user rows). */

/**
 * The first index in `[0, length)` for which `isBefore` is false, or `length` when it holds for
 * all. `isBefore` must be true for a prefix of the indexes and false after it.
 */
export function lowerBound(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
