/**
 * A minimal LSP client for protocol tests: starts the BUILT server (dist/server.js, so run
 * `npm run build` first) as a child process over stdio and speaks to it like an editor would.
 * Tests wait for the server's messages by awaiting them, never by sleeping.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type ClientCapabilities,
  type CodeAction,
  CodeActionRequest,
  type CodeLens,
  CodeLensRequest,
  type Command,
  type CompletionItem,
  type CompletionList,
  CompletionRequest,
  ConfigurationRequest,
  createProtocolConnection,
  type Diagnostic,
  DiagnosticRefreshRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticReportKind,
  DocumentDiagnosticRequest,
  type DocumentSymbol,
  DocumentSymbolRequest,
  ExitNotification,
  FileChangeType,
  type FileEvent,
  type Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type InitializeResult,
  type InlayHint,
  InlayHintRefreshRequest,
  InlayHintRequest,
  LogMessageNotification,
  ShowMessageNotification,
  type Position,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  type Range,
  RegistrationRequest,
  type RequestParam,
  type RequestType,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type SymbolInformation,
  UnregistrationRequest,
} from 'vscode-languageserver-protocol/node';

/** The bundled server, relative to this file compiled into out/test/protocol. */
export const SERVER_PATH = path.resolve(__dirname, '../../../dist/server.js');

/** What the test client announces and answers. */
export interface ClientOptions {
  /** Announce `textDocument.diagnostic` (pull, like VS Code); otherwise the server must push (like Neovim). */
  readonly pull: boolean;
  /** Announce `workspace.configuration` (default true). */
  readonly configuration?: boolean;
  /** Workspace folder uris (default none). */
  readonly workspaceFolders?: readonly string[];
  /** The `miitelCsv` section answered to `workspace/configuration` (default `{}`). */
  readonly settings?: Record<string, unknown>;
  /** Leave out `hierarchicalDocumentSymbolSupport`, like older clients that take only flat symbols. */
  readonly flatSymbols?: boolean;
  /** The editor's display language sent in `initialize` (default none: English). */
  readonly locale?: string;
  /** `initializationOptions` sent in `initialize` (default none). */
  readonly initializationOptions?: Record<string, unknown>;
}

interface Waiter<T> {
  readonly accept: (value: T) => boolean;
  readonly resolve: (value: T) => void;
}

/** A test client connected to a running server process. */
export class TestClient {
  /** The `miitelCsv` section the client answers with; change it, then call {@link changeConfiguration}. */
  settings: Record<string, unknown>;
  /** Every `workspace/configuration` item the server asked for. */
  readonly configurationRequests: { scopeUri?: string; section?: string }[] = [];
  /** Every log line the server sent. */
  readonly logs: string[] = [];
  /** Every message the server showed the user (`window/showMessage`). */
  readonly shown: string[] = [];
  /** The methods the server registered dynamically (`client/registerCapability`). */
  readonly registrations: string[] = [];
  initializeResult?: InitializeResult;

  private readonly publishWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  /** How many times the server published diagnostics, per uri. */
  private readonly publishCounts = new Map<string, number>();
  private readonly refreshWaiters: (() => void)[] = [];
  private readonly inlayHintRefreshWaiters: (() => void)[] = [];
  private readonly versions = new Map<string, number>();
  private readonly configurationWaiters: (() => void)[] = [];
  /** While set, answers to `workspace/configuration` wait for it (see {@link holdConfiguration}). */
  private configurationHeld: Promise<void> | undefined;
  private stderr = '';

