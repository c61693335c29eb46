/**
 * Command-line arguments → what to do. Every mistake becomes a usage error with a message rather
 * than an exception, so `main` can print it and exit 2.
 */
import { parseArgs } from 'node:util';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../../shared/codes';
import { type MiitelCsvSettings, type RuleSeverity, resolveSettings } from '../../../shared/settings';
import { CODE_SETS, DEFAULT_FORMAT, PRODUCTS, type ProductId, SEATS, type SeatId } from '../../../shared/formats/index';
import type { CsvEncoding, EncodingChoice } from '../service/languageService';
import { TEMPLATE_ENCODINGS, type TemplateOptions } from '../service/languageService';
import { cliText } from '../service/messages';

/** Options of `miitel-csv check`. */
export interface CheckOptions {
  readonly format: 'text' | 'json' | 'sarif' | 'github';
  readonly encoding: EncodingChoice;
  /** Paths as given on the command line. */
  readonly files: readonly string[];
  /** Path of the list of Login IDs already in use, as given. */
  readonly existingLoginIds?: string;
  /** The flags' settings over the defaults (what applies when no organisation config is found). */
  readonly settings: MiitelCsvSettings;
  /** Only the settings a flag gave: laid over the organisation config's. */
  readonly overrides: Partial<MiitelCsvSettings>;
  /** `--config FILE` as given: this config for every file instead of discovery. */
  readonly config?: string;
}

/** Options of `miitel-csv template`. */
export interface TemplateCliOptions {
  readonly template: TemplateOptions;
  readonly encoding: CsvEncoding;
  /** Path to write to, as given; the bytes go to stdout when absent. */
  readonly output?: string;
  /** Overwrite an existing output file. */
  readonly force: boolean;
  /** `--config FILE` as given. */
  readonly config?: string;
  /** Whether `--subscriptions`, `--locale`, `--time-zone` were given (they win over the config's `template`). */
  readonly given: { readonly subscriptions: boolean };
}

/** What the command line asks for. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'check'; readonly options: CheckOptions }
  | { readonly kind: 'template'; readonly options: TemplateCliOptions }
  | { readonly kind: 'usage-error'; readonly message: string };

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
const ENCODINGS = ['auto', 'utf-8', 'shift_jis'] as const;
const SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'info', 'off'];

class UsageError extends Error {}

/**
 * The value of `--lang LANG` or `--lang=LANG` in `argv` (the last one wins, as for every option),
 * found before the rest is parsed so that the usage errors of that parse are in that language.
 */
export function languageArgument(argv: readonly string[]): string | undefined {
  let language: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') break;
    if (arg === '--lang') language = argv[++i];
    else if (arg.startsWith('--lang=')) language = arg.slice('--lang='.length);
  }
  return language;
}

/** Reads the arguments after the program name. */
export function parseCommandLine(argv: readonly string[]): Command {
  try {
    return interpret(argv);
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'usage-error', message: error.message };
    return { kind: 'usage-error', message: parseArgsMessage(error) };
  }
}

function interpret(argv: readonly string[]): Command {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string' },
      encoding: { type: 'string' },
      subscriptions: { type: 'string', multiple: true },
      'existing-login-ids': { type: 'string' },
      'max-users': { type: 'string' },
      'max-problems': { type: 'string' },
      seats: { type: 'string', multiple: true },
      rule: { type: 'string', multiple: true },
      rows: { type: 'string' },
      locale: { type: 'string' },
      'time-zone': { type: 'string' },
      output: { type: 'string', short: 'o' },
      force: { type: 'boolean' },
      config: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
      // Read before parsing, by languageArgument: usage errors are already in the language asked for.
      lang: { type: 'string' },
    },
  });
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError(cliText.missingCommand);
  if (command === 'template') return template(values, files);
  if (command !== 'check') throw new UsageError(cliText.unknownCommand(command));
  onlyFor('check', values, TEMPLATE_ONLY);
  if (files.length === 0) throw new UsageError(cliText.noFiles);

  // Only the flags given go into `overrides`: a flag left out must not undo the config's value.
  const raw: Record<string, unknown> = {};
  if (values.subscriptions !== undefined) {
    raw.subscriptions = list(values.subscriptions).map((p) => choice('--subscriptions', p, Object.keys(PRODUCTS)) as ProductId);
  }
  if (values.seats !== undefined) {
    raw.seats = Object.fromEntries(
      list(values.seats).map((pair) => {
        const [kind, n] = split('--seats', pair, 'KIND=N');
        return [choice('--seats', kind, Object.keys(SEATS)) as SeatId, count('--seats', n)];
      }),
    );
  }
  if (values.rule !== undefined) {
    raw.rules = Object.fromEntries(
      list(values.rule).map((pair) => {
        const [code, severity] = split('--rule', pair, 'CODE=SEVERITY');
        return [choice<DiagnosticCode>('--rule', code, DIAGNOSTIC_CODES), choice('--rule', severity, SEVERITIES)];
      }),
    );
  }
  if (values['max-users'] !== undefined) raw.maxUsersPerFile = count('--max-users', values['max-users']);
  if (values['max-problems'] !== undefined) raw.maxProblems = maxProblems(values['max-problems']);
  const settings = resolveSettings(raw);
  const overrides = Object.fromEntries(Object.keys(raw).map((key) => [key, settings[key as keyof MiitelCsvSettings]]));
  return {
    kind: 'check',
    options: {
      format: choice('--format', values.format ?? 'text', FORMATS),
      encoding: choice('--encoding', (values.encoding ?? 'auto').toLowerCase(), ENCODINGS),
      files,
      existingLoginIds: values['existing-login-ids'],
      settings,
      overrides,
      ...(values.config !== undefined ? { config: values.config } : {}),
    },
  };
}

