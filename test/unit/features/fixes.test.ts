import * as assert from 'node:assert/strict';
import type { DiagnosticCode } from '../../../shared/codes';
import { DEFAULT_SETTINGS, type MiitelCsvSettings } from '../../../shared/settings';
import { getFixes, type Fix } from '../../../server/src/service/features/fixes';
import { applyChanges } from '../../../server/src/service/features/textChange';
import { checkText } from '../../../server/src/service/languageService';
import { isSequential } from '../../../server/src/service/validation/rules/password/sequential';
import { file, row, templateHeader } from '../helpers';

const settingsWith = (s: Partial<MiitelCsvSettings> = {}) => ({ ...DEFAULT_SETTINGS, ...s });

/** The fixes of the (single) problem with `code` in `text`. */
function fixesOf(text: string, code: DiagnosticCode, settings: Partial<MiitelCsvSettings> = {}): Fix[] {
  const { doc, problems } = checkText(text, settingsWith(settings));
  const matching = problems.filter((p) => p.code === code);
  assert.equal(matching.length, 1, `expected one ${code}, got ${JSON.stringify(problems.map((p) => p.code))}`);
  assert.ok(matching[0]);
  return getFixes(doc, matching[0], 'file:///users.csv');
}

/** Applies `fix` and checks the result is `expected` and that re-validating finds nothing new and not the fixed code. */
function assertFixes(text: string, fix: Fix | undefined, expected: string, settings: Partial<MiitelCsvSettings> = {}): void {
  assert.ok(fix, 'no fix to apply');
  const fixed = applyChanges(text, fix.changes);
  assert.equal(fixed, expected);
  const before = checkText(text, settingsWith(settings)).problems;
  const after = checkText(fixed, settingsWith(settings)).problems;
  assert.ok(after.length < before.length, `${after.length} problems after the fix, ${before.length} before`);
  const codesBefore = new Set(before.map((p) => p.code));
  assert.deepEqual(
    after.filter((p) => !codesBefore.has(p.code)),
    [],
    'the fix introduced a new finding',
  );
}

const H = templateHeader();

