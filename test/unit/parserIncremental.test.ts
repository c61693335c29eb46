import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CsvDocument } from '../../shared/csv/csvDocument';
import { parseCsv, reparseCsv } from '../../shared/csv/parser';
import { csvView } from './csvView';

/** Replaces `[start, end)` of `text` with `insert`. */
function edit(text: string, start: number, end: number, insert: string) {
  return { text: text.slice(0, start) + insert + text.slice(end), edit: { start, oldEnd: end, newEnd: start + insert.length } };
}

// CSV-ish text where edits make and break quotes, line breaks (CRLF split in two included) and fields.
const unit = fc.constantFrom('"', '"', ',', '\r', '\n', '\r\n', 'a', 'b', ' ', '山', '😀', '\ufeff');
const text = fc.string({ unit, maxLength: 60 });
const edits = fc.array(fc.record({ at: fc.nat(), length: fc.nat({ max: 8 }), insert: fc.string({ unit, maxLength: 4 }) }), {
  minLength: 1,
  maxLength: 5,
});

// The same with `;` and tabs, which a file separated so is read with.
const otherUnit = fc.constantFrom('"', ',', ';', ';', '\t', '\r\n', '\n', 'a', '山');
const otherText = fc.string({ unit: otherUnit, maxLength: 60 });
const otherEdits = fc.array(fc.record({ at: fc.nat(), length: fc.nat({ max: 8 }), insert: fc.string({ unit: otherUnit, maxLength: 4 }) }), {
  minLength: 1,
  maxLength: 5,
});
const delimiters = fc.constantFrom(',' as const, ';' as const, '\t' as const);

describe('reparseCsv', () => {
  it('reads every version after random edits as a full parse does, with `;` or tab delimiters too, and when the delimiter changes', () => {
    fc.assert(
      fc.property(otherText, otherEdits, fc.array(delimiters, { minLength: 6, maxLength: 6 }), (initial, steps, chosen) => {
        let doc = parseCsv(initial, chosen[0]);
        steps.forEach(({ at, length, insert }, i) => {
          const start = at % (doc.text.length + 1);
          const next = edit(doc.text, start, Math.min(doc.text.length, start + length), insert);
          doc = reparseCsv(doc, next.edit, next.text, chosen[i + 1]).csv;
          assert.deepEqual(csvView(doc), csvView(parseCsv(next.text, chosen[i + 1])));
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads every record again when the delimiter changes, even after an edit far below line 1', () => {
    const initial = 'Login ID;User name\r\na;b\r\nc;d\r\n';
    const before = parseCsv(initial, ';');
    const at = initial.length - 2;
    const next = edit(initial, at, at, 'x');
    const { csv, mapping } = reparseCsv(before, next.edit, next.text, ',');
    assert.equal(mapping, undefined);
    assert.deepEqual(csvView(csv), csvView(parseCsv(next.text, ',')));
    assert.deepEqual(
      csv.records.map((r) => r.cells.map((c) => c.value)),
      [['Login ID;User name'], ['a;b'], ['c;dx']],
    );
  });

  it('reads every version after random edits exactly as a full parse does', () => {
    fc.assert(
      fc.property(text, edits, (initial, steps) => {
        let doc = parseCsv(initial);
        for (const { at, length, insert } of steps) {
          const start = at % (doc.text.length + 1);
          const next = edit(doc.text, start, Math.min(doc.text.length, start + length), insert);
          doc = reparseCsv(doc, next.edit, next.text).csv;
          assert.deepEqual(csvView(doc), csvView(parseCsv(next.text)));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('maps the records it takes over to the old ones, moved by the edit', () => {
    fc.assert(
      fc.property(text, edits, (initial, steps) => {
        let doc = parseCsv(initial);
        for (const { at, length, insert } of steps) {
          const start = at % (doc.text.length + 1);
          const next = edit(doc.text, start, Math.min(doc.text.length, start + length), insert);
          const { csv, mapping } = reparseCsv(doc, next.edit, next.text);
          if (mapping) {
            const delta = next.edit.newEnd - next.edit.oldEnd;
            const record = (d: CsvDocument, i: number) => {
              const r = d.records[i];
              assert.ok(r, `no record ${i}`);
              return r;
            };
            const values = (d: CsvDocument, i: number) => record(d, i).cells.map((c) => c.value);
            assert.ok(mapping.head <= mapping.tail && mapping.tail <= csv.records.length);
            assert.equal(csv.records.length - mapping.tail, doc.records.length - mapping.previousTail);
            for (let i = 0; i < mapping.head; i++) {
              assert.equal(record(csv, i).start, record(doc, i).start);
              assert.deepEqual(values(csv, i), values(doc, i));
            }
            for (let i = mapping.tail, j = mapping.previousTail; i < csv.records.length; i++, j++) {
              assert.equal(record(csv, i).start, record(doc, j).start + delta);
              assert.deepEqual(values(csv, i), values(doc, j));
            }
          }
          doc = csv;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads again only around a typed character in a long file, and takes the rest over', () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `user${i}@example.jp,"名前 ${i}",pass${i}`);
    const initial = `${lines.join('\r\n')}\r\n`;
    const at = initial.indexOf('名前 1000') + 2;
    const next = edit(initial, at, at, 'x');
    const { csv, mapping } = reparseCsv(parseCsv(initial), next.edit, next.text);
    // The record before the edited one is read again too (its line terminator precedes the edit).
    assert.deepEqual(mapping, { head: 999, tail: 1001, previousTail: 1001 });
    assert.equal(csv.records[1000]?.cells[1]?.value, '名前x 1000');
    assert.deepEqual(csvView(csv), csvView(parseCsv(next.text)));
  });

  it('reads again from an unclosed quote far before the edit when the edit can close it', () => {
    const initial = 'a,"open\r\nb,c\r\nd,e\r\n';
    // A quote typed before a comma closes the field opened on line 1, so line 1 reads differently.
    const at = initial.indexOf(',e');
    const next = edit(initial, at, at, '"');
    const { csv } = reparseCsv(parseCsv(initial), next.edit, next.text);
    assert.deepEqual(csvView(csv), csvView(parseCsv(next.text)));
    assert.equal(csv.records[0]?.cells[1]?.value, 'open\r\nb,c\r\nd');
  });

  it('parses afresh when the edit touches the first character (a BOM may come or go)', () => {
    const initial = '\ufeffa,b\r\n';
    const next = edit(initial, 0, 1, '');
    const { csv, mapping } = reparseCsv(parseCsv(initial), next.edit, next.text);
    assert.equal(mapping, undefined);
    assert.equal(csv.bom, false);
    assert.deepEqual(csvView(csv), csvView(parseCsv(next.text)));
  });

  it('parses afresh when the edit does not match the texts', () => {
    const { csv, mapping } = reparseCsv(parseCsv('a,b\n'), { start: 1, oldEnd: 2, newEnd: 5 }, 'a,b\n');
    assert.equal(mapping, undefined);
    assert.deepEqual(csvView(csv), csvView(parseCsv('a,b\n')));
  });
});
