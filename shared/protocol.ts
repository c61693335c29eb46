/**
 * The custom messages between the VS Code client and the language server, declared once with
 * their parameter and result types (as vscode-eslint's `customMessages.ts` does): the client sends
 * them with `client.sendRequest(TemplateRequest, params)`, the server answers with
 * `connection.onRequest(TemplateRequest, handler)`, and both are type-checked against the same
 * declaration. Command ids live in `commands.ts`, encodings in `encodings.ts`.
 */
import { NotificationType, type Position, RequestType, type TextEdit } from 'vscode-languageserver-protocol';

/** Parameters of {@link DocumentEncodingNotification}. */
export interface DocumentEncodingParams {
  readonly uri: string;
  /** VS Code's encoding id (`TextDocument.encoding`). */
  readonly encoding: string;
}

/**
 * Client → server: the encoding the editor decoded a document with (VS Code's id, e.g. `utf8`,
 * `shiftjis`, `utf16le`). Sent before `didOpen` and whenever the encoding changes.
 */
export const DocumentEncodingNotification = new NotificationType<DocumentEncodingParams>('miitelCsv/documentEncoding');

/** Parameters of {@link DocumentInfoRequest}. */
export interface DocumentInfoParams {
  readonly uri: string;
}

/** Result of {@link DocumentInfoRequest}. */
export interface DocumentInfo {
  /** Whether the server checks this document as a MiiTel file (false: the status bar hides). */
  readonly isMiitel: boolean;
  /** Number of user rows (the header and blank lines not counted). */
  readonly users: number;
  /** The name of the format the file is read as ("Create users", "Update users"), in the server's language; absent when not MiiTel. */
  readonly formatName?: string;
  /** The id of that format (`createUsers`, `updateUsers`); absent when not MiiTel. */
  readonly formatId?: string;
  /**
   * For each header position, the MiiTel header the server reads it as, the header aliases of the
   * settings and the organisation config applied (null: a header it does not know). Absent when not
   * MiiTel. The table view takes its columns from it, so they are the checker's columns.
   */
  readonly headers?: readonly (string | null)[];
}

/** Client → server: what the status bar and the table view show about an open document. */
export const DocumentInfoRequest = new RequestType<DocumentInfoParams, DocumentInfo, void>('miitelCsv/documentInfo');

/**
 * Parameters of {@link TemplateRequest}: the template's options as the command received them. They
 * may come from another extension's argument object, so the server checks every field at run time.
 */
export interface TemplateParams {
  /** Number of user rows, 1 to the format's users per file. */
  readonly rows: number;
  /** The encoding the client will write (`utf-8`, `utf-8-bom`, `shift_jis`): checked here, written by the client. */
  readonly encoding: string;
  /** Product ids whose columns the template includes. */
  readonly subscriptions?: readonly string[];
  /** Locale code of every row. */
  readonly locale?: string;
  /** Time zone code of every row. */
  readonly timeZone?: string;
  /**
   * The folder (a `file:` uri) the template is written to: the organisation config found from it
   * gives the defaults (`template`) of what the params leave out.
   */
  readonly folder?: string;
}

/** Result of {@link TemplateRequest}: the template's text (no BOM, CRLF line breaks), or why the options cannot make one. */
export type TemplateResult = { readonly text: string } | { readonly error: string };

/**
 * Client → server: a new user template ("MiiTel CSV: Generate user template"). The server
 * generates the text; the client encodes it (`workspace.encode`) and writes the file. Null when
 * the server failed (it logs why).
 */
export const TemplateRequest = new RequestType<TemplateParams, TemplateResult | null, void>('miitelCsv/template');

/** Parameters of {@link SplitPlanRequest}. */
export interface SplitPlanParams {
  /** An open document (as the client synchronised it). */
  readonly uri: string;
  /** Most users per file. */
  readonly maxUsers: number;
}

