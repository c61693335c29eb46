/**
 * The status bar item of the active MiiTel CSV: "$(account) 12 users  $(error) 2 $(warning) 1  UTF-8",
 * its tooltip naming the format the server reads the file as ("MiiTel CSV (Update users): …").
 * The user count comes from the server (`miitelCsv/documentInfo`), the error and warning counts
 * from the diagnostics VS Code already holds, the encoding from the document itself. Clicking it
 * opens the Problems panel. Hidden for every other editor.
 */
import {
  type Disposable,
  DiagnosticSeverity,
  languages,
  StatusBarAlignment,
  type StatusBarItem,
  type TextDocument,
  window,
  workspace,
} from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient/node';
import { DIAGNOSTIC_SOURCE } from '../../shared/codes';
import { ENCODING_LABELS, encodingLabel as miitelEncodingLabel, miitelEncodingOfEditorId } from '../../shared/encodings';
import { DocumentInfoRequest } from '../../shared/protocol';
import { editorText } from './messages';

/** Pause after typing before asking the server again (the diagnostics event usually comes first anyway). */
const TYPING_DELAY_MS = 300;

/** Shows and refreshes the item; dispose it with the extension. */
export class MiitelStatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscriptions: Disposable[];
  private timer: NodeJS.Timeout | undefined;
  /** Increases with every refresh, so a slow answer for an older state is dropped. */
  private generation = 0;

  constructor(private readonly client: () => BaseLanguageClient | undefined) {
    this.item = window.createStatusBarItem('miitelCsv.status', StatusBarAlignment.Left, 50);
    this.item.name = 'MiiTel CSV';
    this.item.command = 'workbench.actions.view.problems';
    const refresh = () => this.refresh();
    this.subscriptions = [
      window.onDidChangeActiveTextEditor(refresh),
      languages.onDidChangeDiagnostics((e) => {
        const active = window.activeTextEditor?.document.uri.toString();
        if (e.uris.some((uri) => uri.toString() === active)) refresh();
      }),
      workspace.onDidChangeTextDocument((e) => {
        if (e.document !== window.activeTextEditor?.document) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(refresh, TYPING_DELAY_MS);
      }),
    ];
    refresh();
  }

  /** Asks the server about the active document and redraws (never rejects). */
  refresh(): void {
    this.update().catch(() => this.item.hide());
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = window.activeTextEditor?.document;
    const client = this.client();
    if (!document || !client?.isRunning()) {
      this.item.hide();
      return;
    }
    const info = await client.sendRequest(DocumentInfoRequest, { uri: document.uri.toString() });
    if (generation !== this.generation) return;
    if (!info?.isMiitel) {
      this.item.hide();
      return;
    }
    const ours = languages.getDiagnostics(document.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const errors = ours.filter((d) => d.severity === DiagnosticSeverity.Error).length;
    const warnings = ours.filter((d) => d.severity === DiagnosticSeverity.Warning).length;
    const encoding = encodingLabel(document, info.encoding);
    this.item.text = `$(account) ${editorText.statusUsers(info.users)}  $(error) ${errors} $(warning) ${warnings}${encoding ? `  ${encoding}` : ''}`;
    this.item.tooltip = editorText.statusTooltip(info.users, errors, warnings, encoding, info.formatName);
    this.item.show();
  }
}

/** The document's encoding as people name it: VS Code's own reading first, else the server's guess. */
export function encodingLabel(document: Pick<TextDocument, 'uri'> & { encoding?: string }, fromServer?: string): string | undefined {
  const editorId = document.encoding;
  const known = miitelEncodingOfEditorId(editorId) ?? fromServer;
  if (known !== undefined && known in ENCODING_LABELS) return miitelEncodingLabel(known as keyof typeof ENCODING_LABELS);
  const wide: Record<string, string> = {
    utf16le: 'UTF-16 LE',
    utf16be: 'UTF-16 BE',
    'utf-16': 'UTF-16',
    'utf-32': 'UTF-32',
    eucjp: 'EUC-JP',
    'euc-jp': 'EUC-JP',
  };
  return wide[editorId ?? ''] ?? wide[fromServer ?? ''] ?? editorId;
}
