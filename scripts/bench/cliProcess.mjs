// The CLI's whole check of a file against parsers merely parsing it, each as a whole process: Node
// start-up, reading the file, and the work. The CLI is the production build (minified, as
// `npm run pack:cli` and the extension ship it: the loader dist/cli.js and dist/cliBundle.js), built
// here into a temporary directory so that the dev bundles in dist/ that the other sections use stay
// as they are; it runs with its V8 code cache (in another temporary folder, written by the untimed
// warm-up run), as at every run after the first. The sides alternate run by run
// (A B C D E, A B C D E, …) so that other load on the machine falls on every side alike; the
// figures are medians and ratios of medians from the same runs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { median } from './inprocess.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const parsers = (name) => join(root, 'scripts/bench/parsers', name);

/** Builds the production CLI (as scripts/build.mjs --production does) and its launcher into `dir`; returns the launcher's path. */
async function buildCli(dir) {
  mkdirSync(join(dir, 'bin'));
  const entries = [
    ['server/src/launch/cli.ts', 'dist/cli.js'],
    ['server/src/cli.ts', 'dist/cliBundle.js'],
  ];
  for (const [entry, outfile] of entries) {
    await esbuild.build({
      entryPoints: [join(root, entry)],
      outfile: join(dir, outfile),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      mainFields: ['module', 'main'],
      minify: true,
      logLevel: 'warning',
    });
  }
  copyFileSync(join(root, 'bin/miitel-csv.js'), join(dir, 'bin/miitel-csv.js'));
  // The CLI looks for its message bundles up from dist/, as in an installation.
  symlinkSync(join(root, 'l10n'), join(dir, 'l10n'));
  return join(dir, 'bin/miitel-csv.js');
}

/** Milliseconds of one whole run of `node ...args`; throws when it crashes. */
function timed(args, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, env });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  // The check exits 1 when it finds errors (a 100,000-user file is too many users for one upload).
  if (r.status === null || r.status > 1) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

/**
 * For each `files` entry ({ users, text }): medians of `runs` alternating whole-process runs of the
 * CLI's check, csv-parse/sync, uDSV, papaparse, the read-and-scan floor and `node -e 0`.
 */
export async function cliProcess(files, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'miitel-csv-bench-'));
  try {
    const cli = await buildCli(dir);
    mkdirSync(join(dir, 'cache'));
    const env = { ...process.env, MIITEL_CSV_CODE_CACHE: join(dir, 'cache') };
    const sides = (file) => ({
      cli: [cli, 'check', file],
      uDSV: [parsers('udsv.js'), file],
      csvParse: [parsers('csvParse.js'), file],
      papaparse: [parsers('papaparse.js'), file],
      floor: [parsers('floor.js'), file],
      nodeOnly: ['-e', '0'],
    });
    const results = [];
    for (const { users, text } of files) {
      const file = join(dir, `users${users}.csv`);
      writeFileSync(file, text);
      const commands = Object.entries(sides(file));
      // Untimed: warms the file cache and writes the CLI's code cache.
      for (const [, args] of commands) timed(args, env);
      const times = Object.fromEntries(commands.map(([name]) => [name, []]));
      for (let run = 0; run < runs; run++) for (const [name, args] of commands) times[name].push(timed(args, env));
      const ms = Object.fromEntries(Object.entries(times).map(([name, t]) => [name, median(t)]));
      results.push({ users, bytes: Buffer.byteLength(text), runs, ms });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
