/**
 * The installable CLI: `npm pack` makes a tarball that installs into a clean prefix without the
 * network (every dependency is bundled into dist/cliBundle.js, which dist/cli.js loads, so the
 * package has none) and runs `miitel-csv` from another folder, its message bundles included. Uses
 * the built bundles (`npm run build` first, as `npm test` does); a few seconds.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './runCli';

/** npm, quietly, without asking the registry anything. */
function npm(args: readonly string[], cwd: string) {
  const r = spawnSync('npm', [...args, '--offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  assert.equal(r.status, 0, `npm ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

describe('the npm package of the CLI', function () {
  this.timeout(120_000);
  let tmp = '';
  before(function () {
    // The launcher path below is the POSIX layout of a global install.
    if (process.platform === 'win32') this.skip();
    tmp = mkdtempSync(join(tmpdir(), 'miitel-cli-pack-'));
  });
  after(() => tmp && rmSync(tmp, { recursive: true, force: true }));

  it('packs, installs offline into an empty prefix and checks a file from another folder', () => {
    // --ignore-scripts: `prepare` would rebuild; the test uses the bundle already built.
    const tarball = npm(['pack', '--ignore-scripts', '--pack-destination', tmp], ROOT).trim().split('\n').at(-1)!;
    const prefix = join(tmp, 'prefix');
    npm(['install', '--global', '--prefix', prefix, '--ignore-scripts', join(tmp, tarball)], tmp);
    const installed = join(prefix, 'lib/node_modules/miitel-csv');
    // Nothing but the CLI: no dependency installed, no sources, no extension bundles.
    assert.equal(existsSync(join(installed, 'node_modules')), false);
    assert.deepEqual(readdirSync(join(installed, 'dist')).sort(), ['cli.js', 'cliBundle.js']);

    const elsewhere = join(tmp, 'elsewhere');
    mkdirSync(elsewhere);
    const bin = join(prefix, 'bin/miitel-csv');
    // The code cache in the test's folder: a cache per temporary install would pile up in the user's.
    const env = { ...process.env, MIITEL_CSV_CODE_CACHE: join(tmp, 'code-cache') };
    const r = spawnSync(bin, ['check', join(ROOT, 'examples/users.csv')], {
      cwd: elsewhere,
      encoding: 'utf8',
      env: { ...env, LC_ALL: 'C' },
    });
    assert.equal(r.status, 1, r.stderr);
    assert.match(r.stdout, /^1 file, 9 users: 7 errors$/m);
    const ja = spawnSync(bin, ['check', '--lang', 'ja', join(ROOT, 'examples/users.csv')], { cwd: elsewhere, encoding: 'utf8', env });
    assert.match(ja.stdout, /1 ファイル/);
  });
});
