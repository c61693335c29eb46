/**
 * The server answers for the text the editor holds, never for an earlier text that happens to carry
 * the same uri and version number: VS Code reopens a closed file at version 1, a second `didOpen`
 * replaces a document, and a `didChange` may repeat the version it is at. Each test compares the
 * diagnostics with those of the same text opened afresh under another uri.
 */
import * as assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TestClient } from './harness';
import { HEADER } from './text';

/** Time zone 99 in Sato's row. */
const OLD = `${HEADER}\nsato@miitel.jp,Sato Taro,Xd7!kP2q,0,99,0,0,0,0,0,1\n`;
/** Another text: a blank line and a new first user move Sato, and Suzuki repeats his Login ID. */
const NEW =
  `${HEADER}\n\nkato@miitel.jp,Kato Jun,Rt5%wQ1z,0,0,0,0,0,0,0,1\n` +
  `sato@miitel.jp,Sato Taro,Xd7!kP2q,0,0,0,0,0,0,0,1\nsato@miitel.jp,Suzuki Hanako,Qm4#tR8w,1,0,0,0,0,0,0,1\n`;

const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => ({ code: d.code, range: d.range }));

describe('protocol: answers for the open text, not an earlier one with the same uri and version', () => {
  let client: TestClient;
  let fresh: ReturnType<typeof summary>;

  before(async () => {
    client = await TestClient.start({ pull: true });
    await client.open('file:///identity/fresh.csv', NEW);
    fresh = summary(await client.pull('file:///identity/fresh.csv'));
    assert.deepEqual(
      fresh.map((d) => d.code),
      ['login-id/duplicate'],
    );
  });

  after(() => client.stop());

  it('a document closed while its check waits for settings, then reopened at version 1 with other text', async () => {
    const uri = 'file:///identity/reopened.csv';
    await client.open(uri, OLD);
    const release = client.holdConfiguration();
    const asked = client.nextConfigurationRequest();
    // The first check reads the settings and so waits; meanwhile the file is closed and reopened.
    const first = client.pull(uri).catch(() => undefined);
    await asked;
    await client.close(uri);
    await client.open(uri, NEW);
    release();
    await first;
    assert.deepEqual(summary(await client.pull(uri)), fresh);
    await client.close(uri);
  });

  it('a second didOpen of the same uri at the same version with other text', async () => {
    const uri = 'file:///identity/opened-twice.csv';
    await client.open(uri, OLD);
    assert.deepEqual(
      (await client.pull(uri)).map((d) => d.code),
      ['value/not-allowed'],
    );
    await client.open(uri, NEW);
    assert.deepEqual(summary(await client.pull(uri)), fresh);
    await client.close(uri);
  });

  it('a didChange that repeats the current version', async () => {
    const uri = 'file:///identity/same-version.csv';
    await client.open(uri, OLD);
    assert.deepEqual(
      (await client.pull(uri)).map((d) => d.code),
      ['value/not-allowed'],
    );
    await client.change(uri, NEW, 1);
    assert.deepEqual(summary(await client.pull(uri)), fresh);
    await client.close(uri);
  });
});
