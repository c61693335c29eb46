import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { CREATE_USERS, type ColumnId } from '../../../shared/formats/index';
import { fixAll, fixAllCounted, fixAllInSlices } from '../../../server/src/service/features/fixAll';
import { checkText, getFixes, parse, validate } from '../../../server/src/service/languageService';
import { fixAllText } from '../../../server/src/service/messages';
import { fixAllKind } from '../../../server/src/service/validation/rules/index';
import { ALL_COLUMNS, file, row, templateHeader, UPDATE_COLUMNS } from '../helpers';

const COLUMNS = CREATE_USERS.columns;

const H = templateHeader();
const codes = (text: string) => checkText(text, DEFAULT_SETTINGS).problems.map((p) => p.code);

describe('fix-all', () => {
  it('applies exactly the fixes that keep the meaning, one of each kind, and leaves the rest to the user', () => {
    // No Monitoring privileges column, Time zone misspelt; a code as a word, full-width, spaces, an
    // extra empty field, an unused template row; a too-long name, a dependency and a weak password.
    const columns = ALL_COLUMNS.filter((id) => id !== 'monitoring');
    const long = 'Alexandra Montgomery-Fitzgerald';
    const text = file(
      templateHeader(columns).replace('Time zone', 'Timezone'),
      row({ loginId: 'sato@miitel.jp', locale: 'English', phone: '１', admin: ' 1' }, columns) + ',',
      row({ loginId: 'ito@miitel.jp', userName: long, phone: '0', phoneMobile: '1', password: 'abc' }, columns),
      row({ loginId: '', userName: '' }, columns),
    );
    const { text: fixed, fixed: counts } = fixAllCounted(text, DEFAULT_SETTINGS);
    assert.equal(
      fixed,
      file(
        H,
        row({ loginId: 'sato@miitel.jp', locale: '1', phone: '1', admin: '1' }),
        row({ loginId: 'ito@miitel.jp', userName: long, phone: '0', phoneMobile: '1', password: 'abc' }),
      ),
    );
    assert.deepEqual(counts, { header: 1, missingColumn: 1, fieldCount: 1, templateRow: 1, code: 1, fullWidth: 1, whitespace: 1 });
    assert.deepEqual(codes(fixed), ['user-name/too-long', 'password/sequential', 'password/too-short', 'dependency/requires']);
    assert.equal(
      fixAllText.summary(counts),
      'Fixed 7 problems: 1 row with extra empty fields, 1 misspelled column header, 1 missing column, 1 unused template row, ' +
        '1 value with spaces around it, 1 value in full-width characters, 1 code written as a word or number',
    );
  });

  it('counts every unused template row its one deletion removes, and sums up the largest counts first', () => {
    const text = file(
      H,
      row({ loginId: 'a@miitel.jp', timeZone: 'Tokyo', locale: 'English', admin: ' 1' }),
      row({ loginId: 'b@miitel.jp', timeZone: 'Jakarta' }),
      row({ loginId: '', userName: '' }),
      row({ loginId: '', userName: '' }),
    );
    const { text: fixed, fixed: counts } = fixAllCounted(text, DEFAULT_SETTINGS);
    assert.equal(
      fixed,
      file(H, row({ loginId: 'a@miitel.jp', timeZone: '0', locale: '1', admin: '1' }), row({ loginId: 'b@miitel.jp', timeZone: '6' })),
    );
    assert.deepEqual(counts, { code: 3, templateRow: 2, whitespace: 1 });
    assert.equal(
      fixAllText.summary(counts),
      'Fixed 6 problems: 3 codes written as words or numbers, 2 unused template rows, 1 value with spaces around it',
    );
    assert.equal(fixAllText.title(6), 'Fix 6 MiiTel CSV problems that keep their meaning');
    assert.equal(fixAllText.title(1), 'Fix 1 MiiTel CSV problem that keeps its meaning');
  });

  it('rewrites the delimiter and an Extension number written 123.0, and counts them', () => {
    const header = templateHeader(UPDATE_COLUMNS);
    const text = file(header, row({ extensionNumber: '123.0', locale: 'English' }, UPDATE_COLUMNS)).replaceAll(',', ';');
    const { text: fixed, fixed: counts } = fixAllCounted(text, DEFAULT_SETTINGS);
    assert.equal(fixed, file(header, row({ extensionNumber: '123', locale: '1' }, UPDATE_COLUMNS)));
    assert.deepEqual(counts, { delimiter: 1, extensionNumber: 1, code: 1 });
    assert.equal(
      fixAllText.summary(counts),
      'Fixed 3 problems: 1 file separated by semicolons or tabs, 1 code written as a word or number, 1 Extension number written as a decimal',
    );
  });

  it('is declared by the rule modules: the fixes that change meaning are never in fix-all', () => {
    for (const code of [
      'user-name/too-long',
      'dependency/requires',
      'dependency/recommended',
      'password/too-short',
      'login-id/format',
    ] as const) {
      assert.equal(fixAllKind(code), undefined, code);
    }
    assert.equal(fixAllKind('value/not-allowed'), 'code');
    assert.equal(fixAllKind('extension-number/format'), 'extensionNumber');
    assert.equal(fixAllKind('csv/delimiter'), 'delimiter');
  });

  it('writes a code for a word that names it, not for a guess from the start of a word (jak → 6 stays a quick fix)', () => {
    const text = file(templateHeader(), row({ timeZone: 'Tokyo' }), row({ loginId: 'b@miitel.jp', timeZone: 'jak' }));
    const fixed = fixAll(text, DEFAULT_SETTINGS);
    assert.equal(fixed, file(templateHeader(), row({ timeZone: '0' }), row({ loginId: 'b@miitel.jp', timeZone: 'jak' })));
    // The guess is still offered first, as the one quick fix, but not as the preferred one.
    const { doc, problems } = checkText(fixed, DEFAULT_SETTINGS);
    const jak = problems.find((p) => p.code === 'value/not-allowed');
    assert.ok(jak);
    const fixes = getFixes(doc, jak, 'file:///users.csv');
    assert.deepEqual(
      fixes.map((f) => [f.title, f.preferred]),
      [['Replace with 6 (GMT+7:00) Jakarta', false]],
    );
  });

  it('leaves a short row as written: a comma missing mid-row would shift every permission after it (adding fields stays a quick fix)', () => {
    // Monitoring privileges left out in the middle: padding at the end would move each later flag
    // into the column before its own, granting and withdrawing permissions without a word.
    const fields = row({ monitoring: '1', phone: '0' }).split(',');
    const short = [...fields.slice(0, 6), ...fields.slice(7)].join(',');
    const text = file(templateHeader(), short);
    assert.equal(fixAll(text, DEFAULT_SETTINGS), text);
    const { doc, problems } = checkText(text, DEFAULT_SETTINGS);
    const fieldCount = problems.find((p) => p.code === 'csv/field-count');
    assert.ok(fieldCount);
    assert.deepEqual(
      getFixes(doc, fieldCount, 'file:///users.csv').map((f) => [f.title, f.preferred]),
      [['Add 1 empty field at the end of the row', false]],
    );
  });

  it('leaves no finding fix-all fixes on a 3,000-user file with 4 such mistakes per user (past maxProblems)', () => {
    const users = Array.from({ length: 3000 }, (_, i) =>
      row({ loginId: `u${i}@miitel.jp`, userName: 'x'.repeat(31), timeZone: 'Tokyo', admin: ' 1', phone: '１', locale: '1.0' }),
    );
    const text = file(H, ...users);
    const fixed = fixAll(text, DEFAULT_SETTINGS);
    const settings = { ...DEFAULT_SETTINGS, maxProblems: 1_000_000 };
    const version = parse(fixed);
    const problems = validate(version, settings);
    const fixable = problems.filter((p) => fixAllKind(p.code) && getFixes(version.doc, p).some((f) => f.preferred && f.changes.length > 0));
    assert.deepEqual(fixable.map((p) => p.code).slice(0, 5), []);
    assert.equal(problems.filter((p) => p.code === 'user-name/too-long').length, 3000, 'the names are left as written');
    assert.equal(fixAll(fixed, DEFAULT_SETTINGS), fixed);
  });

  it('gives the same text in slices, yields between them, and stops when cancelled', async () => {
    const text = file(H, ...Array.from({ length: 300 }, (_, i) => row({ loginId: `u${i}@miitel.jp`, timeZone: 'Tokyo', admin: ' 1' })));
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    try {
      assert.deepEqual(
        await fixAllInSlices(text, DEFAULT_SETTINGS, {}, { sliceMs: 0, cancelled: () => false }),
        fixAllCounted(text, DEFAULT_SETTINGS),
      );
    } finally {
      clearInterval(ticking);
    }
    assert.ok(turns > 0, 'the event loop turned meanwhile');
    let asked = 0;
    assert.equal(await fixAllInSlices(text, DEFAULT_SETTINGS, {}, { sliceMs: 0, cancelled: () => ++asked > 2 }), undefined);
  });

  it('is idempotent: a second run changes nothing', () => {
    const text = file(H, row({ timeZone: 'Jakarta', password: '1234' }));
    const once = fixAll(text, DEFAULT_SETTINGS);
    assert.equal(once, file(H, row({ timeZone: '6', password: '1234' })), "the password is the administrator's");
    assert.equal(fixAll(once, DEFAULT_SETTINGS), once);
  });

  it('returns a clean file unchanged, byte for byte (BOM and LF kept)', () => {
    const text = `\ufeff${H}\n${row()}\n`;
    assert.equal(fixAll(text, DEFAULT_SETTINGS), text);
  });
});

