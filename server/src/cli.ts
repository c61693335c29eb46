/**
 * `miitel-csv`: checks MiiTel user CSV files from a terminal or CI with the same engine as the
 * language server, fixes what the editor's fix-all fixes (cli/fix.ts), splits as its "Split into
 * files" does (cli/split.ts) and writes templates. bin/miitel-csv.js calls {@link main}; tests
 * call it through that launcher. The FILE arguments may be folders, glob patterns or `-` (cli/inputs.ts).
 *
 * Exit status: 0 no file has an error, 1 some file has one, 2 usage error or a file that could
 * not be read or decoded (the other files are still checked and reported).
 *
 * Positions are 1-based; a column counts UTF-16 code units after the BOM, as VS Code's
 * "Ln, Col" does, so `file:line:column` lands on the same cell in the editor (an emoji counts 2).
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { version } from '../../package.json';
import { encodingLabel } from '../../shared/encodings';
import { type CheckOptions, type Command, type CommandName, languageArgument, parseCommandLine, type TemplateCliOptions } from './cli/args';
import { LANGUAGES, languageCandidates } from '../../shared/languages';
import { languageFromEnvironment, loadLanguage } from './localization';
import { cliCommandText, cliText } from './service/messages';
import { CliConfigs } from './cli/config';
import { forEachFile } from './cli/files';
import { fix } from './cli/fix';
import { type CliIo, failTo } from './cli/io';
import { split } from './cli/split';
import { withTemplateDefaults } from './cli/templateDefaults';
import { writeReports } from './cli/output';
import { type FileReport, hasErrors, toFileReport } from './cli/report';
import { checkText, encodeCsvText, generateTemplate } from './service/languageService';

export type { CliIo } from './cli/io';

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
  const command = parseCommandLine(argv, { exists: (path) => existsSync(resolve(io.cwd, path)) });
  switch (command.kind) {
    case 'help':
      io.stdout.write(helpText(command.topic));
      return 0;
    case 'version':
      io.stdout.write(`${version}\n`);
      return 0;
    case 'usage-error':
      io.stderr.write(`miitel-csv: ${command.message}\n${cliText.usageHint}\n`);
      return 2;
    case 'check':
    case 'fix':
    case 'split':
    case 'template':
      try {
        return await run(command, io);
      } catch (error) {
        // A bug, not a finding: never let it look like exit 1 ("the files have errors").
        io.stderr.write(`miitel-csv: ${cliText.internalError(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
        return 2;
      }
  }
}

/** Whether this process has run a command that reads CSV files (check, fix or split), the code the code cache is for. */
let workedOnFiles = false;

/**
 * True once a command that reads CSV files has run: the loader (launch/cli.ts) writes the V8 code
 * cache only then, since a cache written after `--help` would hold none of the checking code and
 * would never be written again.
 */
export const ranOnFiles = (): boolean => workedOnFiles;

/** Runs one of the commands that work on files. */
function run(command: Extract<Command, { options: unknown }>, io: CliIo): Promise<number> {
  workedOnFiles ||= command.kind !== 'template';
  switch (command.kind) {
    case 'check':
      return check(command.options, io);
    case 'fix':
      return fix(command.options, io);
    case 'split':
      return split(command.options, io);
    case 'template':
      return template(command.options, io);
  }
}

/** `--help` (the overview: check's and template's options, then the other commands), or one command's. */
function helpText(topic: CommandName | undefined): string {
  switch (topic) {
    case 'fix':
      return cliCommandText.fixHelp;
    case 'split':
      return cliCommandText.splitHelp;
    case 'check':
      return cliText.checkHelp + cliCommandText.inputsHelp;
    case 'template':
      return cliText.templateHelp;
    default:
      return cliText.help(version) + cliCommandText.inputsHelp + cliCommandText.commandsHelp;
  }
}

async function check(options: CheckOptions, io: CliIo): Promise<number> {
  let status = 0;
  const reports: FileReport[] = [];
  const read = await forEachFile(options, io, (file) => {
    const result = checkText(file.text, file.settings, {
      existingLoginIds: file.existingLoginIds,
      encoding: file.encodingFacts,
      onRuleError: (rule, error) => {
        failTo(io)(cliText.ruleFailed(file.label, rule, error instanceof Error ? error.message : String(error)));
        status = 2;
      },
    });
    reports.push(toFileReport(file.label, file.encoding, file.text, result));
  });
  if (read !== 0) status = 2;

  await writeReports(options.format, reports, io, failTo(io));
  if (status !== 0) return status;
  return reports.some(hasErrors) ? 1 : 0;
}

/** Writes a new template to stdout, or to the output file unless it exists (or `--force`). */
async function template(options: TemplateCliOptions, io: CliIo): Promise<number> {
  // The config next to where the template goes (or `--config`) gives its defaults; flags win.
  const configs = new CliConfigs(io.cwd, failTo(io), options.config);
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
    failTo(io)(message);
    return 2;
  }
  io.stdout.write(`${cliText.templateWritten(options.output, templateOptions.rows, encodingLabel(options.encoding))}\n`);
  return 0;
}
