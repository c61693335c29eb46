/**
 * Validation after an edit reuses the row findings of the rows the edit did not touch (and each
 * row's Login ID for the duplicate check); a large file is validated in slices. Both must give
 * exactly what a full validation of the same text gives.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, type MiitelCsvSettings } from '../../../shared/settings';
import { CREATE_USERS } from '../../../shared/formats/index';
import { type ParsedVersion, parse, reparse } from '../../../server/src/service/languageService';
import { cellAt } from '../../../server/src/service/locate';
import { validate, validateInSlices } from '../../../server/src/service/validation/validate';
import { row, templateHeader } from '../helpers';

const COLUMNS = CREATE_USERS.columns;

const LOGIN_IDS = ['a@x.jp', 'A@x.jp', 'b@x.jp', 'b@x.jp ', 'ｃ@x.jp', 'bad', ''];
const VALUES = ['0', '1', '2', '', ' 1', '１', 'Yes', '"1"', '"a,b"', '"x""y"', 'a"b', '=1', 'Tokyo'];
const PASSWORDS = ['Aa1!aaaa', 'abcdefgh', 'short', '12345678', 'pass word', '"p,w""d1A"', ''];

/** A MiiTel-ish file: the template header (sometimes with columns left out) and rows of likely mistakes. */
const file = fc
  .record({
    drop: fc.array(fc.nat({ max: COLUMNS.length - 1 }), { maxLength: 3 }),
    rows: fc.array(
      fc.record({
        loginId: fc.constantFrom(...LOGIN_IDS),
        password: fc.constantFrom(...PASSWORDS),
        values: fc.array(fc.constantFrom(...VALUES), { minLength: COLUMNS.length, maxLength: COLUMNS.length }),
        blank: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
    eol: fc.constantFrom('\r\n', '\n'),
  })
  .map(({ drop, rows, eol }) => {
    const columns = COLUMNS.filter((c) => !drop.includes(c.index)).map((c) => c.id);
    const lines = [templateHeader(columns)];
    for (const r of rows) {
      if (r.blank) lines.push('');
      const values = Object.fromEntries(columns.map((id, i) => [id, r.values[i]]));
      lines.push(row({ ...values, loginId: r.loginId, userName: '"佐藤 太郎"', password: r.password }, columns));
    }
    return lines.join(eol) + eol;
  });

const unit = fc.constantFrom(',', '"', '\r\n', '\n', 'a', '@', '.', '1', '0', ' ', 'Ａ', '=');
const edits = fc.array(fc.record({ at: fc.nat(), length: fc.nat({ max: 6 }), insert: fc.string({ unit, maxLength: 4 }) }), {
  minLength: 1,
  maxLength: 6,
});

const settingsArb = fc.record({
  maxProblems: fc.constantFrom(1000, 7),
  maxUsersPerFile: fc.constantFrom(100, 3),
  seats: fc.constantFrom({}, { users: 2, phone: 1 }),
});

/**
 * The versions of `initial` after each of `steps`, each reparsed from the one before (which the
 * caller has validated by then, so row findings carry over), with its text. Edits start at offset
 * 1 or later: an edit at 0 is always parsed afresh, which would test nothing here.
 */
function* editedVersions(
  initial: string,
  steps: readonly { at: number; length: number; insert: string }[],
  settings: MiitelCsvSettings,
): Generator<{ version: ParsedVersion; text: string }> {
  let version = parse(initial);
  validate(version, settings);
  for (const { at, length, insert } of steps) {
    const before = version.text;
    const start = 1 + (at % before.length);
    const end = Math.min(before.length, start + length);
    const text = before.slice(0, start) + insert + before.slice(end);
    version = reparse(version, { start, oldEnd: end, newEnd: start + insert.length }, text);
    yield { version, text };
  }
}

describe('validation after edits', () => {
  it('gives exactly the problems of a full validation, row findings reused or not', () => {
    fc.assert(
      fc.property(file, edits, settingsArb, (initial, steps, overrides) => {
        const settings: MiitelCsvSettings = { ...DEFAULT_SETTINGS, ...overrides };
        for (const { version, text } of editedVersions(initial, steps, settings)) {
          assert.deepEqual(validate(version, settings), validate(parse(text), settings));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('reads records and rows one at a time on the typing path, never building the arrays of all of them', () => {
    fc.assert(
      fc.property(file, edits, settingsArb, (initial, steps, overrides) => {
        const settings: MiitelCsvSettings = { ...DEFAULT_SETTINGS, ...overrides };
        for (const { version, text } of editedVersions(initial, steps, settings)) {
          const doc = version.doc;
          // A rule or a step that asks for a whole array now fails (and is reported), instead of
          // quietly making every keystroke on a 100,000-row file build 100,000 objects.
          const whole = () => assert.fail('the whole array was built');
          Object.defineProperty(doc, 'rows', { get: whole });
          Object.defineProperty(doc.csv, 'records', { get: whole });
          const failures: string[] = [];
          const problems = validate(version, settings, { onRuleError: (rule, error) => failures.push(`${rule}: ${String(error)}`) });
          assert.deepEqual(failures, []);
          assert.deepEqual(problems, validate(parse(text), settings));
          for (let offset = 0; offset <= text.length; offset += 7) cellAt(doc, offset);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reuses nothing once the settings, the Login IDs in use or the header change', () => {
    const text = `${templateHeader()}\r\n${row({ loginId: 'a@x.jp' })}\r\n${row({ loginId: 'b@x.jp' })}\r\n`;
    const doc = parse(text);
    const before = validate(doc, DEFAULT_SETTINGS);
    assert.deepEqual(before, []);
    const inUse = ['B@x.jp'];
    const after = validate(doc, DEFAULT_SETTINGS, { existingLoginIds: inUse });
    assert.deepEqual(
      after.map((p) => p.code),
      ['login-id/in-use'],
    );
    const strict = { ...DEFAULT_SETTINGS, rules: { 'login-id/in-use': 'warning' as const } };
    assert.deepEqual(
      validate(doc, strict, { existingLoginIds: inUse }).map((p) => p.severity),
      ['warning'],
    );
  });
});

describe('validateInSlices', () => {
  const never = () => false;

  it('gives what validate gives, whatever the slice length', async () => {
    await fc.assert(
      fc.asyncProperty(file, settingsArb, fc.constantFrom(0, 0.01, 1000), async (text, overrides, sliceMs) => {
        const settings: MiitelCsvSettings = { ...DEFAULT_SETTINGS, ...overrides };
        const sliced = await validateInSlices(parse(text), settings, {}, { sliceMs, cancelled: never });
        assert.deepEqual(sliced, validate(parse(text), settings));
      }),
      { numRuns: 150 },
    );
  });

  it('yields to the event loop between slices and stops when cancelled', async () => {
    const lines = [templateHeader()];
    for (let i = 0; i < 3000; i++) lines.push(row({ loginId: `u${i}@x.jp` }));
    const doc = parse(`${lines.join('\r\n')}\r\n`);
    // Work queued before the run gets its turn at the run's first yield, not after the run.
    let queuedRan = false;
    setImmediate(() => (queuedRan = true));
    const seenAtLooks: boolean[] = [];
    // Cancelled on the third look between slices: the run gives up instead of finishing.
    const result = await validateInSlices(
      doc,
      DEFAULT_SETTINGS,
      {},
      {
        sliceMs: 0,
        cancelled: () => {
          seenAtLooks.push(queuedRan);
          return seenAtLooks.length > 2;
        },
      },
    );
    assert.equal(result, undefined);
    assert.deepEqual(seenAtLooks, [false, true, true]);
    // The rows checked before the cancellation are kept: a second run finds the same as a full one.
    assert.deepEqual(
      await validateInSlices(doc, DEFAULT_SETTINGS, {}, { sliceMs: 5, cancelled: never }),
      validate(parse(doc.text), DEFAULT_SETTINGS),
    );
  });
});
