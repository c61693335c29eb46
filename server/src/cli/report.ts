/**
 * Findings of one file as the CLI prints them: offsets become 1-based line and column numbers,
 * counted like VS Code (CRLF, CR and LF end a line; a column is a UTF-16 code unit).
 */
import type { Severity } from '../../../shared/codes';
import type { CheckResult, CsvEncoding, SeverityCounts } from '../service/languageService';
import { cliText } from '../service/messages';
import { stablePlace } from './fingerprint';
import { LineStarts } from '../service/lineStarts';

/** One finding with 1-based positions; `endColumn` is exclusive, like an LSP range end. */
export interface CliDiagnostic {
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Where the finding is in words that survive rows inserted above it (fingerprint.ts), for SARIF's fingerprints. */
  readonly place: string;
}

/** Everything printed about one checked file. */
export interface FileReport {
  /** The path as given on the command line. */
  readonly path: string;
  readonly encoding: CsvEncoding;
  /** Number of user rows. */
  readonly users: number;
  /** The findings shown: the first `--max-problems`. */
  readonly diagnostics: readonly CliDiagnostic[];
  /** Every finding per severity, the ones not shown included. */
  readonly counts: SeverityCounts;
  /** Findings past the cap, counted in `counts` but not in `diagnostics`. */
  readonly notShown: number;
}

/** Converts a check result over `text` (the decoded file, BOM stripped) to a report. */
export function toFileReport(path: string, encoding: CsvEncoding, text: string, result: CheckResult): FileReport {
  const lines = new LineStarts(text);
  const diagnostics = result.problems.map((p): CliDiagnostic => {
    const start = lines.positionAt(p.offset);
    const end = lines.positionAt(p.offset + p.length);
    return {
      code: p.code,
      severity: p.severity,
      message: p.message,
      line: start.line + 1,
      column: start.character + 1,
      endLine: end.line + 1,
      endColumn: end.character + 1,
      place: stablePlace(result.doc, p.offset),
    };
  });
  const { counts } = result;
  const notShown = Math.max(0, counts.error + counts.warning + counts.info - diagnostics.length);
  return { path, encoding, users: result.doc.rowCount, diagnostics, counts: { ...counts }, notShown };
}

/** True when a file has at least one error, shown or past the cap (the exit status is 1 then). */
export function hasErrors(report: FileReport): boolean {
  return report.counts.error > 0;
}

/** The text format: `file:line:column severity code message` lines, then one summary line. */
export function formatText(reports: readonly FileReport[]): string {
  const out: string[] = [];
  for (const report of reports) {
    for (const d of report.diagnostics) out.push(`${report.path}:${d.line}:${d.column} ${d.severity} ${d.code} ${d.message}`);
  }
  out.push(summaryLine(reports));
  return `${out.join('\n')}\n`;
}

/** The text format's last line: files, users, every finding (also those past the cap) and how many were not shown. */
export function summaryLine(reports: readonly FileReport[]): string {
  const counts = { error: 0, warning: 0, info: 0 };
  let notShown = 0;
  for (const report of reports) {
    for (const severity of ['error', 'warning', 'info'] as const) counts[severity] += report.counts[severity];
    notShown += report.notShown;
  }
  const users = reports.reduce((sum, r) => sum + r.users, 0);
  return cliText.summary(reports.length, users, counts) + (notShown > 0 ? ` ${cliText.notShown(notShown)}` : '');
}

/**
 * The JSON format: `{"files":[…]}`, one object per checked file, keys in a fixed order; `counts`
 * and `notShown` count the findings past the cap too.
 */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((r) => ({
    path: r.path,
    encoding: r.encoding,
    users: r.users,
    diagnostics: r.diagnostics.map((d) => ({
      code: d.code,
      severity: d.severity,
      message: d.message,
      line: d.line,
      column: d.column,
      endLine: d.endLine,
      endColumn: d.endColumn,
    })),
    counts: { error: r.counts.error, warning: r.counts.warning, info: r.counts.info },
    notShown: r.notShown,
  }));
  return `${JSON.stringify({ files }, null, 2)}\n`;
}
