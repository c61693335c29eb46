/**
 * What every LSP feature handler shares: the connection, the open documents, the caches, and one
 * way to get "this document as a MiiTel file, if it is one".
 */
import type { ClientCapabilities, Connection, Position, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { MiitelCsvSettings } from '../../../shared/settings';
import { isLargerThan, isMiitelCsv, type MiitelDocument, type ParseOptions, parseOptionsOf } from '../service/languageService';
import type { DocumentCache } from './documentCache';
import type { DocumentEncodings } from './encodingFacts';
import type { Logger } from './logger';
import type { LoginIdFiles } from './loginIdFile';
import { type ConfigFiles, isConfigUri } from './configFiles';
import type { SettingsStore } from './settings';
import { withLineStarts } from '../service/lineStarts';
import { VersionState } from './versionState';
import type { WorkspaceFolders } from './workspace';

/**
 * An open document as a handler saw it: the document object (which moves on with edits) and the
 * version and text it had then. See {@link isCurrent}.
 */
export interface DocumentSnapshot {
  readonly document: TextDocument;
  readonly version: number;
  /** The very string the document held (compared by identity first, so checking it is cheap). */
  readonly text: string;
}

/** A document recognised as a MiiTel user CSV, with its parsed model (read with its settings' parse options) and settings. */
export interface MiitelFile extends DocumentSnapshot {
  /** The parse of `text`. */
  readonly doc: MiitelDocument;
  /** The version's state in the document cache, `doc` included (problems are kept there). */
  readonly state: VersionState;
  readonly settings: MiitelCsvSettings;
  /** The workspace folder that holds the document, if any. */
  readonly folder?: string;
}

/**
 * A MiiTel file as far as a request needs it: either the whole {@link MiitelFile}, or, while a
 * large file is still being parsed, `doc` holding the records up to the line asked about and no
 * `state` (no problems, no row results yet: what a whole parse not validated yet would give).
 */
export type MiitelFileAt = (MiitelFile | (Omit<MiitelFile, 'state'> & { readonly state?: undefined })) & {
  /**
   * What converts positions of `text`: `document` itself, or, while a large file is being parsed,
   * the document finding line starts only as far as asked (its own table of every line took 40 ms
   * on a 100,000-row export, longer than reading the lines asked about).
   */
  readonly lines: TextDocument;
};

/** State and services shared by the LSP handlers. */
export interface ServerContext {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly capabilities: ClientCapabilities;
  readonly cache: DocumentCache;
  readonly settings: SettingsStore;
  readonly workspace: WorkspaceFolders;
  readonly loginIds: LoginIdFiles;
  /** The organisation configs (`.miitel-csv.json`) of documents and folders. */
  readonly configs: ConfigFiles;
  /** What the editor and the bytes on disk say about each document's encoding. */
  readonly encodings: DocumentEncodings;
  readonly logger: Logger;
}

/** What the server tells a registered feature later on. */
export interface FeatureHooks {
  /** Settings changed (caches are already cleared): results shown may be out of date. */
  settingsChanged?(): void;
  /** Open documents whose files changed on disk: their encoding facts were dropped, results may be out of date. */
  filesChanged?(uris: readonly string[]): void;
  /** The server shuts down: stop timers, drop state. */
  dispose?(): void;
}

/** One LSP feature: the capabilities it announces and the handlers it registers. */
export interface Feature {
  /** Capabilities to merge into the `initialize` result, given what the client supports. */
  capabilities?(client: ClientCapabilities): ServerCapabilities;
  /** Registers the handlers (called once, during `initialize`). */
  register(context: ServerContext): FeatureHooks | void;
}

/**
 * The document as a MiiTel file, or undefined when it is some other CSV: then every feature stays
 * silent. Detection reads only the first line; the parse comes from the cache (a large file's in
 * slices, so other requests are answered while it is read).
 */
export async function miitelFile(context: ServerContext, document: TextDocument): Promise<MiitelFile | undefined> {
  const found = await recognise(context, document);
  if (!found) return undefined;
  const { settings, options, large } = found;
  const state = await context.cache.stateInSlices(document, options, large);
  // Closed or replaced during a large file's parse; or edited into another kind of file.
  if (!state || (state.text !== found.text && !(await recognise(context, document)))) return undefined;
  return fileOf(document, state, settings, found.folder);
}

/** The {@link MiitelFile} of `document` parsed as `state`. */
function fileOf(document: TextDocument, state: VersionState, settings: MiitelCsvSettings, folder: string | undefined): MiitelFile {
  return { document, version: state.version, text: state.text, doc: state.doc, state, settings, folder };
}

/**
 * The document as a MiiTel file for a request about `position` (hover, completion, inlay hints):
 * while a large file is being parsed, only its records up to that line (see {@link MiitelFileAt}),
 * so the request need not wait for the rest of the file.
 */
export async function miitelFileAt(context: ServerContext, document: TextDocument, position: Position): Promise<MiitelFileAt | undefined> {
  const found = await recognise(context, document);
  if (!found) return undefined;
  const { settings, options, large, text } = found;
  const part = context.cache.at(document, options, large);
  if (part instanceof VersionState) {
    // The line starts found while it was parsed in slices, while its text is the document's (no edit since).
    const lines = part.lines && part.text === text ? withLineStarts(document, part.lines) : document;
    return { ...fileOf(document, part, settings, found.folder), lines };
  }
  // Only a parse of an older text under way: wait for the current one.
  if (!part) {
    const file = await miitelFile(context, document);
    return file && { ...file, lines: document };
  }
  const lines = withLineStarts(document, part.lines);
  const doc = part.steps.through(lines.offsetAt(position));
  return { document, version: document.version, text, doc, settings, folder: found.folder, lines };
}

/** What {@link miitelFile} needs before parsing: the settings, when the text is a MiiTel file. */
async function recognise(
  context: ServerContext,
  document: TextDocument,
): Promise<{ settings: MiitelCsvSettings; options: ParseOptions; large: boolean; text: string; folder?: string } | undefined> {
  // The organisation config is JSON, never a CSV, whatever `files` pattern names it.
  if (isConfigUri(document.uri)) return undefined;
  const settings = await context.settings.get(document.uri);
  // Closed (or replaced by a second open) while the settings were read: answer nothing, keep nothing.
  if (context.documents.get(document.uri) !== document) return undefined;
  const location = context.workspace.locate(document.uri);
  const options = parseOptionsOf(settings);
  const text = document.getText();
  if (!isMiitelCsv(text, location, context.settings.filePatterns(settings), options)) return undefined;
  return { settings, options, large: isLargerThan(text, settings.largeFileThreshold), text, folder: location.folder };
}

/** What `document` is now, for a later {@link isCurrent}. */
export function snapshot(document: TextDocument): DocumentSnapshot {
  return { document, version: document.version, text: document.getText() };
}

/**
 * True while `snap.document` is still the open document of its uri, at the version and text a
 * result was computed for. Handlers ask after anything asynchronous and drop a result otherwise:
 * its offsets would be applied to another text. Identity checks, cheap on every keystroke.
 */
export function isCurrent(context: ServerContext, snap: DocumentSnapshot): boolean {
  const { document } = snap;
  return context.documents.get(document.uri) === document && document.version === snap.version && document.getText() === snap.text;
}
