/**
 * Where a value's characters break a rule, as positions and kinds only: a password's invalid
 * characters are often the password itself (a full-width password), so its message names
 * "characters 3–6 are full-width", never the characters.
 */

/** What kind of character a run holds. */
export type CharacterKind = 'space' | 'control' | 'fullWidth' | 'other';

/** Consecutive rejected characters of one kind, by 1-based character (code point) position. */
export interface CharacterRun {
  readonly from: number;
  readonly to: number;
  readonly kind: CharacterKind;
}

/** The kind of a character a rule rejects. */
function kindOf(c: string): CharacterKind {
  if (c === ' ') return 'space';
  if (/[\s\p{Cc}]/u.test(c)) return 'control';
  const folded = c.normalize('NFKC');
  // Full-width forms (`Ａ`, `１`, `＠`, the ideographic space) fold to ASCII.
  return folded !== c && /^[\x20-\x7e]+$/.test(folded) ? 'fullWidth' : 'other';
}

/** The runs of characters of `value` that `allowed` rejects, in order (empty when none). */
export function characterRuns(value: string, allowed: (character: string) => boolean): CharacterRun[] {
  const runs: CharacterRun[] = [];
  let position = 0;
  for (const c of value) {
    position++;
    if (allowed(c)) continue;
    const kind = kindOf(c);
    const last = runs[runs.length - 1];
    if (last && last.kind === kind && last.to === position - 1) runs[runs.length - 1] = { ...last, to: position };
    else runs.push({ from: position, to: position, kind });
  }
  return runs;
}
