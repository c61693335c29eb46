/**
 * `miitelCsv/newUserValues`, the table view's "Add user" and "Duplicate": fresh passwords from the
 * template's generator, never one the document already holds and never in a log line, and the
 * organisation config's template defaults by header.
 */
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DocumentInfoRequest, NewUserValuesRequest } from '../../shared/protocol';
import { workspaceClient } from './harness';
import { HEADER } from './text';

describe('protocol: miitelCsv/newUserValues', () => {
  const workspace = workspaceClient('miitel-new-user-', { pull: true });

  it('makes as many fresh 12-character passwords as asked, all different, none logged', async () => {
    const uri = workspace.uriOf('users.csv');
    await workspace.client.open(uri, `${HEADER}\r\nsato@miitel.jp,Sato,Xk7mQ2pLw9Rt,0,0,0,0,0,0,0,1\r\n`);
    const answer = await workspace.client.request(NewUserValuesRequest, { uri, passwords: 3 });
    assert.ok(answer);
    assert.equal(answer.passwords.length, 3);
    for (const password of answer.passwords) {
      assert.match(password, /^(?=.*[A-Z])(?=.*[a-z])(?=.*[2-9])[A-HJ-NP-Za-km-z2-9]{12}$/);
      assert.ok(!workspace.client.logs.some((line) => line.includes(password)), 'a password was logged');
    }
    assert.equal(new Set(answer.passwords).size, 3);
    assert.ok(!answer.passwords.includes('Xk7mQ2pLw9Rt'));
    assert.deepEqual(answer.values, {});
    await workspace.client.close(uri);
  });

  it('makes at least one and at most 1,000 passwords, whatever it is asked', async () => {
    const uri = workspace.uriOf('any.csv');
    assert.equal((await workspace.client.request(NewUserValuesRequest, { uri, passwords: 0 }))?.passwords.length, 1);
    assert.equal((await workspace.client.request(NewUserValuesRequest, { uri, passwords: 5000 }))?.passwords.length, 1000);
  });

  it("gives the organisation config's template Locale, Time zone and values by header", async () => {
    const config = { template: { locale: '1', timeZone: '6', values: { 'Administrative privileges': '1' } } };
    writeFileSync(fileURLToPath(workspace.uriOf('.miitel-csv.json')), JSON.stringify(config));
    await workspace.client.filesChanged([workspace.uriOf('.miitel-csv.json')]);
    const answer = await workspace.client.request(NewUserValuesRequest, { uri: workspace.uriOf('users.csv'), passwords: 1 });
    assert.deepEqual(answer?.values, { Locale: '1', 'Time zone': '6', 'Administrative privileges': '1' });
  });

  it("names each header as the server reads it, the config's header aliases applied, for the table's columns", async () => {
    const config = { headerAliases: { 'E-mail': 'Login ID', Zone: 'Time zone' } };
    writeFileSync(fileURLToPath(workspace.uriOf('.miitel-csv.json')), JSON.stringify(config));
    await workspace.client.filesChanged([workspace.uriOf('.miitel-csv.json')]);
    const uri = workspace.uriOf('aliased.csv');
    const header = HEADER.replace('Login ID', 'E-mail').replace('Time zone', 'Zone');
    await workspace.client.open(uri, `${header},Note\r\nsato@miitel.jp,Sato,Xk7mQ2pLw9Rt,0,0,0,0,0,0,0,1,x\r\n`);
    const info = await workspace.client.request(DocumentInfoRequest, { uri });
    assert.deepEqual(info?.headers, [...HEADER.split(','), null]);
    await workspace.client.close(uri);
  });
});
