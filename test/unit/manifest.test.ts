import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES } from '../../shared/codes';
import { DEFAULT_SETTINGS, resolveSettings } from '../../shared/settings';
import { PRODUCTS, SEATS } from '../../shared/spec';

interface PropertySchema {
  default?: unknown;
  scope?: string;
  markdownDescription?: string;
  items?: { enum?: string[]; enumDescriptions?: string[] };
  properties?: Record<string, unknown>;
  propertyNames?: { enum?: string[] };
  additionalProperties?: { enum?: string[] };
}

// Compiled to out/test/unit: the manifest is three levels up.
const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, PropertySchema> }; languages: { id: string; extensions: string[] }[] };
};
const properties = manifest.contributes.configuration.properties;
const prop = (key: string) => properties[`miitelCsv.${key}`];

describe('package.json manifest', () => {
  it('contributes exactly one setting per key of DEFAULT_SETTINGS, with the same default', () => {
    assert.deepEqual(Object.keys(properties).sort(), Object.keys(DEFAULT_SETTINGS).map((k) => `miitelCsv.${k}`).sort());
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) assert.deepEqual(prop(key).default, value, key);
  });

  it('gives the manifest defaults back unchanged through resolveSettings', () => {
    const defaults = Object.fromEntries(Object.keys(DEFAULT_SETTINGS).map((k) => [k, prop(k).default]));
    assert.deepEqual(resolveSettings(defaults), { ...DEFAULT_SETTINGS });
  });

  it('scopes every setting to the resource and describes it', () => {
    for (const [key, schema] of Object.entries(properties)) {
      assert.equal(schema.scope, 'resource', key);
      assert.ok((schema.markdownDescription ?? '').length > 20, key);
    }
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

  it('contributes the csv language and activates on it', () => {
    assert.ok(manifest.contributes.languages.some((l) => l.id === 'csv' && l.extensions.includes('.csv')));
    assert.deepEqual(manifest.activationEvents, ['onLanguage:csv', 'workspaceContains:**/*.csv']);
  });
});
