/**
 * `--format github`: one GitHub Actions workflow command per finding, which GitHub turns into an
 * annotation on the file's line (in the pull request's diff and the run's page), and a Markdown
 * table of the findings for the job summary when `GITHUB_STEP_SUMMARY` names its file. GitHub
 * shows only the first 10 annotations of each level per step; the summary lists more.
 *
 * Escaping is @actions/toolkit's (packages/core/src/command.ts): in the message `%`, CR and LF
 * become `%25`, `%0D`, `%0A`; in a property also `:` and `,` become `%3A` and `%2C`. So no message
 * or path can end the command early or start another one.
 */
import { appendFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { Severity } from '../../../shared/codes';
import { cliFormatsText } from '../service/messages';
import { type FileReport, summaryLine } from './report';

/** The workflow command of each severity. */
const COMMANDS: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'notice' };

/** Rows of the step summary's table; the rest are counted under it. */
export const SUMMARY_ROWS = 200;

/** The environment the format reads: `GITHUB_WORKSPACE` (paths), `GITHUB_STEP_SUMMARY` (the summary file). */
export type GithubEnv = Readonly<Record<string, string | undefined>>;

/** `%`, CR and LF escaped, as the toolkit's `escapeData`. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** {@link escapeData} and `:` and `,`, as the toolkit's `escapeProperty`. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * The workflow commands of `reports`, then the summary line. Columns are given only when a finding
 * starts and ends on one line, as GitHub takes them only then.
 */
export function formatGithub(reports: readonly FileReport[], cwd: string, env: GithubEnv): string {
  const out: string[] = [];
  for (const report of reports) {
    const file = escapeProperty(annotationPath(report.path, cwd, env));
    for (const d of report.diagnostics) {
      const columns = d.line === d.endLine ? `,col=${d.column}` : '';
      const end = d.line === d.endLine ? `,endLine=${d.endLine},endColumn=${d.endColumn}` : `,endLine=${d.endLine}`;
      const properties = `file=${file},line=${d.line}${columns}${end},title=${escapeProperty(d.code)}`;
      out.push(`::${COMMANDS[d.severity]} ${properties}::${escapeData(d.message)}`);
    }
  }
  out.push(summaryLine(reports));
  return `${out.join('\n')}\n`;
}

/**
 * The job summary's Markdown: a heading, the summary line, and a table of the first
 * {@link SUMMARY_ROWS} findings with a line counting the others (those past `--max-problems` too).
 */
export function stepSummary(reports: readonly FileReport[], cwd: string, env: GithubEnv): string {
  const text = cliFormatsText;
  const out = [`### ${cell(text.summaryHeading)}`, '', cell(summaryLine(reports)), ''];
  const rows = reports.flatMap((r) => r.diagnostics.map((d) => ({ path: annotationPath(r.path, cwd, env), d })));
  if (rows.length > 0) {
    out.push(`| ${[text.file, text.line, text.column, text.severity, text.code, text.message].map(cell).join(' | ')} |`);
    out.push('| --- | ---: | ---: | --- | --- | --- |');
    for (const { path, d } of rows.slice(0, SUMMARY_ROWS)) {
      out.push(`| ${cell(path)} | ${d.line} | ${d.column} | ${d.severity} | \`${d.code}\` | ${cell(d.message)} |`);
    }
    out.push('');
  }
  const total = reports.reduce((sum, r) => sum + r.counts.error + r.counts.warning + r.counts.info, 0);
  const listed = Math.min(rows.length, SUMMARY_ROWS);
  if (total > listed) out.push(cell(text.more(total - listed)), '');
  return `${out.join('\n')}\n`;
}

/**
 * Appends the {@link stepSummary} to the file `GITHUB_STEP_SUMMARY` names, when it names one. A
 * failure is reported through `fail` and does not change the exit status: the findings were printed.
 */
export async function appendStepSummary(
  reports: readonly FileReport[],
  cwd: string,
  env: GithubEnv,
  fail: (message: string) => void,
): Promise<void> {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return;
  try {
    await appendFile(file, stepSummary(reports, cwd, env), 'utf8');
  } catch (error) {
    fail(cliFormatsText.summaryFailed(file, (error as NodeJS.ErrnoException).code ?? String(error)));
  }
}

/**
 * The path GitHub places an annotation by: relative to the repository's checkout
 * (`GITHUB_WORKSPACE`) when the file is inside it, else to the working directory; `/` separators.
 */
function annotationPath(path: string, cwd: string, env: GithubEnv): string {
  const absolute = resolve(cwd, path);
  for (const base of [env.GITHUB_WORKSPACE, cwd]) {
    if (!base) continue;
    const rel = relative(resolve(cwd, base), absolute);
    if (rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return absolute.split(sep).join('/');
}

/** Text for one Markdown table cell: line breaks become spaces, Markdown's punctuation is escaped. */
function cell(text: string): string {
  return text.replace(/\r\n|[\r\n]/g, ' ').replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}
