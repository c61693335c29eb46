/**
 * `--format sarif`: the findings as a SARIF 2.1.0 log, as GitHub code scanning takes it
 * (github/codeql-action/upload-sarif). One run; the driver lists every code as a rule; one result
 * per finding shown, with one location: the file relative to the working directory (base
 * `%SRCROOT%`) and the region in 1-based lines and UTF-16 columns, the end column just past the
 * finding, as SARIF's defaults read them.
 *
 * What the log holds of a file is its path, positions and the messages (which quote a cell only
 * when it may be shown, never a password): no snippet, no artifact contents or hashes. Each
 * result's `partialFingerprints` is a SHA-256 of the path, the code, the finding's stable place
 * (fingerprint.ts: the user's Login ID and the column, not the line) and its number among the
 * findings of that code at that place, so an alert keeps its identity when rows are inserted
 * above it, and no other cell (no password) goes into it.
 */
import { createHash } from 'node:crypto';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import { version } from '../../../package.json';
import { DIAGNOSTIC_CODES, type DiagnosticCode, type Severity } from '../../../shared/codes';
import { currentLocale } from '../../../shared/l10n';
import { DEFAULT_SEVERITIES } from '../service/validation/rules/index';
import type { FileReport } from './report';
import { ruleText } from './ruleTexts';

/** The schema GitHub's documentation names for SARIF 2.1.0 uploads. */
const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base of every relative path in the log: the working directory of the run. */
const SOURCE_ROOT = '%SRCROOT%';
/** Name and version of the fingerprint, so a later change of recipe can take a new name. */
const FINGERPRINT = 'miitelCsvFinding/v1';

const LEVELS: Readonly<Record<Severity, Result.level>> = { error: 'error', warning: 'warning', info: 'note' };

/** The SARIF log of `reports`, paths relative to `cwd`, as pretty-printed JSON. */
export function formatSarif(reports: readonly FileReport[], cwd: string): string {
  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'miitel-csv', version, semanticVersion: version, rules: DIAGNOSTIC_CODES.map(rule) } },
        // The messages' language, so a reader knows what the texts are in.
        language: currentLocale(),
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(cwd) } },
        results: reports.flatMap((report) => results(report, cwd)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function rule(code: DiagnosticCode): ReportingDescriptor {
  const text = ruleText(code);
  return {
    id: code,
    shortDescription: { text: text.short },
    fullDescription: { text: text.full },
    help: { text: text.help },
    defaultConfiguration: { level: LEVELS[DEFAULT_SEVERITIES[code]] },
  };
}

function results(report: FileReport, cwd: string): Result[] {
  const location = artifactLocation(report.path, cwd);
  const fingerprintPath = location.uri;
  // How many findings of a code came before at the same place: two rows with one Login ID stay apart.
  const seen = new Map<string, number>();
  return report.diagnostics.map((d): Result => {
    const place = `${d.code}\n${d.place}`;
    const ordinal = seen.get(place) ?? 0;
    seen.set(place, ordinal + 1);
    return {
      ruleId: d.code,
      ruleIndex: (DIAGNOSTIC_CODES as readonly string[]).indexOf(d.code),
      level: LEVELS[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: location,
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
      partialFingerprints: { [FINGERPRINT]: sha256(`${fingerprintPath}\n${place}\n${ordinal}`) },
    };
  });
}

/** The file as a URI reference relative to `%SRCROOT%`, or an absolute `file:` URI when outside `cwd`. */
function artifactLocation(path: string, cwd: string): { uri: string; uriBaseId?: string } {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: pathToFileURL(absolute).href };
  // Each segment percent-encoded (spaces, `#`, `%`, non-ASCII), joined with `/` whatever the platform.
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

/** A directory's `file:` URI; SARIF wants a base URI to end with a slash. */
function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
