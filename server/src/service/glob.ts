/**
 * The glob patterns of `miitelCsv.files`, compiled by our own small compiler rather than to a
 * regular expression. A pattern becomes a list of tokens, and a path is matched by stepping every
 * live token position forward one character at a time (an NFA simulation): the work is at most
 * (path length × pattern length), whatever the pattern, so no pattern can backtrack
 * catastrophically. Only the documented syntax has a meaning: `*`, `**`, `?`, `[…]` (with `!` or
 * `^` to negate, and ranges) and `{a,b}`; a backslash escapes the next character. Extglob and
 * regular-expression syntax — `(`, `)`, `+`, `@`, `!`, `|` — are plain characters, so
 * `**\/(a+)+b` names a file called `(a+)+b`, it is not a nested repetition.
 */

import { expandBraces } from './globBraces';

/** One step of a compiled pattern. */
export type GlobToken =
  /** This very character. */
  | { readonly kind: 'char'; readonly ch: string }
  /** `?`: one character other than `/`. */
  | { readonly kind: 'any' }
  /** `[…]`: one character other than `/` in (or, negated, outside) the set. */
  | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly (readonly [string, string])[] }
  /** `*` (or `**` inside a segment): any run of characters other than `/`. */
  | { readonly kind: 'star' }
  /** `**\/`: nothing, or any run of characters that ends with `/` (zero or more folders). */
  | { readonly kind: 'dirs' }
  /** `/**` at the end: nothing, or `/` and then anything (the folder itself and all inside it). */
  | { readonly kind: 'subtree' }
  /** `**` as the whole pattern, or after `subtree`: anything. */
  | { readonly kind: 'rest' };

/** Longest pattern compiled; a longer one is refused (a path is never that long). */
export const MAX_PATTERN_LENGTH = 1024;
export { MAX_ALTERNATIVES } from './globBraces';
/**
 * Most characters all of a pattern's alternatives may hold together: matching costs up to
 * (path length × this), so the cap keeps one pattern under a few million steps per path.
 */
export const MAX_EXPANDED_LENGTH = 4096;

/** A pattern compiled to its alternatives (one per brace expansion), each a token list. */
export interface CompiledGlob {
  readonly alternatives: readonly (readonly GlobToken[])[];
}

/** Why a pattern was refused. */
export type GlobRefusal = 'too-long' | 'too-many-alternatives';

/** Compiles one pattern, or says why it is refused. */
export function compileGlob(pattern: string): CompiledGlob | { readonly refused: GlobRefusal } {
  if (pattern.length > MAX_PATTERN_LENGTH) return { refused: 'too-long' };
  const expanded = expandBraces(pattern);
  if (expanded === undefined || expanded.reduce((sum, p) => sum + p.length, 0) > MAX_EXPANDED_LENGTH) {
    return { refused: 'too-many-alternatives' };
  }
  return { alternatives: expanded.map(tokenize) };
}

/** True when `path` matches one of the glob's alternatives (`nocase` for Windows paths). */
export function globMatches(glob: CompiledGlob, path: string, nocase = false): boolean {
  const text = nocase ? path.toLowerCase() : path;
  return glob.alternatives.some((tokens) => run(tokens, text, nocase));
}

/** The NFA simulation: `live[i]` says token position `i` may be reached after the text read so far. */
function run(tokens: readonly GlobToken[], text: string, nocase: boolean): boolean {
  const start = new Uint8Array(tokens.length + 1);
  start[0] = 1;
  let live = closure(tokens, start);
  for (const ch of text) {
    const next = new Uint8Array(tokens.length + 1);
    let any = false;
    for (let i = 0; i < tokens.length; i++) {
      if (!live[i]) continue;
      const to = step(tokens[i]!, ch, nocase);
      if (to & STAY) next[i] = 1;
      if (to & ADVANCE) next[i + 1] = 1;
      any ||= to !== 0;
    }
    if (!any) return false;
    live = closure(tokens, next);
  }
  return live[tokens.length] === 1;
}

const STAY = 1;
const ADVANCE = 2;

