/**
 * What `check` prints in each `--format`, and where: every format to stdout; `github` also appends
 * its job summary to `$GITHUB_STEP_SUMMARY`. Text and GitHub print nothing when no file could be
 * read; JSON and SARIF always print a document (an empty one then), as a pipeline expects a file.
 */
import type * as Github from './github';
import { type FileReport, formatJson, formatText } from './report';
import type * as Sarif from './sarif';

/** The values of `--format`. */
export const OUTPUT_FORMATS = ['text', 'json', 'sarif', 'github'] as const;

/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** Where the reports go and what the formats read: paths are relative to `cwd`. */
export interface OutputIo {
  readonly stdout: { write(chunk: string): unknown };
  readonly cwd: string;
  /** For `github`: `GITHUB_WORKSPACE` and `GITHUB_STEP_SUMMARY`; default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Prints `reports` in `format`; `fail` reports a summary that cannot be written (the exit status stays). */
export async function writeReports(
  format: OutputFormat,
  reports: readonly FileReport[],
  io: OutputIo,
  fail: (message: string) => void,
): Promise<void> {
  const env = io.env ?? process.env;
  switch (format) {
    case 'json':
      io.stdout.write(formatJson(reports));
      return;
    case 'sarif': {
      // SARIF and GitHub are loaded only when asked for (SARIF brings node:crypto, 3.5 ms to load):
      // a `require`, as an import would run them whenever the CLI starts.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { formatSarif } = require('./sarif') as typeof Sarif;
      io.stdout.write(formatSarif(reports, io.cwd));
      return;
    }
    case 'text':
      if (reports.length > 0) io.stdout.write(formatText(reports));
      return;
    case 'github': {
      if (reports.length === 0) return;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { appendStepSummary, formatGithub } = require('./github') as typeof Github;
      io.stdout.write(formatGithub(reports, io.cwd, env));
      await appendStepSummary(reports, io.cwd, env, fail);
      return;
    }
  }
}
