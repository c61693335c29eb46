/**
 * The language of the server's findings over the protocol: the editor's display language
 * (`InitializeParams.locale`), `miitelCsv.language` in `initializationOptions`, and a change of the
 * setting while files are open, which renders their findings again without a restart.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CodeAction, Diagnostic, MarkupContent } from 'vscode-languageserver-protocol';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { configureL10n } from '../../shared/l10n';
import { checkText } from '../../server/src/service/languageService';
import { loadLanguage } from '../../server/src/localization';
import { TestClient } from './harness';
import { offsetOf, positionAt } from './text';

const ROOT = join(__dirname, '../../..');
const text = readFileSync(join(ROOT, 'examples/users.csv'), 'utf8');
const uri = 'file:///language/users.csv';
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

const messages = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map((d) => (typeof d.message === 'string' ? d.message : d.message.value));

/** The example's messages as the service renders them in `language`. */
function rendered(language: string): string[] {
  try {
    loadLanguage(language);
    return checkText(text, DEFAULT_SETTINGS).problems.map((p) => p.message);
  } finally {
    configureL10n('en', undefined);
  }
}

/** Starts a client, opens the example and hands both to `body`; stops the server after. */
async function withClient(options: Parameters<typeof TestClient.start>[0], body: (client: TestClient) => Promise<void>): Promise<void> {
  const client = await TestClient.start(options);
  try {
    await client.open(uri, text);
    await body(client);
  } finally {
    await client.stop();
  }
}

describe('protocol: the language of the findings', () => {
  it('follows a Japanese display language: diagnostics, hover and quick-fix titles in Japanese', async () => {
    await withClient({ pull: true, locale: 'ja' }, async (client) => {
      const diagnostics = await client.pull(uri);
      assert.deepEqual(messages(diagnostics), rendered('ja'));
      for (const message of messages(diagnostics)) assert.match(message, JAPANESE, message);

      const hover = await client.hover(uri, positionAt(text, offsetOf(text, 'Time zone') + 2));
      assert.match((hover?.contents as MarkupContent).value, JAPANESE);

      const fullWidth = diagnostics.find((d) => d.code === 'value/full-width');
      assert.ok(fullWidth, 'the example has a full-width character');
      const actions = (await client.codeActions(uri, fullWidth.range, [fullWidth])) as CodeAction[];
      assert.ok(actions.length > 0);
      for (const action of actions) assert.match(action.title, JAPANESE, action.title);
    });
  });

  it('takes miitelCsv.language from initializationOptions over the display language', async () => {
    await withClient({ pull: true, locale: 'ja', initializationOptions: { language: 'id' } }, async (client) => {
      const shown = messages(await client.pull(uri));
      assert.deepEqual(shown, rendered('id'));
      assert.notDeepEqual(shown, rendered('en'));
    });
    await withClient({ pull: true, locale: 'ja', initializationOptions: { language: 'en' } }, async (client) => {
      assert.deepEqual(messages(await client.pull(uri)), rendered('en'));
    });
  });

  it('falls back to English for a display language without a translation, and for an unknown setting', async () => {
    await withClient({ pull: true, locale: 'fr', initializationOptions: { language: 'klingon' } }, async (client) => {
      assert.deepEqual(messages(await client.pull(uri)), rendered('en'));
    });
  });

  it('renders the open files again when the setting changes, without a restart (pull client)', async () => {
    await withClient({ pull: true, locale: 'en' }, async (client) => {
      assert.deepEqual(messages(await client.pull(uri)), rendered('en'));
      let refreshed = client.nextRefresh();
      await client.changeConfiguration({ language: 'ja' });
      await refreshed;
      assert.deepEqual(messages(await client.pull(uri)), rendered('ja'));
      refreshed = client.nextRefresh();
      await client.changeConfiguration({ language: 'auto' });
      await refreshed;
      assert.deepEqual(messages(await client.pull(uri)), rendered('en'));
    });
  });

  it('renders the open files again when the pushed setting changes (client without workspace/configuration)', async () => {
    const client = await TestClient.start({ pull: false, configuration: false, locale: 'en' });
    try {
      const first = client.nextPublish(uri);
      await client.open(uri, text);
      assert.deepEqual(messages((await first).diagnostics), rendered('en'));
      const again = client.nextPublish(uri);
      await client.changeConfiguration({ language: 'id' });
      assert.deepEqual(messages((await again).diagnostics), rendered('id'));
    } finally {
      await client.stop();
    }
  });
});
