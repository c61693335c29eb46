/** An "Update users" file through the real server, with a client that only accepts pushed diagnostics. */
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { type TestClient, workspaceClient } from './harness';

const HEADER =
  'Login ID,User name,Extension number,Locale,Time zone,Administrative privileges,Monitoring privileges,' +
  'MiiTel Analytics Download recorded audio files,MiiTel Analytics Export call history as CSV,' +
  'MiiTel Analytics Export contact data as CSV,MiiTel Phone Enable';
/** Ito's extension number is too short; Kato repeats Sato's. */
const TEXT = [
  HEADER,
  'sato@miitel.jp,Sato,201,0,0,0,0,0,0,0,1',
  'ito@miitel.jp,Ito,20,0,0,0,0,0,0,0,1',
  'kato@miitel.jp,Kato,201,1,0,0,0,0,0,0,1',
  '',
].join('\r\n');

/** Line and character of the first `needle` after `from`. */
function rangeOf(needle: string, from = 0) {
  const offset = TEXT.indexOf(needle, from);
  assert.ok(offset >= 0, needle);
  const position = (at: number) => {
    const lines = TEXT.slice(0, at).split('\r\n');
    return { line: lines.length - 1, character: lines.at(-1)!.length };
  };
  return { start: position(offset), end: position(offset + needle.length) };
}

const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => ({ code: d.code, range: d.range }));

describe('protocol: an update-users file with a client that only accepts pushed diagnostics', () => {
  const workspace = workspaceClient('miitel-update-', { pull: false });
  let client: TestClient;
  before(() => {
    client = workspace.client;
  });

  it('publishes the update format’s findings on their cells, and login-id/not-found with a list of Login IDs in use', async () => {
    const uri = workspace.uriOf('update.csv');
    const published = client.nextPublish(uri);
    await client.open(uri, TEXT);
    const kato = TEXT.indexOf('kato@');
    assert.deepEqual(summary((await published).diagnostics), [
      { code: 'extension-number/format', range: shift(rangeOf(',20,'), 1, 2) },
      { code: 'extension-number/duplicate', range: rangeOf('201', kato) },
    ]);

    writeFileSync(path.join(workspace.folder, 'users.txt'), 'sato@miitel.jp\nito@miitel.jp\n');
    const withList = client.nextPublish(uri);
    await client.changeConfiguration({ existingLoginIdsFile: 'users.txt' });
    const diagnostics = (await withList).diagnostics;
    assert.deepEqual(
      summary(diagnostics).filter((d) => d.code === 'login-id/not-found'),
      [{ code: 'login-id/not-found', range: rangeOf('kato@miitel.jp') }],
    );
    assert.ok(!diagnostics.some((d) => d.code === 'login-id/in-use'));
    await client.close(uri);
  });
});

/** `range` starting `by` characters later and `length` long (one line). */
function shift(range: ReturnType<typeof rangeOf>, by: number, length: number) {
  const start = { line: range.start.line, character: range.start.character + by };
  return { start, end: { line: start.line, character: start.character + length } };
}
