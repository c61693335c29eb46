/**
 * Brace expansion for the `miitelCsv.files` globs (glob.ts): `{a,b}` becomes one pattern per
 * alternative, nested braces included, and stops once there are more than {@link MAX_ALTERNATIVES}.
 */

/** Most alternatives `{a,b}` may expand to in one pattern; more is refused. */
export const MAX_ALTERNATIVES = 64;

/** The pattern's `{a,b}` expanded (nested too), or undefined past {@link MAX_ALTERNATIVES}. */
export function expandBraces(pattern: string): string[] | undefined {
  const open = findBrace(pattern);
  if (open === undefined) return [pattern];
  const { start, end, parts } = open;
  const results: string[] = [];
  for (const part of parts) {
    const expanded = expandBraces(pattern.slice(0, start) + part + pattern.slice(end + 1));
    if (expanded === undefined) return undefined;
    results.push(...expanded);
    if (results.length > MAX_ALTERNATIVES) return undefined;
  }
  return results;
}

/** The first `{…}` with a top-level comma (a brace without one is a plain character). */
function findBrace(pattern: string): { start: number; end: number; parts: string[] } | undefined {
  for (let start = 0; start < pattern.length; start++) {
    if (pattern[start] === '\\') {
      start++;
      continue;
    }
    if (pattern[start] !== '{') continue;
    let depth = 0;
    const cuts = [start];
    for (let i = start + 1; i < pattern.length; i++) {
      const ch = pattern[i];
      if (ch === '\\') i++;
      else if (ch === '{') depth++;
      else if (ch === '}' && depth > 0) depth--;
      else if (ch === ',' && depth === 0) cuts.push(i);
      else if (ch === '}') {
        if (cuts.length === 1) break;
        cuts.push(i);
        const parts = cuts.slice(1).map((cut, k) => pattern.slice(cuts[k]! + 1, cut));
        return { start, end: i, parts };
      }
    }
  }
  return undefined;
}
