/**
 * What the server knows about each open document's encoding, for `encoding/mismatch` and
 * `encoding/unsupported`: the encoding the editor decoded it with (VS Code tells us with the
 * `miitelCsv/documentEncoding` notification, see documentEncoding.ts) and what the file's bytes on
 * disk are (read once per open and again when the file changes on disk, for `file:` documents, in chunks). The detection itself is the pure
 * `service/encodingCheck.ts`. Apart from the notification handler so that the server context can
 * name this store without depending on the diagnostics it refreshes.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  editorEncodingName,
  type EncodingEvidence,
  type FileReading,
  sniffFileChunks,
  type TextEncodingName,
} from '../service/languageService';
import { MAX_FILE_BYTES, openRegularFile, readChunks } from '../fileAccess';
import { uriToPath } from './workspace';

/**
 * What the bytes on disk said when the document was first validated: their encoding, and the
 * encoding that turns them into the document's text when they matched at that time. Empty when
 * the file could not be read.
 */
type FileFacts = Partial<FileReading>;

/** What is known of one open document's encoding. */
interface OpenFacts {
  /** The editor's encoding id, if the client sent one. */
  editor?: string;
  /** What the bytes on disk said, read once per open. */
  file?: Promise<FileFacts>;
  /** The `decodedAs` the document was last validated with; absent before the first validation. */
  used?: { readonly decodedAs: TextEncodingName | undefined };
}

/** Editor encodings kept for documents not open (yet): the client sends one just before `didOpen`. */
const MAX_NOT_OPEN = 64;

/**
 * Per-document encoding facts, kept from the document's open to its close (the server calls
 * {@link opened} and {@link evict}); nothing is kept for a document that is not open.
 */
export class DocumentEncodings {
  private readonly open = new Map<string, OpenFacts>();
  /** The editor's word on documents not open, oldest first, at most {@link MAX_NOT_OPEN}. */
  private readonly notOpen = new Map<string, string>();

  /**
   * Starts keeping facts for a document just opened, with what the editor said of it before (a
   * second open of the same uri keeps the editor's word: the client tells it once per open file).
   */
  opened(uri: string): void {
    const editor = this.notOpen.get(uri) ?? this.open.get(uri)?.editor;
    this.notOpen.delete(uri);
    this.open.set(uri, editor === undefined ? {} : { editor });
  }

  /**
   * Records the editor's encoding id. True when a validation already ran with another idea of
   * the encoding, so its diagnostics are out of date; false before the first one (the usual
   * case: the client tells us as it opens the document).
   */
  setEditorEncoding(uri: string, id: string): boolean {
    const facts = this.open.get(uri);
    if (!facts) {
      // Not open yet (or never will be: then it ages out).
      this.notOpen.delete(uri);
      this.notOpen.set(uri, id);
      const oldest = this.notOpen.keys().next();
      if (this.notOpen.size > MAX_NOT_OPEN && !oldest.done) this.notOpen.delete(oldest.value);
      return false;
    }
    facts.editor = id;
    return facts.used !== undefined && facts.used.decodedAs !== editorEncodingName(id);
  }

  /** The editor's encoding id of `uri`, if the client sent one. */
  editorEncoding(uri: string): string | undefined {
    return this.open.get(uri)?.editor ?? this.notOpen.get(uri);
  }

  /**
   * The evidence for validating `document`. Without word from the editor, an unedited document
   * whose text equals its bytes decoded one way was read that way.
   */
  async evidence(document: TextDocument): Promise<EncodingEvidence> {
    const facts = this.open.get(document.uri);
    const fileFacts = await (facts
      ? (facts.file ??= readFacts(document.uri, document.getText()))
      : readFacts(document.uri, document.getText()));
    const id = this.editorEncoding(document.uri);
    const decodedAs = id !== undefined ? editorEncodingName(id) : fileFacts.readAs;
    // Unless the document closed (or was reopened) while the file was read.
    if (facts && this.open.get(document.uri) === facts) facts.used = { decodedAs };
    return { decodedAs, file: fileFacts.file };
  }

  /**
   * The file of `uri` changed on disk (a watched-file event): its bytes are read again at the next
   * validation, so the encoding advice follows the file (replaced by a Shift_JIS version, say).
   * True when the document is open and its bytes had been read: its diagnostics are out of date.
   */
  fileChanged(uri: string): boolean {
    const facts = this.open.get(uri);
    if (facts?.file === undefined) return false;
    delete facts.file;
    return true;
  }

  /** Forgets a document (on close): a reopened file is read again. */
  evict(uri: string): void {
    this.open.delete(uri);
    this.notOpen.delete(uri);
  }

  /** Forgets everything (on shutdown). */
  clear(): void {
    this.open.clear();
    this.notOpen.clear();
  }
}

async function readFacts(uri: string, text: string): Promise<FileFacts> {
  const path = uriToPath(uri);
  if (path === undefined) return {};
  try {
    return await sniffFileChunks(() => fileChunks(path), text);
  } catch {
    // Not saved yet, deleted, unreadable, not a regular file or over 50 MB: the text alone decides.
    return {};
  }
}

/**
 * The file's bytes from its start, in chunks of one reused buffer (the file and its decoded text
 * are never held whole); only a regular file of at most VS Code's 50 MB (a document URI naming a
 * FIFO or a link to `/dev/zero` throws instead of hanging). Closes the file when done or abandoned.
 */
async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const opened = await openRegularFile(path, MAX_FILE_BYTES);
  if ('refused' in opened) throw new Error(opened.refused);
  try {
    yield* readChunks(opened.handle, MAX_FILE_BYTES, path);
  } finally {
    await opened.handle.close();
  }
}
