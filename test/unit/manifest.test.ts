import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES } from '../../shared/codes';
import { DEFAULT_SETTINGS, ORGANISATION_ONLY, resolveSettings } from '../../shared/settings';
import { LANGUAGE_SETTINGS } from '../../shared/languages';
import { PRODUCTS, SEATS } from '../../shared/formats/index';

interface PropertySchema {
  default?: unknown;
  scope?: string;
  markdownDescription?: string;
  items?: { enum?: string[]; enumDescriptions?: string[] };
  enum?: string[];
  enumDescriptions?: string[];
  properties?: Record<string, unknown>;
  propertyNames?: { enum?: string[] };
  additionalProperties?: { enum?: string[] };
}

// Compiled to out/test/unit: the manifest is three levels up. Its `%key%` texts are read from
// package.nls.json, as VS Code shows them in English.
const root = path.resolve(__dirname, '../../..');
const nls = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'), (_key, value: unknown) =>
  typeof value === 'string' && /^%[^%]+%$/.test(value) ? (nls[value.slice(1, -1)] ?? value) : value,
) as {
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, PropertySchema> }; languages: { id: string; extensions: string[] }[] };
};
const properties = manifest.contributes.configuration.properties;
const prop = (key: string): PropertySchema => {
  const schema = properties[`miitelCsv.${key}`];
  assert.ok(schema, `no setting miitelCsv.${key}`);
  return schema;
};

/**
 * DEFAULT_SETTINGS as VS Code setting keys: a group with fixed keys (`inlayHints: { enabled }`) is
 * one setting per key (`inlayHints.enabled`), as VS Code nests dotted settings; records whose keys
 * the user chooses (`seats`, `rules`, empty by default) are one setting.
 */
function flatDefaults(): Record<string, unknown> {
  const flat: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    if ((ORGANISATION_ONLY as readonly string[]).includes(key)) continue;
    const group = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0;
    if (group) for (const [sub, v] of Object.entries(value)) flat[`${key}.${sub}`] = v;
    else flat[key] = value;
  }
  return flat;
}

/** Manifest defaults nested again the way `workspace.getConfiguration('miitelCsv')` returns them. */
function nestedManifestDefaults(): Record<string, unknown> {
  const nested: Record<string, Record<string, unknown>> = {};
  for (const key of Object.keys(flatDefaults())) {
    const [head, sub] = key.split('.');
    assert.ok(head !== undefined);
    if (sub) (nested[head] ??= {})[sub] = prop(key).default;
    else (nested as Record<string, unknown>)[head] = prop(key).default;
  }
  return nested;
}

describe('package.json manifest', () => {
  it('contributes exactly one setting per key of DEFAULT_SETTINGS, with the same default', () => {
    const flat = flatDefaults();
    assert.deepEqual(
      Object.keys(properties).sort(),
      Object.keys(flat)
        .map((k) => `miitelCsv.${k}`)
        .sort(),
    );
    for (const [key, value] of Object.entries(flat)) assert.deepEqual(prop(key).default, value, key);
  });

  it('gives the manifest defaults back unchanged through resolveSettings', () => {
    assert.deepEqual(resolveSettings(nestedManifestDefaults()), { ...DEFAULT_SETTINGS });
  });

  it('scopes every setting to the resource, the language to the window, and describes each', () => {
    for (const [key, schema] of Object.entries(properties)) {
      // One server renders every document of the window, so it speaks one language.
      assert.equal(schema.scope, key === 'miitelCsv.language' ? 'window' : 'resource', key);
      assert.ok((schema.markdownDescription ?? '').length > 20, key);
    }
  });

  it('offers exactly the languages with a translation, and auto', () => {
    assert.deepEqual(prop('language').enum, [...LANGUAGE_SETTINGS]);
    assert.equal(prop('language').enumDescriptions?.length, LANGUAGE_SETTINGS.length);
  });

  it('lists exactly the diagnostic codes as rule names, with the four severities', () => {
    assert.deepEqual(prop('rules').propertyNames?.enum, DIAGNOSTIC_CODES);
    assert.deepEqual(prop('rules').additionalProperties?.enum, ['off', 'error', 'warning', 'info']);
  });

  it('lists exactly the products as subscriptions, each described', () => {
    assert.deepEqual(prop('subscriptions').items?.enum, Object.keys(PRODUCTS));
    assert.equal(prop('subscriptions').items?.enumDescriptions?.length, Object.keys(PRODUCTS).length);
  });

  it('has one seats property per seat kind', () => {
    assert.deepEqual(Object.keys(prop('seats').properties ?? {}), Object.keys(SEATS));
  });

  it('contributes the csv language and activates on it, and in a workspace with an organisation config', () => {
    assert.ok(manifest.contributes.languages.some((l) => l.id === 'csv' && l.extensions.includes('.csv')));
    // The config's own diagnostics need the server even before a CSV is opened.
    assert.deepEqual(manifest.activationEvents, ['onLanguage:csv', 'workspaceContains:**/*.csv', 'workspaceContains:**/.miitel-csv.json']);
  });
});
