/**
 * Logging for the language server. Everything goes to the client's output channel through the
 * connection (never `console`, whose stdout is the protocol stream under `--stdio`). Callers log
 * names, paths and counts only, never cell contents or passwords.
 */
import type { Connection } from 'vscode-languageserver';
import { t } from '../../../shared/l10n';

/** Where the server writes its log lines. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A logger writing to the client's log (the "MiiTel CSV" output channel in VS Code). */
export function connectionLogger(connection: Connection): Logger {
  return {
    info: (message) => connection.console.info(message),
    warn: (message) => connection.console.warn(message),
    error: (message) => connection.console.error(message),
  };
}

/**
 * Describes an error for the log without its message: a message may quote the cell that caused
 * it (a password, say), while the error's name and stack frames locate the bug just as well.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  // Expected conditions, not bugs: a file system error (ENOENT, EISDIR…) or an error the editor
  // answered a request with. Their code says what went wrong; a stack trace would only alarm.
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return t('{0} (file system error {1})', error.name, code);
  if (typeof code === 'number') return t('the editor answered with error {0}', code);
  const frames = (error.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  return [error.name, ...frames.slice(0, 8)].join('\n');
}
