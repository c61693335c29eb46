/**
 * Which CSVs the server checks, through a client that only takes pushed diagnostics (like Neovim):
 * a header with misspelled MiiTel headers is checked (and told to rename them), a CSV with two
 * known headers gets only the "check this file" code lens, and an unrelated CSV gets nothing.
 */
import * as assert from 'node:assert/strict';
import type { CodeAction, Command } from 'vscode-languageserver-protocol';
import { COMMANDS } from '../../shared/commands';
import { TestClient } from './harness';
import { applyWorkspaceEdit, HEADER, rangeOf } from './text';

const ROW = 'sato@miitel.jp,Sato Taro,Xd7!kP2q,0,0,0,0,0,0,0,1';

describe('protocol: detection with a client that only accepts pushed diagnostics', () => {
  let client: TestClient;
  before(async () => {
    client = await TestClient.start({ pull: false });
  });
  after(async () => {
    await client.stop();
  });

  it('announces code lenses', () => {
    assert.deepEqual(client.initializeResult?.capabilities.codeLensProvider, { resolveProvider: false });
  });

  it('checks a file whose header says LoginID and Timezone: unknown-column with the rename fix, no code lens', async () => {
    const uri = 'file:///nowhere/misspelled.csv';
    const text = `${HEADER.replace('Login ID', 'LoginID').replace('Time zone', 'Timezone')}\r\n${ROW}\r\n`;
    const published = client.nextPublish(uri);
    await client.open(uri, text);
    const diagnostics = (await published).diagnostics;
    const unknown = diagnostics.filter((d) => d.code === 'header/unknown-column');
    assert.deepEqual(
      unknown.map((d) => [d.range, d.message]),
      [
        [rangeOf(text, 'LoginID'), 'Did you mean "Login ID"? MiiTel does not know the column "LoginID".'],
        [rangeOf(text, 'Timezone'), 'Did you mean "Time zone"? MiiTel does not know the column "Timezone".'],
      ],
    );
    const actions = (await client.codeActions(uri, rangeOf(text, 'LoginID'), [unknown[0]!])) as (Command | CodeAction)[];
    const rename = actions.find((a): a is CodeAction => a.title === 'Rename the column to "Login ID"');
    assert.ok(rename, 'the rename fix is offered');
    assert.equal(applyWorkspaceEdit(text, uri, rename.edit), `${HEADER.replace('Time zone', 'Timezone')}\r\n${ROW}\r\n`);
    assert.deepEqual(await client.codeLenses(uri), []);
  });

  it('offers a CSV with two known headers the code lens on line 1, and no diagnostics', async () => {
    const uri = 'file:///nowhere/contacts.csv';
    const text = 'LoginID,Department,Time Zone\r\nsato@miitel.jp,Sales,0\r\n';
    const published = client.nextPublish(uri);
    await client.open(uri, text);
    assert.deepEqual((await published).diagnostics, []);
    assert.deepEqual(await client.codeLenses(uri), [
      {
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        command: { title: 'Check this file as a MiiTel user CSV', command: COMMANDS.checkAsUserCsv, arguments: [uri] },
      },
    ]);
  });

  it('drops the code lens and checks the file once miitelCsv.files names it', async () => {
    const uri = 'file:///nowhere/named.csv';
    const text = 'Login ID,User name,Department\r\nsato@miitel.jp,Sato,Sales\r\n';
    let published = client.nextPublish(uri);
    await client.open(uri, text);
    assert.deepEqual((await published).diagnostics, []);
    assert.equal((await client.codeLenses(uri))?.length, 1);
    published = client.nextPublish(uri);
    await client.changeConfiguration({ files: ['**/named.csv'] });
    try {
      assert.ok((await published).diagnostics.some((d) => d.code === 'header/missing-column'));
      assert.deepEqual(await client.codeLenses(uri), []);
    } finally {
      await client.changeConfiguration({});
    }
  });

  it('leaves an unrelated CSV with one coincidental header silent, without a code lens', async () => {
    for (const [name, text] of [
      ['people.csv', 'id,Name,Email\r\n1,Sato,sato@miitel.jp\r\n'],
      ['locales.csv', 'Locale,Label\r\nja,Japanese\r\n'],
    ]) {
      const uri = `file:///nowhere/${name}`;
      const published = client.nextPublish(uri);
      await client.open(uri, text!);
      assert.deepEqual((await published).diagnostics, [], name);
      assert.deepEqual(await client.codeLenses(uri), [], name);
    }
  });

  it('gives no code lens to a two-header document that is not a CSV', async () => {
    const uri = 'file:///nowhere/notes.txt';
    await client.open(uri, 'LoginID,Time Zone\n', 'plaintext');
    assert.deepEqual(await client.codeLenses(uri), []);
  });
});
