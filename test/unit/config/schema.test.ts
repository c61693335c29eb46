/**
 * The shipped JSON Schema and the loader agree: the file is the one definition's output, and the
 * loader accepts what the schema allows and rejects what it does not, key by key and enum by enum.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { configSchema, type JsonSchema } from '../../../shared/configSchema';
import { DIAGNOSTIC_CODES } from '../../../shared/codes';
import { parseConfig } from '../../../server/src/service/config/parseConfig';

const root = resolve(__dirname, '../../../..');
const schema = configSchema();

/** Every (path, schema) with an enum, and a config holding `value` there. */
function enums(
  s: JsonSchema,
  build: (v: unknown) => unknown,
  out: [string, readonly string[], (v: unknown) => unknown][],
  path = '',
): void {
  if (s.enum) out.push([path, s.enum, build]);
  for (const [key, sub] of Object.entries(s.properties ?? {})) enums(sub, (v) => build({ [key]: v }), out, `${path}.${key}`);
  if (s.items) enums(s.items, (v) => build([v]), out, `${path}[]`);
  if (s.additionalProperties) enums(s.additionalProperties, (v) => build({ someKey: v }), out, `${path}.*`);
}

describe('organisation config: schema ↔ loader', () => {
  it('ships the schema generated from the definition (run `npm run schema` after changing it)', () => {
    const shipped: unknown = JSON.parse(readFileSync(resolve(root, 'schemas/miitel-csv.schema.json'), 'utf8'));
    assert.deepEqual(shipped, JSON.parse(JSON.stringify(schema)));
  });

  it('associates the schema with .miitel-csv.json and ships it', () => {
    const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { contributes: { jsonValidation: unknown } };
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.miitel-csv.json', url: './schemas/miitel-csv.schema.json' }]);
    assert.match(readFileSync(resolve(root, '.vscodeignore'), 'utf8'), /^!schemas\/miitel-csv\.schema\.json$/m);
  });

  it('has the keys of the shared decision, and a rule property for every diagnostic code', () => {
    assert.deepEqual(Object.keys(schema.properties ?? {}), [
      '$schema',
      'format',
      'files',
      'subscriptions',
      'seats',
      'existingLoginIds',
      'rules',
      'maxUsersPerFile',
      'headerAliases',
      'loginIdDomains',
      'template',
    ]);
    assert.deepEqual(Object.keys(schema.properties?.rules?.properties ?? {}), [...DIAGNOSTIC_CODES]);
  });

  it('the loader accepts every enum value of the schema and rejects any other', () => {
    const all: [string, readonly string[], (v: unknown) => unknown][] = [];
    enums(schema, (v) => v, all);
    assert.ok(all.length > 40, `${all.length} enums`);
    for (const [path, values, build] of all) {
      for (const value of values) assert.deepEqual(parseConfig(JSON.stringify(build(value))).problems, [], `${path} = ${value}`);
      assert.equal(parseConfig(JSON.stringify(build('not-a-value'))).problems.length, 1, `${path} = not-a-value`);
    }
  });

  it('the loader rejects every key the schema does not declare, at each level', () => {
    const objects: [string, (v: unknown) => unknown][] = [];
    const walk = (s: JsonSchema, build: (v: unknown) => unknown, path: string) => {
      if (s.type === 'object' && s.additionalProperties === false) objects.push([path, build]);
      for (const [key, sub] of Object.entries(s.properties ?? {})) walk(sub, (v) => build({ [key]: v }), `${path}.${key}`);
    };
    walk(schema, (v) => v, '');
    assert.deepEqual(
      objects.map(([path]) => path),
      ['', '.seats', '.rules', '.template', '.template.values'],
    );
    for (const [path, build] of objects) {
      const problems = parseConfig(JSON.stringify(build({ surplus: 1 }))).problems;
      assert.deepEqual(
        problems.map((p) => p.key),
        [path === '' ? 'surplus' : `${path.slice(1)}.surplus`],
      );
    }
  });
});
