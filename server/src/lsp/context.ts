/**
 * What every LSP feature handler shares: the connection, the open documents, the caches, and one
 * way to get "this document as a MiiTel file, if it is one".
 */
import type { ClientCapabilities, Connection, ServerCapabilities, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { MiitelCsvSettings } from '../../../shared/settings';
import { isMiitelCsv, type MiitelDocument, parseOptionsOf } from '../service/languageService';
import type { DocumentCache } from './documentCache';
import type { DocumentEncodings } from './encodingFacts';
import type { Logger } from './logger';
import type { LoginIdFiles } from './loginIdFile';
import { type ConfigFiles, isConfigUri } from './configFiles';
import type { SettingsStore } from './settings';
import type { VersionState } from './versionState';
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
 * silent. Detection reads only the first line; the parse comes from the cache.
 */
export async function miitelFile(context: ServerContext, document: TextDocument): Promise<MiitelFile | undefined> {
  // The organisation config is JSON, never a CSV, whatever `files` pattern names it.
  if (isConfigUri(document.uri)) return undefined;
  const settings = await context.settings.get(document.uri);
  // Closed (or replaced by a second open) while the settings were read: answer nothing, keep nothing.
  if (context.documents.get(document.uri) !== document) return undefined;
  const location = context.workspace.locate(document.uri);
  const options = parseOptionsOf(settings);
  if (!isMiitelCsv(document.getText(), location, context.settings.filePatterns(settings), options)) return undefined;
  const state = context.cache.state(document, options);
  return { document, version: state.version, text: state.text, doc: state.doc, state, settings, folder: location.folder };
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
