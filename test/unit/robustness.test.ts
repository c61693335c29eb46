/**
 * Whatever text the editor holds, the service never throws and never answers with positions outside
 * the text: random text, random bytes decoded as UTF-8 and as Shift_JIS, truncated and edited files,
 * a 5 MB line, a lone BOM, quotes only, NUL characters. Every quick fix applies to the text it was
 * made for: its changes lie inside it and do not overlap.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS, type MiitelCsvSettings } from '../../shared/settings';
import { CREATE_USERS } from '../../shared/formats/index';
import { decodeCsvBytes } from '../../server/src/service/encoding';
import { doComplete } from '../../server/src/service/features/completion';
import { fixAll } from '../../server/src/service/features/fixAll';
import { getFixes } from '../../server/src/service/features/fixes';
import { doHover } from '../../server/src/service/features/hover';
import { applyChanges, type TextChange } from '../../server/src/service/features/textChange';
import { checkText } from '../../server/src/service/languageService';
import { file, row, templateHeader } from './helpers';

const COLUMNS = CREATE_USERS.columns;

const SETTINGS: readonly MiitelCsvSettings[] = [
  DEFAULT_SETTINGS,
  {
    ...DEFAULT_SETTINGS,
    subscriptions: ['phoneMobile', 'callCenter', 'meetings', 'recPod'],
    seats: { users: 1, phone: 0 },
    maxUsersPerFile: 2,
    maxProblems: 20,
    largeFileThreshold: 100,
  },
];

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };

/** Asserts that `range` is a range of `document`: it survives a round trip through offsets. */
function assertRangeInside(document: TextDocument, range: Range, what: string): void {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  assert.ok(start <= end, `${what}: start after end`);
  assert.deepEqual(document.positionAt(start), range.start, `${what}: start outside the text`);
  assert.deepEqual(document.positionAt(end), range.end, `${what}: end outside the text`);
}

function assertChangesApply(text: string, changes: readonly TextChange[], what: string): void {
  const sorted = [...changes].sort((a, b) => a.offset - b.offset);
  sorted.forEach((c, i) => {
    assert.ok(c.offset >= 0 && c.length >= 0 && c.offset + c.length <= text.length, `${what}: change outside the text`);
    const next = sorted[i + 1];
    assert.ok(!next || c.offset + c.length <= next.offset, `${what}: overlapping changes`);
  });
  assert.equal(typeof applyChanges(text, changes), 'string');
}

/** Runs every service feature on `text` at `offsets` (and a few more) and checks what they answer. */
function exercise(text: string, offsets: readonly number[] = [], options: { fixAll?: boolean } = {}): void {
  const document = TextDocument.create('file:///fuzz.csv', 'csv', 1, text);
  const probes = [...offsets, 0, text.length, text.length >> 1].map((o) => Math.min(text.length, Math.max(0, o)));
  for (const settings of SETTINGS) {
    const { doc, problems } = checkText(text, settings);
    assert.ok(problems.length <= settings.maxProblems);
    for (const p of problems) {
      assert.ok(p.offset >= 0 && p.length >= 0 && p.offset + p.length <= text.length, `${p.code} outside the text`);
      for (const r of p.related ?? []) assert.ok(r.offset >= 0 && r.offset + r.length <= text.length, `${p.code} related outside`);
      for (const fix of getFixes(doc, p, 'file:///fuzz.csv')) assertChangesApply(text, fix.changes, `${p.code} fix "${fix.title}"`);
    }
    for (const offset of probes) {
      const hover = doHover(document, doc, offset, problems);
      if (hover?.range) assertRangeInside(document, hover.range, 'hover');
      for (const item of doComplete(document, doc, offset)?.items ?? []) {
        if (item.textEdit && 'range' in item.textEdit) assertRangeInside(document, item.textEdit.range, 'completion');
      }
    }
  }
  if (options.fixAll !== false) assert.equal(typeof fixAll(text, DEFAULT_SETTINGS), 'string');
}

