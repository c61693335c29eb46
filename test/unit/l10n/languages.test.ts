/**
 * Japanese and Indonesian, message by message: every diagnostic code (through the catalogue of
 * files that raises each one), its related information and its quick-fix titles are rendered in
 * English, Japanese and Indonesian. Japanese must read as Japanese with no English sentence left
 * (apart from the file's own header names and values, codes, setting names and product names);
 * Indonesian must differ from English. The bundles' keys themselves are checked in bundles.test.ts.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGNOSTIC_CODES } from '../../../shared/codes';
import { allowedValues, CREATE_USERS, PRODUCTS, SEATS } from '../../../shared/formats/index';
import { configureL10n, t } from '../../../shared/l10n';
import { LANGUAGES } from '../../../shared/languages';
import { loadLanguage } from '../../../server/src/localization';
import { getFixes } from '../../../server/src/service/features/fixes';
import { checkText } from '../../../server/src/service/languageService';
import { L10N_DIR, readJson, ROOT } from './bundles';
import { CATALOGUE } from './catalogue';

/** Hiragana, katakana or kanji: text a Japanese reader reads. */
export const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** What one finding shows: its message, the messages of its related locations, its fix titles. */
interface Shown {
  readonly code: string;
  readonly message: string;
  readonly related: readonly string[];
  readonly fixes: readonly string[];
}

/** Every finding of the catalogue, rendered in `language`. */
function render(language: string): Shown[] {
  try {
    assert.equal(loadLanguage(language).language, language);
    return CATALOGUE.flatMap(({ text, settings, options }) => {
      const { doc, problems } = checkText(text, settings, options);
      return problems.map((p) => ({
        code: p.code,
        message: p.message,
        related: (p.related ?? []).map((r) => r.message),
        fixes: getFixes(doc, p, 'file:///catalogue.csv').map((f) => f.title),
      }));
    });
  } finally {
    configureL10n('en', undefined);
  }
}

/** Names shown as they are in every language: header names, codes, settings, options, encodings, products. */
function names(language: string): string[] {
  try {
    loadLanguage(language);
    const products = [...Object.values(PRODUCTS), ...Object.values(SEATS)].flatMap((name) => [name, t(name)]);
    return [...CREATE_USERS.columns.map((c) => c.header), ...DIAGNOSTIC_CODES, ...products, 'Nickname'].sort((a, b) => b.length - a.length);
  } finally {
    configureL10n('en', undefined);
  }
}

/** Runs of three or more English words left in `text` once names, values and markup are taken out. */
function englishSentences(text: string, exempt: readonly string[]): string[] {
  let rest = text.replace(/"[^"]*"|「[^」]*」|`[^`]*`|miitelCsv\.[\w.]+|--[\w-]+|\S+@\S+/g, ' ');
  for (const name of exempt) rest = rest.split(name).join(' ');
  return rest.match(/[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,}){2,}/g) ?? [];
}

describe('l10n: every finding in English, Japanese and Indonesian', () => {
  let english: Shown[];
  let japanese: Shown[];
  let indonesian: Shown[];
  let jaNames: string[];
  before(() => {
    english = render('en');
    japanese = render('ja');
    indonesian = render('id');
    jaNames = names('ja');
  });

  it('the catalogue raises every diagnostic code, the same findings in each language', () => {
    assert.deepEqual([...new Set(english.map((s) => s.code))].sort(), [...DIAGNOSTIC_CODES].sort());
    assert.deepEqual(
      japanese.map((s) => [s.code, s.related.length, s.fixes.length]),
      english.map((s) => [s.code, s.related.length, s.fixes.length]),
    );
    assert.deepEqual(
      indonesian.map((s) => s.code),
      english.map((s) => s.code),
    );
    assert.deepEqual([...LANGUAGES], ['en', 'ja', 'id']);
  });

  it('Japanese: each message, related message and fix title reads as Japanese, with no English sentence', () => {
    for (const shown of japanese) {
      for (const text of [shown.message, ...shown.related, ...shown.fixes]) {
        assert.match(text, JAPANESE, `${shown.code}: ${text}`);
        assert.deepEqual(englishSentences(text, jaNames), [], `${shown.code}: ${text}`);
      }
    }
  });

  it('Indonesian: each message, related message and fix title differs from the English', () => {
    indonesian.forEach((shown, i) => {
      const en = english[i];
      assert.ok(en);
      assert.notEqual(shown.message, en.message, shown.code);
      shown.related.forEach((text, j) => assert.notEqual(text, en.related[j], `${shown.code}: ${text}`));
      shown.fixes.forEach((text, j) => assert.notEqual(text, en.fixes[j], `${shown.code}: ${text}`));
    });
  });
});

