/**
 * One open table: a webview showing one `TextDocument`. The webview's messages become text edits
 * of that document (a `WorkspaceEdit`, so undo, the dirty marker and save are the text editor's and
 * the encoding is the document's own); each change of the document or of its diagnostics sends the
 * webview a new state. The webview only ever receives this document's cells.
 */
import {
  type CodeAction,
  CodeActionKind,
  type Command,
  commands,
  type Disposable,
  languages,
  Range,
  type TextDocument,
  type Webview,
  window,
  workspace,
  WorkspaceEdit,
} from 'vscode';
import { COMMANDS } from '../../../shared/commands';
import { type DocumentInfo, DocumentInfoRequest, NewUserValuesRequest } from '../../../shared/protocol';
import {
  addRowEdits,
  deleteRowsEdits,
  duplicateUserRowEdits,
  newUserValues,
  setCellEdits,
  type TableTextEdit,
} from '../../../shared/table/index';
import { type GridState, type HostMessage, parseViewMessage, type ViewMessage } from '../../../shared/table/view/protocol';
import type { ServerRequest } from '../serverRequest';
import { gridState, readDocument, type ReadDocument } from './gridState';
import { tableText } from './tableText';

/** Quiet time after a change before the webview is sent the new state (typing in the text editor). */
const UPDATE_DELAY_MS = 30;

/** A table view of one document. */
export class TableSession implements Disposable {
  private read: ReadDocument | undefined;
  /** The server's last answer about the document: its format and how it reads each header. */
  private info: DocumentInfo | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private fixes = new Map<number, CodeAction | Command>();
  private nextFix = 0;
  private readonly subscriptions: Disposable[];
  /** The last state sent, for tests. */
  lastState: GridState | undefined;

  constructor(
    readonly document: TextDocument,
    private readonly webview: Webview,
    private readonly request: ServerRequest,
  ) {
    this.subscriptions = [
      webview.onDidReceiveMessage((data: unknown) => void this.handle(data)),
      workspace.onDidChangeTextDocument((e) => {
        if (e.document === document && e.contentChanges.length > 0) this.schedule();
      }),
      languages.onDidChangeDiagnostics((e) => {
        if (e.uris.some((uri) => uri.toString() === document.uri.toString())) this.schedule();
      }),
    ];
  }

  /** Handles one message of the webview (checked first: a webview is a web page). Resolves when done. */
  async handle(data: unknown): Promise<void> {
    const message = parseViewMessage(data);
    if (!message) return;
    try {
      await this.dispatch(message);
    } catch (error) {
      void window.showErrorMessage(error instanceof Error ? error.message : String(error));
    }
  }

