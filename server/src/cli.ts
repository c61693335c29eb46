/**
 * `miitel-csv`: checks MiiTel user CSV files from a terminal or CI with the same engine as the
 * language server. bin/miitel-csv.js calls {@link main}; tests call it through that launcher.
 *
 * Exit status: 0 no file has an error, 1 some file has one, 2 usage error or a file that could
 * not be read or decoded (the other files are still checked and reported).
 *
 * Positions are 1-based; a column counts UTF-16 code units after the BOM, as VS Code's
 * "Ln, Col" does, so `file:line:column` lands on the same cell in the editor (an emoji counts 2).
 */
import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { version } from '../../package.json';
import { encodingLabel } from '../../shared/encodings';
import { languageArgument, parseCommandLine, type CheckOptions, type TemplateCliOptions } from './cli/args';
import { LANGUAGES, languageCandidates } from '../../shared/languages';
import { languageFromEnvironment, loadLanguage } from './localization';
import { cliText } from './service/messages';
import { CliConfigs } from './cli/config';
import { applyConfig, overrideWith } from './service/config/applyConfig';
import { withTemplateDefaults } from './cli/templateDefaults';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { MAX_FILE_BYTES, readRegularFile } from './fileAccess';
import { type FileReport, hasErrors, toFileReport } from './cli/report';
import { writeReports } from './cli/output';
import {
  checkText,
  type CsvEncoding,
  decodeCsvBytes,
  encodeCsvText,
  type EncodingChoice,
  generateTemplate,
  parseLoginIdList,
  sniffFileEncoding,
} from './service/languageService';

