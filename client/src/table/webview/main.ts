/**
 * The table view's webview: receives the grid's state from the host and sends back what the user
 * does. All state logic lives in shared/table/view (unit-tested); this file only wires the DOM.
 */
import type { HostMessage, ViewMessage } from '../../../../shared/table/view/protocol';
import { Grid } from './grid';
import './tableView.css';

interface VsCodeApi {
  postMessage(message: ViewMessage): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const app = document.getElementById('app');
if (app) {
  const grid = new Grid(app, (message) => vscode.postMessage(message));
  window.addEventListener('message', (event: MessageEvent<HostMessage>) => {
    const message = event.data;
    if (message.type === 'state') grid.setState(message.state);
    else if (message.type === 'fixes') grid.showFixes(message.row, message.column, message.fixes);
  });
  vscode.postMessage({ type: 'ready' });
}