/** The cities of MiiTel's time zone labels (`(GMT+9:00) Tokyo` → `Tokyo`): names a translation may keep. */
const CITIES = CREATE_USERS.columns
  .filter((c) => c.kind === 'code' && c.codeSet === 'timeZone')
  .flatMap((c) => allowedValues(c).map((v) => v.label.replace(/^\(GMT[^)]*\)\s*/, '').replace(/\s*\[[^\]]*\]$/, '')));

/**
 * Whether `english` has words to translate: what is left once placeholders, names (products,
 * encodings, cities, GMT offsets, setting names and codes in backticks) and units are taken out.
 */
function isPhrase(english: string): boolean {
  let rest = english.replace(/\{\w+\}|`[^`]*`|\(GMT[^)]*\)|\[[A-Z/]+\]|\b(?:KB|MB|UTF-8|Shift_JIS|MiiTel CSV)\b/g, ' ');
  for (const name of [...Object.values(PRODUCTS), ...Object.values(SEATS).filter((n) => n !== 'users'), ...CITIES])
    rest = rest.split(name).join(' ');
  return /[A-Za-z]{2,}/.test(rest);
}

describe('l10n: every message of every bundle is translated', () => {
  const english = readJson(join(L10N_DIR, 'bundle.l10n.json')) as Record<string, string>;
  const nls = readJson(join(ROOT, 'package.nls.json')) as Record<string, string>;
  const value = (entry: unknown) => (typeof entry === 'string' ? entry : (entry as { message: string }).message);

  it('ships a message bundle and a manifest translation for each language but English', () => {
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      assert.ok(existsSync(join(L10N_DIR, `bundle.l10n.${language}.json`)), `l10n/bundle.l10n.${language}.json`);
      assert.ok(existsSync(join(ROOT, `package.nls.${language}.json`)), `package.nls.${language}.json`);
    }
  });

  /** The phrases of the message bundle and the manifest whose `language` value is not a translation by `translated`. */
  const untranslated = (language: string, translated: (en: string, value: string) => boolean) =>
    [
      [join(L10N_DIR, `bundle.l10n.${language}.json`), english],
      [join(ROOT, `package.nls.${language}.json`), nls],
    ].flatMap(([file, source]) => {
      const bundle = readJson(file as string);
      return Object.entries(source as Record<string, string>)
        .filter(([key, en]) => isPhrase(en) && !translated(en, value(bundle[key])))
        .map(([key]) => `${file as string}: ${key}`);
    });

  it('Japanese: every phrase of the bundle and the manifest has Japanese in it', () => {
    assert.deepEqual(
      untranslated('ja', (_en, text) => JAPANESE.test(text)),
      [],
    );
  });

  it('Indonesian: every phrase of the bundle and the manifest differs from the English', () => {
    // Indonesian writes these loanwords as English does: "1 file", "2 byte", "header", "tab", "host"
    // (MiiTel's "Hanya host", the inlay hint's shorter "host").
    const loanword = (en: string) => /^(?:\{0\} )?(?:Header|tab|byte|field|file|host)$/.test(en);
    assert.deepEqual(
      untranslated('id', (en, text) => loanword(en) || text !== en),
      [],
    );
  });
});
