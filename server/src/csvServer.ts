/**
 * The MiiTel CSV language server, independent of its transport: `server.ts` hands it a connection
 * (stdio or IPC), tests could hand it one over in-memory streams. It keeps the open documents,
 * announces capabilities, and wires the feature handlers in `lsp/`.
 */
import {
  type ClientCapabilities,
  type Connection,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  type InitializeError,
  type InitializeResult,
  MessageType,
  ResponseError,
  ShowMessageNotification,
  type ServerCapabilities,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver';
import type { Feature, FeatureHooks, ServerContext } from './lsp/context';
import { DocumentCache, trackEdits } from './lsp/documentCache';
import { documentEncoding } from './lsp/documentEncoding';
import { DocumentEncodings } from './lsp/encodingFacts';
import { documentInfo } from './lsp/documentInfo';
import { connectionLogger } from './lsp/logger';
import { LoginIdFiles } from './lsp/loginIdFile';
import { ConfigFiles, isConfigUri } from './lsp/configFiles';
import { cellInfo } from './lsp/cellInfo';
import { codeActions } from './lsp/codeActions';
import { codeLens } from './lsp/codeLens';
import { completion } from './lsp/completion';
import { documentSymbols } from './lsp/documentSymbols';
import { fixAllRequest } from './lsp/fixAllRequest';
import { hover } from './lsp/hover';
import { inlayHints } from './lsp/inlayHints';
import { pullDiagnostics } from './lsp/pullDiagnostics';
import { pushDiagnostics } from './lsp/pushDiagnostics';
import { runSafeAsync } from './lsp/runSafe';
import { SettingsStore } from './lsp/settings';
import { newUserValues } from './lsp/newUserValues';
import { splitPlan } from './lsp/splitPlan';
import { template } from './lsp/template';
import { WorkspaceFolders } from './lsp/workspace';
import { effectiveLanguage, isLanguageSetting, type LanguageSetting } from '../../shared/languages';
import { loadLanguage } from './localization';
import { t } from '../../shared/l10n';

/** Quiet time after the last settings change before open documents are checked again. */
export const SETTINGS_DEBOUNCE_MS = 100;

/** The features the server offers; each decides from the client's capabilities whether it applies. */
const FEATURES: readonly Feature[] = [
  pullDiagnostics,
  pushDiagnostics,
  hover,
  completion,
  inlayHints,
  documentSymbols,
  codeActions,
  codeLens,
  documentEncoding,
  documentInfo,
  template,
  splitPlan,
  cellInfo,
  fixAllRequest,
  newUserValues,
];

/** Starts serving on `connection` (which must not be listening yet). */
export function startServer(connection: Connection): void {
  const cache = new DocumentCache();
  // The cache hears of each edit, to parse a new version again only where it changed.
  const documents = new TextDocuments(trackEdits(cache));
  const logger = connectionLogger(connection);
  const workspace = new WorkspaceFolders();
  const loginIds = new LoginIdFiles(logger);
  const encodings = new DocumentEncodings();
  // A notification, not a request: nothing waits for an answer the client may never give.
  const configs = new ConfigFiles(logger, workspace, (message) => {
    connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
  });
  let context: ServerContext | undefined;
  let hooks: FeatureHooks[] = [];
  let notifyTimer: NodeJS.Timeout | undefined;
  /** The editor's display language (`InitializeParams.locale`) and the `miitelCsv.language` in effect. */
  let displayLanguage: string | undefined;
  let languageSetting: LanguageSetting = 'auto';
  const useLanguage = (setting: LanguageSetting) => {
    const result = loadLanguage(effectiveLanguage(setting, displayLanguage));
    if (result.warning !== undefined) logger.warn(result.warning);
  };

  // Per-document settings and relative paths may both depend on what changed: forget at once (the
  // next request reads the new settings), re-validate once the changes stop coming, so a storm of
  // thousands of changes costs one re-check per open document rather than one per change.
  const settingsChanged = () => {
    context?.settings.clear();
    loginIds.settingsChanged();
    if (notifyTimer) clearTimeout(notifyTimer);
    notifyTimer = setTimeout(() => {
      notifyTimer = undefined;
      for (const hook of hooks) hook.settingsChanged?.();
    }, SETTINGS_DEBOUNCE_MS);
  };

  connection.onInitialize((params): InitializeResult | ResponseError<InitializeError> => {
    // A second initialize would register every handler again (one change would then be validated
    // and published once per registration): the protocol allows one, so refuse the others.
    if (context) return new ResponseError(ErrorCodes.InvalidRequest, t('The server is already initialized.'), { retry: false });
    // Messages in the language of `miitelCsv.language` (passed as an initialization option, so the
    // first diagnostics are already in it), else in the editor's display language.
    displayLanguage = params.locale;
    languageSetting = initializationLanguage(params.initializationOptions);
    useLanguage(languageSetting);
    workspace.set(params.workspaceFolders, params.rootUri);
    const settings = new SettingsStore(connection, logger, params.capabilities.workspace?.configuration === true, configs);
    const ctx: ServerContext = {
      connection,
      documents,
      capabilities: params.capabilities,
      cache,
      settings,
      workspace,
      loginIds,
      configs,
      encodings,
      logger,
    };
    context = ctx;
    hooks = FEATURES.map((feature) => feature.register(ctx)).filter((h): h is FeatureHooks => h !== undefined);
    return { capabilities: serverCapabilities(params.capabilities, FEATURES), serverInfo: { name: 'miitel-csv' } };
  });

  connection.onInitialized(() => {
    if (context) watchFiles(context);
    if (context?.capabilities.workspace?.workspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        workspace.change(e.added, e.removed);
        settingsChanged();
      });
    }
  });

  connection.onDidChangeConfiguration((params) =>
    runSafeAsync(logger, 'Configuration change', async () => {
      context?.settings.changed(params.settings);
      // Before the documents are checked again, so their findings come back in the new language.
      const language = await context?.settings.language();
      if (language !== undefined && language !== languageSetting) {
        languageSetting = language;
        useLanguage(language);
      }
      settingsChanged();
    }),
  );

  // A file replaced on disk while open: its bytes are read again, so the encoding advice follows it.
  // An organisation config created, changed or deleted: every open document is checked again.
  connection.onDidChangeWatchedFiles((params) => {
    if (params.changes.some((change) => isConfigUri(change.uri))) {
      configs.changed();
      settingsChanged();
    }
    const changed = params.changes.map((change) => change.uri).filter((uri) => encodings.fileChanged(uri));
    if (changed.length > 0) for (const hook of hooks) hook.filesChanged?.(changed);
  });

  documents.onDidOpen((e) => encodings.opened(e.document.uri));

  documents.onDidClose((e) => {
    cache.evict(e.document.uri);
    encodings.evict(e.document.uri);
    context?.settings.evict(e.document.uri);
  });

  connection.onShutdown(() => {
    if (notifyTimer) clearTimeout(notifyTimer);
    for (const hook of hooks) hook.dispose?.();
    cache.clear();
    encodings.clear();
    context?.settings.clear();
    loginIds.clear();
    configs.clear();
  });

  documents.listen(connection);
  connection.listen();
}

