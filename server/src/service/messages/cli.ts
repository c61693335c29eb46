/**
 * Every string the command-line checker prints besides the diagnostics themselves (part of the
 * messages module; kept in its own file because only the CLI shows them).
 */
import { DIAGNOSTIC_CODES } from '../../../../shared/codes';
import { joinList, msg, plural, t } from '../../../../shared/l10n';
import { PRODUCTS, SEATS } from '../../../../shared/formats/index';
import { cliFormatsText } from './cliFormats';

const files = (n: number) => plural(n, { one: msg('{0} file'), other: msg('{0} files') }, n);
const users = (n: number) => plural(n, { one: msg('{0} user'), other: msg('{0} users') }, n);
const rows = (n: number) => plural(n, { one: msg('{0} row'), other: msg('{0} rows') }, n);
const errors = (n: number) => plural(n, { one: msg('{0} error'), other: msg('{0} errors') }, n);
const warnings = (n: number) => plural(n, { one: msg('{0} warning'), other: msg('{0} warnings') }, n);
const infos = (n: number) => plural(n, { other: msg('{0} info') }, n);

/** The help's part about the organisation config (its own key, so the rest keeps its translations). */
const configHelp = () =>
  t(`
Organisation config (both commands):
  --config FILE               use this .miitel-csv.json for every file
  Without --config, each CSV uses the nearest .miitel-csv.json from its folder upward, up to
  the folder holding .git (or the root); template looks from the output file's folder. Flags
  override the config: --rule and --seats per code and kind, the other flags as a whole. A
  config with any problem (invalid JSON, an unknown key, a wrong value) is reported with its
  file, line and column, and the files it applies to are not checked (exit 2).
`);

/** The parts of the help, each its own message so that each command's help takes only its own. */
const helpParts = {
  intro: (version: string) =>
    t(
      `miitel-csv {version} — checks MiiTel "Add multiple users" CSV files before you upload them.

Usage:
  miitel-csv check [options] FILE...
  miitel-csv template --rows N --encoding ENCODING [options] [-o FILE]

`,
      { version },
    ),
  checkOptions: () =>
    t(
      `Options of check:
  --format text|json|sarif|github
                              output format (default: text; sarif and github: see below)
  --encoding auto|utf-8|shift_jis
                              how to read the files (default: auto = UTF-8 with or without BOM,
                              else Shift_JIS/CP932; UTF-16 files are refused as MiiTel refuses them)
  --subscriptions LIST        comma-separated products your organisation subscribes to; their
                              columns become required. One or more of:
                              {products}
  --existing-login-ids FILE   Login IDs already in use in MiiTel: one per line, or a CSV with a
                              "Login ID" column (a MiiTel user-list export)
  --max-users N               most users one file may hold (default: 100)
  --seats KIND=N,...          remaining seats of the contract, KIND one of:
                              {seats}
  --rule CODE=SEVERITY,...    change checks' severity (error, warning, info or off)
                              (codes are listed below)
  --max-problems N            most findings printed per file (default: 1000; 0 = all); the
                              summary counts every finding and says how many were not shown

`,
      { products: Object.keys(PRODUCTS).join(', '), seats: Object.keys(SEATS).join(', ') },
    ),
  templateOptions: () =>
    t(`Options of template (writes a new "Add multiple users" template, like MiiTel's "Create & download"):
  --rows N                    number of user rows, 1 to 100; each gets a new random password
  --encoding utf-8|utf-8-bom|shift_jis
                              encoding of the file (Shift_JIS = CP932, as Japanese Excel saves)
  --subscriptions LIST        add the columns of these products (same names as for check)
  --locale 0|1                Locale of every row (default 0 = Japanese)
  --time-zone 0..13           Time zone of every row (default 0 = Tokyo)
  -o, --output FILE           write to FILE instead of stdout
  --force                     overwrite FILE if it exists (otherwise: exit 2)

`),
  commonOptions: () =>
    t(`  --lang en|ja|id             language of the messages: English, Japanese or Indonesian (default:
                              the language of LC_ALL, LC_MESSAGES or LANG, else English)
  -h, --help                  show this help
  --version                   show the version

`),
  output: () =>
    t(`Output:
  text: one finding a line, "FILE:LINE:COLUMN SEVERITY CODE MESSAGE", then a summary line.
        LINE and COLUMN are 1-based; COLUMN counts UTF-16 code units, as VS Code's status bar
        does (a character outside the Basic Multilingual Plane, such as an emoji, counts 2).
        A UTF-8 BOM is not counted.
  json: {"files":[{"path","encoding","users","diagnostics":[{"code","severity","message",
        "line","column","endLine","endColumn"}],"counts":{"error","warning","info"},
        "notShown"}]} — endColumn points just past the finding; counts include the findings
        past --max-problems, notShown is how many those are.

`),
  exitStatus: () =>
    t(`Exit status: 0 no errors (warnings and info allowed), 1 some file has errors,
             2 usage error, or a file could not be read or decoded
             (template: 0 written, 2 usage error or the output file exists or cannot be written).

`),
  codes: () =>
    t(
      `Codes:
{codes}
`,
      { codes: wrap(DIAGNOSTIC_CODES.join(', '), 96, '  ') },
    ),
};

