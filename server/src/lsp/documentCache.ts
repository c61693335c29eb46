/**
 * Parses each open document once per text. Every feature (diagnostics, hover, code actions) asks
 * this cache for the version state instead of parsing again. An entry lives from the document's
 * open to its close; all are dropped on shutdown.
 *
 * Entries are keyed on the open document object and the very text parsed, not on the uri and the
 * version number: VS Code reopens a closed file at version 1, a second `didOpen` replaces a
 * document, and a `didChange` may repeat a version, so neither number tells two texts apart. The
 * checks are identity checks (`TextDocument.getText()` returns the same string while the text is
 * unchanged), cheap on the keystroke path.
 *
 * The cache also hears of every edit (see {@link trackEdits}): a version after a typed character
 * is parsed again only from the record the edit touched (`reparse`), which on a 100,000-row file is
 * a few milliseconds instead of a full parse.
 *
 * A large text parsed afresh (on open, or after a change the cache could not follow) is read in
 * slices ({@link DocumentCache.stateInSlices}), the event loop given back between them, and a
 * request about a line meanwhile gets the records read up to that line ({@link DocumentCache.at}):
 * a hover on line 10 of a 100,000-row export need not wait for the other 99,990 rows. An edit during
 * such a parse folds into the pending edit, relative to the text being parsed: that parse ends, and
 * its version is reparsed to the newer text, as after any edit.
 *
 * A parse is also keyed on its {@link ParseOptions} (the settings' forced format and header
 * aliases): asked with other options, as after a settings change, the cache parses the text again
 * and never serves a parse made with the old ones.
 */
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  type MiitelDocument,
  parse,
  ParseInSteps,
  type ParseOptions,
  reparse,
  sameParseOptions,
  type TextEdit,
} from '../service/languageService';
import { LineStarts } from '../service/lineStarts';
import { VersionState } from './versionState';

/**
 * Longest stretch of parsing between two turns of the event loop, as validation's `SLICE_MS`: the
 * reader covers about 2,000 rows of an export in it.
 */
export const PARSE_SLICE_MS = 5;

/** A large text being parsed in slices, and what requests answered from its records so far share. */
export interface Parsing {
  readonly steps: ParseInSteps;
  /** Its line starts, found as far as requests asked (see lineStarts.ts). */
  readonly lines: LineStarts;
  /** The document's version number when the parse began. */
  readonly version: number;
  /** The slice run driving it, once one began. */
  slices?: Promise<void>;
  /** Why it was dropped unfinished: an edit it cannot lead to, or a request with other options. */
  dropped?: 'edit' | 'options';
}

interface Entry {
  /** The open document this entry is for; another object with the same uri is another document. */
  readonly document: TextDocument;
  /** The latest version parsed, if any. */
  state?: VersionState;
  /**
   * The edits since `state`'s text, folded into one, and the text they lead to; absent after a
   * change the cache could not follow (a whole-text replacement), which means "parse it all".
   */
  pending?: { readonly edit: TextEdit; text: string };
  /** False once an edit could not be followed. */
  followable: boolean;
  /**
   * A large text being parsed in slices; never alongside `state` (a parse afresh drops the old
   * state). Edits meanwhile fold into `pending`, relative to its text.
   */
  parsing?: Parsing;
}

/** The parse cache of the open documents, keyed on the document object and its text. */
export class DocumentCache {
  private readonly entries = new Map<string, Entry>();

  /** Starts an entry for a document just opened (a second open of its uri replaces the first). */
  open(document: TextDocument): void {
    this.entries.set(document.uri, { document, followable: true });
  }

  /** The parsed model of `document`'s current text read with `options`, parsing it if needed. */
  get(document: TextDocument, options: ParseOptions = {}): MiitelDocument {
    return this.state(document, options).doc;
  }

