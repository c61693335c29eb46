/**
 * dist/cli.js, what bin/miitel-csv.js requires: loads the command line's bundle (dist/cliBundle.js,
 * built from server/src/cli.ts) with a V8 code cache (see codeCache.ts) and runs its `main`. The
 * cache is written after a run that read CSV files, not after `--help` or `template`.
 */
import { join } from 'node:path';
import type * as Cli from '../cli';
import { loadBundle } from './codeCache';

export type { CliIo } from '../cli';

/** Runs the command line `argv` (without node and the script) and resolves to the exit status. */
export const main: typeof Cli.main = (argv, io) =>
  (loadBundle(join(__dirname, 'cliBundle.js'), { when: (cli) => (cli as typeof Cli).ranOnFiles() }) as typeof Cli).main(argv, io);
