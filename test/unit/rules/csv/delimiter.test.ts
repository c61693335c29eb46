import * as assert from 'node:assert/strict';
import { parse as csvParse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { DEFAULT_SETTINGS } from '../../../../shared/settings';
import { fixAll } from '../../../../server/src/service/features/fixAll';
import { getFixes } from '../../../../server/src/service/features/fixes';
import { applyChanges } from '../../../../server/src/service/features/textChange';
import { checkText, parse, validate } from '../../../../server/src/service/languageService';
import { parseCsv } from '../../../../shared/csv/parser';
import { delimiterRule } from '../../../../server/src/service/validation/rules/csv/delimiter';
import { at, check, fieldAt, file, row, templateHeader } from '../../helpers';

const H = templateHeader();
const semi = (line: string) => line.replace(/,/g, ';');
const tabs = (line: string) => line.replace(/,/g, '\t');

/** The text after the rewrite fix of the file's one `csv/delimiter` problem. */
function rewritten(text: string): string {
  const version = parse(text);
  const problem = validate(version, DEFAULT_SETTINGS, { rules: [delimiterRule] })[0];
  assert.ok(problem, 'no csv/delimiter problem');
  const [fix, ...others] = getFixes(version.doc, problem, 'file:///users.csv');
  assert.ok(fix);
  assert.deepEqual(others, []);
  assert.equal(fix.title, 'Rewrite the file with commas');
  return applyChanges(text, fix.changes);
}

describe('rule delimiter (csv/delimiter)', () => {
  it('reports a semicolon file once, on the whole of line 1', () => {
    const text = file(semi(H), semi(row()));
    assert.deepEqual(check(text, {}, delimiterRule), [
      {
        code: 'csv/delimiter',
        severity: 'error',
        offset: 0,
        length: H.length,
        message: 'This file is separated by semicolons; MiiTel needs commas.',
        data: { delimiter: ';' },
      },
    ]);
  });

  it('reports a tab file (a paste from Excel), after a BOM', () => {
    const text = `\ufeff${file(tabs(H), tabs(row()))}`;
    const [p, ...rest] = check(text, {}, delimiterRule);
    assert.deepEqual(rest, []);
    assert.deepEqual(
      [p?.offset, p?.length, p?.message, p?.data],
      [1, H.length, 'This file is separated by tabs; MiiTel needs commas.', { delimiter: '\t' }],
    );
  });

  it('stays silent on a comma file, even with semicolons and tabs in its values', () => {
    assert.deepEqual(check(file(H, row({ userName: '"a;b\tc"' })), {}, delimiterRule), []);
  });

  it('checks the rest of the file as if it were commas: exact codes and ranges on a semicolon file', () => {
    const bad = semi(row({ loginId: 'taro@', locale: '5' }));
    const text = file(semi(H), semi(row()), bad);
    const found = checkText(text, DEFAULT_SETTINGS).problems.map((p) => [p.code, p.offset, p.length]);
    assert.deepEqual(found, [
      ['csv/delimiter', 0, H.length],
      ['login-id/format', at(text, 'taro@'), 'taro@'.length],
      ['value/not-allowed', at(text, bad) + fieldAt(bad.replace(/;/g, ','), bad.replace(/;/g, ','), 'locale'), 1],
    ]);
  });

  it('counts fields at the delimiter: a short row of a tab file gets csv/field-count, and its fix adds tabs', () => {
    const short = tabs(row()).split('\t').slice(0, -1).join('\t');
    const text = file(tabs(H), short);
    const version = parse(text);
    const problem = validate(version, DEFAULT_SETTINGS).find((p) => p.code === 'csv/field-count');
    assert.ok(problem);
    assert.deepEqual([problem.offset, problem.length], [at(text, short), short.length]);
    const fix = getFixes(version.doc, problem)[0];
    assert.ok(fix);
    assert.equal(applyChanges(text, fix.changes), file(tabs(H), `${short}\t`));
  });

  it('offers no other fix that would write the delimiter into a value (a full-width ； made half-width)', () => {
    const text = file(semi(H), semi(row({ locale: '０；', timeZone: 'Tokyo' })));
    const version = parse(text);
    const problems = validate(version, DEFAULT_SETTINGS);
    const fullWidth = problems.find((p) => p.code === 'value/full-width' && p.offset === at(text, '０；'));
    assert.ok(fullWidth);
    assert.deepEqual(getFixes(version.doc, fullWidth), []);
    // A fix that writes no semicolon is still offered.
    const timeZone = problems.find((p) => p.code === 'value/not-allowed' && p.offset === at(text, 'Tokyo'));
    assert.ok(timeZone);
    assert.equal(getFixes(version.doc, timeZone)[0]?.title, 'Replace with 0 (GMT+9:00) Tokyo');
  });

  describe('the fix', () => {
    it('rewrites the whole file with commas, quoting only where RFC 4180 needs it (the whole text compared)', () => {
      const text = [
        'Login ID;User name;Password',
        'a@x.jp;"Sato, Taro";Pa55word',
        'b@x.jp;"say ""hi""";"two\r\nlines"',
        'c@x.jp;"semi;colon";tab\there',
        'e@x.jp;"lone\nLF";"lone\rCR"',
        '',
        'd@x.jp; spaced ;',
        '',
      ].join('\r\n');
      assert.equal(
        rewritten(text),
        [
          'Login ID,User name,Password',
          'a@x.jp,"Sato, Taro",Pa55word',
          'b@x.jp,"say ""hi""","two\r\nlines"',
          'c@x.jp,semi;colon,tab\there',
          'e@x.jp,"lone\nLF","lone\rCR"',
          '',
          'd@x.jp, spaced ,',
          '',
        ].join('\r\n'),
      );
    });

    it('keeps the line-break style (LF, CR, mixed), a missing final line break and a BOM', () => {
      assert.equal(rewritten('Login ID\tUser name\na\tb,c\n'), 'Login ID,User name\na,"b,c"\n');
      assert.equal(rewritten('Login ID;User name\ra;b'), 'Login ID,User name\ra,b');
      assert.equal(rewritten('\ufeffLogin ID;User name\r\na;b\nc;d\r\n'), '\ufeffLogin ID,User name\r\na,b\nc,d\r\n');
    });

    it('round-trips every value exactly (random files, read back by csv-parse)', () => {
      const unit = fc.constantFrom('a', ' ', ',', ';', '\t', '"', '\r\n', '\n', '山');
      const value = fc.string({ unit, maxLength: 5 });
      fc.assert(
        fc.property(fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { maxLength: 5 }), fc.constantFrom(';', '\t'), (rows, d) => {
          const field = (v: string) => (v.includes(d) || /["\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
          const lines = [['Login ID', 'User name', 'Password'], ...rows].map((r) => r.map(field).join(d));
          const text = `${lines.join('\r\n')}\r\n`;
          const fixed = rewritten(text);
          const expected = parseCsv(text, d === ';' ? ';' : '\t').records.map((r) => r.cells.map((c) => c.value));
          assert.deepEqual(csvParse(fixed, { relax_column_count: true, record_delimiter: '\r\n' }), expected);
          // Exactly what csv-stringify writes for each record, with its default options. (Not one call
          // with record_delimiter '\r\n': that leaves a lone '\n' in a value unquoted.)
          assert.equal(fixed, expected.map((r) => `${stringify([r], { eof: false })}\r\n`).join(''));
          assert.deepEqual(parseCsv(fixed).errors, []);
        }),
        { numRuns: 500 },
      );
    });

    it('is preferred, and taken by fix-all before any other fix, when no quote is broken', () => {
      const text = file(semi(H), semi(row({ timeZone: 'Tokyo', userName: '"Sato, Taro"' })));
      // The comma in the value became a semicolon with the rest: it needs no quotes any more.
      assert.equal(fixAll(text, DEFAULT_SETTINGS), file(H, row({ timeZone: '0', userName: 'Sato; Taro' })));
    });

    it('is offered but not preferred with a broken quote, and fix-all then changes nothing in the file', () => {
      const text = file(semi(H), semi(row({ userName: 'Ja"ne', timeZone: 'Tokyo' })));
      const version = parse(text);
      const problem = validate(version, DEFAULT_SETTINGS).find((p) => p.code === 'csv/delimiter');
      assert.ok(problem);
      assert.deepEqual(
        getFixes(version.doc, problem).map((f) => f.preferred),
        [false],
      );
      assert.equal(fixAll(text, DEFAULT_SETTINGS), text);
    });
  });
});
