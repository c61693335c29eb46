/**
 * package.json's contributions are localised like VS Code's own extensions: every title,
 * description, enumDescription and markdownDescription is a `%key%` of package.nls.json (English),
 * and a language is one more `package.nls.<lang>.json` with exactly the same keys.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { placeholders, readJson, ROOT, translations } from './bundles';

const manifest = readJson(join(ROOT, 'package.json'));

/** Every string of `value` with its JSON path, `contributes.commands.0.title` style. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}.${i}`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

const LOCALISED = /(^|\.)(displayName|description|title|category|markdownDescription|enumDescriptions\.\d+)$/;
const manifestKeys = strings(manifest, '')
  .map(([, value]) => /^%([^%]+)%$/.exec(value)?.[1])
  .filter((key): key is string => key !== undefined);

describe('l10n: package.json and package.nls.json', () => {
  it('puts every title, description, enumDescription and markdownDescription of package.json in package.nls.json', () => {
    const texts = strings(manifest, '').filter(([path]) => LOCALISED.test(path) && !path.startsWith('scripts.'));
    assert.ok(texts.length > 30);
    for (const [path, value] of texts) assert.match(value, /^%[^%]+%$/, `${path} is not a %key%`);
  });

  it('package.nls.json has every %key% of package.json and no other', () => {
    const nls = readJson(join(ROOT, 'package.nls.json'));
    assert.deepEqual(Object.keys(nls).sort(), [...new Set(manifestKeys)].sort());
    for (const value of Object.values(nls)) assert.equal(typeof value, 'string');
  });

  it('every package.nls.<lang>.json present has exactly those keys, with the same {placeholders}', () => {
    const nls = readJson(join(ROOT, 'package.nls.json')) as Record<string, string>;
    for (const [language, file] of translations(ROOT, 'package.nls')) {
      const translated = readJson(file);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(nls).sort(), `package.nls.${language}.json`);
      for (const [key, value] of Object.entries(translated)) {
        assert.equal(typeof value, 'string', `${language}: ${key}`);
        assert.deepEqual(placeholders(value as string), placeholders(nls[key] ?? ''), `${language}: ${key}`);
      }
    }
  });

  it('names the l10n directory, and the package ships it and the manifest translations', () => {
    assert.equal(manifest.l10n, './l10n');
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!package.nls*.json'));
    assert.ok(ignore.includes('!l10n/bundle.l10n*.json'));
  });
});
