/**
 * The status bar item of the active MiiTel CSV: "$(account) 9 users · Create users  $(symbol-field)
 * Time zone · 5/24 · 0 = (GMT+9:00) Tokyo" (see statusText.ts). The users and the format come from
 * `miitelCsv/documentInfo`, the caret's column from `miitelCsv/cellInfo`: the server counts fields
 * as the checker does (quoted commas and line breaks, tabs or semicolons, header aliases), which a
 * split of the line here would not. Clicking it lists this file's problems. Hidden for every other
 * editor. It also sets the context key `miitelCsv.isUserCsv` the menus' `when` clauses use.
 */
import { commands, type Disposable, StatusBarAlignment, type StatusBarItem, type TextEditor, window, workspace } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { COMMANDS, IS_USER_CSV_CONTEXT } from '../../shared/commands';
import { type CellInfo, CellInfoRequest, type DocumentInfo, DocumentInfoRequest } from '../../shared/protocol';
import { statusView } from './statusText';

/** Pause after typing before asking the server again (the diagnostics event usually comes first anyway). */
const TYPING_DELAY_MS = 300;
/** Pause after the caret moves: holding an arrow key asks once it stops, not on every step. */
const CARET_DELAY_MS = 100;

/** Shows and refreshes the item; dispose it with the extension. */
export class MiitelStatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscriptions: Disposable[];
  private typingTimer: NodeJS.Timeout | undefined;
  private caretTimer: NodeJS.Timeout | undefined;
  /** Increase with every request, so a slow answer for an older state is dropped. */
  private documentGeneration = 0;
  private caretGeneration = 0;
  /** The server's answer for the active document (undefined: not a MiiTel file, or not known yet). */
  private info: { readonly uri: string; readonly info: DocumentInfo } | undefined;
  /** The caret's column, for `info`'s document at `version`. */
  private cell: CellInfo | null = null;
  private userCsv: boolean | undefined;

  constructor(private readonly client: () => BaseLanguageClient | undefined) {
    this.item = window.createStatusBarItem('miitelCsv.status', StatusBarAlignment.Left, 50);
    this.item.name = 'MiiTel CSV';
    this.item.command = COMMANDS.showProblems;
    const refresh = () => this.refresh();
    this.subscriptions = [
      window.onDidChangeActiveTextEditor(refresh),
      window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor !== window.activeTextEditor) return;
        clearTimeout(this.caretTimer);
        this.caretTimer = setTimeout(() => this.refreshCaret(), CARET_DELAY_MS);
      }),
      workspace.onDidChangeTextDocument((e) => {
        if (e.document !== window.activeTextEditor?.document) return;
        // The column shown was for the old text (a comma typed moves every column after it): gone
        // at once, back when the server answers for the new text.
        this.cell = null;
        if (window.activeTextEditor) this.render(window.activeTextEditor);
        clearTimeout(this.typingTimer);
        this.typingTimer = setTimeout(refresh, TYPING_DELAY_MS);
      }),
    ];
    refresh();
  }

  /** Asks the server about the active document and redraws (never rejects). */
  refresh(): void {
    this.update().catch(() => this.hide());
  }

  /** The item's text as shown now (undefined while hidden): what a user reads, for tests. */
  get text(): string | undefined {
    return this.info ? this.item.text : undefined;
  }

  /** The value last given to the context key `miitelCsv.isUserCsv`. */
  get isUserCsv(): boolean {
    return this.userCsv === true;
  }

  dispose(): void {
    clearTimeout(this.typingTimer);
    clearTimeout(this.caretTimer);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }

  private async update(): Promise<void> {
    const generation = ++this.documentGeneration;
    const editor = window.activeTextEditor;
    const client = this.client();
    if (!editor || !client?.isRunning()) {
      this.hide();
      return;
    }
    const uri = editor.document.uri.toString();
    const info = await client.sendRequest(DocumentInfoRequest, { uri });
    if (generation !== this.documentGeneration || window.activeTextEditor !== editor) return;
    if (!info?.isMiitel) {
      this.hide();
      return;
    }
    this.setUserCsv(true);
    if (this.info?.uri !== uri) this.cell = null;
    this.info = { uri, info };
    this.render(editor);
    await this.updateCaret(editor, client);
  }

  private refreshCaret(): void {
    const editor = window.activeTextEditor;
    const client = this.client();
    if (!editor || !client?.isRunning() || this.info?.uri !== editor.document.uri.toString()) return;
    this.updateCaret(editor, client).catch(() => undefined);
  }

  /** Asks for the caret's column at the document's current version; drops an answer once the text, caret or editor moved on. */
  private async updateCaret(editor: TextEditor, client: BaseLanguageClient): Promise<void> {
    const generation = ++this.caretGeneration;
    const { document } = editor;
    const version = document.version;
    const position = editor.selection.active;
    const cell = await client.sendRequest(CellInfoRequest, {
      uri: document.uri.toString(),
      version,
      position: { line: position.line, character: position.character },
    });
    if (generation !== this.caretGeneration || window.activeTextEditor !== editor || document.version !== version) return;
    // The server answers only for the version asked about; checked again, as an answer for another text names another column.
    this.cell = cell && cell.version === version ? cell : null;
    this.render(editor);
  }

  private render(editor: TextEditor): void {
    if (!this.info || this.info.uri !== editor.document.uri.toString()) return;
    // Only a column computed on the very text shown.
    const cell = this.cell?.version === editor.document.version ? this.cell : null;
    const view = statusView(this.info.info, cell);
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.show();
  }

  private hide(): void {
    this.info = undefined;
    this.cell = null;
    this.item.hide();
    this.setUserCsv(false);
  }

  private setUserCsv(value: boolean): void {
    if (this.userCsv === value) return;
    this.userCsv = value;
    void commands.executeCommand('setContext', IS_USER_CSV_CONTEXT, value);
  }
}
