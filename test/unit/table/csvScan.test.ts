import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Delimiter } from '../../../shared/formats/delimiter';
import { scanCsv, type ScannedCsv } from '../../../shared/table/csvScan';
import { parseCsv } from '../../../server/src/service/parser';

/** Every record as the table's reader gives it: position, line and cells. */
function shape(scan: ScannedCsv) {
  return scan.records.map((r) => ({ start: r.start, end: r.end, line: r.line, cells: r.cells.map((c) => ({ ...c })) }));
}

/** Every record as the server's parser gives it, in the same shape. */
function serverShape(text: string, delimiter: Delimiter) {
  const csv = parseCsv(text, delimiter);
  return csv.records.map((r) => ({
    start: r.start,
    end: r.end,
    line: r.line,
    cells: r.cells.map((c) => ({ start: c.start, end: c.end, quoted: c.quoted, value: c.value })),
  }));
}

describe('table: scanCsv', () => {
  it('gives each field its range, quoting and value, and each record its line and terminator', () => {
    const text = '\ufeffa,"b ""x""",\r\n"multi\nline",山田\n';
    const scan = scanCsv(text);
    assert.equal(scan.bom, true);
    assert.equal(scan.eol, '\r\n');
    assert.deepEqual(shape(scan), [
      {
        start: 1,
        end: 13,
        line: 0,
        cells: [
          { start: 1, end: 2, quoted: false, value: 'a' },
          { start: 3, end: 12, quoted: true, value: 'b "x"' },
          { start: 13, end: 13, quoted: false, value: '' },
        ],
      },
      {
        start: 15,
        end: 30,
        line: 1,
        cells: [
          { start: 15, end: 27, quoted: true, value: 'multi\nline' },
          { start: 28, end: 30, quoted: false, value: '山田' },
        ],
      },
    ]);
    assert.deepEqual(
      scan.records.map((r) => r.next),
      [15, 31],
    );
  });

  it('reads a last line without a terminator, a lone CR, and an empty text', () => {
    assert.deepEqual(
      scanCsv('a\rb').records.map((r) => [r.start, r.end, r.next, r.line]),
      [
        [0, 1, 2, 0],
        [2, 3, 3, 1],
      ],
    );
    assert.equal(scanCsv('a\rb').eol, '\r');
    assert.deepEqual(scanCsv('').records, []);
    assert.equal(scanCsv('x').eol, '\r\n');
  });

  it('splits at the given delimiter only', () => {
    assert.deepEqual(
      scanCsv('a;"b;c";d\te', ';').records[0]!.cells.map((c) => c.value),
      ['a', 'b;c', 'd\te'],
    );
    assert.deepEqual(
      scanCsv('a\t"b;c"\td', '\t').records[0]!.cells.map((c) => c.value),
      ['a', 'b;c', 'd'],
    );
  });

  it('reads broken quotes as the server does: a stray quote as written, an unclosed quote to the end of its line', () => {
    assert.deepEqual(
      scanCsv('a"b,"c"x,d').records[0]!.cells.map((c) => [c.value, c.quoted]),
      [
        ['a"b', false],
        ['"c"x', false],
        ['d', false],
      ],
    );
    assert.deepEqual(
      scanCsv('"ab,c\nd,e').records.map((r) => r.cells.map((c) => c.value)),
      [
        ['"ab', 'c'],
        ['d', 'e'],
      ],
    );
  });

  it('reads every text exactly as the server parser does (ranges, quoting, values, lines)', () => {
    const unit = fc.constantFrom('a', ' ', ',', ';', '\t', '"', '"', '\r', '\n', '山', '😀', '\ufeff');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), fc.constantFrom<Delimiter>(',', ';', '\t'), (text, delimiter) => {
        const scan = scanCsv(text, delimiter);
        assert.deepEqual(shape(scan), serverShape(text, delimiter));
        const csv = parseCsv(text, delimiter);
        assert.equal(scan.bom, csv.bom);
        assert.equal(scan.eol, csv.eol);
      }),
      { numRuns: 2000 },
    );
  });
});
