/**
 * The VS Code side: starts the MiiTel CSV language server and restarts it when the set of files to
 * check changes. Everything else (validation, settings per file) happens in the server.
 */
import { commands, type ExtensionContext, type LogOutputChannel, Uri, window, workspace } from 'vscode';
import { LanguageClient, type LanguageClientOptions, type ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { COMMANDS } from '../../shared/commands';
import { SERVER_EXEC_ARGV } from '../../shared/serverProcess';
import { checkAsUserCsv } from './commands/checkAsUserCsv';
import { fixAll } from './commands/fixAll';
import { showProblems } from './commands/showProblems';
import { generateTemplate } from './commands/generateTemplate';
import { reopenWithEncoding } from './commands/reopenWithEncoding';
import { showRuleDoc } from './commands/showRuleDoc';
import { type SplitOptions, splitFile } from './commands/splitFile';
import { configurationScopeMiddleware } from './configurationScope';
import { configureClientLanguage, languageSetting } from './language';
import { documentSelector } from './documentSelector';
import { encodingMiddleware } from './encodingSync';
import { clientText } from './messages';
import type { GridState } from '../../shared/table/view/protocol';
import type { ServerRequest } from './serverRequest';
import { ShiftJisGuard } from './shiftJisGuard';
import { MiitelStatusBar } from './statusBar';
import { TableEditorProvider } from './table/tableEditor';
import { trackWorkspaceCsv } from './workspaceCsvContext';
import { commandTarget } from './uris';

const SECTION = 'miitelCsv';
let client: LanguageClient | undefined;

/**
 * What the extension exports (`extensions.getExtension(…).exports`): what a user reads in the
 * status bar and whether the palette's MiiTel commands are enabled, for tests and other extensions.
 */
export interface MiitelCsvApi {
  /** The status bar item's text (with its `$(icon)`s), undefined while it is hidden. */
  statusBarText(): string | undefined;
  /** The value of the context key `miitelCsv.isUserCsv`. */
  isUserCsv(): boolean;
  /** The table view of `uri`, if open: hand it a webview message (resolves once handled), read the state it last sent. */
  table(uri: string): { message(data: unknown): Promise<void>; state(): GridState | undefined } | undefined;
}

/** Starts the language client. */
export async function activate(context: ExtensionContext): Promise<MiitelCsvApi> {
  const output = window.createOutputChannel('MiiTel CSV', { log: true });
  context.subscriptions.push(output);
  const useLanguage = () => {
    const { warning } = configureClientLanguage(context.extensionPath);
    if (warning !== undefined) output.warn(warning);
  };
  useLanguage();
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
  };

  const start = async () => {
    client = new LanguageClient('miitelCsv', 'MiiTel CSV', serverOptions, clientOptions(output));
    await client.start();
    statusBar.refresh();
  };
  // One restart at a time. Two changes close together (a settings file saved twice, a folder
  // added with its own settings) would otherwise both stop the same client and both start a new
  // one: the first of those would run on unseen, never stopped, doubling every diagnostic.
  let restarting = Promise.resolve();
  const restart = () => {
    restarting = restarting
      // Not before VS Code's other listeners of this change are done: the running client hands
      // the new settings to its server as the change event fires, and stopping it in the middle
      // fails that ("Sending notification workspace/didChangeConfiguration failed").
      .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
      .then(async () => {
        output.info(clientText.restarting());
        await client?.stop();
        await start();
      })
      .catch((error: unknown) => output.error(String(error)));
  };

  // The document selector is fixed when a client starts, so new patterns or folders need a new client.
  context.subscriptions.push(
    workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SECTION}.files`)) restart();
      // The server hears of it through the synchronized section and renders its findings again.
      if (e.affectsConfiguration(`${SECTION}.language`)) {
        useLanguage();
        statusBar.refresh();
      }
    }),
    workspace.onDidChangeWorkspaceFolders(restart),
  );
  // The commands ask the server of the moment: one being restarted answers once it is back.
  const request: ServerRequest = async (type, params) => {
    await restarting;
    if (!client) throw new Error(clientText.noServer());
    return client.sendRequest(type, params);
  };
  context.subscriptions.push(
    commands.registerCommand(COMMANDS.splitFile, (uri?: string, max?: number, options?: SplitOptions) => {
      // From the palette, without arguments: the active file, at the limit its settings set.
      const target = uri ?? commandTarget()?.toString();
      if (target === undefined) return [];
      const limit = max ?? workspace.getConfiguration(SECTION, Uri.parse(target)).get<number>('maxUsersPerFile', 100);
      return splitFile(request, target, limit, options ?? { reportNothingToSplit: true });
    }),
  );
  const statusBar = new MiitelStatusBar(() => client);
  const shiftJisGuard = new ShiftJisGuard(context.workspaceState);
  context.subscriptions.push(
    statusBar,
    shiftJisGuard,
    trackWorkspaceCsv(),
    commands.registerCommand(COMMANDS.generateTemplate, (arg?: unknown) =>
      generateTemplate(request, arg, (uri, encoding) => shiftJisGuard.written(uri, encoding)),
    ),
    commands.registerCommand(COMMANDS.keepShiftJis, (uri: string) => shiftJisGuard.keep(uri)),
    commands.registerCommand(COMMANDS.reopenWithEncoding, reopenWithEncoding),
    commands.registerCommand(COMMANDS.showRuleDoc, (href: unknown) =>
      showRuleDoc(Uri.joinPath(context.extensionUri, 'docs', 'rules'), href),
    ),
    commands.registerCommand(COMMANDS.checkAsUserCsv, checkAsUserCsv),
    commands.registerCommand(COMMANDS.fixAll, (arg?: unknown) => fixAll(request, arg)),
    commands.registerCommand(COMMANDS.showProblems, showProblems),
  );
  const tables = TableEditorProvider.register(context, request, COMMANDS.openTable);
  await start();
  return {
    statusBarText: () => statusBar.text,
    isUserCsv: () => statusBar.isUserCsv,
    table: (uri) => {
      const session = tables.sessions.get(uri);
      return session && { message: (data) => session.handle(data), state: () => session.lastState };
    },
  };
}

/** Stops the language client. */
export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}

function clientOptions(output: LogOutputChannel): LanguageClientOptions {
  const folders = (workspace.workspaceFolders ?? []).map((folder) => ({
    uri: folder.uri.toString(),
    patterns: workspace.getConfiguration(SECTION, folder.uri).get<string[]>('files') ?? [],
  }));
  return {
    documentSelector: documentSelector(folders),
    synchronize: { configurationSection: SECTION },
    // So the server's first findings are already in the language chosen (it knows the display language from `locale`).
    initializationOptions: { language: languageSetting() },
    outputChannel: output,
    middleware: {
      ...encodingMiddleware(
        () => client,
        (message) => output.warn(message),
      ),
      ...configurationScopeMiddleware(),
    },
  };
}
