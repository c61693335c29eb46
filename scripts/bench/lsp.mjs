// A bare LSP client for the benchmark: starts the bundled server (dist/server.js) on stdio, like an
// editor, and offers timed requests. It announces pull diagnostics (as VS Code does) unless told to
// be a push client (as Neovim is).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const protocol = require('vscode-languageserver-protocol/node');
/** @type {typeof import('../../shared/serverProcess')} */
const { SERVER_EXEC_ARGV } = require('../../out/shared/serverProcess.js');

/** The bundled server; BENCH_SERVER names another build to compare with. */
export const SERVER_PATH = process.env.BENCH_SERVER ?? fileURLToPath(new URL('../../dist/server.js', import.meta.url));

/** A running server and the connection to it. */
export class BenchClient {
  /** @param {{ pull: boolean, settings?: Record<string, unknown>, serverPath?: string }} options */
  static async start(options) {
    // The Node options the VS Code client starts the server with, then BENCH_SERVER_ARGS, e.g.
    // `--cpu-prof` to profile it.
    const nodeArgs = [...SERVER_EXEC_ARGV, ...(process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean)];
    const child = spawn(process.execPath, [...nodeArgs, options.serverPath ?? SERVER_PATH, '--stdio'], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const connection = protocol.createProtocolConnection(
      new protocol.StreamMessageReader(child.stdout),
      new protocol.StreamMessageWriter(child.stdin),
    );
    const client = new BenchClient(child, connection, options);
    connection.listen();
    await connection.sendRequest(protocol.InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      workspaceFolders: null,
      capabilities: {
        workspace: { configuration: true, diagnostics: { refreshSupport: true } },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          hover: { contentFormat: ['markdown'] },
          completion: { completionItem: { labelDetailsSupport: true } },
          codeAction: { disabledSupport: true },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, dataSupport: true },
          ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
        },
      },
    });
    await connection.sendNotification(protocol.InitializedNotification.type, {});
    return client;
  }

  constructor(child, connection, options) {
    this.child = child;
    this.connection = connection;
    this.versions = new Map();
    /** @type {((p: { uri: string, version?: number, diagnostics: unknown[] }) => boolean)[]} */
    this.publishWaiters = [];
    connection.onRequest(protocol.ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'miitelCsv' ? (options.settings ?? {}) : null)),
    );
    connection.onRequest(protocol.DiagnosticRefreshRequest.type, () => undefined);
    connection.onRequest(protocol.RegistrationRequest.type, () => undefined);
    connection.onNotification(protocol.LogMessageNotification.type, () => undefined);
    connection.onNotification(protocol.PublishDiagnosticsNotification.type, (params) => {
      this.publishWaiters = this.publishWaiters.filter((accept) => !accept(params));
    });
  }

  get pid() {
    return this.child.pid;
  }

  async open(uri, text) {
    this.versions.set(uri, 1);
    await this.connection.sendNotification(protocol.DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'csv', version: 1, text },
    });
  }

  /** Sends one incremental change (`text` replacing `range`) and returns the new version. */
  async change(uri, range, text) {
    const version = this.versions.get(uri) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification(protocol.DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return version;
  }

  /** Pulls the diagnostics of `uri`; resolves to their number. */
  async pull(uri) {
    const report = await this.connection.sendRequest(protocol.DocumentDiagnosticRequest.type, { textDocument: { uri } });
    return report.items.length;
  }

  /** Resolves with the diagnostics published for `uri` at `version`. Call before the change. */
  nextPublish(uri, version) {
    return new Promise((resolve) =>
      this.publishWaiters.push((p) => {
        if (p.uri !== uri || p.version !== version) return false;
        resolve(p.diagnostics.length);
        return true;
      }),
    );
  }

  hover(uri, position) {
    return this.connection.sendRequest(protocol.HoverRequest.type, { textDocument: { uri }, position });
  }

  complete(uri, position) {
    return this.connection.sendRequest(protocol.CompletionRequest.type, { textDocument: { uri }, position });
  }
  /** The code actions of `only` kinds over the whole document (`source.fixAll.miitelCsv` for fix-all). */
  codeActions(uri, only) {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest(protocol.CodeActionRequest.type, {
      textDocument: { uri },
      range,
      context: { diagnostics: [], only },
    });
  }

  /** The outline (document symbols). */
  symbols(uri) {
    return this.connection.sendRequest(protocol.DocumentSymbolRequest.type, { textDocument: { uri } });
  }

  /** The server process's peak and current resident memory in bytes (Linux /proc). */
  memory() {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN) * 1024;
    return { peak: kb('VmHWM'), current: kb('VmRSS') };
  }

  async stop() {
    try {
      await this.connection.sendRequest(protocol.ShutdownRequest.type);
      await this.connection.sendNotification(protocol.ExitNotification.type);
    } catch {
      // Killed below either way.
    }
    // Give it a moment to exit by itself (a --cpu-prof profile is written on exit), then make sure.
    if (this.child.exitCode === null) {
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, 3000);
        this.child.once('exit', () => resolve(clearTimeout(timer)));
      });
    }
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}