/** Where the CLI writes and which directory relative paths start from. */
export interface CliIo {
  /** Takes bytes too: `template` writes the file's bytes to stdout. */
  readonly stdout: { write(chunk: string | Uint8Array): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
  /** The environment the message language is taken from (`LC_ALL`, `LC_MESSAGES`, `LANG`); default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
}

/** Runs the command line `argv` (without node and the script) and resolves to the exit status. */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  // `--lang` wins over the environment; a broken bundle is reported and the check goes on in English.
  const requested = languageArgument(argv);
  const language = loadLanguage(requested ?? languageFromEnvironment(io.env ?? process.env));
  if (language.warning !== undefined) io.stderr.write(`miitel-csv: ${language.warning}\n`);
  // A language asked for by name that has no translation is a mistake to point out; one of the
  // environment (LANG=fr_FR.UTF-8) just means English.
  else if (requested !== undefined && language.language === 'en' && !languageCandidates(requested).includes('en')) {
    io.stderr.write(`miitel-csv: ${cliText.badChoice('--lang', requested, LANGUAGES)}\n${cliText.usageHint}\n`);
    return 2;
  }
  const command = parseCommandLine(argv);
  switch (command.kind) {
    case 'help':
      io.stdout.write(cliText.help(version));
      return 0;
    case 'version':
      io.stdout.write(`${version}\n`);
      return 0;
    case 'usage-error':
      io.stderr.write(`miitel-csv: ${command.message}\n${cliText.usageHint}\n`);
      return 2;
    case 'check':
    case 'template':
      try {
        return command.kind === 'check' ? await check(command.options, io) : await template(command.options, io);
      } catch (error) {
        // A bug, not a finding: never let it look like exit 1 ("the files have errors").
        io.stderr.write(`miitel-csv: ${cliText.internalError(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
        return 2;
      }
  }
}

async function check(options: CheckOptions, io: CliIo): Promise<number> {
  const fail = (message: string) => io.stderr.write(`miitel-csv: ${message}\n`);
  const configs = new CliConfigs(io.cwd, fail, options.config);
  // A config named on the command line that cannot be used stops everything, before any file.
  if (options.config !== undefined && (await configs.forFolder(io.cwd)) === 'error') return 2;
  const loginIdLists = new Map<string, Promise<string[] | undefined>>();
  // Without the list every in-use Login ID would pass silently, so a list that cannot be read stops the check.
  const loginIds = (file: string, label: string) => {
    let list = loginIdLists.get(file);
    if (!list) {
      list = readLoginIds(file, label, io.cwd, fail);
      loginIdLists.set(file, list);
    }
    return list;
  };
  if (options.existingLoginIds !== undefined && (await loginIds(options.existingLoginIds, options.existingLoginIds)) === undefined)
    return 2;

  let status = 0;
  const reports: FileReport[] = [];
  for (const path of options.files) {
    const config = await configs.forFolder(dirname(resolve(io.cwd, path)));
    if (config === 'error') {
      status = 2;
      continue;
    }
    const settings = config ? overrideWith(applyConfig(DEFAULT_SETTINGS, config, false), options.overrides) : options.settings;
    let existingLoginIds: string[] = [];
    const listFile = options.existingLoginIds ?? (settings.existingLoginIdsFile || undefined);
    if (listFile !== undefined) {
      const list = await loginIds(listFile, options.existingLoginIds ?? relativeLabel(io.cwd, listFile));
      if (list === undefined) {
        status = 2;
        continue;
      }
      existingLoginIds = list;
    }
    const file = await readText(path, options.encoding, io.cwd);
    if ('error' in file) {
      fail(file.error);
      status = 2;
      continue;
    }
    const result = checkText(file.text, settings, {
      existingLoginIds,
      // Auto-detection reads the file as its bytes say; a forced encoding may not, and the check says so.
      encoding: { decodedAs: file.encoding, file: options.encoding === 'auto' ? file.encoding : sniffFileEncoding(file.bytes).encoding },
      onRuleError: (rule, error) => {
        fail(cliText.ruleFailed(path, rule, error instanceof Error ? error.message : String(error)));
        status = 2;
      },
    });
    reports.push(toFileReport(path, file.encoding, file.text, result));
  }

  await writeReports(options.format, reports, io, fail);
  if (status !== 0) return status;
  return reports.some(hasErrors) ? 1 : 0;
}

/** The Login IDs of the list `file` (relative to `cwd`), or undefined after reporting why not. */
async function readLoginIds(file: string, label: string, cwd: string, fail: (message: string) => void): Promise<string[] | undefined> {
  const list = await readText(file, 'auto', cwd, label);
  if ('error' in list) {
    fail(list.error);
    return undefined;
  }
  const ids = parseLoginIdList(list.text);
  if ('error' in ids) {
    fail(cliText.loginIdListUnreadable(label, ids.error));
    return undefined;
  }
  return ids.ids;
}

/** An absolute path as the user would type it: relative to the working directory when inside it. */
function relativeLabel(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : rel;
}

/** Writes a new template to stdout, or to the output file unless it exists (or `--force`). */
async function template(options: TemplateCliOptions, io: CliIo): Promise<number> {
  // The config next to where the template goes (or `--config`) gives its defaults; flags win.
  const configs = new CliConfigs(io.cwd, (message) => io.stderr.write(`miitel-csv: ${message}\n`), options.config);
  const config = await configs.forFolder(dirname(resolve(io.cwd, options.output ?? 'template.csv')));
  if (config === 'error') return 2;
  const templateOptions = withTemplateDefaults(options, config?.config);
  const bytes = encodeCsvText(generateTemplate(templateOptions), options.encoding);
  if (options.output === undefined) {
    io.stdout.write(bytes);
    return 0;
  }
  try {
    // `wx` fails if the file exists, so the check and the write cannot race.
    await writeFile(resolve(io.cwd, options.output), bytes, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === 'EEXIST' ? cliText.outputExists(options.output) : cliText.outputFailed(options.output, code ?? String(error));
    io.stderr.write(`miitel-csv: ${message}\n`);
    return 2;
  }
  io.stdout.write(`${cliText.templateWritten(options.output, templateOptions.rows, encodingLabel(options.encoding))}\n`);
  return 0;
}

/** A decoded file with its bytes, or why it could not be read. */
type ReadResult = { readonly error: string } | { readonly text: string; readonly encoding: CsvEncoding; readonly bytes: Uint8Array };

/**
 * Reads and decodes a file; every failure becomes a message naming the path as given. Only regular
 * files of at most 50 MB, as in the editor (see fileAccess.ts): decoding and checking take several
 * times the file's size in memory, and a MiiTel user list is far smaller (1,000 users are ~100 KB).
 */
async function readText(path: string, encoding: EncodingChoice, cwd: string, label = path): Promise<ReadResult> {
  const read = await readRegularFile(resolve(cwd, path), MAX_FILE_BYTES, label);
  if ('refused' in read) {
    if (read.kind === 'missing') return { error: cliText.fileMissing(label) };
    return { error: read.kind === 'directory' ? cliText.fileIsDirectory(label) : read.refused };
  }
  const bytes = read.bytes;
  const decoded = decodeCsvBytes(bytes, encoding);
  return 'error' in decoded ? { error: cliText.fileUndecodable(label, decoded.error) } : { ...decoded, bytes };
}
