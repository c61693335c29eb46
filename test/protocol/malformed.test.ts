/**
 * The server process survives what a broken or hostile client writes on its stdin: a body that is
 * not JSON, headers without a usable Content-Length, JSON that is no JSON-RPC message, unknown
 * methods, parameters of the wrong shape, and requests for documents it never opened. After each,
 * it still answers the next request, and at the end it still checks a document.
 *
 * The bytes are written raw (a protocol library would refuse to send them); answers are read with a
 * small Content-Length framer. Like harness.ts, this runs the BUILT server (dist/server.js).
 */
import * as assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { SERVER_PATH } from './harness';
import { HEADER } from './text';

interface Message {
  readonly id?: number | string | null;
  readonly method?: string;
  readonly result?: unknown;
  readonly error?: { code: number; message: string };
}

/** The server process, spoken to byte by byte. */
class RawServer {
  private readonly child: ChildProcess;
  private pending = Buffer.alloc(0);
  private readonly waiting = new Map<number, (m: Message) => void>();
  private nextId = 1;
  stderr = '';

  constructor() {
    this.child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
    this.child.stderr!.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
  }

  /** Writes bytes as they are. */
  raw(bytes: string | Buffer): void {
    this.child.stdin!.write(bytes);
  }

  /** Writes one well-framed message. */
  send(message: object): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.raw(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Sends a request and resolves with the response to it. */
  request(method: string, params?: unknown): Promise<Message> {
    const id = this.nextId++;
    const answer = new Promise<Message>((resolve) => this.waiting.set(id, resolve));
    this.send({ jsonrpc: '2.0', id, method, ...(params === undefined ? {} : { params }) });
    return answer;
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  get exitCode(): number | null {
    return this.child.exitCode;
  }

  stop(): void {
    if (this.child.exitCode === null) this.child.kill();
  }

  private receive(chunk: Buffer): void {
    this.pending = Buffer.concat([this.pending, chunk]);
    for (;;) {
      const headerEnd = this.pending.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.pending.subarray(0, headerEnd).toString('ascii'))?.[1]);
      if (this.pending.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.pending.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
      this.pending = this.pending.subarray(headerEnd + 4 + length);
      if (message.method !== undefined && message.id !== undefined) {
        // A request from the server (registration, configuration): answer it like a minimal client.
        this.send({ jsonrpc: '2.0', id: message.id, result: null });
      } else if (typeof message.id === 'number') {
        this.waiting.get(message.id)?.(message);
        this.waiting.delete(message.id);
      }
    }
  }
}

const NEVER_OPENED = { textDocument: { uri: 'file:///never/opened.csv' }, position: { line: 0, character: 0 } };
/** One user whose Time zone is a word instead of its code. */
const TEXT = `${HEADER}\r\nsato@miitel.jp,Sato Taro,Xd7!kP2q,0,Tokyo,0,0,0,0,0,1\r\n`;

describe('protocol: malformed input on stdin', () => {
  let server: RawServer;

  before(async () => {
    server = new RawServer();
    const init = await server.request('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: { textDocument: { diagnostic: { dynamicRegistration: false } } },
    });
    assert.ok(init.result, 'initialize answered');
    server.notify('initialized', {});
  });

  after(() => server.stop());

  /**
   * The server answers a hover for a never-opened document with null: alive, and neutral.
   *
   * vscode-jsonrpc's reader, after a header it rejects, leaves the rest of that read chunk in its
   * buffer until more bytes arrive; an editor always sends more, so until the answer comes this
   * sends a no-op (cancelling a request that does not exist) now and then, as polling.
   */
  async function assertAnswering(): Promise<void> {
    let answered = false;
    const answer = server.request('textDocument/hover', NEVER_OPENED).finally(() => (answered = true));
    while (!answered) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      if (!answered) server.notify('$/cancelRequest', { id: -1 });
    }
    assert.deepEqual((await answer).error, undefined);
    assert.equal((await answer).result, null);
  }

  it('goes on after a body that is not JSON, with a valid Content-Length', async () => {
    server.raw('Content-Length: 11\r\n\r\n{not json!}');
    await assertAnswering();
  });

  it('goes on after a header without Content-Length, and one whose Content-Length is not a number', async () => {
    server.raw('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n');
    await assertAnswering();
    server.raw('Content-Length: many\r\n\r\n');
    await assertAnswering();
  });

  it('goes on after JSON that is not a JSON-RPC message, and binary garbage in a frame', async () => {
    server.send({ hello: 'world' });
    server.send([1, 2, 3]);
    const garbage = Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x7b, 0x22]);
    server.raw(Buffer.concat([Buffer.from(`Content-Length: ${garbage.length}\r\n\r\n`), garbage]));
    await assertAnswering();
  });

  it('answers an unknown method with MethodNotFound', async () => {
    const answer = await server.request('miitelCsv/noSuchThing', {});
    assert.equal(answer.error?.code, -32601);
    await assertAnswering();
  });

  it('answers requests with parameters of the wrong shape without dying', async () => {
    for (const params of [
      'nonsense',
      { textDocument: 42 },
      { textDocument: { uri: 'file:///x.csv' }, position: { line: -5, character: 'a' } },
    ]) {
      const answer = await server.request('textDocument/hover', params);
      assert.ok(answer.error !== undefined || answer.result === null, JSON.stringify(answer));
    }
    server.notify('textDocument/didChange', {
      textDocument: { uri: 'file:///never/opened.csv', version: 2 },
      contentChanges: [{ text: 'x' }],
    });
    server.notify('textDocument/didClose', { textDocument: { uri: 'file:///never/opened.csv' } });
    await assertAnswering();
  });

  it('answers every request about a document it never opened neutrally', async () => {
    const document = { textDocument: NEVER_OPENED.textDocument };
    assert.equal((await server.request('textDocument/completion', NEVER_OPENED)).result, null);
    assert.deepEqual(
      (
        await server.request('textDocument/codeAction', {
          ...document,
          range: { start: NEVER_OPENED.position, end: NEVER_OPENED.position },
          context: { diagnostics: [] },
        })
      ).result,
      [],
    );
    assert.deepEqual((await server.request('textDocument/diagnostic', document)).result, { kind: 'full', items: [] });
  });

  it('still checks a document afterwards', async () => {
    server.notify('textDocument/didOpen', { textDocument: { uri: 'file:///after/users.csv', languageId: 'csv', version: 1, text: TEXT } });
    const answer = await server.request('textDocument/diagnostic', { textDocument: { uri: 'file:///after/users.csv' } });
    const report = answer.result as { items: { code: string; range: { start: { line: number; character: number } } }[] };
    assert.deepEqual(
      report.items.map((d) => [d.code, d.range.start]),
      [['value/not-allowed', { line: 1, character: TEXT.split('\r\n')[1]?.indexOf('Tokyo') }]],
    );
    assert.equal(server.exitCode, null, server.stderr);
  });
});
