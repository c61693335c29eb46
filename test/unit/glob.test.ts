import * as assert from 'node:assert/strict';
import { compileFilePatterns, matchesFilePatterns } from '../../server/src/service/detect';
import {
  compileGlob,
  globMatches,
  MAX_ALTERNATIVES,
  MAX_EXPANDED_LENGTH,
  MAX_PATTERN_LENGTH,
  tokenize,
} from '../../server/src/service/glob';

/** Compiles `pattern`, failing the test if it is refused. */
function compiled(pattern: string) {
  const glob = compileGlob(pattern);
  assert.ok(!('refused' in glob), `${pattern} refused`);
  return glob;
}

const matches = (pattern: string, path: string) => globMatches(compiled(pattern), path);

describe('glob', () => {
  it('treats extglob and regular-expression syntax as plain characters: (a+)+b is no nested repetition', () => {
    assert.deepEqual(tokenize('**/(a+)+b'), [{ kind: 'dirs' }, ...Array.from('(a+)+b', (ch) => ({ kind: 'char', ch }))]);
    assert.equal(matches('**/(a+)+b', 'x/(a+)+b'), true);
    assert.equal(matches('**/(a+)+b', `x/${'a'.repeat(29)}`), false);
    assert.equal(matches('**/(a+)+b', 'x/aab'), false);
    assert.equal(matches('@(a|b).csv', '@(a|b).csv'), true);
    assert.equal(matches('!(x).csv', 'y.csv'), false);
  });

  it('has no token that repeats a group: only single-character steps, * within a segment and ** across them', () => {
    const kinds = new Set(
      compiled('{a,b}/**/x*y?[0-9]/**')
        .alternatives.flat()
        .map((t) => t.kind),
    );
    assert.deepEqual([...kinds].sort(), ['any', 'char', 'class', 'dirs', 'rest', 'star', 'subtree']);
  });

  it('matches *, **, ?, […] and {a,b} as documented', () => {
    assert.equal(matches('users/*.csv', 'users/new.csv'), true);
    assert.equal(matches('users/*.csv', 'users/a/new.csv'), false);
    assert.equal(matches('a/**/b.csv', 'a/b.csv'), true);
    assert.equal(matches('a/**/b.csv', 'a/x/y/b.csv'), true);
    assert.equal(matches('a/**', 'a'), true);
    assert.equal(matches('a/**', 'a/x/y.csv'), true);
    assert.equal(matches('a/**', 'ab/x'), false);
    assert.equal(matches('**', 'any/thing'), true);
    assert.equal(matches('u?.csv', 'u1.csv'), true);
    assert.equal(matches('u?.csv', 'u/.csv'), false);
    assert.equal(matches('u[0-9].csv', 'u7.csv'), true);
    assert.equal(matches('u[!0-9].csv', 'u7.csv'), false);
    assert.equal(matches('u[!0-9].csv', 'ux.csv'), true);
    assert.equal(matches('{in,out}/*.{csv,txt}', 'out/u.txt'), true);
    assert.equal(matches('{in,out}/*.{csv,txt}', 'up/u.txt'), false);
    assert.equal(matches('u\\*.csv', 'u*.csv'), true);
    assert.equal(matches('u\\*.csv', 'ux.csv'), false);
    assert.equal(matches('[unclosed', '[unclosed'), true);
  });

  it('refuses an over-long pattern and a brace explosion, and the valid patterns beside them still match', () => {
    const long = `**/${'a'.repeat(MAX_PATTERN_LENGTH)}`;
    const explosion = '{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}'; // 128 alternatives
    assert.ok(2 ** 7 > MAX_ALTERNATIVES);
    // 32 alternatives of 1,000 characters: few, but long together.
    const wide = `{${'x'.repeat(200)},y}{${'x'.repeat(200)},y}{a,b}{c,d}{e,f}`;
    assert.ok(wide.length <= MAX_PATTERN_LENGTH && 32 * 400 > MAX_EXPANDED_LENGTH);
    const patterns = compileFilePatterns([long, explosion, wide, 'users/*.csv']);
    assert.deepEqual(
      patterns.refused.map((r) => r.reason),
      ['too-long', 'too-many-alternatives', 'too-many-alternatives'],
    );
    assert.equal(matchesFilePatterns({ path: '/p/users/u.csv', folder: '/p' }, patterns), true);
  });
});
