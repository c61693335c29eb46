/**
 * Parses each open document once per version. Every feature (diagnostics, hover, code actions)
 * asks this cache for the model instead of parsing again. Entries are evicted when the document
 * closes and all are dropped on shutdown.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseMiitel } from '../service/languageService';
import type { MiitelDocument } from '../service/miitelDocument';

/** The parse cache of the open documents, keyed by uri and version. */
export class DocumentCache {
  private readonly entries = new Map<string, { version: number; doc: MiitelDocument }>();

  /** The parsed model of this version of `document`, parsing it if needed. */
  get(document: TextDocument): MiitelDocument {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version) return entry.doc;
    const doc = parseMiitel(document.getText());
    this.entries.set(document.uri, { version: document.version, doc });
    return doc;
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
