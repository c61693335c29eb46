import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { CREATE_USERS, type ColumnId } from '../../../shared/formats/index';
import { fixAll, fixAllInSlices } from '../../../server/src/service/features/fixAll';
import { checkText, getFixes, parse, validate } from '../../../server/src/service/languageService';
import { file, row, templateHeader } from '../helpers';

const COLUMNS = CREATE_USERS.columns;

const H = templateHeader();
const codes = (text: string) => checkText(text, DEFAULT_SETTINGS).problems.map((p) => p.code);

describe('fix-all', () => {
  it('fixes every safely fixable finding and leaves those that need a human', () => {
    const text = file(
      H.replace('Time zone', 'Timezone'),
      row({ loginId: 'sato@miitel.jp', timeZone: 'Tokyo', admin: ' 1', phone: '１' }),
      row({ loginId: 'sato@miitel.jp', userName: 'Dup', password: 'abc', locale: 'English' }),
      row({ loginId: 'ito@miitel.jp', userName: 'x'.repeat(31), phone: '0', phoneMobile: '1' }),
      row({ loginId: '', userName: '' }),
    );
    const fixed = fixAll(text, DEFAULT_SETTINGS);
    assert.deepEqual(codes(fixed), ['login-id/duplicate']);
    const lines = fixed.split('\r\n');
    assert.equal(lines[0], H);
    assert.equal(lines[1], row({ loginId: 'sato@miitel.jp', timeZone: '0', admin: '1', phone: '1' }));
    assert.equal(lines[3], row({ loginId: 'ito@miitel.jp', userName: 'x'.repeat(30), phone: '0', phoneMobile: '0' }));
    assert.equal(lines.length, 5, 'the unused template row is gone');
  });

  it('leaves no fixable finding on a 3,000-user file with 4 fixable mistakes per user (past maxProblems)', () => {
    const users = Array.from({ length: 3000 }, (_, i) =>
      row({ loginId: `u${i}@miitel.jp`, userName: 'x'.repeat(31), timeZone: 'Tokyo', admin: ' 1', phone: '１' }),
    );
    const text = file(H, ...users);
    const fixed = fixAll(text, DEFAULT_SETTINGS);
    const settings = { ...DEFAULT_SETTINGS, maxProblems: 1_000_000 };
    const version = parse(fixed);
    const fixable = validate(version, settings).filter((p) => getFixes(version.doc, p).some((f) => f.preferred && f.changes.length > 0));
    assert.deepEqual(fixable.map((p) => p.code).slice(0, 5), []);
    assert.equal(fixAll(fixed, DEFAULT_SETTINGS), fixed);
  });

  it('gives the same text in slices, yields between them, and stops when cancelled', async () => {
    const text = file(H, ...Array.from({ length: 300 }, (_, i) => row({ loginId: `u${i}@miitel.jp`, timeZone: 'Tokyo', admin: ' 1' })));
    let turns = 0;
    const ticking = setInterval(() => turns++, 0);
    try {
      assert.equal(
        await fixAllInSlices(text, DEFAULT_SETTINGS, {}, { sliceMs: 0, cancelled: () => false }),
        fixAll(text, DEFAULT_SETTINGS),
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
    assert.notEqual(once, text);
    assert.equal(fixAll(once, DEFAULT_SETTINGS), once);
  });

  it('returns a clean file unchanged, byte for byte (BOM and LF kept)', () => {
    const text = `\ufeff${H}\n${row()}\n`;
    assert.equal(fixAll(text, DEFAULT_SETTINGS), text);
  });
});

/** Cell-level mistakes a person makes, each with a safe fix. */
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
            const hadFinding = before.problems.some((p) => p.offset >= cell.start && p.offset <= cell.end);
            assert.ok(hadFinding, `cell ${r}:${c} (${COLUMNS[c]?.header}) changed without a finding`);
          });
        });
      }),
      { numRuns: 150 },
    );
  });
});
