/** Runs the built CLI (`bin/miitel-csv.js`) as a user would, for the CLI tests. */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

/** The repository root (tests run from out/test/cli). */
export const ROOT = resolve(__dirname, '../../..');

/** What a run printed and how it exited. */
export interface CliRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `miitel-csv args` in `cwd`, in English (`LC_ALL=C`) unless `env` says otherwise, with `input` on its stdin. */
export function runCli(
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C' },
  input?: string | Uint8Array,
): CliRun {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/miitel-csv.js'), ...args], { cwd, encoding: 'utf8', env, input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
