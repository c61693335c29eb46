/**
 * The server and the bytes on disk (issue 12): UTF-16 without BOM is flagged, a file replaced on
 * disk while open is judged by its new bytes once the editor's file watcher says it changed.
 */
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as iconv from 'iconv-lite';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { workspaceClient } from './harness';

const TEXT = 'Login ID,User name,Password,Locale,Time zone\r\nsato@example.com,佐藤 太郎,Aa1!aaaaaaaa,ja,1\r\n';
const encodingFindings = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((d) => String(d.code).startsWith('encoding/')).map((d) => ({ code: d.code, data: d.data as unknown }));

describe('protocol: the bytes on disk', () => {
  const workspace = workspaceClient('miitel-bytes-', { pull: true });

  it('registers a file watcher with a client that can register one', async () => {
    // The server registers it once initialized, asynchronously: poll for it.
    for (let i = 0; i < 100 && !workspace.client.registrations.includes('workspace/didChangeWatchedFiles'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    assert.ok(workspace.client.registrations.includes('workspace/didChangeWatchedFiles'));
  });

  it('flags a UTF-16 file without BOM as encoding/unsupported (no editor encoding sent)', async () => {
    const uri = workspace.uriOf('utf16.csv');
    writeFileSync(fileURLToPath(uri), Buffer.from(TEXT, 'utf16le'));
    await workspace.client.open(uri, TEXT);
    const findings = encodingFindings(await workspace.client.pull(uri));
    assert.deepEqual(
      findings.map((f) => f.code),
      ['encoding/unsupported'],
    );
    await workspace.client.close(uri);
  });

  it('reads the bytes again when the file is replaced on disk by a Shift_JIS version while open', async () => {
    const uri = workspace.uriOf('replaced.csv');
    const file = fileURLToPath(uri);
    writeFileSync(file, TEXT);
    await workspace.client.open(uri, TEXT);
    assert.deepEqual(encodingFindings(await workspace.client.pull(uri)), []);
    // Excel saves it as Shift_JIS; VS Code reloads the unedited document as UTF-8 and its watcher reports the change.
    const sjis = iconv.encode(TEXT, 'cp932');
    writeFileSync(file, sjis);
    await workspace.client.change(uri, new TextDecoder().decode(sjis));
    await workspace.client.filesChanged([uri]);
    const findings = encodingFindings(await workspace.client.pull(uri));
    assert.equal(findings.length, 1);
    assert.equal(findings[0]?.code, 'encoding/mismatch');
    // Judged by the new bytes: reopening as Shift_JIS restores the text.
    assert.match(JSON.stringify(findings[0]?.data), /"detected":"shift_jis"/);
    await workspace.client.close(uri);
  });
});
