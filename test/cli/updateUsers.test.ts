/**
 * The command-line checker on an "Update users" file (examples/update-users.csv): the built
 * launcher in a child process, as a user runs it. `npm run build` must have run first.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const EXAMPLE = 'examples/update-users.csv';

function run(args: readonly string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/miitel-csv.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
  });
}

describe('miitel-csv on an update-users file', () => {
  it('reports the deliberate mistakes of examples/update-users.csv at their cells, and no password or in-use finding', () => {
    const r = run(['check', EXAMPLE]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '');
    assert.deepEqual(r.stdout.split('\n').filter(Boolean), [
      'examples/update-users.csv:4:35 error extension-number/format Extension number "20" must be 3 to 6 digits (0–9).',
      'examples/update-users.csv:5:35 error extension-number/duplicate Extension number "0202" is already used on line 3: each user needs a different one.',
      'examples/update-users.csv:6:45 error value/not-allowed Did you mean 1 (English)? "English" is not allowed in Locale.',
      '1 file, 5 users: 3 errors',
    ]);
  });

  it('with --existing-login-ids reports a Login ID that is not in use (login-id/not-found), not the ones that are', () => {
    const dir = mkdtempSync(join(tmpdir(), 'miitel-cli-update-'));
    try {
      const list = join(dir, 'ids.txt');
      writeFileSync(list, 'SATO.TARO@example.co.jp\njane.smith@example.com\nsuzuki.hanako@example.co.jp\ntanaka.ichiro@example.co.jp\n');
      const r = run(['check', '--format', 'json', '--existing-login-ids', list, EXAMPLE]);
      assert.equal(r.status, 1);
      const [file] = (
        JSON.parse(r.stdout) as { files: { diagnostics: { code: string; line: number; column: number; endColumn: number }[] }[] }
      ).files;
      assert.deepEqual(
        file?.diagnostics.map((d) => [d.code, d.line, d.column, d.endColumn]),
        [
          ['extension-number/format', 4, 35, 37],
          ['extension-number/duplicate', 5, 35, 39],
          ['login-id/not-found', 6, 1, 1 + 'budi.santoso@example.co.id'.length],
          ['value/not-allowed', 6, 45, 52],
        ],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
