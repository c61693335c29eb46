import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { parse } from '../../../server/src/service/languageService';
import { hashString } from '../../../server/src/service/validation/rowResults';
import { requiredRule } from '../../../server/src/service/validation/rules/value/required';
import { type CellRule, code, type DocumentRule, type UniquenessRule } from '../../../server/src/service/validation/types';
import { compareProblems, Validation } from '../../../server/src/service/validation/engine';
import { DIAGNOSTIC_CODES } from '../../../shared/codes';
import { validate } from '../../../server/src/service/validation/validate';
import { at, file, row, templateHeader } from '../helpers';

const TEXT = file(
  templateHeader(),
  row({ loginId: 'a@x.jp', locale: '' }),
  row({ loginId: 'b@x.jp', locale: '' }),
  row({ loginId: 'c@x.jp', locale: '' }),
);

describe('validation runner', () => {
  it('drops the findings of a row rule on the row where it throws, keeps the rest, and reports the failure once', () => {
    const failures: string[] = [];
    const flaky: CellRule = {
      name: 'flaky',
      codes: requiredRule.codes,
      columns: requiredRule.columns,
      clean: requiredRule.clean,
      checkCell(context, cell, column, report, row, cells) {
        requiredRule.checkCell(context, cell, column, report, row, cells);
        if (row.userNumber !== 1) throw new Error(`row ${row.userNumber}`);
      },
    };
    const problems = validate(parse(TEXT), DEFAULT_SETTINGS, {
      rules: [flaky],
      onRuleError: (rule, error) => failures.push(`${rule}: ${String(error)}`),
    });
    assert.deepEqual(
      problems.map((p) => [p.code, p.offset]),
      [['value/required', at(TEXT, 'a@x.jp,Jane Smith,XdCxbG6XxctN,') + 'a@x.jp,Jane Smith,XdCxbG6XxctN,'.length]],
    );
    assert.deepEqual(failures, ['flaky: Error: row 2']);
  });

  it('drops all findings of a document rule that throws', () => {
    const broken: DocumentRule = {
      name: 'broken',
      codes: { 'rows/too-many': code('error') },
      check(_context, report) {
        report('rows/too-many', { offset: 0, length: 1 }, 'x', { max: 1 });
        throw new Error('boom');
      },
    };
    const failures: string[] = [];
    assert.deepEqual(validate(parse(TEXT), DEFAULT_SETTINGS, { rules: [broken], onRuleError: (rule) => failures.push(rule) }), []);
    assert.deepEqual(failures, ['broken']);
  });

  it('counts the row keys a document rule declares and tells which are repeated', () => {
    const seen: number[][] = [];
    const keyed: UniquenessRule = {
      name: 'keyed',
      // A rule runs only when it can report one of the format's codes.
      codes: { 'login-id/duplicate': code<{ loginId: string; firstLine: number }>('error') },
      // Rows 1 and 3 (Login IDs a@ and c@) share a key, row 2 has its own.
      key: { column: 'loginId', of: (loginId) => (loginId === 'b@x.jp' ? 'even' : 'odd') },
      checkRepeated({ doc }, repeated) {
        seen.push(doc.rows.map((_, i) => (repeated.includes(i) ? 1 : 0)));
      },
    };
    validate(parse(TEXT), DEFAULT_SETTINGS, { rules: [keyed] });
    assert.deepEqual(seen, [[1, 0, 1]]);
  });

  it('resumes a uniqueness rule that goes through its rows in steps, with the same findings as in one go', () => {
    const text = file(templateHeader(), ...Array.from({ length: 6 }, () => row({ loginId: 'same@x.jp' })));
    const stepwise: UniquenessRule = {
      name: 'stepwise',
      codes: { 'login-id/duplicate': code<{ loginId: string; firstLine: number }>('error') },
      key: { column: 'loginId', of: () => 'same' },
      *checkRepeated({ doc }, rows, report) {
        for (const i of rows.slice(1)) {
          yield;
          const { record } = doc.row(i);
          report('login-id/duplicate', { offset: record.start, length: 1 }, `row ${i}`, { loginId: 'same@x.jp', firstLine: 2 });
        }
      },
    };
    const once = validate(parse(text), DEFAULT_SETTINGS, { rules: [stepwise] });
    assert.equal(once.length, 5);
    // A deadline already past: each call takes one step, so the rule is resumed call after call.
    const validation = new Validation(parse(text).doc, DEFAULT_SETTINGS, { rules: [stepwise] });
    let calls = 1;
    while (!validation.run(0)) calls++;
    assert.ok(calls > 5, `${calls} calls`);
    assert.deepEqual(validation.problems(), once);
  });

  it('orders findings at the same place by code as localeCompare orders the codes', () => {
    const found = (code: (typeof DIAGNOSTIC_CODES)[number]) => ({ code, offset: 3, length: 2, message: '', severity: 'error' as const });
    for (const a of DIAGNOSTIC_CODES) {
      for (const b of DIAGNOSTIC_CODES)
        assert.equal(Math.sign(compareProblems(found(a), found(b))), Math.sign(a.localeCompare(b)), `${a} ${b}`);
    }
  });

  it('hashes equal strings equally and these Login IDs apart', () => {
    assert.equal(hashString('sato@miitel.jp'), hashString(`${'sato@'}miitel.jp`));
    const ids = Array.from({ length: 10_000 }, (_, i) => `user${i}@example.co.jp`);
    assert.equal(new Set(ids.map(hashString)).size, ids.length);
    assert.ok(ids.every((id) => Number.isSafeInteger(hashString(id)) && hashString(id) >= 0));
  });
  it('runs only the rules that can report: none of an other format, none whose codes are all off', () => {
    // A create file: the update format's uniqueness rule (extension numbers) keeps no key per row;
    // the Login ID one does, until both its codes are turned off.
    const text = file(templateHeader(), row({ loginId: 'a@example.jp' }), row({ loginId: 'a@example.jp' }));
    const version = parse(text);
    const found = validate(version, DEFAULT_SETTINGS);
    assert.deepEqual(
      found.map((p) => p.code),
      ['login-id/duplicate'],
    );
    assert.deepEqual([...(version.rowResults?.keys.keys() ?? [])], ['loginIdDuplicate']);
    const off = parse(text);
    const settings = { ...DEFAULT_SETTINGS, rules: { 'login-id/duplicate': 'off', 'login-id/duplicate-case': 'off' } as const };
    assert.deepEqual(validate(off, settings), []);
    assert.deepEqual([...(off.rowResults?.keys.keys() ?? [])], []);
  });
});
