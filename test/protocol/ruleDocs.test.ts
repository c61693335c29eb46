/**
 * The explanation pages over the protocol: every diagnostic's code links to its page of the
 * installation (`codeDescription.href`, a `file:` URI of docs/rules/ next to dist/), in the language
 * of the findings; code actions asked for without a kind end with one "Learn more" action per code,
 * which is no fix (no kind, no edit, never preferred) and is absent when only quick fixes or
 * fix-all are asked for.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CodeAction, Command } from 'vscode-languageserver-protocol';
import { TestClient } from './harness';
import { HEADER } from './text';

const ROOT = join(__dirname, '../../..');
const page = (path: string) => pathToFileURL(join(ROOT, 'docs/rules', path)).href;
const uri = 'file:///rule-docs/users.csv';
// Locale spelled out, and a name with spaces around it: two codes on one row.
const TEXT = [HEADER, 'sato@miitel.jp, Sato Taro ,Xd7!kP2q,English,0,0,0,0,0,0,1', ''].join('\r\n');

async function withClient(locale: string, body: (client: TestClient) => Promise<void>): Promise<void> {
  const client = await TestClient.start({ pull: true, locale });
  try {
    await client.open(uri, TEXT);
    await body(client);
  } finally {
    await client.stop();
  }
}

describe('protocol: the explanation pages of the codes', () => {
  it('links every diagnostic to its installed page, and offers "Learn more" once per code as no fix', async () => {
    await withClient('en', async (client) => {
      const diagnostics = await client.pull(uri);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.codeDescription?.href]),
        [
          ['value/whitespace', page('value-whitespace.md')],
          ['value/not-allowed', page('value-not-allowed.md')],
        ],
      );
      for (const d of diagnostics) assert.ok(existsSync(fileURLToPath(d.codeDescription?.href ?? '')));

      const row = { start: { line: 1, character: 0 }, end: { line: 1, character: 40 } };
      const actions = (await client.codeActions(uri, row, diagnostics)) as (Command | CodeAction)[];
      const learnMore = actions.filter((a) => a.title.startsWith('Learn more'));
      assert.deepEqual(learnMore, [
        {
          title: 'Learn more about value/whitespace',
          command: {
            title: 'Learn more about value/whitespace',
            command: 'miitelCsv.showRuleDoc',
            arguments: [page('value-whitespace.md')],
          },
        },
        {
          title: 'Learn more about value/not-allowed',
          command: {
            title: 'Learn more about value/not-allowed',
            command: 'miitelCsv.showRuleDoc',
            arguments: [page('value-not-allowed.md')],
          },
        },
      ]);
      // After the fixes, which keep their order.
      assert.deepEqual(actions.slice(-2), learnMore);
      assert.ok(actions.slice(0, -2).every((a) => 'kind' in a && a.kind === 'quickfix'));

      const quickFixes = (await client.codeActions(uri, row, diagnostics, ['quickfix'])) as CodeAction[];
      assert.deepEqual(
        quickFixes.map((a) => a.kind),
        ['quickfix', 'quickfix'],
      );
      const fixAll = (await client.codeActions(uri, row, [], ['source.fixAll.miitelCsv'])) as CodeAction[];
      assert.deepEqual(
        fixAll.map((a) => a.kind),
        ['source.fixAll.miitelCsv'],
      );
    });
  });

  it('links to the Japanese page when the findings are in Japanese', async () => {
    await withClient('ja', async (client) => {
      const diagnostics = await client.pull(uri);
      assert.deepEqual(
        diagnostics.map((d) => d.codeDescription?.href),
        [page('ja/value-whitespace.md'), page('ja/value-not-allowed.md')],
      );
      const row = { start: { line: 1, character: 0 }, end: { line: 1, character: 40 } };
      const actions = (await client.codeActions(uri, row, diagnostics)) as CodeAction[];
      assert.equal(actions.at(-1)?.title, 'value/not-allowed の詳細を表示');
    });
  });
});
