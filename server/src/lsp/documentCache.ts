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
 * A parse is also keyed on its {@link ParseOptions} (the settings' forced format and header
 * aliases): asked with other options, as after a settings change, the cache parses the text again
 * and never serves a parse made with the old ones.
 */
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type MiitelDocument, parse, type ParseOptions, reparse, sameParseOptions, type TextEdit } from '../service/languageService';
import { VersionState } from './versionState';

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
   * it), parsing it if needed. A document that is not open (closed while a check awaited something)
   * is parsed and nothing is kept.
   */
  state(document: TextDocument, options: ParseOptions = {}): VersionState {
    const text = document.getText();
    const entry = this.entries.get(document.uri);
    if (!entry || entry.document !== document) return new VersionState(parse(text, options), document.version);
    const { pending } = entry;
    // A parse made with other options is of no use, not even to reparse from.
    const state = entry.state && sameParseOptions(entry.state.parsed.options, options) ? entry.state : undefined;
    if (state && state.version === document.version && state.text === text) return state;
    const parsed =
      state && entry.followable && pending && pending.text === text ? reparse(state.parsed, pending.edit, text) : parse(text, options);
    entry.state = new VersionState(parsed, document.version);
    entry.pending = undefined;
    entry.followable = true;
    return entry.state;
  }

  /** Applies one change to `document` as version `version`, noting the edit so the next parse can start where it is. */
  update(document: TextDocument, change: TextDocumentContentChangeEvent, version: number): void {
    const entry = this.entries.get(document.uri);
    const follow = entry?.document === document && entry.followable && entry.state !== undefined && this.follow(entry, document, change);
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
    const base = entry.pending ? entry.pending.text : entry.state?.text;
    if (!('range' in change) || document.getText() !== base) {
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
