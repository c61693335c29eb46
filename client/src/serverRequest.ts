/** How the client's commands ask the language server for what only the service knows. */
import type { RequestParam, RequestType } from 'vscode-languageclient/node';

/**
 * Sends one of the typed requests of `shared/protocol.ts` to the running server and resolves to its
 * answer; rejects when there is no server to ask.
 */
export type ServerRequest = <P, R>(type: RequestType<P, R, void>, params: RequestParam<P>) => Promise<R>;
