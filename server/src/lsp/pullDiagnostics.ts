/**
 * Pull diagnostics (`textDocument/diagnostic`), for clients that announce support (VS Code).
 * On a settings change the server asks the client to pull again with `diagnostics.refresh()`.
 */
import {
  type ClientCapabilities,
  type DocumentDiagnosticReport,
  DocumentDiagnosticReportKind,
  LSPErrorCodes,
  ResponseError,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { DiagnosticServerCancellationData } from 'vscode-languageserver-protocol';
import { type Feature, type FeatureHooks, isCurrent, type ServerContext } from './context';
import { diagnose } from './diagnostics';
import { describeError } from './logger';
import { runSafe } from './runSafe';

/** Whether the client pulls diagnostics itself. */
export function clientPullsDiagnostics(client: ClientCapabilities): boolean {
  return client.textDocument?.diagnostic !== undefined;
}

const empty = (): DocumentDiagnosticReport => ({ kind: DocumentDiagnosticReportKind.Full, items: [] });

/** Serves `textDocument/diagnostic` and refreshes after settings changes. */
export const pullDiagnostics: Feature = {
  capabilities: (client): ServerCapabilities =>
    clientPullsDiagnostics(client)
      ? { diagnosticProvider: { identifier: 'miitel-csv', interFileDependencies: false, workspaceDiagnostics: false } }
      : {},

  register(context: ServerContext): FeatureHooks | void {
    if (!clientPullsDiagnostics(context.capabilities)) return;
    context.connection.languages.diagnostics.on((params, token) =>
      runSafe<DocumentDiagnosticReport, DiagnosticServerCancellationData>(context.logger, 'Diagnostics', token, empty(), async () => {
        const document = context.documents.get(params.textDocument.uri);
        if (!document) return empty();
        const diagnosed = await diagnose(context, document);
        // A report for an older text (or a closed document) would flash stale squiggles: let the client ask again.
        if (!isCurrent(context, diagnosed)) {
          throw new ResponseError<DiagnosticServerCancellationData>(LSPErrorCodes.ServerCancelled, 'Document changed', {
            retriggerRequest: true,
          });
        }
        return { kind: DocumentDiagnosticReportKind.Full, items: diagnosed.diagnostics };
      }),
    );
    return { settingsChanged: () => refreshPulledDiagnostics(context), filesChanged: () => refreshPulledDiagnostics(context) };
  },
};

/** Asks a pulling client to pull every document again (when it supports the refresh request). */
export function refreshPulledDiagnostics(context: ServerContext): void {
  if (!context.capabilities.workspace?.diagnostics?.refreshSupport) return;
  context.connection.languages.diagnostics
    .refresh()
    .catch((error: unknown) => context.logger.warn(`Diagnostics refresh failed: ${describeError(error)}`));
}
