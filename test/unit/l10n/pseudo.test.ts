/**
 * Pseudo-localisation: with a bundle that wraps every message in ⟪…⟫, every line a user reads —
 * diagnostics, hovers, quick-fix titles, the outline, the CLI's report and help, the server's
 * diagnostics over the protocol — must come out wrapped. English left outside the brackets is text
 * that does not go through the localisation layer (glued in code, or a forgotten string).
 *
 * The bundle is written as l10n/bundle.l10n.qps-ploc.json (the pseudo-locale tag) for the duration
 * of this file only, so the built CLI and server find it where they find real translations.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, MarkupContent } from 'vscode-languageserver-types';
import { DIAGNOSTIC_CODES } from '../../../shared/codes';
import { configureL10n } from '../../../shared/l10n';
import { DEFAULT_SETTINGS, resolveSettings } from '../../../shared/settings';
import { CREATE_USERS } from '../../../shared/formats/index';
import { loadLanguage } from '../../../server/src/localization';
import { getDocumentSymbols } from '../../../server/src/service/features/documentSymbols';
import { getFixes } from '../../../server/src/service/features/fixes';
import { doHover } from '../../../server/src/service/features/hover';
import { checkText } from '../../../server/src/service/languageService';
import { fixAllText, fixText } from '../../../server/src/service/messages';
import { TestClient } from '../../protocol/harness';
import { L10N_DIR, readJson, ROOT } from './bundles';

const PSEUDO = 'qps-ploc';
const PSEUDO_FILE = join(L10N_DIR, `bundle.l10n.${PSEUDO}.json`);
const EXAMPLE = 'examples/users.csv';
const text = readFileSync(join(ROOT, EXAMPLE), 'utf8');

/**
 * Strings shown as they are, not messages of this layer: the file's own cells (user data), column
 * headers (the CSV's literal text, which MiiTel matches in English), diagnostic codes and setting
 * names. The format's data (column descriptions, code labels, product and seat names) is rendered
 * through the layer like every message, so it is not exempt.
 */
const EXEMPT = [
  ...text.split(/[\r\n,]+/).map((cell) => cell.replace(/^"|"$/g, '')),
  ...CREATE_USERS.columns.map((c) => c.header),
  ...DIAGNOSTIC_CODES,
]
  .filter((s) => s.length > 1)
  .sort((a, b) => b.length - a.length);

/** The English text of `shown` outside every ⟪…⟫ and exempt string, one entry per line that has some. */
function unlocalised(shown: string): string[] {
  let rest = shown;
  for (let previous = ''; previous !== rest;) {
    previous = rest;
    rest = rest.replace(/⟪[^⟪⟫]*⟫/g, '');
  }
  for (const exempt of EXEMPT) rest = rest.split(exempt).join('');
  return rest.split('\n').filter((line) => /[A-Za-z]{2,}/.test(line));
}

/** Asserts that each of `texts` is pseudo-localised: wrapped, with no English outside the brackets. */
function assertPseudo(what: string, texts: readonly string[]): void {
  assert.ok(texts.length > 0, `${what}: nothing to check`);
  for (const shown of texts) {
    assert.match(shown, /⟪/, `${what}: not localised: ${shown}`);
    assert.deepEqual(unlocalised(shown), [], `${what}: English outside the layer in: ${shown}`);
  }
}

/** Markdown as the reader sees it: backslash escapes resolved. */
const plain = (markdown: string) => markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');

