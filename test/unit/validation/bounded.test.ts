/**
 * Error-dense files: the engine builds the findings it reports and counts the rest, so a file of a
 * million broken rows costs what its first `maxProblems` findings cost, not what all of them would.
 */
import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, type MiitelCsvSettings } from '../../../shared/settings';
import { checkText, parse, reparse } from '../../../server/src/service/languageService';
import { type RowRule, code } from '../../../server/src/service/validation/types';
import { validate, validateCounted } from '../../../server/src/service/validation/validate';
import { file, row, templateHeader } from '../helpers';

const settings = (maxProblems: number): MiitelCsvSettings => ({ ...DEFAULT_SETTINGS, maxProblems, maxUsersPerFile: 1_000_000 });
/** A header and `n` rows of `a`: one `csv/field-count` finding per row. */
const dense = (n: number) => `${templateHeader()}\r\n${'a\r\n'.repeat(n)}`;

/** A rule with one finding per row whose messages count their renderings. */
function everyRow(): { rule: RowRule; rendered: () => number } {
  let rendered = 0;
  const rule: RowRule = {
    name: 'everyRow',
    codes: { 'csv/field-count': code<{ expected: number; actual: number }>('error') },
    cleanRow: () => false,
    checkRow(_context, { record }, _cells, report) {
      report('csv/field-count', { offset: record.start, length: 1 }, () => `row ${++rendered}`, { expected: 1, actual: 2 });
    },
  };
  return { rule, rendered: () => rendered };
}

describe('validation of error-dense files', () => {
  it('keeps at most maxProblems row findings, and counts the rest', () => {
    const version = parse(dense(3000));
    const { problems, total } = validateCounted(version, settings(10));
    assert.equal(problems.length, 10);
    const kept = version.rowResults!.byRecord.reduce<number>((n, f) => n + (typeof f === 'object' ? f.length : 0), 0);
    assert.ok(kept <= 10, `${kept} row findings kept`);
    assert.equal(total, validate(parse(dense(3000)), settings(1_000_000)).length);
  });

  it('counts the findings past the cap per severity, as the uncapped list has them', () => {
    // Each row: an error (time zone 99) and a warning (a password of letters only, turned into a
    // warning), and every third row an info-level finding, both through rule severity settings.
    const rows = Array.from({ length: 900 }, (_, i) =>
      row({ loginId: `user${i}@miitel.jp`, userName: i % 3 === 0 ? '=SUM(1)' : `User ${i}`, password: 'abcdexyzq', timeZone: '99' }),
    );
    const text = file(templateHeader(), ...rows);
    const withRules = (maxProblems: number): MiitelCsvSettings => ({
      ...settings(maxProblems),
      rules: { 'security/formula': 'info', 'password/single-class': 'warning' },
    });
    const all = validate(parse(text), withRules(1_000_000));
    const expected = { error: 0, warning: 0, info: 0 };
    for (const p of all) expected[p.severity]++;
    assert.ok(expected.error > 0 && expected.warning > 0 && expected.info > 0, JSON.stringify(expected));
    const capped = validateCounted(parse(text), withRules(50));
    assert.equal(capped.problems.length, 50);
    assert.deepEqual(capped.counts, expected);
    assert.equal(capped.total, all.length);
  });

  it('renders the messages of the findings it reports only', () => {
    const { rule, rendered } = everyRow();
    const { problems, total } = validateCounted(parse(dense(2000)), settings(5), { rules: [rule] });
    assert.deepEqual(
      problems.map((p) => p.message),
      ['row 1', 'row 2', 'row 3', 'row 4', 'row 5'],
    );
    assert.equal(total, 2000);
    assert.ok(rendered() <= 5, `${rendered()} messages rendered`);
  });

  it('reports the rows it only counted once an edit before them removes findings', () => {
    const text = `${templateHeader()}\r\n${'a\r\n'.repeat(5)}${row({ loginId: 'ok@x.jp' })}\r\n${'b\r\n'.repeat(5)}`;
    const first = parse(text);
    const before = validateCounted(first, settings(5));
    assert.ok(before.problems.every((p) => p.offset < text.indexOf('b\r\n')));
    // Remove the five `a` rows: the `b` rows, counted only, now come first.
    const start = text.indexOf('a\r\n');
    const next = reparse(first, { start, oldEnd: start + 15, newEnd: start }, text.slice(0, start) + text.slice(start + 15));
    const after = validateCounted(next, settings(5));
    const fresh = validateCounted(parse(next.doc.csv.text), settings(5));
    assert.deepEqual(after, fresh);
    const firstB = next.doc.csv.text.indexOf('b\r\n');
    assert.ok(after.problems.some((p) => p.code === 'csv/field-count' && p.offset >= firstB));
  });

  it('counts findings past the cap in checkText, the CLI call', () => {
    const result = checkText(dense(1500), settings(100));
    assert.equal(result.problems.length, 100);
    assert.equal(result.total, checkText(dense(1500), settings(1_000_000)).problems.length);
    assert.ok(result.total > 1500);
  });

  it('counts the repeats of one Login ID past the cap without building them', () => {
    const text = file(templateHeader(), ...Array.from({ length: 60 }, (_, i) => row({ loginId: i % 2 ? 'Same@x.jp' : 'same@x.jp' })));
    const capped = checkText(text, settings(5));
    const all = checkText(text, settings(1_000_000));
    assert.equal(capped.total, all.problems.length);
    assert.deepEqual(capped.problems, all.problems.slice(0, 5));
    const off = { ...settings(5), rules: { ...DEFAULT_SETTINGS.rules, 'login-id/duplicate-case': 'off' as const } };
    assert.equal(checkText(text, off).total, checkText(text, { ...off, maxProblems: 1_000_000 }).problems.length);
  });

  it('counts the rows/too-many findings it does not build', () => {
    const text = `${templateHeader()}\r\n${`${row()}\r\n`.repeat(30)}`;
    const capped = checkText(text, { ...DEFAULT_SETTINGS, maxUsersPerFile: 3, maxProblems: 4 });
    const all = checkText(text, { ...DEFAULT_SETTINGS, maxUsersPerFile: 3, maxProblems: 1_000_000 });
    assert.equal(capped.total, all.problems.length);
    assert.equal(all.total, all.problems.length);
  });
});
