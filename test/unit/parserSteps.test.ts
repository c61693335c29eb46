/**
 * The parse in steps reads, record for record, what the whole parse reads: at any point, the
 * records read up to an offset are the full parse's first records, and the finished parse is the
 * full parse.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CsvDocument, Delimiter } from '../../shared/csv/csvDocument';
import { parseCsv } from '../../shared/csv/parser';
import { CsvReader } from '../../shared/csv/parserSteps';
import { csvView } from './csvView';

/** The first records of `full` that start at or before `offset`, with their errors, as a document. */
function expectedThrough(full: CsvDocument, offset: number) {
  const whole = csvView(full);
  const records = whole.records.filter((r) => r.start <= offset);
  const next = whole.records[records.length]?.start ?? Infinity;
  return { ...whole, records, errors: whole.errors.filter((e) => e.offset < next) };
}

// Quotes that close on a later line or never, every line break, a BOM, other delimiters.
const unit = fc.constantFrom('"', '"', ',', ';', '\t', '\r', '\n', '\r\n', 'a', 'b', ' ', '山', '😀', '\ufeff');
const steps = fc.array(fc.oneof(fc.record({ read: fc.nat({ max: 5 }) }), fc.record({ through: fc.nat() })), { maxLength: 8 });
const delimiters = fc.constantFrom<Delimiter>(',', ';', '\t');

describe('CsvReader (the parse in steps)', () => {
  it('gives, after any steps, the full parse’s records up to an offset, and at the end the full parse', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), steps, delimiters, (text, plan, delimiter) => {
        const full = parseCsv(text, delimiter);
        const reader = new CsvReader(text, delimiter);
        for (const step of plan) {
          if ('read' in step) {
            reader.read(step.read);
            assert.ok(reader.recordCount <= full.recordCount);
          } else {
            const offset = step.through % (text.length + 2);
            assert.deepEqual(csvView(reader.through(offset)), expectedThrough(full, offset));
          }
        }
        assert.equal(reader.done, reader.recordCount === full.recordCount);
        assert.deepEqual(csvView(reader.finish()), csvView(full));
        assert.equal(reader.done, true);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a view fixed while reading goes on', () => {
    const text = 'a,b\r\nc,"d\r\ne"\r\nf\r\n';
    const reader = new CsvReader(text);
    const first = reader.through(0);
    reader.read(10);
    assert.equal(first.recordCount, 1);
    assert.deepEqual(
      first.records.map((r) => r.cells.map((c) => c.value)),
      [['a', 'b']],
    );
    // A record spanning two lines is read whole when asked about its first line.
    const second = reader.through(text.indexOf('c'));
    assert.deepEqual(
      second.records.map((r) => r.cells.map((c) => c.value)),
      [
        ['a', 'b'],
        ['c', 'd\r\ne'],
      ],
    );
  });
});
