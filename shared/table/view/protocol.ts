/**
 * The messages between the table view's host (the custom editor in the extension) and its webview,
 * typed once for both sides. The webview holds no model of its own beyond the last {@link GridState}:
 * every change it wants is a message, the host turns it into text edits of the document, and the
 * document's new text comes back as a new state. So VS Code's undo, dirty marker and save are the
 * text editor's, and the webview never has an undo stack of its own.
 */

/** How a column's cells are shown and edited. */
export type GridColumnKind = 'flag' | 'code' | 'text' | 'password';

/** One allowed code of a code column, as its drop-down lists it. */
export interface GridOption {
  readonly code: string;
  /** `6 — (GMT+7:00) Jakarta`, in the user's language. */
  readonly label: string;
}

/** One column of the grid. */
export interface GridColumn {
  /** The header as written in the file. */
  readonly header: string;
  /** The header's tooltip: the column's meaning in the user's language ('' for an unknown column). */
  readonly description: string;
  readonly kind: GridColumnKind;
  /** The allowed codes of a code or flag column. */
  readonly options?: readonly GridOption[];
  /** Frozen on the left while the grid scrolls sideways (Login ID, User name). */
  readonly frozen: boolean;
}

/** One user row: its line in the file and its values by header position. */
export interface GridRow {
  /** The 1-based line of the file the row starts on (the row number MiiTel reports). */
  readonly line: number;
  readonly values: readonly string[];
}

/** Severity of a finding, as VS Code ranks them. */
export type GridSeverity = 'error' | 'warning' | 'info' | 'hint';

/** One diagnostic of the document, placed on its cell. */
export interface GridFinding {
  /** Index of the user row (`GridState.rows`); -1 for the header. */
  readonly row: number;
  /** Header position of the cell; -1 when the finding is on the row but on no cell. */
  readonly column: number;
  /** The file's 1-based line, for the problem list. */
  readonly line: number;
  readonly severity: GridSeverity;
  readonly message: string;
}

/** Everything the webview shows, sent whole after every change of the document or its diagnostics. */
export interface GridState {
  /** The document version the rows were read from; edits name it so the host can refuse stale ones. */
  readonly version: number;
  readonly columns: readonly GridColumn[];
  readonly rows: readonly GridRow[];
  readonly findings: readonly GridFinding[];
  /** A notice above the grid (a file above the large-file threshold), if any. */
  readonly notice?: string;
  /** The user-visible strings of the webview, in the user's language. */
  readonly strings: GridStrings;
}

/** The strings the webview shows; the host renders them (client/src/table/tableText.ts). */
export interface GridStrings {
  readonly addUser: string;
  readonly duplicate: string;
  readonly deleteRows: string;
  readonly fixAll: string;
  readonly quickFixes: string;
  readonly noFixes: string;
  readonly problems: string;
  readonly noProblems: string;
  readonly line: string;
  readonly gridLabel: string;
  readonly masked: string;
}

/** A cell's quick fix, as its menu lists it. */
export interface GridFix {
  readonly id: number;
  readonly title: string;
}

/** Host → webview. */
export type HostMessage =
  | { readonly type: 'state'; readonly state: GridState }
  | { readonly type: 'fixes'; readonly row: number; readonly column: number; readonly fixes: readonly GridFix[] };

/** Webview → host. Rows are indices of `GridState.rows` at `version`. */
export type ViewMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'edit'; readonly version: number; readonly row: number; readonly column: number; readonly value: string }
  | { readonly type: 'addUser' }
  | { readonly type: 'duplicate'; readonly version: number; readonly rows: readonly number[] }
  | { readonly type: 'delete'; readonly version: number; readonly rows: readonly number[] }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  | { readonly type: 'fixes'; readonly version: number; readonly row: number; readonly column: number }
  | { readonly type: 'applyFix'; readonly id: number }
  | { readonly type: 'fixAll' };

const TYPES = new Set(['ready', 'edit', 'addUser', 'duplicate', 'delete', 'undo', 'redo', 'fixes', 'applyFix', 'fixAll']);

const isIndex = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= -1;

/**
 * `data` as a {@link ViewMessage}, or undefined when it is not one: the host checks what the webview
 * sends as it would any input (a webview is a web page).
 */
export function parseViewMessage(data: unknown): ViewMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const m = data as Record<string, unknown>;
  if (typeof m.type !== 'string' || !TYPES.has(m.type)) return undefined;
  switch (m.type) {
    case 'edit':
      return isIndex(m.version) && isIndex(m.row) && isIndex(m.column) && m.column >= 0 && typeof m.value === 'string'
        ? (m as unknown as ViewMessage)
        : undefined;
    case 'duplicate':
    case 'delete':
      return isIndex(m.version) && Array.isArray(m.rows) && m.rows.every((r) => isIndex(r) && r >= 0)
        ? (m as unknown as ViewMessage)
        : undefined;
    case 'fixes':
      return isIndex(m.version) && isIndex(m.row) && isIndex(m.column) ? (m as unknown as ViewMessage) : undefined;
    case 'applyFix':
      return isIndex(m.id) ? (m as unknown as ViewMessage) : undefined;
    default:
      return { type: m.type } as ViewMessage;
  }
}