  private async dispatch(message: ViewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.postState();
      case 'edit': {
        const read = this.current(message.version);
        const row = read && (message.row < 0 ? read.model.header : read.model.rows[message.row]);
        if (!read || !row) return this.stale();
        return this.apply(setCellEdits(read.model, row, message.column, message.value));
      }
      case 'addUser': {
        const read = this.current();
        const fresh = await this.request(NewUserValuesRequest, { uri: this.document.uri.toString(), passwords: 1 });
        if (!fresh || read.version !== this.document.version) return this.stale();
        const values = newUserValues(read.model, read.format, {
          password: fresh.passwords[0] ?? '',
          values: fresh.values,
          resolve: read.resolve,
        });
        return this.apply(addRowEdits(read.model, values));
      }
      case 'duplicate': {
        const read = this.current(message.version);
        const rows = read && message.rows.map((i) => read.model.rows[i]);
        if (!read || !rows || rows.some((r) => r === undefined) || rows.length === 0) return this.stale();
        const fresh = await this.request(NewUserValuesRequest, { uri: this.document.uri.toString(), passwords: rows.length });
        if (!fresh || read.version !== this.document.version) return this.stale();
        const edits = rows.flatMap((row, i) =>
          duplicateUserRowEdits(read.model, row!, read.format, { password: fresh.passwords[i] ?? '', resolve: read.resolve }),
        );
        return this.apply(edits);
      }
      case 'delete': {
        const read = this.current(message.version);
        const rows = read && message.rows.map((i) => read.model.rows[i]);
        if (!read || !rows || rows.some((r) => r === undefined)) return this.stale();
        return this.apply(deleteRowsEdits(read.model, rows as NonNullable<(typeof rows)[number]>[]));
      }
      case 'undo':
      case 'redo':
        await commands.executeCommand(message.type);
        return;
      case 'fixes':
        return this.sendFixes(message.version, message.row, message.column);
      case 'applyFix':
        return this.applyFix(message.id);
      case 'fixAll':
        await commands.executeCommand(COMMANDS.fixAll, this.document.uri);
        return;
    }
  }

  /** The reading of the document as it is now; undefined when `version` is given and is not the document's. */
  private current(): ReadDocument;
  private current(version: number): ReadDocument | undefined;
  private current(version?: number): ReadDocument | undefined {
    if (version !== undefined && version !== this.document.version) return undefined;
    if (this.read?.version !== this.document.version || this.read.info !== this.info) this.read = readDocument(this.document, this.info);
    return this.read;
  }

  /** Applies `edits` (offsets of the current text) to the document as one workspace edit. */
  private async apply(edits: readonly TableTextEdit[]): Promise<void> {
    if (edits.length === 0) return;
    const edit = new WorkspaceEdit();
    for (const e of edits) {
      edit.replace(
        this.document.uri,
        new Range(this.document.positionAt(e.offset), this.document.positionAt(e.offset + e.length)),
        e.newText,
      );
    }
    if (!(await workspace.applyEdit(edit))) void window.showErrorMessage(tableText.editFailed());
  }

  /** The edit was for another version of the text: show the current one, and say so. */
  private async stale(): Promise<void> {
    void window.showWarningMessage(tableText.stale());
    await this.postState();
  }

  /** The quick fixes VS Code offers for the cell (its language server's), as the cell's menu lists them. */
  private async sendFixes(version: number, rowIndex: number, column: number): Promise<void> {
    const read = this.current(version);
    const row = read && (rowIndex < 0 ? read.model.header : read.model.rows[rowIndex]);
    if (!row) return this.stale();
    const cell = row.cells[column];
    const start = cell?.start ?? row.start;
    const end = cell?.end ?? row.end;
    const range = new Range(this.document.positionAt(start), this.document.positionAt(end));
    const actions =
      (await commands.executeCommand<(CodeAction | Command)[]>('vscode.executeCodeActionProvider', this.document.uri, range)) ?? [];
    this.fixes.clear();
    const fixes = actions
      .filter((a) => !('kind' in a) || a.kind === undefined || CodeActionKind.QuickFix.contains(a.kind))
      .map((action) => {
        const id = this.nextFix++;
        this.fixes.set(id, action);
        return { id, title: action.title };
      });
    await this.post({ type: 'fixes', row: rowIndex, column, fixes });
  }

  private async applyFix(id: number): Promise<void> {
    const action = this.fixes.get(id);
    this.fixes.clear();
    if (!action) return;
    // A bare Command has a string `command`; a CodeAction's `command` is a Command run after its edit.
    if (typeof action.command === 'string') {
      const command = action as Command;
      await commands.executeCommand(command.command, ...((command.arguments ?? []) as unknown[]));
      return;
    }
    const codeAction = action as CodeAction;
    if (codeAction.edit) await workspace.applyEdit(codeAction.edit);
    if (codeAction.command)
      await commands.executeCommand(codeAction.command.command, ...((codeAction.command.arguments ?? []) as unknown[]));
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.postState();
    }, UPDATE_DELAY_MS);
  }

  private async postState(): Promise<void> {
    if (this.document.isClosed) return;
    // The server's reading of the header (a header renamed by the organisation's aliases, a format it
    // forces); kept when it cannot answer (restarting), as a header rarely changes.
    const info = await this.request(DocumentInfoRequest, { uri: this.document.uri.toString() }).catch(() => undefined);
    const reading = (i: DocumentInfo | undefined) => JSON.stringify([i?.formatId, i?.headers]);
    if (info?.isMiitel && reading(info) !== reading(this.info)) this.info = info;
    if (this.document.isClosed) return;
    const state = gridState(this.document, this.current());
    this.lastState = state;
    await this.post({ type: 'state', state });
  }

  private async post(message: HostMessage): Promise<void> {
    await this.webview.postMessage(message);
  }

  dispose(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
  }
}
