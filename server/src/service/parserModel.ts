/**
 * Compact storage behind the parser's records. A 100,000-row file has about 2.4 million cells;
 * allocating a CsvCell object for each during the parse costs more than csv-parse itself (mostly GC
 * of objects that all survive), so the parser stores each cell's bounds in a typed array and a
 * record builds its CsvCell objects the first time `cells` is read (then keeps them).
 */
import type { CsvCell, CsvRecord } from './csvDocument';

/** Bounds of every cell of a document: `start`, then `end`, with `start` stored as `~start` for a quoted cell. */
export class CellStore {
  private bounds = new Int32Array(1024);
  /** Number of cells stored. */
  count = 0;

  /** Appends a cell's bounds (the whole field, quotes included). */
  add(start: number, end: number, quoted: boolean): void {
    if (2 * this.count + 2 > this.bounds.length) {
      const grown = new Int32Array(this.bounds.length * 2);
      grown.set(this.bounds);
      this.bounds = grown;
    }
    this.bounds[2 * this.count] = quoted ? ~start : start;
    this.bounds[2 * this.count + 1] = end;
    this.count++;
  }

  /** Builds the CsvCell objects for `values`, whose bounds were stored from index `first` on. */
  cells(values: readonly string[], first: number): CsvCell[] {
    const bounds = this.bounds;
    const cells: CsvCell[] = [];
    for (let i = 0; i < values.length; i++) {
      const s = bounds[2 * (first + i)];
      const end = bounds[2 * (first + i) + 1];
      cells.push(
        s < 0
          ? { value: values[i], offset: ~s + 1, length: end - ~s - 2, quoted: true, start: ~s, end }
          : { value: values[i], offset: s, length: end - s, quoted: false, start: s, end },
      );
    }
    return cells;
  }
}

/** A record whose cells are built on first use from csv-parse's values and the stored bounds. */
export class LazyRecord implements CsvRecord {
  readonly #store: CellStore;
  readonly #first: number;
  #values: readonly string[] | undefined;
  #cells: readonly CsvCell[] | undefined;

  constructor(
    values: readonly string[],
    store: CellStore,
    first: number,
    readonly start: number,
    readonly end: number,
    readonly line: number,
    readonly blank: boolean,
  ) {
    this.#values = values;
    this.#store = store;
    this.#first = first;
  }

  get cells(): readonly CsvCell[] {
    if (this.#cells === undefined) {
      this.#cells = this.#store.cells(this.#values ?? [], this.#first);
      this.#values = undefined;
    }
    return this.#cells;
  }

  /** A plain view for `JSON.stringify` and debugging (the cells live behind a getter). */
  toJSON(): CsvRecord {
    const { cells, start, end, line, blank } = this;
    return { cells, start, end, line, blank };
  }
}
