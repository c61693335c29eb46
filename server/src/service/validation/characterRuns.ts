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

/**
 * The kind of a character a rule rejects. Full-width means the full-width forms of ASCII (`Ａ`, `１`,
 * `＠`) and the ideographic space, what a Japanese input method types; not every character NFKC
 * folds to ASCII (`①` → `1`, the no-break space → ` ` are not full-width).
 */
function kindOf(c: string): CharacterKind {
  if (/[\u3000\uff01-\uff5e]/.test(c)) return 'fullWidth';
  if (/\p{Cc}/u.test(c)) return 'control';
  if (/\s/u.test(c)) return 'space';
  return 'other';
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
