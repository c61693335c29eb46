import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { Delimiter } from '../../../shared/formats/delimiter';
import { needsQuotes, quoted } from '../../../shared/csv/quote';
import { setCellEdits } from '../../../shared/table/cellEdit';
import { addRowEdits, deleteRowsEdits, duplicateRowEdits } from '../../../shared/table/rowEdits';
import { buildTableModel, type TableModel, applyTableEdits } from '../../../shared/table/tableModel';

const unit = fc.constantFrom('a', 'Z', '0', ' ', ',', ';', '\t', '"', '\r', '\n', '山', '😀');
const value = fc.string({ unit, maxLength: 6 });

/**
 * A well-formed CSV text: a header and rows of random values, each written quoted where needed or
 * always (as a spreadsheet may), with a random delimiter, line terminator, BOM and final line break.
 */
const csvText = fc
  .record({
    delimiter: fc.constantFrom<Delimiter>(',', ';', '\t'),
    eol: fc.constantFrom('\r\n', '\n'),
    bom: fc.boolean(),
    final: fc.boolean(),
    rows: fc.array(fc.array(fc.record({ value, force: fc.boolean() }), { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 5 }),
  })
  .map(({ delimiter, eol, bom, final, rows }) => {
    const lines = rows.map((cells) =>
      cells.map((c) => (c.force || needsQuotes(c.value, delimiter) ? quoted(c.value) : c.value)).join(delimiter),
    );
    return { delimiter, text: (bom ? '\ufeff' : '') + lines.join(eol) + (final ? eol : '') };
  });

/** Every row's values, header first. */
const values = (model: TableModel): string[][] => [[...model.headers], ...model.rows.map((r) => r.cells.map((c) => c.value))];

describe('table: edits, property-based', () => {
  it('setting a random cell to a random value reads back as exactly that change, the BOM kept', () => {
    fc.assert(
      fc.property(csvText, value, fc.nat(), fc.nat(), ({ delimiter, text }, v, r, c) => {
        const model = buildTableModel(text, delimiter);
        const rows = [model.header!, ...model.rows];
        const row = rows[r % rows.length]!;
        const column = c % (row.cells.length + 2);
        const edits = setCellEdits(model, row, column, v);
        // Only that field's characters change (or, for a field past a short row's end, the row's end).
        const cell = row.cells[column];
        for (const e of edits) {
          if (cell) assert.ok(e.offset >= cell.start && e.offset + e.length <= cell.end);
          else assert.deepEqual([e.offset, e.length], [row.end, 0]);
        }
        const after = buildTableModel(applyTableEdits(text, edits), delimiter);
        const expected = values(model);
        const target = row.index < 0 ? expected[0]! : expected[row.index + 1]!;
        while (v !== '' && target.length < column) target.push('');
        if (column < target.length || v !== '') target[column] = v;
        // A row whose cells all become empty is no longer a user row.
        const kept = expected.filter((cells, i) => i === 0 || cells.some((x) => x !== ''));
        assert.deepEqual(values(after), kept);
        assert.equal(after.bom, model.bom);
      }),
      { numRuns: 1000 },
    );
  });

  it('adding, duplicating and deleting rows reads back as exactly those rows added, copied or removed', () => {
    fc.assert(
      fc.property(csvText, fc.array(value, { minLength: 1, maxLength: 4 }), fc.array(fc.nat()), ({ delimiter, text }, added, picks) => {
        const model = buildTableModel(text, delimiter);
        const withRow = buildTableModel(applyTableEdits(text, addRowEdits(model, added)), delimiter);
        const expected = added.some((x) => x !== '') ? [...values(model), added] : values(model);
        assert.deepEqual(values(withRow), expected);
        if (model.rows.length === 0) return;
        const source = model.rows[(picks[0] ?? 0) % model.rows.length]!;
        const copy = buildTableModel(applyTableEdits(text, duplicateRowEdits(model, source, new Map([[0, added[0]!]]))), delimiter);
        const copied = [added[0]!, ...source.cells.slice(1).map((c) => c.value)];
        const withCopy = values(model);
        if (copied.some((x) => x !== '')) withCopy.splice(source.index + 2, 0, copied);
        assert.deepEqual(values(copy), withCopy);
        const gone = new Set(picks.map((p) => p % model.rows.length));
        const edits = deleteRowsEdits(
          model,
          [...gone].map((i) => model.rows[i]!),
        );
        const without = buildTableModel(applyTableEdits(text, edits), delimiter);
        // The BOM and the header are never touched.
        assert.ok(without.text.startsWith(text.slice(0, model.header!.end)));
        assert.deepEqual(
          values(without),
          values(model).filter((_, i) => i === 0 || !gone.has(i - 1)),
        );
      }),
      { numRuns: 500 },
    );
  });
});
