import * as assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver-protocol';
import { type TestClient, workspaceClient } from './harness';

const HEADER = 'Login ID,User name,Password,Locale,Time zone';
/** Configuration changes sent back to back. */
const CHANGES = 2000;
const ONE_MISTAKE = `${HEADER}\nsato@miitel.jp,Sato Taro,Xd7!kP2q,0,99\n`;

describe('protocol: hygiene with a client that pushes its settings and only accepts pushed diagnostics', () => {
  // Without `workspace/configuration` every check runs on the settings last pushed, as with Neovim's defaults.
  const workspace = workspaceClient('miitel-hygiene-', { pull: false, configuration: false });
  let client: TestClient;
  before(() => (client = workspace.client));

  it('refuses a second initialize, and a change is still published once', async () => {
    await assert.rejects(client.initializeAgain(), (error: unknown) => error instanceof ResponseError && error.code === -32600);
    const uri = workspace.uriOf('again.csv');
    const opened = client.nextPublish(uri, 1);
    await client.open(uri, ONE_MISTAKE);
    await opened;
    for (const version of [2, 3]) {
      const published = client.nextPublish(uri, version);
      await client.change(uri, ONE_MISTAKE.replace('99', String(90 + version)));
      await published;
    }
    assert.equal(client.publishCount(uri), 3, 'one publish per version');
    await client.close(uri);
  });

  it('coalesces a storm of configuration changes into about one re-check per open document', async () => {
    const uris = [0, 1, 2, 3, 4].map((i) => workspace.uriOf(`storm${i}.csv`));
    for (const uri of uris) {
      const published = client.nextPublish(uri, 1);
      await client.open(uri, ONE_MISTAKE);
      await published;
    }
    const before = uris.map((uri) => client.publishCount(uri));
    const rechecked = uris.map((uri) => client.nextPublish(uri));
    for (let i = 0; i < CHANGES; i++) await client.changeConfiguration({ maxProblems: 100 + i });
    await Promise.all(rechecked);
    // A change after the storm: once it is published, the storm's re-checks (scheduled earlier) are done.
    const sentinel = client.nextPublish(uris[0]!, 2);
    await client.change(uris[0]!, ONE_MISTAKE.replace('99', '98'));
    await sentinel;
    const storm = uris.reduce((sum, uri, i) => sum + client.publishCount(uri) - (before[i] ?? 0), 0) - 1;
    assert.ok(storm >= uris.length && storm <= 2 * uris.length, `${storm} publishes for ${CHANGES} changes × ${uris.length} files`);
    for (const uri of uris) await client.close(uri);
  });
});

describe('protocol: settings outside their schema', () => {
  const workspace = workspaceClient('miitel-hygiene-pull-', { pull: true });

  it('takes maxProblems 0 as 1 and says so once in the log, naming the setting', async () => {
    const { client } = workspace;
    client.settings = { maxProblems: 0 };
    const uri = workspace.uriOf('zero.csv');
    await client.open(uri, `${HEADER}\nsato@miitel.jp,Sato Taro,Xd7!kP2q,0,99\nsuzuki@miitel.jp,Suzuki Hanako,Qm4#tR8w,7,0\n`);
    assert.equal((await client.pull(uri)).length, 1);
    assert.equal((await client.pull(uri)).length, 1);
    assert.equal(client.logs.filter((line) => line.includes('miitelCsv.maxProblems')).length, 1);
    await client.close(uri);
  });
});
