import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../../shared/codes';
import type { FieldCountData } from '../../../server/src/service/validation/rules/csv/field-count';
import { DEFAULT_SEVERITIES, type DiagnosticDataMap, RULES } from '../../../server/src/service/validation/rules/index';

// Compiled to out/test/unit/rules: the repository root is four levels up.
const root = path.resolve(__dirname, '../../../..');

/** Compiles only when `A` and `B` are the same type. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const dataTypesDerived: [
  Same<DiagnosticDataMap['csv/field-count'], FieldCountData>,
  Same<DiagnosticDataMap['login-id/in-use'], undefined>,
] = [true, true];

describe('rule registry', () => {
  it('has every diagnostic code declared by exactly one rule', () => {
    const declared = RULES.flatMap((rule) => Object.keys(rule.codes));
    assert.deepEqual([...declared].sort(), [...DIAGNOSTIC_CODES].sort());
    assert.deepEqual(dataTypesDerived, [true, true]);
  });

  it('gives every code a default severity', () => {
    assert.deepEqual(Object.keys(DEFAULT_SEVERITIES).sort(), [...DIAGNOSTIC_CODES].sort());
  });

  it('lists exactly the codes in package.json, in documentation order', () => {
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { propertyNames?: { enum?: string[] } }> } };
    };
    assert.deepEqual(manifest.contributes.configuration.properties['miitelCsv.rules']?.propertyNames?.enum, DIAGNOSTIC_CODES);
  });

  it("lists exactly the codes in the README's table, in order, with their default severity", () => {
    const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `([a-z-]+\/[a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => [m[1], m[2]]);
    assert.deepEqual(
      rows,
      DIAGNOSTIC_CODES.map((code: DiagnosticCode) => [code, DEFAULT_SEVERITIES[code]]),
    );
  });

  it("lists exactly the codes in the Japanese README's table, in order, with their default severity", () => {
    const readme = readFileSync(path.join(root, 'README.ja.md'), 'utf8');
    const severity: Record<string, string> = { エラー: 'error', 警告: 'warning', 情報: 'info' };
    const rows = [...readme.matchAll(/^\| `([a-z-]+\/[a-z-]+)` \| (エラー|警告|情報) \|/gm)].map((m) => [m[1], severity[m[2] ?? '']]);
    assert.deepEqual(
      rows,
      DIAGNOSTIC_CODES.map((code: DiagnosticCode) => [code, DEFAULT_SEVERITIES[code]]),
    );
  });
});
