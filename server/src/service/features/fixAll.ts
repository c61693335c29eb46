/**
 * Fix-all (`source.fixAll.miitelCsv`): applies every preferred fix that does not overlap another,
 * re-validates, and repeats until nothing is left to fix, so a second run changes nothing.
 */
import type { MiitelCsvSettings } from '../../../../shared/settings';
import { parseVersion } from '../parsedVersion';
import { validate, type ValidateOptions } from '../validation/validate';
import { getFixes } from './fixes';
import { applyChanges, type TextChange } from './textChange';

/** Most rounds; each round fixes at least one problem, and real files settle in two or three. */
const MAX_ROUNDS = 10;

/** The text after applying every safe fix (the input itself when there is none). */
export function fixAll(text: string, settings: MiitelCsvSettings, options: ValidateOptions = {}): string {
  let current = text;
  const uncapped: MiitelCsvSettings = { ...settings, maxProblems: Number.MAX_SAFE_INTEGER };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const version = parseVersion(current);
    // Every finding, not the first `maxProblems`: a capped list would leave the ones past the cap
    // for a second run (10 rounds of 1,000 stop short of a 2,000-user file with 5 mistakes each).
    const problems = validate(version, uncapped, options);
    const doc = version.doc;
    const accepted: TextChange[] = [];
    for (const problem of problems) {
      const fix = getFixes(doc, problem).find((f) => f.preferred && f.changes.length > 0);
      if (fix && !fix.changes.some((c) => accepted.some((a) => overlaps(a, c)))) accepted.push(...fix.changes);
    }
    if (accepted.length === 0) break;
    current = applyChanges(current, accepted);
  }
  return current;
}

/** Whether two changes touch the same text (two insertions at one offset count as touching). */
function overlaps(a: TextChange, b: TextChange): boolean {
  return a.offset <= b.offset + b.length && b.offset <= a.offset + a.length;
}