/** `miitelCsv.language` as the client passed it in `initializationOptions.language` (`auto` when absent or unknown). */
function initializationLanguage(options: unknown): LanguageSetting {
  const language = isObject(options) ? options.language : undefined;
  return isLanguageSetting(language) ? language : 'auto';
}

/** Asks the client to report changes to files on disk, when it can register watchers dynamically (VS Code does). */
function watchFiles(context: ServerContext): void {
  if (!context.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return;
  // Every file: which ones are MiiTel CSVs depends on per-folder settings; the handler only looks up open URIs.
  context.connection.client
    .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] })
    .catch(() => context.logger.warn(t('The editor refused to watch files: the encoding advice will not follow changes on disk.')));
}

/** The base capabilities merged with each feature's. */
function serverCapabilities(client: ClientCapabilities, features: readonly Feature[]): ServerCapabilities {
  const capabilities: ServerCapabilities = {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
  };
  const merged = capabilities as Record<string, unknown>;
  for (const feature of features) {
    for (const [key, value] of Object.entries(feature.capabilities?.(client) ?? {})) {
      // One level deep, so a feature adding to `workspace` keeps `workspaceFolders`.
      const existing = merged[key];
      merged[key] = isObject(existing) && isObject(value) ? { ...existing, ...value } : value;
    }
  }
  return capabilities;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
