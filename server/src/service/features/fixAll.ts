/**
 * Fix-all (`source.fixAll.miitelCsv`): applies the preferred fix of every problem whose code
 * declares `fixAll` (fixes that keep what the administrator meant: a code written as a word,
 * full-width characters, spaces, header spellings, missing columns with their template default,
 * unused template rows, the delimiter, `123.0` Extension numbers, empty trailing fields; see each
 * rule module), unless it overlaps another, re-validates, and repeats until nothing is left, so a
 * second run changes nothing. Shortened names, withdrawn or granted permissions and new passwords
 * change meaning: they stay quick fixes. A file separated by `;` or tabs is first rewritten with
 * commas (when that is safe, see csv/delimiter.ts), and only then fixed further; when it is not
 * safe, fix-all changes nothing in it. The server runs it in slices ({@link fixAllInSlices}), so
 * that other requests are answered meanwhile. Each result counts the problems fixed, by kind.
 */
import type { MiitelCsvSettings } from '../../../../shared/settings';
import { parseVersion } from '../parsedVersion';
import { parseOptionsOf } from '../parseOptions';
import { validate, validateInSlices, type SliceControl, type ValidateOptions } from '../validation/validate';
import { fixAllKind } from '../validation/rules/index';
import type { FixAllCounts, FixAllKind, Problem } from '../validation/types';
import type { MiitelDocument } from '../miitelDocument';
import { getFixes } from './fixes';
import { applyChanges, type TextChange } from './textChange';

export type { FixAllCounts, FixAllKind } from '../validation/types';

/** The text after fix-all and what it fixed. */
export interface FixAllResult {
  readonly text: string;
  readonly fixed: FixAllCounts;
}

/** Most rounds; each round fixes at least one problem, and real files settle in two or three. */
const MAX_ROUNDS = 10;

/** Problems whose fixes are looked up between two looks at the clock. */
const PROBLEMS_PER_CHECK = 64;

/**
 * Every finding, not the first `maxProblems`: a capped list would leave the ones past the cap for a
 * second run (10 rounds of 1,000 stop short of a 2,000-user file with 5 mistakes each).
 */
const uncapped = (settings: MiitelCsvSettings): MiitelCsvSettings => ({ ...settings, maxProblems: Number.MAX_SAFE_INTEGER });

/** The text after applying every fix that keeps the meaning (the input itself when there is none), read with the settings' parse options. */
export function fixAll(text: string, settings: MiitelCsvSettings, options: ValidateOptions = {}): string {
  return fixAllCounted(text, settings, options).text;
}

/** {@link fixAll}'s text, and the problems it fixed by kind. */
export function fixAllCounted(text: string, settings: MiitelCsvSettings, options: ValidateOptions = {}): FixAllResult {
  const all = uncapped(settings);
  const fixed: FixAllCounts = {};
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const version = parseVersion(current, parseOptionsOf(settings));
    const accepted = new Accepted(version.doc, fixed);
    for (const problem of validate(version, all, options)) accepted.add(problem);
    if (accepted.changes.length === 0) break;
    current = applyChanges(current, accepted.changes);
  }
  return { text: current, fixed };
}

/**
 * The same result as {@link fixAllCounted}, its validations and fix lookups done in slices of about
 * `sliceMs` with a `setImmediate` between them. Undefined when cancelled.
 */
export async function fixAllInSlices(
  text: string,
  settings: MiitelCsvSettings,
  options: ValidateOptions,
  control: SliceControl,
): Promise<FixAllResult | undefined> {
  const all = uncapped(settings);
  const fixed: FixAllCounts = {};
  let current = text;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const version = parseVersion(current, parseOptionsOf(settings));
    const problems = await validateInSlices(version, all, options, control);
    if (!problems) return undefined;
    const accepted = new Accepted(version.doc, fixed);
    let deadline = performance.now() + control.sliceMs;
    for (let i = 0; i < problems.length; i++) {
      accepted.add(problems[i]!);
      if (i % PROBLEMS_PER_CHECK === 0 && performance.now() > deadline) {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (control.cancelled()) return undefined;
        deadline = performance.now() + control.sliceMs;
      }
    }
    if (accepted.changes.length === 0) break;
    current = applyChanges(current, accepted.changes);
  }
  return { text: current, fixed };
}

/**
 * The changes of one round: each problem's preferred fix when its code keeps the meaning, unless it
 * touches one already taken. Kept sorted by offset: taken changes never touch one another, so a new
 * one can only touch the last taken change that starts at or before its end (a file with 40,000
 * fixes is not compared 40,000 × 40,000 times). Each problem fixed is counted under its kind,
 * including one whose fix is the very one already taken (one deletion of all unused template rows).
 */
class Accepted {
  readonly changes: TextChange[] = [];
  /** The changes of each fix taken, as JSON, to recognise a problem whose fix is one of them. */
  private readonly taken = new Set<string>();

  constructor(
    private readonly doc: MiitelDocument,
    private readonly fixed: FixAllCounts,
  ) {}

  add(problem: Problem): void {
    const kind = fixAllKind(problem.code);
    if (!kind) return;
    // In a `;` or tab file, only the rewrite with commas: other fixes write commas (an added field)
    // or quote for commas, and the rewrite changes every line anyway. The next round fixes the rest.
    if ((this.doc.csv.delimiter ?? ',') !== ',' && problem.code !== 'csv/delimiter') return;
    const fix = getFixes(this.doc, problem).find((f) => f.preferred && f.changes.length > 0);
    if (!fix) return;
    if (fix.changes.some((c) => this.touches(c))) {
      if (this.taken.has(JSON.stringify(fix.changes))) this.count(kind);
      return;
    }
    for (const change of fix.changes) this.changes.splice(this.after(change.offset), 0, change);
    this.taken.add(JSON.stringify(fix.changes));
    this.count(kind);
  }

  private count(kind: FixAllKind): void {
    this.fixed[kind] = (this.fixed[kind] ?? 0) + 1;
  }

  private touches(change: TextChange): boolean {
    const before = this.changes[this.after(change.offset + change.length) - 1];
    return before !== undefined && overlaps(before, change);
  }

  /** The index of the first taken change starting after `offset`. */
  private after(offset: number): number {
    let lo = 0;
    let hi = this.changes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.changes[mid]!.offset <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Whether two changes touch the same text (two insertions at one offset count as touching). */
function overlaps(a: TextChange, b: TextChange): boolean {
  return a.offset <= b.offset + b.length && b.offset <= a.offset + a.length;
}
