/**
 * The runner skips the rows a quick test finds clean (cleanRows.ts), reading their values by index,
 * and the cells a rule's `clean` passes: the findings must be exactly those of running every rule
 * on every cell, built as a cell object, with its `clean` as the first step of its check.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_SETTINGS, type MiitelCsvSettings } from '../../../shared/settings';
import { CREATE_USERS } from '../../../shared/formats/index';
import { parse } from '../../../server/src/service/languageService';
import { RULES } from '../../../server/src/service/validation/rules/index';
import { isCellRule, isRowRule, type Rule } from '../../../server/src/service/validation/types';
import { validateCounted } from '../../../server/src/service/validation/validate';
import { templateHeader } from '../helpers';

const COLUMNS = CREATE_USERS.columns;

/**
 * Every rule with its quick test moved into its check: the runner then passes every cell of every
 * row, as a cell object, to every rule, and reads no value by index.
 */
const SLOW_RULES: readonly Rule[] = RULES.map((rule): Rule => {
  if (isCellRule(rule)) {
    return {
      ...rule,
      clean: () => false,
      checkCell: (context, cell, column, ...rest) => {
        if (!rule.clean(cell.value, column, context)) rule.checkCell(context, cell, column, ...rest);
      },
    };
  }
  if (isRowRule(rule)) {
    return {
      ...rule,
      cleanRow: () => false,
      checkRow: (context, row, cells, report) => {
        if (!rule.cleanRow(context, row, cells.length)) rule.checkRow(context, row, cells, report);
      },
    };
  }
  return rule;
});

const MISTAKES = [
  '',
  ' ',
  '0',
  '1',
  '2',
  '9',
  'a',
  '-',
  '=',
  '@',
  '１',
  ' 1',
  '1 ',
  '"1"',
  '"a,b"',
  '"x""y"',
  'Yes',
  'ja',
  'Asia/Tokyo',
  'ｊａ',
  '\t1',
];
const LOGIN_IDS = ['a@x.jp', 'A@x.jp', 'a@x.jp', 'bad', 'a@@x.jp', 'ａ@x.jp', ' b@x.jp', '"c@x.jp"', '=d@x.jp', 'e@y.com', ''];
const PASSWORDS = [
  'Aa1!aaaa',
  'abcdefgh',
  'short',
  '12345678',
  'pass word',
  '"p,w""d1A"',
  'パスワード1234',
  '',
  '-Aa1!aaaa',
  'abcdefghijklmnopqrstuvwx',
];
const NAMES = ['"佐藤 太郎"', '佐藤', '', ' 佐藤 ', '=SUM(A1)', 'x'.repeat(70), '"𠮷野家"'];

/** A cell of `column`: its usual good value, or now and then a likely mistake. */
const cell = (kind: string, good: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant(good) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ...(kind === 'loginId' ? LOGIN_IDS : kind === 'password' ? PASSWORDS : kind === 'text' ? NAMES : MISTAKES),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(...MISTAKES) },
  );

const line = fc
  .tuple(
    fc.tuple(...COLUMNS.map((c) => cell(c.kind, c.kind === 'code' ? (c.defaultValue ?? '') : (c.example ?? '')))),
    fc.constantFrom(0, 0, 0, -1, -5, 1, 2),
  )
  .map(([values, change]) =>
    (change < 0 ? values.slice(0, values.length + change) : [...values, ...Array<string>(change).fill('')]).join(','),
  );

const file = fc
  .record({
    drop: fc.array(fc.nat({ max: COLUMNS.length - 1 }), { maxLength: 2 }),
    lines: fc.array(fc.oneof({ weight: 8, arbitrary: line }, { weight: 1, arbitrary: fc.constantFrom('', ',,,', templateHeader()) }), {
      maxLength: 10,
    }),
    eol: fc.constantFrom('\r\n', '\n'),
  })
  .map(({ drop, lines, eol }) => {
    // A dropped column keeps its values: the rows look shifted, which hides values in messages.
    const header = COLUMNS.filter((c) => !drop.includes(c.index)).map((c) => c.header);
    return [header.join(','), ...lines].join(eol) + eol;
  });

const settingsArb = fc.record({
  maxProblems: fc.constantFrom(1000, 3),
  loginIdDomains: fc.constantFrom<string[]>([], ['x.jp']),
});

describe('validation with quick tests for clean rows and cells', () => {
  it('gives exactly the findings and counts of checking every cell with every rule', () => {
    fc.assert(
      fc.property(file, settingsArb, fc.constantFrom(undefined, ['a@x.jp', 'z@x.jp']), (text, overrides, existingLoginIds) => {
        const settings: MiitelCsvSettings = { ...DEFAULT_SETTINGS, ...overrides };
        const fast = validateCounted(parse(text), settings, { existingLoginIds });
        const slow = validateCounted(parse(text), settings, { existingLoginIds, rules: SLOW_RULES });
        assert.deepEqual(fast, slow);
      }),
      { numRuns: 500 },
    );
  });
});
