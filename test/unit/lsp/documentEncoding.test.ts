import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as iconv from 'iconv-lite';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentEncodings } from '../../../server/src/lsp/documentEncoding';

// Compiled to out/test/unit/lsp: the fixtures are four levels up.
const fixturePath = (name: string) => path.resolve(__dirname, '../../../../test/fixtures', name);
const SHIFT_JIS = fixturePath('encoding/shift_jis.csv');
const UTF16 = fixturePath('encoding/utf-16le.csv');
const uri = (p: string) => pathToFileURL(p).toString();
const doc = (u: string, text: string, version = 1) => TextDocument.create(u, 'csv', version, text);

describe('DocumentEncodings', () => {
  const bytes = readFileSync(SHIFT_JIS);

  it('infers the reading of an unedited document from its bytes: Shift_JIS read right', async () => {
    const store = new DocumentEncodings();
    assert.deepEqual(await store.evidence(doc(uri(SHIFT_JIS), iconv.decode(bytes, 'cp932'))), { decodedAs: 'shift_jis', file: 'shift_jis' });
  });

  it('knows only the bytes when the text is not what they decode to (read as UTF-8)', async () => {
    const store = new DocumentEncodings();
    assert.deepEqual(await store.evidence(doc(uri(SHIFT_JIS), new TextDecoder().decode(bytes))), { decodedAs: undefined, file: 'shift_jis' });
  });

  it("takes the editor's word over the inference", async () => {
    const store = new DocumentEncodings();
    assert.equal(store.setEditorEncoding(uri(SHIFT_JIS), 'utf8'), false);
    assert.deepEqual(await store.evidence(doc(uri(SHIFT_JIS), new TextDecoder().decode(bytes))), { decodedAs: 'utf-8', file: 'shift_jis' });
    assert.equal(store.editorEncoding(uri(SHIFT_JIS)), 'utf8');
  });

  it('says diagnostics are out of date only when a validation used another reading', async () => {
    const store = new DocumentEncodings();
    const u = uri(SHIFT_JIS);
    // Before the first validation (the client tells us as it opens the document): nothing to redo.
    assert.equal(store.setEditorEncoding(u, 'utf8'), false);
    await store.evidence(doc(u, new TextDecoder().decode(bytes)));
    assert.equal(store.setEditorEncoding(u, 'utf8'), false);
    // "Reopen with Encoding": validated as UTF-8, now Shift_JIS.
    assert.equal(store.setEditorEncoding(u, 'shiftjis'), true);
    await store.evidence(doc(u, iconv.decode(bytes, 'shiftjis'), 2));
    assert.equal(store.setEditorEncoding(u, 'shiftjis'), false);
  });

  it('reads a UTF-16 file as utf-16, and forgets everything on evict', async () => {
    const store = new DocumentEncodings();
    const u = uri(UTF16);
    store.setEditorEncoding(u, 'utf16le');
    assert.deepEqual(await store.evidence(doc(u, 'Login ID\r\n')), { decodedAs: 'utf-16', file: 'utf-16' });
    store.evict(u);
    assert.equal(store.editorEncoding(u), undefined);
    assert.deepEqual(await store.evidence(doc(u, 'Login ID\r\n')), { decodedAs: undefined, file: 'utf-16' });
  });

  it('knows nothing of untitled documents or files that are gone', async () => {
    const store = new DocumentEncodings();
    assert.deepEqual(await store.evidence(doc('untitled:Untitled-1', 'Login ID\r\n')), { decodedAs: undefined, file: undefined });
    assert.deepEqual(await store.evidence(doc(uri(fixturePath('encoding/no-such-file.csv')), 'x')), { decodedAs: undefined, file: undefined });
  });
});
