/**
 * Inputs that are not regular files, or too large, as the CLI gets them from a user or a CI script
 * (issue 12): each is refused with exit 2 and one line saying why, before anything could block or
 * fill memory. Every run has a timeout, so a regression fails instead of hanging the suite.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const CLEAN = 'test/fixtures/cli/clean.csv';

function run(args: readonly string[], cwd: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin/miitel-csv.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
    timeout: 20_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CLI: inputs that are not regular files of a sane size', () => {
  let dir: string;
  before(function () {
    if (process.platform === 'win32') this.skip();
    dir = mkdtempSync(join(tmpdir(), 'miitel-cli-unsafe-'));
    execFileSync('mkfifo', [join(dir, 'pipe.csv')]);
    mkdirSync(join(dir, 'folder.csv'));
    // Sparse: 51 MB on paper, nothing on disk.
    writeFileSync(join(dir, 'huge.csv'), '');
    truncateSync(join(dir, 'huge.csv'), 51 * 1024 * 1024);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const cases: readonly (readonly [string, () => string, RegExp])[] = [
    ['/dev/zero', () => '/dev/zero', /^miitel-csv: \/dev\/zero is not a regular file \(a device, pipe or socket\)\n$/],
    ['a FIFO', () => join(dir, 'pipe.csv'), /^miitel-csv: .*pipe\.csv is not a regular file \(a device, pipe or socket\)\n$/],
    // A folder stands for its MiiTel CSV files: an empty one names none.
    [
      'a directory',
      () => join(dir, 'folder.csv'),
      /^miitel-csv: .*folder\.csv: (is a directory, not a CSV file|no MiiTel CSV file in this folder or below it)\n$/,
    ],
    ['a file over 50 MB', () => join(dir, 'huge.csv'), /^miitel-csv: .*huge\.csv is larger than 50 MB\n$/],
  ];

  for (const [name, path, reason] of cases) {
    it(`exits 2 with one line for ${name} to check`, () => {
      const r = run(['check', path()], root);
      assert.equal(r.status, 2);
      assert.match(r.stderr, reason);
    });

    it(`exits 2 with one line for ${name} as --existing-login-ids`, () => {
      const r = run(['check', '--existing-login-ids', path(), CLEAN], root);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.match(r.stderr, reason);
    });
  }

  it('never reads /dev/stdin (a pipe here, which could wait for ever)', () => {
    const r = run(['check', '/dev/stdin'], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^miitel-csv: \/dev\/stdin is not a regular file/);
  });

  it('exits 2 for a UTF-16 file without BOM, as the README promises', () => {
    const file = join(dir, 'utf16.csv');
    writeFileSync(file, Buffer.from('User name,Login ID\r\nSato,sato@example.com\r\n', 'utf16le'));
    const r = run(['check', file], root);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /UTF-16/);
    assert.equal(r.stderr.split('\n').length, 2);
  });
});