type Values = Record<string, string | boolean | string[] | boolean[] | undefined>;

/** Options that only one command takes (each command refuses the other's, rather than ignore them). */
const TEMPLATE_ONLY = ['rows', 'locale', 'time-zone', 'output', 'force'] as const;
const CHECK_ONLY = ['format', 'existing-login-ids', 'max-users', 'max-problems', 'seats', 'rule'] as const;

function onlyFor(command: 'check' | 'template', values: Values, others: readonly string[]): void {
  const wrong = others.find((o) => values[o] !== undefined);
  if (wrong) throw new UsageError(cliText.wrongCommand(`--${wrong}`, command === 'check' ? 'template' : 'check'));
}

function template(values: Values, extra: readonly string[]): Command {
  onlyFor('template', values, CHECK_ONLY);
  if (extra[0] !== undefined) throw new UsageError(cliText.templateTakesNoFile(extra[0]));
  const rows = values.rows as string | undefined;
  // The command writes the default (create-users) format's template.
  const max = DEFAULT_FORMAT.limits.usersPerFile;
  if (rows === undefined) throw new UsageError(cliText.missingRows(max));
  if (!/^\d+$/.test(rows) || Number(rows) < 1 || Number(rows) > max) throw new UsageError(cliText.badRows(rows, max));
  const encoding = values.encoding as string | undefined;
  if (encoding === undefined) throw new UsageError(cliText.missingEncoding(TEMPLATE_ENCODINGS));
  const code = (option: string, value: unknown, set: 'locale' | 'timeZone') =>
    value === undefined
      ? undefined
      : choice(
          option,
          value as string,
          CODE_SETS[set].map((v) => v.code),
        );
  return {
    kind: 'template',
    options: {
      template: {
        rows: Number(rows),
        subscriptions: list(values.subscriptions as string[] | undefined).map(
          (p) => choice('--subscriptions', p, Object.keys(PRODUCTS)) as ProductId,
        ),
        locale: code('--locale', values.locale, 'locale'),
        timeZone: code('--time-zone', values['time-zone'], 'timeZone'),
      },
      encoding: choice('--encoding', encoding.toLowerCase(), TEMPLATE_ENCODINGS),
      output: values.output as string | undefined,
      force: values.force === true,
      ...(values.config !== undefined ? { config: values.config as string } : {}),
      given: { subscriptions: values.subscriptions !== undefined },
    },
  };
}

/** Values of a repeatable, comma-separated option, blanks dropped. */
function list(values: readonly string[] | undefined): string[] {
  return (values ?? [])
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function choice<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw new UsageError(cliText.badChoice(option, value, allowed));
  return value as T;
}

function split(option: string, pair: string, shape: string): [string, string] {
  const at = pair.indexOf('=');
  if (at <= 0) throw new UsageError(cliText.badPair(option, pair, shape));
  return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
}

function count(option: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageError(cliText.badCount(option, value));
  return Number(value);
}

/** `--max-problems N`: 0 means every finding. */
function maxProblems(value: string): number {
  const n = count('--max-problems', value);
  return n === 0 ? Number.MAX_SAFE_INTEGER : n;
}

/** Node's parseArgs errors carry a code; its unknown-option text is long-winded, so say it shortly. */
function parseArgsMessage(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return cliText.unknownOption(/'([^']+)'/.exec(message)?.[1] ?? message);
  // Node's two option-value errors, in the same English words but through the messages.
  const missing = /^Option '([^']+) <value>' argument missing/.exec(message);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && missing?.[1]) return cliText.missingValue(missing[1]);
  const extra = /^Option '([^']+)' does not take an argument/.exec(message);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && extra?.[1]) return cliText.takesNoValue(extra[1]);
  return message;
}