/** Text of the command-line checker (getters: rendered in the language of the moment). */
export const cliText = {
  /** `miitel-csv --help`: every option of check and template (the other commands follow it). */
  help: (version: string) =>
    helpParts.intro(version) +
    helpParts.checkOptions() +
    helpParts.templateOptions() +
    helpParts.commonOptions() +
    helpParts.output() +
    helpParts.exitStatus() +
    helpParts.codes() +
    configHelp() +
    cliFormatsText.help(),
  /** `miitel-csv help check`: check's options only. */
  get checkHelp() {
    return (
      t('Usage: miitel-csv check [options] FILE...\n\n') +
      helpParts.checkOptions() +
      helpParts.commonOptions() +
      helpParts.output() +
      helpParts.exitStatus() +
      helpParts.codes() +
      configHelp() +
      cliFormatsText.help()
    );
  },
  /** `miitel-csv help template`: template's options only. */
  get templateHelp() {
    return (
      t('Usage: miitel-csv template --rows N --encoding ENCODING [options] [-o FILE]\n\n') +
      helpParts.templateOptions() +
      helpParts.commonOptions() +
      // configHelp() opens with its own blank line.
      `${helpParts.exitStatus().trimEnd()}\n` +
      configHelp()
    );
  },
  get usageHint() {
    return t('Run "miitel-csv --help" for usage.');
  },
  get missingCommand() {
    return t('missing command: use "miitel-csv check FILE..." or "miitel-csv template --rows N --encoding ENCODING"');
  },
  unknownCommand: (command: string) => t('unknown command "{0}": use "miitel-csv check {0}"', command),
  get noFiles() {
    return t('no FILE given: name the CSV files to check');
  },
  unknownOption: (option: string) => t('unknown option {0}', option),
  /** Node's parseArgs wording, kept: `option` is as it names it (`-o, --output`). */
  missingValue: (option: string) => t("Option '{0} <value>' argument missing", option),
  takesNoValue: (option: string) => t("Option '{0}' does not take an argument", option),
  badChoice: (option: string, value: string, allowed: readonly string[]) =>
    t('{0} does not accept "{1}": use {2}', option, value, joinList(allowed, 'comma')),
  badPair: (option: string, value: string, shape: string) => t('{0} expects {1}, not "{2}"', option, shape, value),
  badCount: (option: string, value: string) => t('{0} expects a whole number, not "{1}"', option, value),
  wrongCommand: (option: string, command: string) => t('{0} is an option of "miitel-csv {1}"', option, command),
  templateTakesNoFile: (path: string) => t('template takes no FILE ("{0}"): use -o {0} to write the template there', path),
  missingRows: (max: number) => t('template needs --rows N (1 to {0}): the number of users to add', max),
  badRows: (value: string, max: number) => t('--rows expects a whole number from 1 to {0}, not "{1}"', max, value),
  missingEncoding: (allowed: readonly string[]) => t('template needs --encoding {0}', allowed.join('|')),
  outputExists: (path: string) => t('{0} already exists: use --force to overwrite it', path),
  outputFailed: (path: string, reason: string) => t('{0}: cannot be written ({1})', path, reason),
  templateWritten: (path: string, count: number, encoding: string) => t('{0}: template with {1} ({2})', path, rows(count), encoding),
  fileMissing: (path: string) => t('{0}: no such file', path),
  fileIsDirectory: (path: string) => t('{0}: is a directory, not a CSV file', path),
  fileUndecodable: (path: string, reason: string) => t('{0}: cannot be decoded: {1}', path, reason),
  loginIdListUnreadable: (path: string, reason: string) => t('{0}: cannot be read as a list of Login IDs: {1}', path, reason),
  ruleFailed: (path: string, rule: string, error: string) =>
    t('{0}: internal error in check "{1}", its findings are missing: {2}', path, rule, error),
  internalError: (detail: string) => t('internal error: {0}', detail),
  /** After the summary when the cap hid findings. */
  notShown: (count: number) =>
    plural(
      count,
      {
        one: msg('({0} finding not shown: use --max-problems N to show more, 0 for all)'),
        other: msg('({0} findings not shown: use --max-problems N to show more, 0 for all)'),
      },
      count,
    ),
  summary: (fileCount: number, userCount: number, counts: Readonly<Record<'error' | 'warning' | 'info', number>>) => {
    const parts = [
      counts.error > 0 ? errors(counts.error) : '',
      counts.warning > 0 ? warnings(counts.warning) : '',
      counts.info > 0 ? infos(counts.info) : '',
    ].filter((part) => part !== '');
    return parts.length
      ? t('{0}, {1}: {2}', files(fileCount), users(userCount), joinList(parts, 'comma'))
      : t('{0}, {1}: ✓ no problems', files(fileCount), users(userCount));
  },
};

function wrap(text: string, width: number, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + word.length + 1 > width) {
      lines.push(indent + line.trimEnd());
      line = '';
    }
    line += `${word} `;
  }
  if (line) lines.push(indent + line.trimEnd());
  return lines.join('\n');
}
