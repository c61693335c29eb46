/**
 * The table view: a `CustomTextEditorProvider` (`miitelCsv.table`) showing a CSV file's users as a
 * grid in a webview, over the same `TextDocument` as the text editor. The webview runs
 * dist/tableView.js under a strict Content-Security-Policy (a nonce, no remote content) and may load
 * nothing but the extension's dist/ folder.
 */
import { randomBytes } from 'node:crypto';
import {
  type CancellationToken,
  commands,
  type CustomTextEditorProvider,
  type Disposable,
  type ExtensionContext,
  Uri,
  type TextDocument,
  type WebviewPanel,
  window,
} from 'vscode';
import { toUri } from '../uris';
import type { ServerRequest } from '../serverRequest';
import { TableSession } from './tableSession';
import { tableText } from './tableText';
import { currentLocale } from '../../../shared/l10n';

/** The custom editor's view type (package.json `customEditors`). */
export const TABLE_VIEW_TYPE = 'miitelCsv.table';

/** Provides the table view and keeps its open sessions (the extension's API reaches them in tests). */
export class TableEditorProvider implements CustomTextEditorProvider {
  /** The open tables, by document uri (the latest one when a document has several). */
  readonly sessions = new Map<string, TableSession>();

  constructor(
    private readonly extensionUri: Uri,
    private readonly request: ServerRequest,
  ) {}

  /** Registers the provider and the "Open as table" command. */
  static register(context: ExtensionContext, request: ServerRequest, commandId: string): TableEditorProvider {
    const provider = new TableEditorProvider(context.extensionUri, request);
    context.subscriptions.push(
      window.registerCustomEditorProvider(TABLE_VIEW_TYPE, provider, { supportsMultipleEditorsPerDocument: true }),
      commands.registerCommand(commandId, (arg?: unknown) => openAsTable(arg)),
    );
    return provider;
  }

  resolveCustomTextEditor(document: TextDocument, panel: WebviewPanel, _token: CancellationToken): void {
    const dist = Uri.joinPath(this.extensionUri, 'dist');
    panel.webview.options = { enableScripts: true, localResourceRoots: [dist] };
    panel.webview.html = this.html(panel, dist);
    const session = new TableSession(document, panel.webview, this.request);
    const key = document.uri.toString();
    this.sessions.set(key, session);
    const disposables: Disposable[] = [session];
    disposables.push(
      panel.onDidDispose(() => {
        if (this.sessions.get(key) === session) this.sessions.delete(key);
        for (const d of disposables) d.dispose();
      }),
    );
  }

  private html(panel: WebviewPanel, dist: Uri): string {
    const nonce = randomBytes(16).toString('base64');
    const { webview } = panel;
    const script = webview.asWebviewUri(Uri.joinPath(dist, 'tableView.js'));
    const style = webview.asWebviewUri(Uri.joinPath(dist, 'tableView.css'));
    const csp = [
      "default-src 'none'",
      `style-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
      `font-src ${webview.cspSource}`,
      "img-src 'none'",
      "connect-src 'none'",
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="${currentLocale()}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style.toString()}">
</head>
<body>
<div id="app"></div>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }
}

/** "MiiTel CSV: Open as table": the document `arg` (a Uri or uri string), else the active editor's. */
export async function openAsTable(arg?: unknown): Promise<void> {
  const target = arg instanceof Uri || typeof arg === 'string' ? toUri(arg) : window.activeTextEditor?.document.uri;
  if (!target) {
    void window.showInformationMessage(tableText.noTarget());
    return;
  }
  await commands.executeCommand('vscode.openWith', target, TABLE_VIEW_TYPE);
}
