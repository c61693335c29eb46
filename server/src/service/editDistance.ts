/**
 * Edit distance for "did you mean" suggestions (unknown headers, and the quick fixes that offer the
 * same suggestion). Pure and small: inputs are header-sized strings.
 */

/** Levenshtein distance between `a` and `b`, counted in Unicode code points (insert, delete, substitute = 1). */
export function editDistance(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (s.length === 0) return t.length;
  if (t.length === 0) return s.length;
  // One row of the dynamic-programming table is enough: row[j] = distance(s[0..i), t[0..j)).
  // Every index below is in range (rows have t.length + 1 entries), hence the `!`s.
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const substitution = previous[j - 1]! + (s[i - 1] === t[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[t.length]!;
}

/**
 * Largest distance at which `target` (of `length` code points) is still offered as a suggestion:
 * 30% of its length, but at least 2 so short words tolerate a typo or two.
 */
export function maxSuggestionDistance(length: number): number {
  return Math.max(2, Math.floor(length * 0.3));
}

/**
 * The candidate closest to `text` within {@link maxSuggestionDistance} of the candidate's key,
 * or undefined when none is close enough. Ties go to the earliest candidate, so callers control
 * the preference by the order they pass.
 */
export function closestMatch<T>(text: string, candidates: Iterable<T>, key: (candidate: T) => string): T | undefined {
  let best: T | undefined;
  let bestDistance = Infinity;
  const length = Array.from(text).length;
  for (const candidate of candidates) {
    const k = key(candidate);
    const max = maxSuggestionDistance(Array.from(k).length);
    // The distance is at least the difference in length: skip candidates that cannot be close enough.
    if (Math.abs(length - Array.from(k).length) > max) continue;
    const distance = editDistance(text, k);
    if (distance <= max && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