  /**
   * The state of `document`'s current text read with `options` (its parse and what was computed for
   * it), parsing it if needed (a parse in slices under way is finished now). A document that is not
   * open (closed while a check awaited something) is parsed and nothing is kept.
   */
  state(document: TextDocument, options: ParseOptions = {}): VersionState {
    const text = document.getText();
    const entry = this.entries.get(document.uri);
    if (!entry || entry.document !== document) return new VersionState(parse(text, options), document.version);
    this.settle(entry, options);
    const state = this.usableState(entry, options);
    if (state && state.version === document.version && state.text === text) return state;
    const { pending } = entry;
    const parsed =
      state && entry.followable && pending && pending.text === text ? reparse(state.parsed, pending.edit, text) : parse(text, options);
    entry.state = new VersionState(parsed, document.version);
    entry.pending = undefined;
    entry.followable = true;
    return entry.state;
  }

  /**
   * The state of `document`'s current text, as {@link state} gives it, except that a `large` text
   * to be parsed afresh is read in slices of {@link PARSE_SLICE_MS}, the event loop given back
   * between them so that other requests are answered meanwhile. Undefined when the document was
   * closed (or replaced by a second open) during the parse.
   */
  async stateInSlices(document: TextDocument, options: ParseOptions = {}, large = true): Promise<VersionState | undefined> {
    let parsing = this.parsingFor(document, options, large);
    while (parsing) {
      await (parsing.slices ??= this.runSlices(document.uri, parsing));
      if (this.entries.get(document.uri)?.document !== document) return undefined;
      // A request with other options (a settings change) took its place: parse now rather than take turns with it.
      if (parsing.dropped === 'options') break;
      // An edit meanwhile: the next round reparses from the version just finished (or waits for a new parse).
      parsing = this.parsingFor(document, options, large);
    }
    return this.state(document, options);
  }

  /**
   * What answers a request about a line of `document`'s current text right away: its state when
   * that is ready or a reparse away (see {@link state}); for a `large` text being parsed in slices,
   * that parse, whose `steps.through(offset)` reads on to the line asked about. Undefined while
   * only the parse of an older text is under way (edited since): {@link stateInSlices} gives the
   * current text's state once it is done.
   */
  at(document: TextDocument, options: ParseOptions, large: boolean): VersionState | Parsing | undefined {
    const parsing = this.parsingFor(document, options, large);
    if (!parsing) return this.state(document, options);
    // Never the records of another text: their offsets would point at other characters.
    return parsing.steps.text === document.getText() ? parsing : undefined;
  }

  /** Applies one change to `document` as version `version`, noting the edit so the next parse can start where it is. */
  update(document: TextDocument, change: TextDocumentContentChangeEvent, version: number): void {
    const entry = this.entries.get(document.uri);
    const follow =
      entry?.document === document &&
      entry.followable &&
      (entry.state !== undefined || entry.parsing !== undefined) &&
      this.follow(entry, document, change);
    TextDocument.update(document, [change], version);
    if (follow && entry.pending) entry.pending.text = document.getText();
  }

  /** Forgets a document (on close). */
  evict(uri: string): void {
    this.entries.delete(uri);
  }

  /** Forgets everything (on shutdown). */
  clear(): void {
    this.entries.clear();
  }

  /** Number of open documents known (for tests and logs). */
  get size(): number {
    return this.entries.size;
  }

  /** Folds `change` into the entry's pending edit; false (and the entry no longer followable) when it cannot. */
  private follow(entry: Entry, document: TextDocument, change: TextDocumentContentChangeEvent): boolean {
    // The edit must apply to the text the pending edit leads to (or the parsed text, if none).
    const base = entry.pending ? entry.pending.text : (entry.parsing?.steps.text ?? entry.state?.text);
    if (!('range' in change) || document.getText() !== base) {
      // Nothing can be reparsed from a parse under way now: it stops.
      if (entry.parsing) this.drop(entry, 'edit');
      entry.followable = false;
      entry.pending = undefined;
      return false;
    }
    const start = document.offsetAt(change.range.start);
    const end = document.offsetAt(change.range.end);
    // The text is filled in once the change is applied.
    entry.pending = { edit: foldEdit(entry.pending?.edit, start, end, change.text.length), text: '' };
    return true;
  }

