// The start-up floor for scripts/bench/startup.mjs: a language server that does nothing but answer
// `initialize`, publish empty diagnostics when a document opens (for push clients) and answer
// pulls with none. It loads vscode-languageserver from node_modules, as a small Node LSP server
// does; ours has the same library inside its bundle, plus the checker.
'use strict';
const { createConnection, ProposedFeatures, TextDocumentSyncKind } = require('vscode-languageserver/node');

const connection = createConnection(ProposedFeatures.all);
let pulls = false;
connection.onInitialize((params) => {
  pulls = params.capabilities.textDocument?.diagnostic !== undefined;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      ...(pulls ? { diagnosticProvider: { interFileDependencies: false, workspaceDiagnostics: false } } : {}),
    },
  };
});
connection.onDidOpenTextDocument(({ textDocument }) => {
  if (!pulls) void connection.sendDiagnostics({ uri: textDocument.uri, version: textDocument.version, diagnostics: [] });
});
connection.languages.diagnostics.on(() => ({ kind: 'full', items: [] }));
connection.listen();
