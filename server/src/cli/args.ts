/**
 * Command-line arguments → what to do. Every mistake becomes a usage error with a message rather
 * than an exception, so `main` can print it and exit 2.
 */
import { parseArgs } from 'node:util';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../../shared/codes';
import { type MiitelCsvSettings, type RuleSeverity, resolveSettings } from '../../../shared/settings';
import { PRODUCTS, type ProductId, SEATS, type SeatId } from '../../../shared/spec';
import type { EncodingChoice } from '../service/encoding';
import { cliText } from './cliText';

/** Options of `miitel-csv check`. */
export interface CheckOptions {
  readonly format: 'text' | 'json';
  readonly encoding: EncodingChoice;
  /** Paths as given on the command line. */
  readonly files: readonly string[];
  /** Path of the list of Login IDs already in use, as given. */
  readonly existingLoginIds?: string;
  readonly settings: MiitelCsvSettings;
}

/** What the command line asks for. */
export type Command =
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'check'; readonly options: CheckOptions }
  | { readonly kind: 'usage-error'; readonly message: string };

const FORMATS = ['text', 'json'] as const;
const ENCODINGS = ['auto', 'utf-8', 'shift_jis'] as const;
const SEVERITIES: readonly RuleSeverity[] = ['error', 'warning', 'info', 'off'];

class UsageError extends Error {}

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
      seats: { type: 'string', multiple: true },
      rule: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
      version: { type: 'boolean' },
    },
  });
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [command, ...files] = positionals;
  if (command === undefined) throw new UsageError(cliText.missingCommand);
  if (command !== 'check') throw new UsageError(cliText.unknownCommand(command));
  if (files.length === 0) throw new UsageError(cliText.noFiles);

  const settings = resolveSettings({
    subscriptions: list(values.subscriptions).map((p) => choice('--subscriptions', p, Object.keys(PRODUCTS)) as ProductId),
    seats: Object.fromEntries(
      list(values.seats).map((pair) => {
        const [kind, n] = split('--seats', pair, 'KIND=N');
        return [choice('--seats', kind, Object.keys(SEATS)) as SeatId, count('--seats', n)];
      }),
    ),
    rules: Object.fromEntries(
      list(values.rule).map((pair) => {
        const [code, severity] = split('--rule', pair, 'CODE=SEVERITY');
        return [choice('--rule', code, DIAGNOSTIC_CODES) as DiagnosticCode, choice('--rule', severity, SEVERITIES)];
      }),
    ),
    maxUsersPerFile: values['max-users'] === undefined ? undefined : count('--max-users', values['max-users']),
  });
  return {
    kind: 'check',
    options: {
      format: choice('--format', values.format ?? 'text', FORMATS),
      encoding: choice('--encoding', (values.encoding ?? 'auto').toLowerCase(), ENCODINGS),
      files,
      existingLoginIds: values['existing-login-ids'],
      settings,
    },
  };
}

/** Values of a repeatable, comma-separated option, blanks dropped. */
function list(values: readonly string[] | undefined): string[] {
  return (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
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

/** Node's parseArgs errors carry a code; its unknown-option text is long-winded, so say it shortly. */
function parseArgsMessage(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return cliText.unknownOption(/'([^']+)'/.exec(message)?.[1] ?? message);
  return message;
}