  private constructor(
    private readonly child: ChildProcess,
    private readonly connection: ProtocolConnection,
    options: ClientOptions,
  ) {
    this.settings = options.settings ?? {};
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.publishCounts.set(params.uri, (this.publishCounts.get(params.uri) ?? 0) + 1);
      const i = this.publishWaiters.findIndex((w) => w.accept(params));
      if (i >= 0) this.publishWaiters.splice(i, 1)[0]?.resolve(params);
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.logs.push(params.message);
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      this.shown.push(params.message);
    });
    connection.onRequest(ConfigurationRequest.type, async (params) => {
      this.configurationRequests.push(...params.items);
      for (const resolve of this.configurationWaiters.splice(0)) resolve();
      await this.configurationHeld;
      return params.items.map((item) => (item.section === 'miitelCsv' ? this.settings : null));
    });
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      for (const resolve of this.refreshWaiters.splice(0)) resolve();
    });
    connection.onRequest(InlayHintRefreshRequest.type, () => {
      for (const resolve of this.inlayHintRefreshWaiters.splice(0)) resolve();
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations.map((r) => r.method));
    });
    connection.onRequest(UnregistrationRequest.type, () => undefined);
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
    });
  }

  /** Starts the server, initializes it and returns the connected client. */
  static async start(options: ClientOptions): Promise<TestClient> {
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(child, connection, options);
    connection.listen();
    const folders = options.workspaceFolders ?? [];
    client.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ?? null,
      workspaceFolders: folders.map((uri, i) => ({ uri, name: `folder${i}` })),
      capabilities: capabilities(options),
      ...(options.locale === undefined ? {} : { locale: options.locale }),
      ...(options.initializationOptions === undefined ? {} : { initializationOptions: options.initializationOptions }),
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return client;
  }

  /** Opens a document at version 1. */
  async open(uri: string, text: string, languageId = 'csv'): Promise<void> {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
  }

  /** Replaces a document's whole text; returns the new version (the next one unless `version` is given). */
  async change(uri: string, text: string, version = (this.versions.get(uri) ?? 0) + 1): Promise<number> {
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  /** Replaces `range` of a document with `text` (an incremental change, as editors send when typing); returns the new version. */
  async edit(uri: string, range: Range, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 0) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return version;
  }

  /** Closes a document. */
  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Pulls a document's diagnostics (`textDocument/diagnostic`). */
  async pull(uri: string): Promise<Diagnostic[]> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    if (report.kind !== DocumentDiagnosticReportKind.Full) throw new Error(`Expected a full report, got ${report.kind}`);
    return report.items;
  }

  /**
   * The next diagnostics the server publishes for `uri` (at `version`, if given). Call it BEFORE
   * the action that triggers the publication, then await it.
   */
  nextPublish(uri: string, version?: number): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) =>
      this.publishWaiters.push({ accept: (p) => p.uri === uri && (version === undefined || p.version === version), resolve }),
    );
  }

  /** How many times diagnostics were published for `uri` so far. */
  publishCount(uri: string): number {
    return this.publishCounts.get(uri) ?? 0;
  }

  /** Sends `initialize` again, as a misbehaving client might; resolves to the answer (or rejects with the error). */
  initializeAgain(): Promise<InitializeResult> {
    return this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  }

  /**
   * Holds the answers to `workspace/configuration` (the server waits for its settings) until the
   * returned function is called; requests arriving meanwhile are answered then, in order.
   */
  holdConfiguration(): () => void {
    let release!: () => void;
    this.configurationHeld = new Promise<void>((resolve) => (release = resolve));
    return () => {
      this.configurationHeld = undefined;
      release();
    };
  }

  /** Resolves when the server next asks for settings. Call before the trigger. */
  nextConfigurationRequest(): Promise<void> {
    return new Promise((resolve) => this.configurationWaiters.push(resolve));
  }

  /** Resolves when the server next asks the client to refresh pulled diagnostics. Call before the trigger. */
  nextRefresh(): Promise<void> {
    return new Promise((resolve) => this.refreshWaiters.push(resolve));
  }

  /** Resolves when the server next asks the client to refresh inlay hints. Call before the trigger. */
  nextInlayHintRefresh(): Promise<void> {
    return new Promise((resolve) => this.inlayHintRefreshWaiters.push(resolve));
  }

  /** `textDocument/hover` at `position`. */
  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  }

  /** `textDocument/completion` at `position` (invoked by the user, not by a trigger character). */
  complete(uri: string, position: Position): Promise<CompletionList | CompletionItem[] | null> {
    return this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position, context: { triggerKind: 1 } });
  }

  /** `textDocument/inlayHint` for the visible `range`. */
  inlayHints(uri: string, range: Range): Promise<InlayHint[] | null> {
    return this.connection.sendRequest(InlayHintRequest.type, { textDocument: { uri }, range });
  }

  /** `textDocument/documentSymbol`. */
  documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
  }

  /** `textDocument/codeAction` for `range`, sending the client's `diagnostics` there and the kinds asked for. */
  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = [], only?: string[]): Promise<(Command | CodeAction)[] | null> {
    return this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}), triggerKind: 1 },
    });
  }

  /** `textDocument/codeLens`. */
  codeLenses(uri: string): Promise<CodeLens[] | null> {
    return this.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
  }

  /** One of the custom requests of `shared/protocol.ts`, as the VS Code client sends it. */
  request<P, R>(type: RequestType<P, R, void>, params: RequestParam<P>): Promise<R> {
    return this.connection.sendRequest(type, params);
  }

  /** Tells the server that files changed on disk (`workspace/didChangeWatchedFiles`), as VS Code's watcher does. */
  async filesChanged(uris: readonly string[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: uris.map((uri): FileEvent => ({ uri, type: FileChangeType.Changed })),
    });
  }

  /** Sets the `miitelCsv` section and tells the server it changed (as VS Code does, with the section inside). */
  async changeConfiguration(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { miitelCsv: settings } });
  }

  /** Shuts the server down politely, then makes sure the process is gone. */
  async stop(): Promise<void> {
    try {
      await withTimeout(this.connection.sendRequest(ShutdownRequest.type), 2000);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      // The process is killed below either way.
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }

  /** What the server wrote to stderr (for failure messages). */
  get errorOutput(): string {
    return this.stderr;
  }
}

function capabilities(options: ClientOptions): ClientCapabilities {
  return {
    workspace: {
      configuration: options.configuration ?? true,
      didChangeConfiguration: { dynamicRegistration: false },
      didChangeWatchedFiles: { dynamicRegistration: true },
      workspaceFolders: true,
      ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}),
      inlayHint: { refreshSupport: true },
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: false, labelDetailsSupport: true, preselectSupport: true } },
      inlayHint: {},
      documentSymbol: { hierarchicalDocumentSymbolSupport: options.flatSymbols !== true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        disabledSupport: true,
      },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`No answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A suite's server and its workspace folder, set up by {@link workspaceClient}'s hooks. */
export interface WorkspaceClient {
  readonly client: TestClient;
  readonly folder: string;
  /** The uri of a file `name` in the folder. */
  uriOf(name: string): string;
}

/**
 * Registers mocha hooks that start a client on a fresh temporary workspace folder before the suite,
 * reset its settings after each test, and stop it and delete the folder after the suite.
 */
export function workspaceClient(prefix: string, options: Omit<ClientOptions, 'workspaceFolders'>): WorkspaceClient {
  let client: TestClient | undefined;
  let folder = '';
  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), prefix));
    client = await TestClient.start({ ...options, workspaceFolders: [pathToFileURL(folder).href] });
  });
  after(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  });
  afterEach(() => {
    if (client) client.settings = {};
  });
  return {
    get client() {
      if (!client) throw new Error('the client starts in the before() hook');
      return client;
    },
    get folder() {
      return folder;
    },
    uriOf: (name) => pathToFileURL(path.join(folder, name)).href,
  };
}
