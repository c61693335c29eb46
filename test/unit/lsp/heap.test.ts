/**
 * A push client (like Neovim) opening and closing many distinct files, some closed while their
 * check waits for settings, and sending encoding notices for files it never opens: once they are
 * closed, the server keeps nothing of them. The server runs in this process (over in-memory
 * streams) so that the heap can be measured after a forced garbage collection; the bound is
 * generous, a leak of even a few kilobytes per file exceeds it.
 */
import * as assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  type ProtocolConnection,
  RegistrationRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { DocumentEncodingNotification } from '../../../shared/protocol';
import { startServer } from '../../../server/src/csvServer';
import { file, row, templateHeader } from '../helpers';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after two full collections (the second frees what finalizers of the first let go). */
function heapAfterGc(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

const USERS = 300;
const FILES_PER_ROUND = 60;
const ROUNDS = 4;

/** A distinct 300-user file (about 40 KB of text; its parse and findings several times that). */
const text = (n: number) =>
  file(templateHeader(), ...Array.from({ length: USERS }, (_, i) => row({ loginId: `u${n}-${i}@x.jp`, timeZone: String(i % 20) })));

describe('server memory over many open/close cycles', () => {
  let client: ProtocolConnection;
  /** Set while the client holds its answers to workspace/configuration. */
  let held: Promise<void> | undefined;
  let asked: (() => void) | undefined;

  before(async () => {
    const toServer = new PassThrough();
    const toClient = new PassThrough();
    // Never closed: the server exits the process when its input ends.
    startServer(createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient)));
    client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    client.onRequest(ConfigurationRequest.type, async (params) => {
      asked?.();
      await held;
      return params.items.map(() => ({}));
    });
    client.onRequest(RegistrationRequest.type, () => undefined);
    client.listen();
    await client.sendRequest(InitializeRequest.type, {
      processId: null,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { versionSupport: true } } },
    });
    await client.sendNotification(InitializedNotification.type, {});
  });

  after(() => client.dispose());

  /** Opens and closes `FILES_PER_ROUND` new files; every other one is closed while its check waits for settings. */
  async function round(r: number): Promise<void> {
    for (let i = 0; i < FILES_PER_ROUND; i++) {
      const n = r * FILES_PER_ROUND + i;
      const uri = `file:///heap/users-${n}.csv`;
      await client.sendNotification(DocumentEncodingNotification, { uri: `file:///heap/never-opened-${n}.csv`, encoding: 'shiftjis' });
      let release: (() => void) | undefined;
      const waiting = new Promise<void>((resolve) => (asked = resolve));
      if (i % 2 === 0) held = new Promise<void>((resolve) => (release = resolve));
      await client.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'csv', version: 1, text: text(n) },
      });
      await waiting;
      await client.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      held = undefined;
      release?.();
    }
    // Let the checks that were waiting finish (push diagnostics are debounced by 150 ms).
    await new Promise((resolve) => setTimeout(resolve, 400));
  }

  it('keeps the heap flat', async function () {
    this.timeout(120_000);
    await round(0);
    const start = heapAfterGc();
    for (let r = 1; r <= ROUNDS; r++) await round(r);
    const end = heapAfterGc();
    const grownKiB = (end - start) / 1024;
    // 240 files of about 40 KB: keeping any of their text, parse or findings would pass 3 MB.
    assert.ok(grownKiB < 3 * 1024, `heap grew ${Math.round(grownKiB)} KiB over ${ROUNDS * FILES_PER_ROUND} files`);
  });
});