  /** The entry's state, if it was read with `options`: a parse made with other options is of no use, not even to reparse from. */
  private usableState(entry: Entry, options: ParseOptions): VersionState | undefined {
    return entry.state && sameParseOptions(entry.state.parsed.options, options) ? entry.state : undefined;
  }

  /**
   * The parse in slices to wait for before {@link state} can answer at once: the one under way,
   * or, for a `large` text that could only be parsed afresh, a new one. Undefined otherwise.
   */
  private parsingFor(document: TextDocument, options: ParseOptions, large: boolean): Parsing | undefined {
    const entry = this.entries.get(document.uri);
    if (!entry || entry.document !== document) return undefined;
    // Read with other options (the settings changed meanwhile): of no use.
    if (entry.parsing && !sameParseOptions(entry.parsing.steps.options, options)) this.drop(entry, 'options');
    if (entry.parsing || !large) return entry.parsing;
    const state = this.usableState(entry, options);
    const text = document.getText();
    const ready = state && state.version === document.version && state.text === text;
    const reparsable = state && entry.followable && entry.pending?.text === text;
    if (ready || reparsable) return undefined;
    entry.state = undefined;
    entry.pending = undefined;
    entry.followable = true;
    entry.parsing = { steps: new ParseInSteps(text, options), lines: new LineStarts(text), version: document.version };
    return entry.parsing;
  }

  /** Reads `parsing` a slice at a time until it is done, finished by a request, dropped or closed. */
  private async runSlices(uri: string, parsing: Parsing): Promise<void> {
    for (;;) {
      if (this.entries.get(uri)?.parsing !== parsing) return;
      const done = parsing.steps.run(performance.now() + PARSE_SLICE_MS);
      await new Promise<void>((resolve) => setImmediate(resolve));
      const entry = this.entries.get(uri);
      // Building the row table is the rest of the work: a slice of its own.
      if (done && entry?.parsing === parsing) return this.settle(entry, parsing.steps.options);
    }
  }

  /** Finishes the entry's parse under way, if read with `options`, into its state; drops it otherwise. */
  private settle(entry: Entry, options: ParseOptions): void {
    const { parsing } = entry;
    if (!parsing) return;
    if (!sameParseOptions(parsing.steps.options, options)) return this.drop(entry, 'options');
    entry.state = new VersionState(parsing.steps.finish(), parsing.version, parsing.lines);
    entry.parsing = undefined;
  }

  /** Forgets the entry's parse under way and the edits since its text. */
  private drop(entry: Entry, reason: 'edit' | 'options'): void {
    if (entry.parsing) entry.parsing.dropped = reason;
    entry.parsing = undefined;
    entry.pending = undefined;
    entry.followable = true;
  }
}

/**
 * `pending` (old text → current text) followed by replacing `[start, end)` of the current text with
 * `inserted` characters, as one edit covering both: text outside it is unchanged.
 */
export function foldEdit(pending: TextEdit | undefined, start: number, end: number, inserted: number): TextEdit {
  if (!pending) return { start, oldEnd: end, newEnd: start + inserted };
  const coveredEnd = Math.max(pending.newEnd, end);
  return {
    start: Math.min(pending.start, start),
    oldEnd: pending.oldEnd + (coveredEnd - pending.newEnd),
    newEnd: coveredEnd + inserted - (end - start),
  };
}

/**
 * The `TextDocuments` configuration that keeps `cache` informed: each document opened gets an
 * entry, and changes are applied one at a time (as `TextDocument.update` does anyway) so each one's
 * offsets are read on the text it applies to.
 */
export function trackEdits(cache: DocumentCache): TextDocumentsConfiguration<TextDocument> {
  return {
    create(uri, languageId, version, content) {
      const document = TextDocument.create(uri, languageId, version, content);
      cache.open(document);
      return document;
    },
    update(document, changes, version) {
      for (const change of changes) cache.update(document, change, version);
      return document;
    },
  };
}
