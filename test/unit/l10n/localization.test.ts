/**
 * How the server and the CLI pick their language: bundle lookup (`ja-JP` → `ja`), English when
 * there is no bundle, English plus a warning when the bundle is broken, and the POSIX environment.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configureL10n, currentLocale, formatNumber, joinList, plural, t } from '../../../shared/l10n';
import { languageCandidates } from '../../../shared/languages';
import { findBundleDirectory, languageFromEnvironment, loadLanguage } from '../../../server/src/localization';
import { cliText, fixText } from '../../../server/src/service/messages';
import * as vscodeL10n from '@vscode/l10n';
import { L10N_DIR, readJson } from './bundles';

describe('l10n: choosing the language', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'l10n-load-'));
    writeFileSync(join(dir, 'bundle.l10n.json'), '{}');
  });
  afterEach(() => {
    configureL10n('en', undefined);
    rmSync(dir, { recursive: true, force: true });
  });

  it('finds the l10n directory of the repository from the compiled code', () => {
    assert.equal(findBundleDirectory(), L10N_DIR);
    assert.equal(findBundleDirectory(join(L10N_DIR, '..', 'dist')), L10N_DIR);
  });

  it('loads bundle.l10n.ja.json for ja-JP, and renders its messages with Japanese plural rules', () => {
    writeFileSync(
      join(dir, 'bundle.l10n.ja.json'),
      JSON.stringify({ 'Split into files of {0} users': '{0} 人ずつのファイルに分割', '{0}, {1}': '{0}、{1}' }),
    );
    assert.deepEqual(loadLanguage('ja-JP', dir), { language: 'ja' });
    assert.equal(currentLocale(), 'ja');
    // Japanese has only the `other` form: one user still takes the `other` message.
    assert.equal(fixText.splitFile(1), '1 人ずつのファイルに分割');
    assert.equal(joinList(['a', 'b', 'c'], 'comma'), 'a、b、c');
    assert.equal(t('Not translated {0}', 1), 'Not translated 1');
  });

  it('prefers the most specific bundle: pt-BR over pt', () => {
    writeFileSync(join(dir, 'bundle.l10n.pt.json'), JSON.stringify({ Header: 'Cabeçalho' }));
    writeFileSync(join(dir, 'bundle.l10n.pt-br.json'), JSON.stringify({ Header: 'Cabeçalho (BR)' }));
    assert.deepEqual(loadLanguage('pt-BR', dir), { language: 'pt-br' });
    assert.equal(t('Header'), 'Cabeçalho (BR)');
  });

  it('stays in English without a bundle, for English, and for a tag that is not a language', () => {
    writeFileSync(join(dir, 'bundle.l10n.ja.json'), JSON.stringify({ Header: 'ヘッダー' }));
    for (const language of [undefined, '', 'en', 'en-GB', 'fr', '../ja', 'ja/../../x', 'ja.json']) {
      loadLanguage('ja', dir);
      assert.deepEqual(loadLanguage(language, dir), { language: 'en' }, String(language));
      assert.equal(t('Header'), 'Header');
      assert.equal(currentLocale(), 'en');
    }
    assert.deepEqual(loadLanguage('ja', join(dir, 'no-such-directory')), { language: 'en' });
  });

  it('falls back to English with a warning for a broken, oversized or misshapen bundle, and skips a directory', () => {
    const cases: [string, string][] = [
      ['{ not json', 'cannot be read as JSON'],
      ['["a list"]', 'is not a JSON object'],
      [JSON.stringify({ Header: 3 }), 'has a value that is neither'],
      [`{"Header": "${'x'.repeat(2_000_001)}"}`, 'is larger than'],
    ];
    for (const [content, why] of cases) {
      writeFileSync(join(dir, 'bundle.l10n.ja.json'), content);
      const result = loadLanguage('ja', dir);
      assert.equal(result.language, 'en');
      assert.match(result.warning ?? '', new RegExp(why));
      assert.equal(t('Header'), 'Header');
    }
    rmSync(join(dir, 'bundle.l10n.ja.json'));
    mkdirSync(join(dir, 'bundle.l10n.ja.json'));
    assert.deepEqual(loadLanguage('ja', dir), { language: 'en' });
  });

  it('accepts { message, comment } entries, and a key named like an Object method stays English', () => {
    writeFileSync(join(dir, 'bundle.l10n.id.json'), JSON.stringify({ Header: { message: 'Tajuk', comment: ['outline'] } }));
    loadLanguage('id', dir);
    assert.equal(t('Header'), 'Tajuk');
    assert.equal(t('constructor'), 'constructor');
  });

  it('reads the language of LC_ALL, then LC_MESSAGES, then LANG; C and POSIX are English', () => {
    assert.equal(languageFromEnvironment({ LANG: 'ja_JP.UTF-8' }), 'ja_JP');
    assert.equal(languageFromEnvironment({ LC_ALL: 'id_ID.UTF-8', LC_MESSAGES: 'fr', LANG: 'ja_JP.UTF-8' }), 'id_ID');
    assert.equal(languageFromEnvironment({ LC_ALL: '', LC_MESSAGES: 'de_DE@euro', LANG: 'ja' }), 'de_DE');
    assert.equal(languageFromEnvironment({ LANG: 'C.UTF-8' }), undefined);
    assert.equal(languageFromEnvironment({ LC_ALL: 'POSIX' }), undefined);
    assert.equal(languageFromEnvironment({}), undefined);
    assert.deepEqual(languageCandidates('ja_JP'), ['ja-JP', 'ja-jp', 'ja']);
  });

  it('renders exactly as @vscode/l10n does: every English key, positional and named arguments, pseudo and commented entries', () => {
    const keys = [...Object.keys(readJson(join(L10N_DIR, 'bundle.l10n.json'))), 'a {x} b {0}{1} { | } {2}', '{0}', '', 'no placeholder'];
    const pseudo = Object.fromEntries(
      keys.map((k, i) => [k, i % 3 === 0 ? { message: `⟪${k}⟫`, comment: ['c'] } : i % 3 === 1 ? `[${k}]` : '']),
    );
    for (const bundle of [undefined, pseudo]) {
      configureL10n('en', bundle);
      for (const key of keys) {
        assert.equal(t(key), vscodeL10n.t(key), key);
        assert.equal(t(key, 'A', 2, true), vscodeL10n.t(key, 'A', 2, true), key);
        assert.equal(t(key, { x: 'X', name: 'N', 0: 'zero' }), vscodeL10n.t(key, { x: 'X', name: 'N', 0: 'zero' }), key);
      }
    }
  });

  it('formats numbers for the language, and as English for a tag Intl refuses', () => {
    configureL10n('de', {});
    assert.equal(formatNumber(1234567), '1.234.567');
    configureL10n('not a tag!', {});
    assert.equal(formatNumber(1234567), '1,234,567');
    assert.equal(plural(1, { one: 'one', other: 'other' }), 'one');
  });

  it('keeps the English plural forms and lists of before', () => {
    assert.equal(plural(1, { one: 'one {0}', other: 'many {0}' }, 1), 'one 1');
    assert.equal(plural(0, { one: 'one {0}', other: 'many {0}' }, 0), 'many 0');
    assert.equal(joinList(['a'], 'or'), 'a');
    assert.equal(joinList(['a', 'b'], 'or'), 'a or b');
    assert.equal(joinList(['a', 'b', 'c'], 'or'), 'a, b or c');
    assert.equal(cliText.summary(1, 1, { error: 1, warning: 2, info: 3 }), '1 file, 1 user: 1 error, 2 warnings, 3 info');
    assert.equal(cliText.summary(2, 0, { error: 0, warning: 0, info: 0 }), '2 files, 0 users: ✓ no problems');
  });
});