/** Result of {@link SplitPlanRequest}: how to split the document at `version`. */
export interface SplitPlan {
  /** The version of the document the plan was made on; the edits apply to that version only. */
  readonly version: number;
  /** Deletes the users past the first `maxUsers` from the document. */
  readonly edits: TextEdit[];
  /** The text of each new file (second, third, … part), header first, the file's line breaks kept. */
  readonly parts: string[];
}

/**
 * Client → server: the plan for splitting a file with too many users (the `rows/too-many` quick
 * fix's command). The client asks before overwriting, writes the parts in the file's encoding and
 * applies the edits. Null when the server does not have the document open.
 */
export const SplitPlanRequest = new RequestType<SplitPlanParams, SplitPlan | null, void>('miitelCsv/splitPlan');

/** Parameters of {@link CellInfoRequest}: the caret of an editor on a document the client synchronised. */
export interface CellInfoParams {
  readonly uri: string;
  /** The document's version the caret is in: an answer for another version would name the wrong column. */
  readonly version: number;
  readonly position: Position;
}

/** Result of {@link CellInfoRequest}: the column the caret is in. Never holds a cell's value, except a code's. */
export interface CellInfo {
  /** The version of the document this answer was computed on (equal to the request's). */
  readonly version: number;
  /** 1-based position of the caret's field in the header. */
  readonly column: number;
  /** Number of fields of the header. */
  readonly columns: number;
  /** The column as MiiTel's template names it (an alias in the header gives the template's name), else the header text as written. */
  readonly name: string;
  /** The code in the cell, when it is one of the column's allowed codes (never another value, never a password). */
  readonly code?: string;
  /** What `code` means, in the server's language ("(GMT+9:00) Tokyo"). */
  readonly meaning?: string;
}

/**
 * Client → server: the column under the caret, for the status bar. Null when the document is not
 * a MiiTel file, is at another version, or the caret is on no cell of the header or of a user.
 */
export const CellInfoRequest = new RequestType<CellInfoParams, CellInfo | null, void>('miitelCsv/cellInfo');

/** Parameters of {@link FixAllRequest}. */
export interface FixAllParams {
  readonly uri: string;
}

/** Result of {@link FixAllRequest}. */
export type FixAllOutcome =
  | {
      /** The version of the document the edits are for. */
      readonly version: number;
      /** The fixes that keep the meaning (empty when there is nothing to fix); the same edit as the fix-all source action. */
      readonly edits: TextEdit[];
      /** How many problems the edits fix. */
      readonly count: number;
      /** "Fixed 3 problems: 2 codes written as words or numbers, …", in the server's language; empty when `count` is 0. */
      readonly summary: string;
    }
  | {
      readonly version: number;
      /** Why fix-all does not run on this document (too large, read in the wrong encoding). */
      readonly refused: string;
    };

/**
 * Client → server: fix-all for "MiiTel CSV: Fix all safe problems" (what `source.fixAll.miitelCsv`
 * applies, with its counts for the notification). Null when the server does not check the document.
 */
export const FixAllRequest = new RequestType<FixAllParams, FixAllOutcome | null, void>('miitelCsv/fixAll');

/** Parameters of {@link NewUserValuesRequest}. */
export interface NewUserValuesParams {
  /** An open document (as the client synchronised it): its organisation config gives the template defaults. */
  readonly uri: string;
  /** How many fresh passwords to make (one per new or duplicated row), 1 to 1,000. */
  readonly passwords: number;
}

/** Result of {@link NewUserValuesRequest}. */
export interface NewUserValues {
  /** Fresh passwords from the template's CSPRNG generator, all different. Never logged or shown in a message. */
  readonly passwords: string[];
  /** Header → value a new row takes (the organisation config's template Locale, Time zone and values). */
  readonly values: Record<string, string>;
}

/**
 * Client → server: what the table view's "Add user" and "Duplicate" put in a new row. Passwords
 * come from the server, whose generator is the template's (`crypto.randomInt`).
 */
export const NewUserValuesRequest = new RequestType<NewUserValuesParams, NewUserValues | null, void>('miitelCsv/newUserValues');
