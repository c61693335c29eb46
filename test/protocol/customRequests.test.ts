/**
 * The custom requests the VS Code client sends (declared in shared/protocol.ts), answered by the
 * built server: the status bar's document info, the template's text and the split plan.
 */
import * as assert from 'node:assert/strict';
import { DocumentInfoRequest, SplitPlanRequest, TemplateRequest } from '../../shared/protocol';
import { type TestClient, workspaceClient } from './harness';
import { applyEdits, HEADER } from './text';

const user = (n: number) => `user${n}@miitel.jp,User ${n},Xd7!kP2q${n},0,0,0,0,0,0,0,1`;
const crlfFile = (...lines: string[]) => [...lines, ''].join('\r\n');

describe('protocol: custom requests of the VS Code client', () => {
  const workspace = workspaceClient('miitel-custom-', { pull: true });
  const uriOf = workspace.uriOf;
  let client: TestClient;
  before(() => {
    client = workspace.client;
  });

  describe('miitelCsv/documentInfo', () => {
    it('counts the users of a MiiTel file, names its format and says nothing about any other CSV', async () => {
      await client.open(uriOf('info.csv'), crlfFile(HEADER, user(1), user(2), user(3)));
      assert.deepEqual(await client.request(DocumentInfoRequest, { uri: uriOf('info.csv') }), {
        isMiitel: true,
        users: 3,
        formatName: 'Create users',
      });
      const update = 'Login ID,User name,Extension number,Locale,Time zone,Administrative privileges';
      await client.open(uriOf('update-info.csv'), crlfFile(update, 'sato@miitel.jp,Sato,123,0,0,0'));
      assert.deepEqual(await client.request(DocumentInfoRequest, { uri: uriOf('update-info.csv') }), {
        isMiitel: true,
        users: 1,
        formatName: 'Update users',
      });
      await client.open(uriOf('other.csv'), 'a,b\n1,2\n');
      assert.deepEqual(await client.request(DocumentInfoRequest, { uri: uriOf('other.csv') }), { isMiitel: false, users: 0 });
    });
  });

  describe('miitelCsv/template', () => {
    it('answers the text of the template: the header, a row per user with its own password, CRLF', async () => {
      const result = await client.request(TemplateRequest, { rows: 3, encoding: 'shift_jis', locale: '1', timeZone: '6' });
      assert.ok(result && 'text' in result, 'a template');
      const lines = result.text.split('\r\n');
      assert.equal(lines[0], HEADER);
      assert.equal(lines.length, 5, 'a header, three rows, and a CRLF after the last row');
      const rows = lines.slice(1, 4).map((line) => line.split(','));
      for (const cells of rows) assert.deepEqual([...cells.slice(0, 2), ...cells.slice(3, 5)], ['', '', '1', '6']);
      assert.equal(new Set(rows.map((cells) => cells[2])).size, 3);
    });

    it('closes over column dependencies, as the CLI does: the Meetings bot option brings MiiTel Meetings Enable', async () => {
      const result = await client.request(TemplateRequest, { rows: 1, encoding: 'utf-8', subscriptions: ['meetingsBot'] });
      assert.ok(result && 'text' in result, 'a template');
      assert.equal(result.text.split('\r\n')[0], `${HEADER},MiiTel Meetings Enable,MiiTel Meetings Use bot`);
    });

    it('answers why the options cannot make a template, the options before the encoding', async () => {
      assert.deepEqual(await client.request(TemplateRequest, { rows: 0, encoding: 'latin1' }), {
        error: 'rows must be a whole number from 1 to 100, not "0"',
      });
      assert.deepEqual(await client.request(TemplateRequest, { rows: 2, encoding: 'latin1' }), {
        error: 'encoding must be utf-8, utf-8-bom or shift_jis, not "latin1"',
      });
      assert.deepEqual(await client.request(TemplateRequest, { rows: 2, encoding: 'utf-8', subscriptions: ['fax'] }), {
        error: 'subscriptions may hold only phoneMobile, callCenter, meetings, meetingsBot, recPod, salesforce, incomingWebhook, not "fax"',
      });
    });
  });

  describe('miitelCsv/splitPlan', () => {
    it('plans the split of the open document at its current version: the edits keep the first users, the parts hold the rest', async () => {
      const uri = uriOf('split.csv');
      const text = crlfFile(HEADER, user(1), user(2), user(3), user(4), user(5));
      await client.open(uri, text);
      const plan = await client.request(SplitPlanRequest, { uri, maxUsers: 2 });
      assert.ok(plan);
      assert.equal(plan.version, 1);
      assert.equal(applyEdits(text, plan.edits), crlfFile(HEADER, user(1), user(2)));
      assert.deepEqual(plan.parts, [crlfFile(HEADER, user(3), user(4)), crlfFile(HEADER, user(5))]);

      const edited = crlfFile(HEADER, user(1), user(2), user(3));
      const version = await client.change(uri, edited);
      const again = await client.request(SplitPlanRequest, { uri, maxUsers: 2 });
      assert.equal(again?.version, version);
      assert.deepEqual(again?.parts, [crlfFile(HEADER, user(3))]);
    });

    it('plans nothing within the limit or for a limit that is not a whole number, and answers null for a document it does not have', async () => {
      const uri = uriOf('small.csv');
      await client.open(uri, crlfFile(HEADER, user(1), user(2)));
      assert.deepEqual(await client.request(SplitPlanRequest, { uri, maxUsers: 2 }), { version: 1, edits: [], parts: [] });
      assert.deepEqual(await client.request(SplitPlanRequest, { uri, maxUsers: 0.5 }), { version: 1, edits: [], parts: [] });
      assert.equal(await client.request(SplitPlanRequest, { uri: uriOf('never-opened.csv'), maxUsers: 2 }), null);
    });
  });
});