describe('l10n: pseudo-localisation of every user-visible line', () => {
  before(() => {
    const english = readJson(join(L10N_DIR, 'bundle.l10n.json'));
    writeFileSync(PSEUDO_FILE, JSON.stringify(Object.fromEntries(Object.keys(english).map((key) => [key, `⟪${key}⟫`]))));
    assert.deepEqual(loadLanguage(PSEUDO), { language: PSEUDO });
  });
  after(() => {
    rmSync(PSEUDO_FILE, { force: true });
    configureL10n('en', undefined);
  });

  const settings = resolveSettings({ subscriptions: ['callCenter'], seats: { users: 3, phone: 2 } });
  const document = TextDocument.create('file:///users.csv', 'csv', 1, text);

  it('diagnostics, quick-fix titles and the fix-all title', () => {
    const { doc, problems } = checkText(text, settings, { existingLoginIds: ['d.okafor@example.com'] });
    assertPseudo(
      'diagnostics',
      problems.map((p) => p.message),
    );
    assert.ok(problems.length >= 8);
    const titles = problems.flatMap((p) => getFixes(doc, p, document.uri).map((f) => f.title));
    assert.ok(titles.length >= 5);
    assertPseudo('quick fixes', [...titles, fixText.fixAll, fixAllText.title(1), fixAllText.title(12)]);
    const everyKind = {
      delimiter: 1,
      fieldCount: 2,
      header: 1,
      missingColumn: 1,
      templateRow: 3,
      whitespace: 1,
      fullWidth: 1,
      code: 5,
      extensionNumber: 1,
    };
    assertPseudo('the fix-all summary', [
      fixAllText.summary(everyKind),
      fixAllText.log('file:///users.csv', fixAllText.summary({ code: 1 })),
    ]);
  });

  it('hovers on the header, a Login ID, a password, a valid and an invalid code cell', () => {
    const { doc, problems } = checkText(text, DEFAULT_SETTINGS);
    const lines = text.split('\n');
    const offsetOf = (line: number, needle: string) =>
      lines.slice(0, line).reduce((sum, l) => sum + l.length + 1, 0) + (lines[line] ?? '').indexOf(needle);
    const hovers = [
      offsetOf(0, 'Login ID'),
      offsetOf(0, 'MiiTel Phone Enable'),
      offsetOf(1, 'sato.taro'),
      offsetOf(1, 'Xk7mQ2pLw9Rt'),
      offsetOf(6, 'Tq7mB2x'),
      offsetOf(2, '11'),
      offsetOf(3, 'Tokyo'),
      offsetOf(8, 'Montgomery'),
    ].map((offset) => plain((doHover(document, doc, offset, problems)?.contents as MarkupContent).value));
    assertPseudo('hovers', hovers);
  });

  it('the outline, its entry for the users past the limit included', () => {
    const { doc } = checkText(text, DEFAULT_SETTINGS);
    const symbols: DocumentSymbol[] = getDocumentSymbols(document, doc, 3);
    assertPseudo(
      'document symbols',
      symbols.flatMap((s) => [s.name, ...(s.detail === undefined ? [] : [s.detail])]),
    );
  });

  describe('the built CLI with --lang', () => {
    const cli = (args: readonly string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'bin/miitel-csv.js'), ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C' },
      });

    it('prints its text report localised (the FILE:LINE:COLUMN SEVERITY CODE prefix is a format, not a message)', () => {
      const r = cli(['check', '--lang', PSEUDO, EXAMPLE]);
      assert.equal(r.status, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.ok(lines.length > 5);
      assertPseudo(
        'CLI report',
        lines.map((line) => line.replace(/^\S+:\d+:\d+ (error|warning|info) \S+ /, '')),
      );
    });

    it('prints --help and usage errors localised; LANG chooses the language too', () => {
      assertPseudo('CLI help', [cli(['--help', '--lang', PSEUDO]).stdout]);
      const usage = cli(['check', '--lang', PSEUDO, '--frobnicate']);
      assert.equal(usage.status, 2);
      assertPseudo('CLI usage error', [usage.stderr.replace(/miitel-csv: /g, '')]);
      assertPseudo('CLI missing value', [cli(['check', '--lang', PSEUDO, '--format']).stderr.replace(/miitel-csv: /g, '')]);
      const byEnvironment = spawnSync(process.execPath, [join(ROOT, 'bin/miitel-csv.js'), 'check', EXAMPLE], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: `${PSEUDO}.UTF-8` },
      });
      assertPseudo('CLI summary by LANG', [byEnvironment.stdout.trimEnd().split('\n').pop() ?? '']);
    });
  });

  it('the language server localises its diagnostics and outline label for the InitializeParams.locale it is given', async () => {
    const client = await TestClient.start({ pull: true, locale: PSEUDO });
    try {
      const provider = client.initializeResult?.capabilities.documentSymbolProvider;
      assertPseudo('outline label', [typeof provider === 'object' ? (provider.label ?? '') : '']);
      const uri = 'file:///pseudo/users.csv';
      await client.open(uri, text);
      const diagnostics = await client.pull(uri);
      assertPseudo(
        'server diagnostics',
        diagnostics.map((d) => (typeof d.message === 'string' ? d.message : d.message.value)),
      );
    } finally {
      await client.stop();
    }
  });
});
