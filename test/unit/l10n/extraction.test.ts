/**
 * The English bundle is what the sources say (a message added without `npm run l10n` fails here),
 * every message a translator sees is a literal the extraction finds, and every translation has
 * exactly the English keys with the same placeholders. Generic: a new language is one more file.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleProblems, L10N_DIR, loadExtraction, readJson, ROOT, translations } from './bundles';

describe('l10n: message extraction and bundles', () => {
  it('the committed l10n/bundle.l10n.json equals a fresh extraction (run npm run l10n after changing a message)', async () => {
    const { extractMessages, bundleText } = await loadExtraction();
    const { keys } = extractMessages(ROOT);
    assert.ok(keys.length > 100, `only ${keys.length} messages found`);
    assert.equal(readFileSync(join(L10N_DIR, 'bundle.l10n.json'), 'utf8'), bundleText(keys));
  });

  it('every t() call has a literal message or one kept as msg() data, never one built in the call', async () => {
    const { extractMessages } = await loadExtraction();
    assert.deepEqual(extractMessages(ROOT).computed, []);
  });

  it('finds the keys of t, msg, plural and vscode.l10n.t, and flags template literals, concatenations and conditions', async () => {
    const { extractMessages } = await loadExtraction();
    const root = mkdtempSync(join(tmpdir(), 'l10n-extract-'));
    try {
      mkdirSync(join(root, 'server/src'), { recursive: true });
      mkdirSync(join(root, 'client/src'), { recursive: true });
      writeFileSync(
        join(root, 'server/src/a.ts'),
        [
          "import { t as tr, msg, plural } from '../../shared/l10n';",
          "const t = (s: string) => s; t('not the layer');",
          "tr('Literal {0}', 1); tr(`Template literal`);",
          "const data = { reason: msg('In data') }; tr(data.reason);",
          "plural(2, { one: 'One {0}', other: msg('Other {0}') }, 2);",
          "tr(`Built ${data.reason}`); tr('a' + data.reason); tr(data ? 'x' : 'y');",
        ].join('\n'),
      );
      writeFileSync(join(root, 'client/src/b.ts'), "import * as vscode from 'vscode'; vscode.l10n.t('From the client');");
      const { keys, computed } = extractMessages(root);
      assert.deepEqual(keys, ['From the client', 'In data', 'Literal {0}', 'One {0}', 'Other {0}', 'Template literal']);
      assert.deepEqual(
        computed.map((c) => [c.file, c.line]),
        [
          ['server/src/a.ts', 6],
          ['server/src/a.ts', 6],
          ['server/src/a.ts', 6],
        ],
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('every l10n/bundle.l10n.<lang>.json has exactly the English keys, with the same placeholders', () => {
    const english = Object.keys(readJson(join(L10N_DIR, 'bundle.l10n.json')));
    for (const [language, file] of translations(L10N_DIR, 'bundle.l10n')) {
      assert.deepEqual(bundleProblems(english, readJson(file)), [], `l10n/bundle.l10n.${language}.json`);
    }
  });

  it('the bundle check finds missing and extra keys, changed placeholders and values that are not messages', () => {
    const english = ['Hello {0}', 'Bye', 'Named {name}', 'Literal { | } braces'];
    assert.deepEqual(
      bundleProblems(english, { 'Hello {0}': 'Halo {0}', Bye: 'Dah', 'Named {name}': '{name}', 'Literal { | } braces': 'x' }),
      [],
    );
    assert.deepEqual(
      bundleProblems(english, { 'Hello {0}': 'Halo', Bye: 3, 'Named {name}': { message: '{nama}', comment: [] }, Extra: 'x' }),
      [
        'missing: Literal { | } braces',
        'placeholders {} instead of {0}: Hello {0}',
        'not a message: Bye',
        'placeholders {nama} instead of {name}: Named {name}',
        'extra: Extra',
      ],
    );
  });
});