describe('quick fixes', () => {
  it('value/not-allowed: a word becomes its code, as the one preferred fix', () => {
    for (const [column, word, code] of [
      ['timeZone', 'Tokyo', '0'],
      ['timeZone', 'jakarta', '6'],
      ['locale', 'English', '1'],
      ['admin', 'Yes', '1'],
      ['admin', 'false', '0'],
      ['admin', 'はい', '1'],
      ['meetingsDownload', 'Host only', '1'],
      ['meetingsDownload', 'None', '2'],
    ] as const) {
      const text = file(H, row({ [column]: word }));
      const fixes = fixesOf(text, 'value/not-allowed');
      assert.equal(fixes.length, 1, word);
      assert.equal(fixes[0]?.preferred, true);
      assertFixes(text, fixes[0], file(H, row({ [column]: code })));
    }
  });

  it('value/not-allowed without a guess offers every allowed value, titled with its meaning', () => {
    const text = file(H, row({ timeZone: '"Mars"' }));
    const fixes = fixesOf(text, 'value/not-allowed');
    assert.equal(fixes.length, 14);
    assert.ok(fixes.every((f) => !f.preferred));
    assert.equal(fixes[6]?.title, 'Replace with 6 (GMT+7:00) Jakarta');
    // A quoted cell stays quoted: only the value inside the quotes changes.
    assertFixes(text, fixes[6], file(H, row({ timeZone: '"6"' })));
  });

  it('value/full-width and value/whitespace rewrite only the cell', () => {
    const fw = file(H, row({ phone: '１' }));
    assertFixes(fw, fixesOf(fw, 'value/full-width')[0], file(H, row({ phone: '1' })));
    const ws = file(H, row({ loginId: ' sato@miitel.jp ' }));
    assertFixes(ws, fixesOf(ws, 'value/whitespace')[0], file(H, row({ loginId: 'sato@miitel.jp' })));
    const id = file(H, row({ loginId: 'sato＠miitel.jp' }));
    assertFixes(id, fixesOf(id, 'value/full-width')[0], file(H, row({ loginId: 'sato@miitel.jp' })));
  });

  it('header/unknown-column renames to the closest missing header', () => {
    const text = file(H.replace('Time zone', 'Timezone'), row());
    const [fix] = fixesOf(text, 'header/unknown-column');
    assert.ok(fix);
    assert.equal(fix.title, 'Rename the column to "Time zone"');
    assertFixes(text, fix, file(H, row()));
    // Inserting a new "Time zone" column is still offered, but renaming is the one to prefer.
    const [insert] = fixesOf(text, 'header/missing-column');
    assert.equal(insert?.preferred, false);
  });

  it('header/missing-column inserts the column at its template position with its default in every row', () => {
    const without = H.split(',')
      .filter((h) => h !== 'Time zone')
      .join(',');
    const rowWithout = (v = {}) =>
      row(v)
        .split(',')
        .filter((_, i) => i !== 4)
        .join(',');
    const text = file(without, rowWithout(), '', rowWithout({ loginId: 'ito@miitel.jp' }));
    const [fix] = fixesOf(text, 'header/missing-column');
    assertFixes(text, fix, file(H, row({ timeZone: '0' }), '', row({ loginId: 'ito@miitel.jp', timeZone: '0' })));
  });

  it('csv/field-count adds missing trailing fields or removes empty extra ones', () => {
    const short = file(H, row().replace(/,0$/, ''));
    const [add] = fixesOf(short, 'csv/field-count');
    assert.ok(add);
    assert.equal(applyChanges(short, add.changes), file(H, row().replace(/,0$/, ',')));
    const long = file(H, row() + ',,');
    const [remove] = fixesOf(long, 'csv/field-count');
    assertFixes(long, remove, file(H, row()));
    assert.deepEqual(fixesOf(file(H, row() + ',x'), 'csv/field-count'), []);
  });

  it('dependency/requires: withdraw the dependent permission (preferred) or enable the prerequisite', () => {
    const text = file(H, row({ phone: '0', phoneMobile: '1' }));
    const fixes = fixesOf(text, 'dependency/requires');
    assert.deepEqual(
      fixes.map((f) => [f.title, f.preferred]),
      [
        ['Set MiiTel Phone Mobile Enable to 0 in this row', true],
        ['Set MiiTel Phone Enable to 1 in this row', false],
      ],
    );
    assertFixes(text, fixes[0], file(H, row({ phone: '0', phoneMobile: '0' })));
    assertFixes(text, fixes[1], file(H, row({ phone: '1', phoneMobile: '1' })));
  });

  it('user-name/too-long truncates to 30 code points without splitting a surrogate pair', () => {
    const name = '😀'.repeat(29) + 'ab';
    const text = file(H, row({ userName: name }));
    assertFixes(text, fixesOf(text, 'user-name/too-long')[0], file(H, row({ userName: '😀'.repeat(29) + 'a' })));
  });

  it('password findings get a fresh generated password that passes every rule and is unique', () => {
    for (const [password, code] of [
      ['abc', 'password/too-short'],
      ['12345678', 'password/sequential'],
      ['pass word1', 'password/invalid-character'],
      ['onlyletters', 'password/single-class'],
    ] as const) {
      const text = file(H, row({ password }));
      const [fix] = fixesOf(text, code);
      assert.ok(fix, code);
      const fixed = applyChanges(text, fix.changes);
      const { problems, doc } = checkText(fixed, DEFAULT_SETTINGS);
      assert.deepEqual(problems, [], code);
      const [first] = doc.rows;
      assert.ok(first);
      const generated = doc.cell(first, 'password')!.value;
      assert.match(generated, /^[A-Za-z0-9]{12}$/);
      assert.ok(!isSequential(generated));
      assert.equal(fixed, text.replace(password, generated));
    }
  });

  it('login-id/format fixes a doubled @ mechanically', () => {
    const text = file(H, row({ loginId: 'sato@@miitel.jp' }));
    assertFixes(text, fixesOf(text, 'login-id/format')[0], file(H, row()));
  });

  it('rows/unused-template-row deletes every unused row, keeping the other lines byte for byte', () => {
    const unused = row({ loginId: '', userName: '' });
    const text = file(H, unused, row(), unused, unused);
    const { doc, problems } = checkText(text, DEFAULT_SETTINGS);
    const fix = getFixes(
      doc,
      problems.find((p) => p.code === 'rows/unused-template-row')!,
    )[0];
    assert.ok(fix);
    assert.equal(fix.title, 'Delete the 3 unused template rows');
    assert.equal(applyChanges(text, fix.changes), file(H, row()));
    // Without a final line break the last row takes the line break before it.
    const noFinal = `${H}\n${row()}\n${unused}`;
    const { doc: d2, problems: p2 } = checkText(noFinal, DEFAULT_SETTINGS);
    assert.ok(p2[0]);
    const [noFinalFix] = getFixes(d2, p2[0]);
    assert.ok(noFinalFix);
    assert.equal(applyChanges(noFinal, noFinalFix.changes), `${H}\n${row()}`);
  });

  it('rows/too-many offers the split command, with the file and the limit', () => {
    const text = file(H, row(), row({ loginId: 'b@miitel.jp' }));
    const [fix] = fixesOf(text, 'rows/too-many', { maxUsersPerFile: 1 });
    assert.ok(fix);
    assert.deepEqual(fix.command, { id: 'miitelCsv.splitFile', title: 'Split into files of 1 user', arguments: ['file:///users.csv', 1] });
    assert.deepEqual(fix.changes, []);
  });

  it('login-id/duplicate has no fix', () => {
    const text = file(H, row(), row({ userName: 'Other' }));
    assert.deepEqual(fixesOf(text, 'login-id/duplicate'), []);
  });
});
