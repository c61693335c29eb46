/**
 * What the server knows about each open document's encoding, for `encoding/mismatch` and
 * `encoding/unsupported`: the encoding the editor decoded it with (VS Code tells us with the
 * `miitelCsv/documentEncoding` notification) and what the file's bytes on disk are (read once per
 * open, for `file:` documents, in chunks). The detection itself is the pure `service/encodingCheck.ts`.
 */
import { open } from 'node:fs/promises';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentEncodingNotification } from '../../../shared/protocol';
import {
  editorEncodingName,
  type EncodingEvidence,
  type FileReading,
  sniffFileChunks,
  type TextEncodingName,
} from '../service/encodingCheck';
import type { Feature } from './context';
import { refreshPulledDiagnostics } from './pullDiagnostics';
import { uriToPath } from './workspace';

/**
 * What the bytes on disk said when the document was first validated: their encoding, and the
 * encoding that turns them into the document's text when they matched at that time. Empty when
 * the file could not be read.
 */
type FileFacts = Partial<FileReading>;

/** Per-document encoding facts; the server evicts them when the document closes. */
export class DocumentEncodings {
  private readonly editor = new Map<string, string>();
  private readonly files = new Map<string, Promise<FileFacts>>();
  /** The `decodedAs` each document was last validated with. */
  private readonly used = new Map<string, TextEncodingName | undefined>();

  /**
   * Records the editor's encoding id. True when a validation already ran with another idea of
   * the encoding, so its diagnostics are out of date; false before the first one (the usual
   * case: the client tells us as it opens the document).
   */
  setEditorEncoding(uri: string, id: string): boolean {
    this.editor.set(uri, id);
    return this.used.has(uri) && this.used.get(uri) !== editorEncodingName(id);
  }

  /** The editor's encoding id of `uri`, if the client sent one. */
  editorEncoding(uri: string): string | undefined {
    return this.editor.get(uri);
  }

  /**
   * The evidence for validating `document`. Without word from the editor, an unedited document
   * whose text equals its bytes decoded one way was read that way.
   */
  async evidence(document: TextDocument): Promise<EncodingEvidence> {
    const facts = await this.fileFacts(document);
    const id = this.editor.get(document.uri);
    const decodedAs = id !== undefined ? editorEncodingName(id) : facts.readAs;
    this.used.set(document.uri, decodedAs);
    return { decodedAs, file: facts.file };
  }

  /** Forgets a document (on close): a reopened file is read again. */
  evict(uri: string): void {
    this.editor.delete(uri);
    this.files.delete(uri);
    this.used.delete(uri);
  }

  /** Forgets everything (on shutdown). */
  clear(): void {
    this.editor.clear();
    this.files.clear();
    this.used.clear();
  }

  private fileFacts(document: TextDocument): Promise<FileFacts> {
    let facts = this.files.get(document.uri);
    if (!facts) {
      facts = readFacts(document.uri, document.getText());
      this.files.set(document.uri, facts);
    }
    return facts;
  }
}

async function readFacts(uri: string, text: string): Promise<FileFacts> {
  const path = uriToPath(uri);
  if (path === undefined) return {};
  try {
    return await sniffFileChunks(() => fileChunks(path), text);
  } catch {
    // Not saved yet, deleted, or unreadable: the text alone decides.
    return {};
  }
}

/** Bytes read at a time: the file and its decoded text are never held whole (files reach tens of MB). */
const CHUNK_SIZE = 64 * 1024;

/** The file's bytes from its start, read into one buffer again and again; closes the file when done or abandoned. */
async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = new Uint8Array(CHUNK_SIZE);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, CHUNK_SIZE, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await handle.close();
  }
}

/** Receives `miitelCsv/documentEncoding` and re-validates when a document's encoding changes. */
export const documentEncoding: Feature = {
  register(context) {
    context.connection.onNotification(DocumentEncodingNotification, (params) => {
      if (typeof params?.uri !== 'string' || typeof params.encoding !== 'string') return;
      if (context.encodings.setEditorEncoding(params.uri, params.encoding)) refreshPulledDiagnostics(context);
    });
  },
};
