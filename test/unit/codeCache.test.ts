import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheFolder } from '../../server/src/launch/codeCache';

/**
 * Loads `bundle` with the cache in `cache` in a new Node process (in this one, V8 would find the
 * source compiled already and never look at the cache), saves the cache when `save`, and tells
 * whether V8 took the cache and what the bundle computes.
 */
function load(bundle: string, cache: string, save = false): { accepted: boolean; answer: number; dir: string } {
  const codeCache = require.resolve('../../server/src/launch/codeCache');
  const script = `const l = require(${JSON.stringify(codeCache)}).loadWithCache(${JSON.stringify(bundle)}, ${JSON.stringify(cache)});
    ${save ? 'l.save();' : ''}
    process.stdout.write(JSON.stringify({ accepted: l.accepted, answer: l.exports.answer(21), dir: l.exports.dir }));`;
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { accepted: boolean; answer: number; dir: string };
}

describe('the V8 code cache of the bundles', () => {
  let dir = '';
  let cache = '';
  let bundle = '';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'miitel-code-cache-'));
    cache = join(dir, 'cache');
    bundle = join(dir, 'bundle.js');
    writeFileSync(bundle, "'use strict';\nexports.answer = (x) => x * 2;\nexports.dir = __dirname;\nexports.path = require('path').sep;\n");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs the bundle as a CommonJS module, writes the cache once asked, and takes it at the next load', () => {
    assert.deepEqual(load(bundle, cache, true), { accepted: false, answer: 42, dir });
    assert.equal(readdirSync(cache).length, 1, 'one cache file, nothing left aside');
    assert.deepEqual(load(bundle, cache), { accepted: true, answer: 42, dir });
  });

  it('compiles from the source when the bundle changed since the cache was written', () => {
    load(bundle, cache, true);
    // Same length, so V8's own check (which looks at the length) would take the old cache.
    writeFileSync(bundle, readFileSync(bundle, 'utf8').replace('x * 2', 'x + 2'));
    utimesSync(bundle, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(load(bundle, cache), { accepted: false, answer: 23, dir });
  });

  it('compiles from the source when the cache file is cut short, has a byte changed or is garbage', () => {
    load(bundle, cache, true);
    const [name] = readdirSync(cache);
    const file = join(cache, name!);
    const whole = readFileSync(file);
    const flipped = Buffer.from(whole);
    flipped[whole.length - 10] = 0xff - whole[whole.length - 10]!;
    for (const broken of [whole.subarray(0, 10), whole.subarray(0, whole.length - 20), flipped, Buffer.alloc(whole.length, 7)]) {
      writeFileSync(file, broken);
      assert.deepEqual(load(bundle, cache), { accepted: false, answer: 42, dir });
    }
  });

  it('removes the caches of the same bundle name unused for 30 days when it writes one, not the others', () => {
    mkdirSync(cache);
    const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
    const recent = new Date(Date.now() - 29 * 24 * 60 * 60 * 1000);
    for (const [name, time] of [
      ['bundle-00000000.bin', old],
      ['bundle-11111111.bin', recent],
      ['other-22222222.bin', old],
    ] as const) {
      writeFileSync(join(cache, name), 'x');
      utimesSync(join(cache, name), time, time);
    }
    load(bundle, cache, true);
    const left = readdirSync(cache);
    assert.equal(left.length, 3, left.join(' '));
    assert.ok(!left.includes('bundle-00000000.bin'), 'the stale cache of another install is gone');
    assert.ok(left.includes('bundle-11111111.bin') && left.includes('other-22222222.bin'));
  });

  it('does not fail when the cache cannot be written', () => {
    writeFileSync(cache, 'a file where the folder should be');
    assert.deepEqual(load(bundle, cache, true), { accepted: false, answer: 42, dir });
    assert.equal(readFileSync(cache, 'utf8'), 'a file where the folder should be');
  });

  it("lives in the user's cache folder, or where MIITEL_CSV_CODE_CACHE says; `off` turns it off", () => {
    assert.equal(cacheFolder({ HOME: '/home/a' }, 'linux'), '/home/a/.cache/miitel-csv/code-cache');
    assert.equal(cacheFolder({ HOME: '/home/a', XDG_CACHE_HOME: '/var/c' }, 'linux'), '/var/c/miitel-csv/code-cache');
    assert.equal(cacheFolder({ HOME: '/home/a', XDG_CACHE_HOME: 'relative' }, 'linux'), '/home/a/.cache/miitel-csv/code-cache');
    assert.equal(cacheFolder({ HOME: '/Users/a' }, 'darwin'), '/Users/a/Library/Caches/miitel-csv/code-cache');
    assert.equal(cacheFolder({}, 'linux'), undefined);
    assert.equal(cacheFolder({ HOME: '/home/a', MIITEL_CSV_CODE_CACHE: '/tmp/mine' }, 'linux'), '/tmp/mine');
    assert.equal(cacheFolder({ HOME: '/home/a', MIITEL_CSV_CODE_CACHE: 'off' }, 'linux'), undefined);
  });

  it('makes the CLI write its cache on the first run that checks a file (not on --help) and take it on the next, with the same output', () => {
    const env = { ...process.env, MIITEL_CSV_CODE_CACHE: cache, LC_ALL: 'C' };
    const cli = join(__dirname, '../../../bin/miitel-csv.js');
    const examples = join(__dirname, '../../../examples/users.csv');
    for (const args of [['--help'], ['--version'], ['check', '--help']]) {
      assert.equal(spawnSync(process.execPath, [cli, ...args], { env, encoding: 'utf8' }).status, 0);
      assert.deepEqual(existsSync(cache) ? readdirSync(cache) : [], [], `no cache after ${args.join(' ')}`);
    }
    const first = spawnSync(process.execPath, [cli, 'check', examples], { env, encoding: 'utf8' });
    assert.equal(readdirSync(cache).filter((f) => f.startsWith('cliBundle-')).length, 1);
    const second = spawnSync(process.execPath, [cli, 'check', examples], { env, encoding: 'utf8' });
    assert.equal(second.status, first.status);
    assert.equal(second.stdout, first.stdout);
    assert.match(second.stdout, /^1 file, 9 users: 7 errors$/m);
  });
});
