/**
 * Everything the service keeps for one version of a text, in one object the caller holds: the
 * parse read as a MiiTel file (which carries the reader's tables and the row table a later version
 * is built from) and the row findings and row keys validation computed for it. Nothing about a
 * version is kept anywhere else, so whoever drops the object (the language server's document cache,
 * on close) frees all of it.
 */
import { detectDelimiter } from '../../../shared/formats/delimiter';
import { type MiitelDocument, toMiitelDocument } from './miitelDocument';
import type { ParseOptions } from './parseOptions';
import { parseCsv, reparseCsv, type TextEdit } from '../../../shared/csv/parser';
import { CsvReader } from '../../../shared/csv/parserSteps';
import type { CsvDocument } from '../../../shared/csv/csvDocument';
import type { RowResults } from './validation/rowResults';

/** One parsed version of a text. */
export class ParsedVersion {
  /**
   * The findings and keys of the rows checked so far, computed by `validate` for this version or
   * carried over from the version it was reparsed from; `validate` reuses them while the settings,
   * the Login IDs in use, the header and the rules are the same, and stores what it computed here.
   */
  rowResults: RowResults | undefined;

  constructor(
    /** The parse, read as a MiiTel file. */
    readonly doc: MiitelDocument,
    rowResults?: RowResults,
    /** The options it was read with (a reparse keeps them). */
    readonly options: ParseOptions = {},
  ) {
    this.rowResults = rowResults;
  }

  /** The text this version was parsed from. */
  get text(): string {
    return this.doc.csv.text;
  }
}

/** Parses `text` into a new version, read with `options` (a forced format, header aliases). */
export function parseVersion(text: string, options: ParseOptions = {}): ParsedVersion {
  return firstVersion(parseCsv(text, detectDelimiter(text)), options);
}

/** A version read afresh (no earlier version to take row facts or findings from) from the parse `csv`. */
function firstVersion(csv: CsvDocument, options: ParseOptions): ParsedVersion {
  return new ParsedVersion(toMiitelDocument(csv, undefined, undefined, options), undefined, options);
}

/**
 * Parses `text`, the text of `previous` after `edit`, again only from the records the edit can have
 * changed; the row findings known for `previous` carry over to the records it only moved, so the next
 * validation checks only the rest. The options of `previous` are kept. (The counts of row keys move to the new version; `previous`
 * counts again if it is validated later.)
 */
export function reparseVersion(previous: ParsedVersion, edit: TextEdit, text: string): ParsedVersion {
  // The delimiter comes from line 1: an edit there can change it, and then every record is read again.
  const { csv, mapping } = reparseCsv(previous.doc.csv, edit, text, detectDelimiter(text));
  const doc = toMiitelDocument(csv, previous.doc, mapping, previous.options);
  return new ParsedVersion(doc, mapping && previous.rowResults?.carry(mapping, csv.recordCount), previous.options);
}

/** Records read between two looks at the clock: about 0.1 ms of reading on a MiiTel-shaped file. */
const RECORDS_PER_LOOK = 64;

/**
 * A parse of `text` in steps, for a large file: the language server reads it a time slice at a
 * time (`run`), giving the event loop back in between, and meanwhile answers hover, completion and
 * inlay hints from {@link ParseInSteps.through}, which reads on only as far as the line asked about.
 */
export class ParseInSteps {
  readonly #reader: CsvReader;

  constructor(
    readonly text: string,
    /** The options the version is read with. */
    readonly options: ParseOptions = {},
  ) {
    this.#reader = new CsvReader(text, detectDelimiter(text));
  }

  /** Whether every record has been read (`finish` then costs only the row table). */
  get done(): boolean {
    return this.#reader.done;
  }

  /** Reads on until `deadline` (a `performance.now()` time) or the end of the text; true at the end. */
  run(deadline: number): boolean {
    const reader = this.#reader;
    while (!reader.done && performance.now() < deadline) reader.read(RECORDS_PER_LOOK);
    return reader.done;
  }

  /**
   * The text read as a MiiTel file as far as the record holding `offset` (every record starting at
   * or before it), reading on to it now. Hover, completion and inlay hints say about those records
   * what they say from the full parse, given no problems and `null` row results (a validation due
   * but not begun), as for a full parse not validated yet; the outline and the user count need the
   * full parse.
   */
  through(offset: number): MiitelDocument {
    return toMiitelDocument(this.#reader.through(offset), undefined, undefined, this.options);
  }

  /** The whole version, as {@link parseVersion} gives it (reading what is left first). */
  finish(): ParsedVersion {
    return firstVersion(this.#reader.finish(), this.options);
  }
}