const VALID = file(templateHeader(), row(), row({ loginId: 'suzuki@miitel.jp', userName: '"鈴木, 一郎"' }), row({ loginId: 'x@y.jp' }));

describe('robustness: the service on any text', () => {
  it('random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.array(fc.nat(), { maxLength: 4 }), (text, offsets) =>
        exercise(text, offsets),
      ),
      { numRuns: 150 },
    );
  });

  it('CSV-like random text: quotes, separators, line breaks, BOMs, NULs, lone surrogates', () => {
    const unit = fc.constantFrom(
      '"',
      ',',
      '\r',
      '\n',
      '\r\n',
      '\0',
      '\ufeff',
      '\ud800',
      'a',
      '1',
      ' ',
      '@',
      '山',
      '＠',
      '=',
      'Login ID',
      'Password',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 120 }), fc.array(fc.nat(), { maxLength: 4 }), (text, offsets) => exercise(text, offsets)),
      { numRuns: 150 },
    );
  });

  it('random bytes decoded as UTF-8 and as Shift_JIS', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        for (const encoding of ['utf-8', 'shift_jis', 'auto'] as const) {
          const decoded = decodeCsvBytes(bytes, encoding);
          if ('text' in decoded) exercise(decoded.text);
        }
        // What an editor shows for bytes that are not valid UTF-8 (replacement characters).
        exercise(new TextDecoder('utf-8').decode(bytes));
      }),
      { numRuns: 80 },
    );
  });

  it('a valid file cut anywhere', () => {
    for (let end = 0; end <= VALID.length; end += 7) exercise(VALID.slice(0, end), [end - 1, end >> 1], { fixAll: end % 5 === 0 });
  });

  it('random edits applied to a valid file', () => {
    const unit = fc.constantFrom('"', ',', '\r\n', '\n', 'a', '@', ' ', '１', '0', '9', '\0', '');
    const edits = fc.array(fc.record({ at: fc.nat(), length: fc.nat({ max: 10 }), insert: fc.string({ unit, maxLength: 6 }) }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(edits, (steps) => {
        let text = VALID;
        for (const { at, length, insert } of steps) {
          const start = at % (text.length + 1);
          text = text.slice(0, start) + insert + text.slice(start + length);
        }
        exercise(
          text,
          steps.map((s) => s.at % (text.length + 1)),
        );
      }),
      { numRuns: 120 },
    );
  });

  it('degenerate files: empty, only a BOM, only quotes, NULs, only line breaks', () => {
    for (const text of [
      '',
      '\ufeff',
      '\ufeff\ufeff',
      '"',
      '""',
      '"""',
      '"'.repeat(1001),
      '\0',
      '\0,\0\r\n\0',
      '\r\n'.repeat(50),
      '\r',
      ',,,,',
    ]) {
      exercise(text, [1, 2, 3]);
    }
  });

  it('a header with a 5 MB user row on one line, and a 5 MB line without a header', () => {
    const huge = `${templateHeader()}\r\n${'a@b.jp,"名前,'.padEnd(40, 'x')}${',1'.repeat(2_500_000)}`;
    assert.ok(huge.length > 5_000_000);
    exercise(huge, [huge.length - 3, 4_000_000, 200], { fixAll: false });
    const line = '"x",'.repeat(1_300_000);
    exercise(line, [5_000_000, 17], { fixAll: false });
  });

  it('keeps working on a large valid file with every column (the large-file finding included)', () => {
    const lines = [templateHeader()];
    for (let i = 0; i < 300; i++) lines.push(row({ loginId: `u${i}@x.jp` }));
    const text = file(...lines);
    const settings = { ...DEFAULT_SETTINGS, largeFileThreshold: 10_000 };
    const codes = checkText(text, settings).problems.map((p) => p.code);
    assert.deepEqual([...new Set(codes)].sort(), ['file/too-large', 'rows/too-many']);
    assert.equal(codes.filter((c) => c === 'file/too-large').length, 1);
    assert.equal(COLUMNS.length, 24);
  });
});
