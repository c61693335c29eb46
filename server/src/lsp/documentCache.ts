/**
 * Parses each open document once per version. Every feature (diagnostics, hover, code actions)
 * asks this cache for the model instead of parsing again. Entries are evicted when the document
 * closes and all are dropped on shutdown.
 *
 * The cache also hears of every edit (see {@link trackEdits}): a version after a typed character
 * is parsed again only from the record the edit touched (`reparse`), which on a
 * 100,000-row file is a few milliseconds instead of a full parse.
 */
import type { TextDocumentContentChangeEvent, TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { type MiitelDocument, parse, reparse, type TextEdit } from '../service/languageService';
import { VersionState } from './versionState';

interface Entry {
  readonly version: number;
  readonly state: VersionState;
  /**
   * The edits since `doc`'s text, folded into one, and the version they lead to; absent after a
   * change the cache could not follow (a whole-text replacement), which means "parse it all".
   */
  pending?: { readonly edit: TextEdit; readonly version: number };
  /** False once an edit could not be followed. */
  followable: boolean;
}

/** The parse cache of the open documents, keyed by uri and version. */
export class DocumentCache {
  private readonly entries = new Map<string, Entry>();

  /** The parsed model of this version of `document`, parsing it if needed. */
  get(document: TextDocument): MiitelDocument {
    return this.state(document).doc;
  }

  /** The state of this version of `document` (its parse and what was computed for it), parsing it if needed. */
  state(document: TextDocument): VersionState {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version) return entry.state;
    const pending = entry?.followable ? entry.pending : undefined;
    const parsed =
      entry && pending && pending.version === document.version
        ? reparse(entry.state.parsed, pending.edit, document.getText())
        : parse(document.getText());
    const state = new VersionState(parsed, document.version);
    this.entries.set(document.uri, { version: document.version, state, followable: true });
    return state;
  }

  /** Notes one change about to be applied to `document` (which still has the text before it), as version `version`. */
  change(document: TextDocument, change: TextDocumentContentChangeEvent, version: number): void {
    const entry = this.entries.get(document.uri);
    if (!entry || !entry.followable) return;
    if (!('range' in change) || (entry.pending ? entry.pending.version : entry.version) !== document.version) {
      entry.followable = false;
      entry.pending = undefined;
      return;
    }
    const start = document.offsetAt(change.range.start);
    const end = document.offsetAt(change.range.end);
    entry.pending = { edit: foldEdit(entry.pending?.edit, start, end, change.text.length), version };
  }

  /** Forgets a document (on close). */
  evict(uri: string): void {
    this.entries.delete(uri);
  }

  /** Forgets everything (on shutdown). */
  clear(): void {
    this.entries.clear();
  }

  /** Number of cached documents (for tests and logs). */
  get size(): number {
    return this.entries.size;
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
 * The `TextDocuments` configuration that keeps `cache` informed: changes are applied one at a time
 * (as `TextDocument.update` does anyway) so each one's offsets are read on the text it applies to.
 */
export function trackEdits(cache: DocumentCache): TextDocumentsConfiguration<TextDocument> {
  return {
    create: TextDocument.create,
    update(document, changes, version) {
      for (const change of changes) {
        cache.change(document, change, version);
        TextDocument.update(document, [change], version);
      }
      return document;
    },
  };
}