/** Where reading `ch` at a token leads: stay on it, advance past it, both, or nowhere. */
function step(token: GlobToken, ch: string, nocase: boolean): number {
  switch (token.kind) {
    case 'char':
      return (nocase ? token.ch.toLowerCase() : token.ch) === ch ? ADVANCE : 0;
    case 'any':
      return ch === '/' ? 0 : ADVANCE;
    case 'class':
      return ch !== '/' && inClass(token, ch, nocase) !== token.negated ? ADVANCE : 0;
    case 'star':
      return ch === '/' ? 0 : STAY;
    case 'dirs':
      return ch === '/' ? STAY | ADVANCE : STAY;
    case 'subtree':
      return ch === '/' ? ADVANCE : 0;
    case 'rest':
      return STAY;
  }
}

function inClass(token: Extract<GlobToken, { kind: 'class' }>, ch: string, nocase: boolean): boolean {
  return token.ranges.some(([from, to]) => {
    if (ch >= from && ch <= to) return true;
    return nocase && ch.toUpperCase() >= from && ch.toUpperCase() <= to;
  });
}

/** Adds the positions reachable without reading: past a `*`, `**\/` or `**`, and past `/**` to the end. */
function closure(tokens: readonly GlobToken[], live: Uint8Array): Uint8Array {
  for (let i = 0; i < tokens.length; i++) {
    if (!live[i]) continue;
    const kind = tokens[i]!.kind;
    if (kind === 'star' || kind === 'dirs' || kind === 'rest') live[i + 1] = 1;
    else if (kind === 'subtree') live[i + 2] = 1;
  }
  return live;
}

/** One brace-free alternative → tokens. */
export function tokenize(pattern: string): GlobToken[] {
  const tokens: GlobToken[] = [];
  const chars = Array.from(pattern);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch === '\\' && i + 1 < chars.length) {
      tokens.push({ kind: 'char', ch: chars[++i]! });
    } else if (ch === '*') {
      let end = i;
      while (chars[end + 1] === '*') end++;
      const wholeSegment = end > i && (i === 0 || chars[i - 1] === '/') && (end + 1 === chars.length || chars[end + 1] === '/');
      if (!wholeSegment) tokens.push({ kind: 'star' });
      else if (end + 1 < chars.length) {
        // `**/`: one token for the run, `**/**/` is the same as `**/`.
        if (tokens.at(-1)?.kind !== 'dirs') tokens.push({ kind: 'dirs' });
        end++;
      } else if (tokens.at(-1)?.kind === 'char' && i > 0) {
        tokens.pop(); // the `/` before `**`, which `subtree` stands for
        tokens.push({ kind: 'subtree' }, { kind: 'rest' });
      } else {
        tokens.push({ kind: 'rest' });
      }
      i = end;
    } else if (ch === '?') {
      tokens.push({ kind: 'any' });
    } else if (ch === '[') {
      const parsed = parseClass(chars, i);
      if (parsed) {
        tokens.push(parsed.token);
        i = parsed.end;
      } else tokens.push({ kind: 'char', ch });
    } else {
      tokens.push({ kind: 'char', ch });
    }
  }
  return tokens;
}

/** `[…]` starting at `start`, or undefined when it is not closed (then `[` is a plain character). */
function parseClass(chars: readonly string[], start: number): { token: GlobToken; end: number } | undefined {
  let i = start + 1;
  const negated = chars[i] === '!' || chars[i] === '^';
  if (negated) i++;
  const ranges: [string, string][] = [];
  for (let first = true; i < chars.length; i++, first = false) {
    let ch = chars[i]!;
    if (ch === ']' && !first) return { token: { kind: 'class', negated, ranges }, end: i };
    if (ch === '\\' && i + 1 < chars.length) ch = chars[++i]!;
    if (chars[i + 1] === '-' && i + 2 < chars.length && chars[i + 2] !== ']') {
      ranges.push([ch, chars[i + 2]!]);
      i += 2;
    } else ranges.push([ch, ch]);
  }
  return undefined;
}
