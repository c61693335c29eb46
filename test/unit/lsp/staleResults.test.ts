/**
 * Hover and code actions await the Login ID file (a `stat` on every request once
 * `miitelCsv.existingLoginIdsFile` is set), and the client may edit the document meanwhile: the
 * open document object then holds the new text while the parse is of the old one. These tests hold
 * the Login ID read open with a fake, edit, then let it finish, so the interleaving is exact.
 */
import { compileFilePatterns } from '../../../server/src/service/detect';
import * as assert from 'node:assert/strict';
import type { CodeAction, CodeActionParams, Hover, HoverParams, WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { resolveSettings } from '../../../shared/settings';
import { codeActions } from '../../../server/src/lsp/codeActions';
import type { Feature, ServerContext } from '../../../server/src/lsp/context';
import { DocumentCache } from '../../../server/src/lsp/documentCache';
import { hover } from '../../../server/src/lsp/hover';
import { WorkspaceFolders } from '../../../server/src/lsp/workspace';

const HEADER =
  'Login ID,User name,Password,Locale,Time zone,Administrative privileges,Monitoring privileges,' +
  'MiiTel Analytics Download recorded audio files,MiiTel Analytics Export call history as CSV,' +
  'MiiTel Analytics Export contact data as CSV,MiiTel Phone Enable';
const ROW = 'sato@miitel.jp,Sato Taro,Xd7!kP2q,0,Tokyo,0,0,0,0,0,1';
const V1 = `${HEADER}\n${ROW}\n`;
/** A blank line above the row: every offset after the header moves by one. */
const V2 = `${HEADER}\n\n${ROW}\n`;
const URI = 'file:///stale/users.csv';
/** Tokyo's cell in V1: line 1, after "sato@miitel.jp,Sato Taro,Xd7!kP2q,0,". */
const TOKYO = { start: { line: 1, character: ROW.indexOf('Tokyo') }, end: { line: 1, character: ROW.indexOf('Tokyo') + 5 } };

type Handler = (params: unknown, token: unknown) => Promise<unknown>;

/** A server context around one open document whose Login ID read waits until `finishRead()`. */
function harness(feature: Feature) {
  const document = TextDocument.create(URI, 'csv', 1, V1);
  let handler: Handler | undefined;
  let finishRead!: () => void;
  let readStarted!: () => void;
  const reading = new Promise<void>((resolve) => (readStarted = resolve));
  const read = new Promise<readonly string[]>((resolve) => (finishRead = () => resolve([])));
  const capture = (h: Handler) => {
    handler = h;
  };
  const context = {
    connection: { onHover: capture, onCodeAction: capture },
    documents: { get: (uri: string) => (uri === URI ? document : undefined) },
    capabilities: {},
    cache: new DocumentCache(),
    settings: {
      get: () => Promise.resolve(resolveSettings({ existingLoginIdsFile: 'ids.txt' })),
      filePatterns: () => compileFilePatterns([]),
    },
    workspace: new WorkspaceFolders(),
    loginIds: {
      get: () => {
        readStarted();
        return read;
      },
    },
    // Nothing known about the encoding: no encoding findings, and no file read.
    encodings: { evidence: () => Promise.resolve({}) },
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
  } as unknown as ServerContext;
  feature.register(context);
  assert.ok(handler, 'the feature registered its handler');
  const token = { isCancellationRequested: false };
  return { document, reading, finishRead, request: (params: unknown) => handler!(params, token) };
}

const hoverParams: HoverParams = { textDocument: { uri: URI }, position: TOKYO.start };
const actionParams: CodeActionParams = { textDocument: { uri: URI }, range: TOKYO, context: { diagnostics: [] } };
const edited = (document: TextDocument) => TextDocument.update(document, [{ text: V2 }], 2);
const apply = (text: string, edit: WorkspaceEdit | undefined) =>
  TextDocument.applyEdits(TextDocument.create(URI, 'csv', 1, text), edit?.changes?.[URI] ?? []);

describe('LSP handlers while the document changes under them', () => {
  it('hover answers for the text it parsed', async () => {
    const { reading, finishRead, request } = harness(hover);
    const answer = request(hoverParams);
    await reading;
    finishRead();
    assert.deepEqual(((await answer) as Hover).range, TOKYO);
  });

  it('hover answers null, not a range into the new text, when an edit lands during the Login ID read', async () => {
    const { document, reading, finishRead, request } = harness(hover);
    const answer = request(hoverParams);
    await reading;
    edited(document);
    finishRead();
    assert.equal(await answer, null);
  });

  it('code actions answer edits for the text they parsed', async () => {
    const { reading, finishRead, request } = harness(codeActions);
    const answer = request(actionParams);
    await reading;
    finishRead();
    const fix = ((await answer) as CodeAction[]).find((a) => a.isPreferred);
    assert.equal(apply(V1, fix?.edit), V1.replace('Tokyo', '0'));
  });

  it('code actions answer nothing, not edits that would corrupt the new text, when an edit lands during the Login ID read', async () => {
    const { document, reading, finishRead, request } = harness(codeActions);
    const answer = request(actionParams);
    await reading;
    edited(document);
    finishRead();
    assert.deepEqual(await answer, []);
  });
});
