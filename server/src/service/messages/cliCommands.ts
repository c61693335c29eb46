/**
 * Text of the command line's `fix` and `split`, of its inputs (directories, glob patterns, standard
 * input) and of its per-command help and "did you mean" (part of the messages module; its own file
 * beside cli.ts so that check's help and output formats stay in one place).
 */
import { joinList, msg, plural, t } from '../../../../shared/l10n';

/** Text of `miitel-csv fix`, `split`, their inputs and help. */
export const cliCommandText = {
  /** After the full help of `miitel-csv --help`: the other commands. */
  get commandsHelp() {
    return t(`
More commands:
  miitel-csv fix [--dry-run] [options] FILE...   fix what keeps its meaning, in place
  miitel-csv split FILE [--size N] [--force]      split a file into files of N users
  miitel-csv help COMMAND                         the options of one command (or: COMMAND --help)
`);
  },
  /** After the help of check (and the full help): what FILE may be. */
  get inputsHelp() {
    return t(`
FILE (check and fix):
  a file; a folder: its MiiTel CSV files (recognised by their header), in every subfolder but
  node_modules and folders whose name starts with "."; a glob pattern in quotes such as
  'users/**/*.csv', expanded by miitel-csv itself (also on Windows), every match checked; or - for
  standard input, with --stdin-filename NAME for the name in messages and the config's folder.
`);
  },
  get fixHelp() {
    return t(`Usage: miitel-csv fix [options] FILE...

Applies every fix that keeps what the file means, as the editor's "Fix all safe problems" does
(codes written as words, full-width characters, spaces around values, misspelled headers, missing
columns with the template's default, unused template rows, the delimiter, …), and writes each file
back in its own encoding, BOM and line endings. Prints what it fixed in each file (counts by kind,
never values), then the problems left, as check prints them. Only MiiTel user CSVs are fixed
(recognised by their header, or named in the files of .miitel-csv.json), and not one read in the
wrong encoding; a file whose fixed text has a character its encoding cannot hold is not written.

FILE: a file, a folder (its MiiTel CSV files), a glob pattern in quotes, or - for standard input:
the fixed file goes to standard output, the report to standard error.

Options:
  --dry-run                   write nothing: print a unified diff of what would change; every
                              password, and every value outside the known MiiTel columns, reads
                              ********
  --stdin-filename NAME       the name of standard input in messages (and where its config is)
  --encoding auto|utf-8|shift_jis
                              how to read the files; each is written back as it was read
  --subscriptions, --existing-login-ids, --max-users, --seats, --rule, --max-problems, --config
                              as for check: they decide what is found, and so what is fixed

Exit status: 0 no error is left (warnings and info allowed), 1 some file still has errors (they
need a person: a password, a duplicate Login ID, …), 2 usage error, or a file could not be read,
decoded or written.
`);
  },
  get splitHelp() {
    return t(`Usage: miitel-csv split FILE [--size N] [--force]

Splits a file with more users than one upload takes, as the editor's "Split into files of N users"
does: the first N users stay in FILE, the others go to FILE-2.csv, FILE-3.csv, … beside it, each
starting with the same header line, in FILE's own encoding, BOM and line endings.

Options:
  --size N                    users per file (default: maxUsersPerFile of the .miitel-csv.json
                              that applies, else 100)
  --force                     overwrite part files that exist (without it nothing is written: exit 2)
  --encoding auto|utf-8|shift_jis
                              how to read FILE
  --config FILE               the organisation config to use instead of the nearest one

Exit status: 0 split, or nothing to split; 2 usage error, or a file could not be read or written.
`);
  },
  didYouMean: (word: string, command: string) => t('unknown command "{0}": did you mean "{1}"?', word, command),
  unknownWord: (word: string, commands: readonly string[]) =>
    t('unknown command "{0}": the commands are {1}', word, joinList(commands, 'comma')),
  get stdinFilenameWithoutStdin() {
    return t('--stdin-filename names standard input: give - as a FILE too');
  },
  get stdinTwice() {
    return t('standard input (-) can be read only once');
  },
  get splitNeedsFile() {
    return t('split needs the FILE to split');
  },
  splitOneFile: (extra: string) => t('split takes one FILE ("{0}" is one too many)', extra),
  get splitNoStdin() {
    return t('split writes its parts beside FILE: it needs a file, not standard input (-)');
  },
  badSize: (value: string) => t('--size expects a whole number of at least 1, not "{0}"', value),
  noMatch: (pattern: string) => t('{0}: no file matches this pattern', pattern),
  noMiitelCsv: (folder: string) => t('{0}: no MiiTel CSV file in this folder or below it', folder),
  stdinUnreadable: (reason: string) => t('standard input cannot be read ({0})', reason),
  tooLarge: (label: string, megabytes: number) => t('{0} is larger than {1} MB', label, megabytes),
  notMiitel: (file: string) =>
    t('{0}: not fixed: its header is not that of a MiiTel user CSV (add it to the files of .miitel-csv.json to fix it anyway)', file),
  wrongEncoding: (file: string, encoding: string) => t('{0}: not fixed: it does not read as {1}; try --encoding auto', file, encoding),
  unencodable: (file: string, encoding: string, line: number) =>
    t('{0}: not written: line {1} of the fixed text has a character that {2} cannot hold', file, line, encoding),
  changedMeanwhile: (file: string) => t('{0}: not written: the file changed since it was read', file),
  split: (file: string, max: number, written: readonly string[]) =>
    `${file}: ${plural(
      max,
      { one: msg('Kept the first {0} user; wrote {1}.'), other: msg('Kept the first {0} users; wrote {1}.') },
      max,
      joinList(written, 'comma'),
    )}`,
  partsExist: (existing: readonly string[]) =>
    plural(
      existing.length,
      { one: msg('{0} already exists: use --force to overwrite it'), other: msg('{0} already exist: use --force to overwrite them') },
      joinList(existing, 'comma'),
    ),
};
