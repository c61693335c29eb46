// Whole-process measurements shared by the start-up (startup.mjs) and CLI (cliProcess.mjs) sections.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The CLI as installed: the launcher of the bundles `npm run bench` has just built (production); BENCH_CLI names another launcher. */
export const CLI = process.env.BENCH_CLI ?? fileURLToPath(new URL('../../bin/miitel-csv.js', import.meta.url));

/**
 * Milliseconds of one whole process `node ...args` (start, work, exit), with `env`; throws when it
 * fails other than by exit status 1 (the check found errors).
 */
export function processMs(args, env = process.env) {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
  const ms = performance.now() - start;
  if (r.status !== 0 && r.status !== 1) throw new Error(`node ${args.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return ms;
}
