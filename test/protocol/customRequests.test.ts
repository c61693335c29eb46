/**
 * The custom requests the VS Code client sends (declared in shared/protocol.ts), answered by the
 * built server: the status bar's document info, the template's text and the split plan.
 */
import * as assert from 'node:assert/strict';
import { CellInfoRequest, DocumentInfoRequest, FixAllRequest, SplitPlanRequest, TemplateRequest } from '../../shared/protocol';
import { type TestClient, workspaceClient } from './harness';
import { applyEdits, HEADER, offsetOf, positionAt } from './text';

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
        formatId: 'createUsers',
        headers: HEADER.split(','),
      });
      const update = 'Login ID,User name,Extension number,Locale,Time zone,Administrative privileges';
      await client.open(uriOf('update-info.csv'), crlfFile(update, 'sato@miitel.jp,Sato,123,0,0,0'));
      assert.deepEqual(await client.request(DocumentInfoRequest, { uri: uriOf('update-info.csv') }), {
        isMiitel: true,
        users: 1,
        formatName: 'Update users',
        formatId: 'updateUsers',
        headers: update.split(','),
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

  describe('miitelCsv/cellInfo', () => {
    const multiLine = 'sato@miitel.jp,"Sato, Taro\r\nJr.",Xd7!kP2q,1,6,0,0,0,0,0,1';

    it('names the column under the caret, after a quoted field holding a comma and a line break, with what its code means', async () => {
      const uri = uriOf('caret.csv');
      const text = crlfFile(HEADER, multiLine);
      await client.open(uri, text);
      const position = positionAt(text, offsetOf(text, ',6,') + 1);
      assert.equal(position.line, 2, 'the caret is on the second line of the user');
      assert.deepEqual(await client.request(CellInfoRequest, { uri, version: 1, position }), {
        version: 1,
        column: 5,
        columns: 11,
        name: 'Time zone',
        code: '6',
        meaning: '(GMT+7:00) Jakarta',
      });
    });

    it('gives only the name of the Password column, never its value', async () => {
      const uri = uriOf('caret-password.csv');
      const text = crlfFile(HEADER, multiLine);
      await client.open(uri, text);
      const info = await client.request(CellInfoRequest, { uri, version: 1, position: positionAt(text, offsetOf(text, 'kP2q')) });
      assert.deepEqual(info, { version: 1, column: 3, columns: 11, name: 'Password' });
      assert.ok(!JSON.stringify(info).includes('kP2q'));
    });

    it('answers only for the version the client names, in a semicolon-separated file too, and nothing for another CSV', async () => {
      const uri = uriOf('caret-version.csv');
      await client.open(uri, crlfFile(HEADER, multiLine));
      const semicolons = crlfFile(HEADER, multiLine).replaceAll(',', ';');
      const version = await client.change(uri, semicolons);
      const position = positionAt(semicolons, offsetOf(semicolons, ';1;') + 1);
      // An answer for the old text would name the column of another position.
      assert.equal(await client.request(CellInfoRequest, { uri, version: version - 1, position }), null);
      assert.deepEqual(await client.request(CellInfoRequest, { uri, version, position }), {
        version,
        column: 4,
        columns: 11,
        name: 'Locale',
        code: '1',
        meaning: 'English',
      });
      await client.open(uriOf('caret-other.csv'), 'a,b\n1,2\n');
      assert.equal(
        await client.request(CellInfoRequest, { uri: uriOf('caret-other.csv'), version: 1, position: { line: 1, character: 0 } }),
        null,
      );
    });
  });

  describe('miitelCsv/fixAll', () => {
    it('answers the fix-all edit with its count and summary; nothing to fix in a clean file; null for another CSV', async () => {
      const uri = uriOf('fix-all-command.csv');
      const text = crlfFile(HEADER, 'sato@miitel.jp,Sato Taro,Xd7!kP2q,English,Tokyo, 1,0,0,0,0,１');
      await client.open(uri, text);
      const outcome = await client.request(FixAllRequest, { uri });
      assert.ok(outcome && 'edits' in outcome, 'fix-all ran');
      assert.deepEqual(
        { ...outcome, edits: undefined },
        {
          version: 1,
          edits: undefined,
          count: 4,
          summary: 'Fixed 4 problems: 2 codes written as words or numbers, 1 value with spaces around it, 1 value in full-width characters',
        },
      );
      const fixed = applyEdits(text, outcome.edits);
      assert.equal(fixed, crlfFile(HEADER, 'sato@miitel.jp,Sato Taro,Xd7!kP2q,1,0,1,0,0,0,0,1'));
      const version = await client.change(uri, fixed);
      assert.deepEqual(await client.request(FixAllRequest, { uri }), { version, edits: [], count: 0, summary: '' });
      await client.open(uriOf('fix-all-other.csv'), 'a,b\n1,2\n');
      assert.equal(await client.request(FixAllRequest, { uri: uriOf('fix-all-other.csv') }), null);
    });

    it('refuses, saying why, on a file above miitelCsv.largeFileThreshold', async () => {
      const uri = uriOf('fix-all-command-large.csv');
      await client.changeConfiguration({ largeFileThreshold: 100 });
      try {
        await client.open(uri, crlfFile(HEADER, 'sato@miitel.jp,Sato Taro,Xd7!kP2q,English,0,0,0,0,0,0,1'));
        const outcome = await client.request(FixAllRequest, { uri });
        assert.ok(outcome && 'refused' in outcome);
        assert.match(outcome.refused, /^Fix-all is offered only for files up to 100 bytes/);
      } finally {
        await client.changeConfiguration({});
      }
    });
  });
});