/** Cell-level mistakes a person makes: most with a fix that keeps the meaning, some (a password, a long name, a dependency) left to the user. */
const mistakes: ReadonlyArray<[ColumnId, string]> = [
  ['timeZone', 'Tokyo'],
  ['timeZone', '６'],
  ['locale', 'English'],
  ['admin', 'Yes'],
  ['admin', ' 0'],
  ['monitoring', 'no'],
  ['meetingsDownload', 'All'],
  ['password', '1234'],
  ['password', 'abcdefgh'],
  ['userName', 'x'.repeat(40)],
  ['phoneMobile', '1'],
  ['loginId', 'a＠miitel.jp'],
];

describe('fix-all properties', () => {
  it('never leaves more findings than before and never changes a cell it had no finding for', () => {
    const fileArb = fc
      .record({
        users: fc.integer({ min: 1, max: 8 }),
        injections: fc.array(fc.record({ user: fc.nat(), mistake: fc.constantFrom(...mistakes) }), { maxLength: 10 }),
        eol: fc.constantFrom('\r\n', '\n'),
      })
      .map(({ users, injections, eol }) => {
        const rows = Array.from({ length: users }, (_, i): Record<string, string> => ({
          loginId: `user${i}@miitel.jp`,
          userName: `User ${i}`,
          phone: '0',
        }));
        for (const { user, mistake } of injections) {
          const target = rows[user % users];
          assert.ok(target);
          target[mistake[0]] = mistake[1];
        }
        return [H, ...rows.map((r) => row(r))].join(eol) + eol;
      });
    fc.assert(
      fc.property(fileArb, (text) => {
        const before = checkText(text, DEFAULT_SETTINGS);
        const fixed = fixAll(text, DEFAULT_SETTINGS);
        const after = checkText(fixed, DEFAULT_SETTINGS);
        assert.ok(after.problems.length <= before.problems.length);
        assert.equal(after.doc.csv.records.length, before.doc.csv.records.length);
        before.doc.csv.records.forEach((record, r) => {
          record.cells.forEach((cell, c) => {
            const afterCell = after.doc.csv.records[r]?.cells[c];
            assert.ok(afterCell, `cell ${r}:${c} is gone`);
            if (afterCell.value === cell.value) return;
            const findings = before.problems.filter((p) => p.offset >= cell.start && p.offset <= cell.end);
            assert.ok(findings.length > 0, `cell ${r}:${c} (${COLUMNS[c]?.header}) changed without a finding`);
            assert.ok(
              findings.some((p) => fixAllKind(p.code)),
              `cell ${r}:${c} (${COLUMNS[c]?.header}) changed for ${findings.map((p) => p.code).join(', ')}, which fix-all leaves to the user`,
            );
          });
        });
      }),
      { numRuns: 150 },
    );
  });
});
