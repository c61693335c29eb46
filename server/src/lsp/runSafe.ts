/**
 * Wraps request handlers so that none can take the server down: an exception is logged and the
 * client gets a neutral answer; a cancelled request gets the protocol's cancellation error.
 * Modelled on VS Code's JSON language server.
 */
import { type CancellationToken, LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import { describeError, type Logger } from './logger';

/** The error a handler answers with when the client cancelled the request. */
function cancelled<D = void>(): ResponseError<D> {
  return new ResponseError<D>(LSPErrorCodes.RequestCancelled, 'Request cancelled');
}

/**
 * Runs `handler`, returning `neutral` if it throws and a cancellation error if `token` is
 * cancelled before or after it runs (a late answer would be stale anyway). A handler may throw a
 * `ResponseError` on purpose; that one is passed on.
 */
export async function runSafe<T, D = void>(
  logger: Logger,
  what: string,
  token: CancellationToken | undefined,
  neutral: T,
  handler: () => T | Promise<T>,
): Promise<T | ResponseError<D>> {
  if (token?.isCancellationRequested) return cancelled<D>();
  try {
    const result = await handler();
    return token?.isCancellationRequested ? cancelled<D>() : result;
  } catch (error) {
    // A deliberate protocol error (ServerCancelled for a stale result, say) goes to the client as it is.
    if (error instanceof ResponseError) return error as ResponseError<D>;
    logger.error(`${what} failed: ${describeError(error)}`);
    return token?.isCancellationRequested ? cancelled<D>() : neutral;
  }
}

/** Runs a notification handler or background task, logging instead of rejecting (no floating promises). */
export function runSafeAsync(logger: Logger, what: string, task: () => Promise<void> | void): void {
  Promise.resolve()
    .then(task)
    .catch((error: unknown) => logger.error(`${what} failed: ${describeError(error)}`));
}
