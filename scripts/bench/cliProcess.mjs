// The CLI's whole check of a file against parsers merely parsing it, each as a whole process: Node
// start-up, reading the file, and the work. The CLI is the production build that `npm run bench`
// has just made (the loader dist/cli.js and dist/cliBundle.js, as `npm run pack:cli` and the
// extension ship it); it runs with its V8 code cache (in a temporary folder, written by the untimed
// warm-up run), as at every run after the first. The sides alternate run by run
// (A B C D E, A B C D E, …) so that other load on the machine falls on every side alike; the
// figures are medians and ratios of medians from the same runs.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { median } from './inprocess.mjs';
import { CLI, processMs } from './processes.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const parsers = (name) => join(root, 'scripts/bench/parsers', name);

/**
 * For each `files` entry ({ users, text }): medians of `runs` alternating whole-process runs of the
 * CLI's check, csv-parse/sync, uDSV, papaparse, the read-and-scan floor and `node -e 0`.
 */
export async function cliProcess(files, runs) {
  const dir = mkdtempSync(join(tmpdir(), 'miitel-csv-bench-'));
  try {
    mkdirSync(join(dir, 'cache'));
    const env = { ...process.env, MIITEL_CSV_CODE_CACHE: join(dir, 'cache') };
    const sides = (file) => ({
      cli: [CLI, 'check', file],
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
      for (const [, args] of commands) processMs(args, env);
      const times = Object.fromEntries(commands.map(([name]) => [name, []]));
      for (let run = 0; run < runs; run++) for (const [name, args] of commands) times[name].push(processMs(args, env));
      const ms = Object.fromEntries(Object.entries(times).map(([name, t]) => [name, median(t)]));
      results.push({ users, bytes: Buffer.byteLength(text), runs, ms });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
