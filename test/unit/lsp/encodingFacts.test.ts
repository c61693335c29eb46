import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as iconv from 'iconv-lite';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentEncodings } from '../../../server/src/lsp/encodingFacts';
import { checkEncoding, sniffFileEncoding } from '../../../server/src/service/encodingCheck';

// Compiled to out/test/unit/lsp: the fixtures are four levels up.
const fixturePath = (name: string) => path.resolve(__dirname, '../../../../test/fixtures', name);
const SHIFT_JIS = fixturePath('encoding/shift_jis.csv');
const UTF16 = fixturePath('encoding/utf-16le.csv');
const UTF8_BOM = fixturePath('encoding/utf-8-bom.csv');
const UTF8 = fixturePath('cli/clean.csv');
const uri = (p: string) => pathToFileURL(p).toString();
const doc = (u: string, text: string, version = 1) => TextDocument.create(u, 'csv', version, text);

describe('DocumentEncodings', () => {
  const bytes = readFileSync(SHIFT_JIS);

  it('reads the bytes again when the file changed on disk (replaced by a Shift_JIS version)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'miitel-facts-'));
    try {
      const file = path.join(dir, 'users.csv');
      const text = iconv.decode(bytes, 'cp932');
      writeFileSync(file, text);
      const u = uri(file);
      const store = new DocumentEncodings();
      store.opened(u);
      store.setEditorEncoding(u, 'utf8');
      assert.deepEqual(await store.evidence(doc(u, text)), { decodedAs: 'utf-8', file: 'utf-8' });
      writeFileSync(file, bytes);
      // VS Code reloads the unedited document as UTF-8: garbled text, and the watcher tells the server.
      assert.equal(store.fileChanged(u), true);
      const garbled = doc(u, new TextDecoder().decode(bytes), 2);
      const evidence = await store.evidence(garbled);
      assert.deepEqual(evidence, { decodedAs: 'utf-8', file: 'shift_jis' });
      assert.deepEqual(checkEncoding(garbled.getText(), evidence)?.data, { detected: 'shift_jis' });
      assert.equal(store.fileChanged(uri(path.join(dir, 'other.csv'))), false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('finds UTF-16 and UTF-32 without BOM in the bytes: encoding/unsupported in the editor', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'miitel-facts-'));
    try {
      const text = 'User name,Login ID\r\n佐藤,sato@example.com\r\n';
      const cases: [string, Buffer, string][] = [
        ['le.csv', Buffer.from(text, 'utf16le'), 'UTF-16'],
        ['be.csv', Buffer.from(text, 'utf16le').swap16(), 'UTF-16'],
        ['32.csv', Buffer.from(iconv.encode(text, 'utf32le')), 'UTF-32'],
      ];
      for (const [name, content, encoding] of cases) {
        const file = path.join(dir, name);
        writeFileSync(file, content);
        const store = new DocumentEncodings();
        // A client that says nothing of the encoding (any editor but VS Code).
        const evidence = await store.evidence(doc(uri(file), text));
        assert.equal(evidence.file, encoding.toLowerCase(), name);
        const finding = checkEncoding(text, evidence);
        assert.equal(finding?.code, 'encoding/unsupported', name);
        assert.deepEqual(finding.data, { encoding });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads nothing from a FIFO or a device named by a document URI (the text alone decides)', async function () {
    if (process.platform === 'win32') this.skip();
    const dir = mkdtempSync(path.join(tmpdir(), 'miitel-facts-'));
    try {
      execFileSync('mkfifo', [path.join(dir, 'pipe.csv')]);
      const store = new DocumentEncodings();
      for (const target of [path.join(dir, 'pipe.csv'), '/dev/zero']) {
        assert.deepEqual(await store.evidence(doc(uri(target), 'x')), { decodedAs: undefined, file: undefined });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('infers the reading of an unedited document from its bytes: Shift_JIS read right', async () => {
    const store = new DocumentEncodings();
    assert.deepEqual(await store.evidence(doc(uri(SHIFT_JIS), iconv.decode(bytes, 'cp932'))), {
      decodedAs: 'shift_jis',
      file: 'shift_jis',
    });
  });

  it('knows only the bytes when the text is not what they decode to (read as UTF-8)', async () => {
    const store = new DocumentEncodings();
    assert.deepEqual(await store.evidence(doc(uri(SHIFT_JIS), new TextDecoder().decode(bytes))), {
      decodedAs: undefined,
      file: 'shift_jis',
    });
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
    store.opened(u);
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

  it('knows nothing of untitled documents, files that are gone or folders', async () => {
    const store = new DocumentEncodings();
    assert.deepEqual(await store.evidence(doc('untitled:Untitled-1', 'Login ID\r\n')), { decodedAs: undefined, file: undefined });
    assert.deepEqual(await store.evidence(doc(uri(fixturePath('encoding/no-such-file.csv')), 'x')), {
      decodedAs: undefined,
      file: undefined,
    });
    assert.deepEqual(await store.evidence(doc(uri(fixturePath('encoding')), 'x')), { decodedAs: undefined, file: undefined });
  });

  it('forgets what the editor said of documents that never open, beyond the last few', () => {
    const store = new DocumentEncodings();
    for (let i = 0; i < 1000; i++) store.setEditorEncoding(`file:///never/${i}.csv`, 'utf8');
    assert.equal(store.editorEncoding('file:///never/0.csv'), undefined);
    assert.equal(store.editorEncoding('file:///never/999.csv'), 'utf8');
  });

  it("keeps the editor's word, sent before the open, through a second open of the same uri", () => {
    const store = new DocumentEncodings();
    const u = uri(SHIFT_JIS);
    store.setEditorEncoding(u, 'shiftjis');
    store.opened(u);
    store.opened(u);
    assert.equal(store.editorEncoding(u), 'shiftjis');
  });

  it('keeps nothing for a document validated after it closed', async () => {
    const store = new DocumentEncodings();
    const u = uri(SHIFT_JIS);
    store.setEditorEncoding(u, 'utf8');
    store.evict(u);
    // A check that started before the close asks for the evidence after it.
    await store.evidence(doc(u, new TextDecoder().decode(bytes)));
    assert.equal(store.setEditorEncoding(u, 'shiftjis'), false);
  });

  describe('reading the file in chunks', () => {
    let folder: string;
    before(() => {
      folder = mkdtempSync(path.join(tmpdir(), 'miitel-encoding-'));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));

    /** The evidence for a fresh store, against what decoding the whole file says. */
    async function evidence(file: string, text: string) {
      const sniff = sniffFileEncoding(readFileSync(file));
      const whole = { decodedAs: sniff.text !== undefined && sniff.text === text ? sniff.encoding : undefined, file: sniff.encoding };
      const found = await new DocumentEncodings().evidence(doc(uri(file), text));
      assert.deepEqual(found, whole);
      return found;
    }

    const write = (name: string, bytes: Uint8Array) => {
      const file = path.join(folder, name);
      writeFileSync(file, bytes);
      return file;
    };

    it('reads the fixtures as decoding them whole does', async () => {
      const utf8Bom = readFileSync(UTF8_BOM);
      const utf8 = readFileSync(UTF8);
      assert.deepEqual(await evidence(UTF8_BOM, new TextDecoder().decode(utf8Bom)), { decodedAs: 'utf-8-bom', file: 'utf-8-bom' });
      assert.deepEqual(await evidence(UTF8, new TextDecoder().decode(utf8)), { decodedAs: 'utf-8', file: 'utf-8' });
      assert.deepEqual(await evidence(UTF8, iconv.decode(utf8, 'shiftjis')), { decodedAs: undefined, file: 'utf-8' });
      assert.deepEqual(await evidence(SHIFT_JIS, iconv.decode(bytes, 'cp932')), { decodedAs: 'shift_jis', file: 'shift_jis' });
      assert.deepEqual(await evidence(UTF16, 'Login ID\r\n'), { decodedAs: undefined, file: 'utf-16' });
    });

    it('reads a file of many chunks, with characters split between them, and tells a change in the last character', async () => {
      // 山 (three bytes) straddles the first 64 KiB boundary: 65,535 ASCII bytes come before it.
      const text = `${'a'.repeat(65_535)}山田,\r\n${'yamada@example.jp,山田 太郎\r\n'.repeat(5000)}`;
      const file = write('large.csv', new TextEncoder().encode(text));
      assert.deepEqual(await evidence(file, text), { decodedAs: 'utf-8', file: 'utf-8' });
      assert.deepEqual(await evidence(file, `${text.slice(0, -1)}\r`), { decodedAs: undefined, file: 'utf-8' });
      const sjis = write('large-sjis.csv', iconv.encode(text, 'cp932'));
      assert.deepEqual(await evidence(sjis, text), { decodedAs: 'shift_jis', file: 'shift_jis' });
    });

    it('reads to the end of a large file whose only invalid UTF-8 byte is the last', async () => {
      const ascii = 'yamada@example.jp,Yamada Taro\r\n'.repeat(5000);
      // 0xB1 alone is no UTF-8 but is ｱ in Shift_JIS.
      const file = write('last-byte.csv', new Uint8Array([...new TextEncoder().encode(ascii), 0xb1]));
      assert.deepEqual(await evidence(file, `${ascii}\ufffd`), { decodedAs: undefined, file: 'shift_jis' });
      assert.deepEqual(await evidence(file, `${ascii}ｱ`), { decodedAs: 'shift_jis', file: 'shift_jis' });
    });
  });
});
