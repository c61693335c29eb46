/**
 * "MiiTel CSV: Generate user template": asks what MiiTel's "Create & download" asks (encoding,
 * rows) plus the optional products and default Locale and Time zone, then where to save; writes
 * the bytes and opens the file in that encoding. The template's text comes from the language
 * server (`miitelCsv/template`), which also checks the options; this side encodes and writes it.
 * Called with an argument object it asks nothing, for tests and other extensions.
 */
import { type QuickPickItem, Uri, window, workspace } from 'vscode';
import { EDITOR_ENCODING_IDS, encodingLabel, MIITEL_ENCODINGS, type MiitelEncoding } from '../../../shared/encodings';
import { t } from '../../../shared/l10n';
import { type TemplateParams, TemplateRequest } from '../../../shared/protocol';
import { CODE_SETS, type CodeSetId, DEFAULT_FORMAT, PRODUCTS, type ProductId } from '../../../shared/formats/index';
import { encodeText } from '../encodings';
import { clientText, templateText } from '../messages';
import type { ServerRequest } from '../serverRequest';
import { exists, toUri } from '../uris';

/** Most rows of a template (of the default format, the one the command writes). */
const MAX_USERS_PER_FILE = DEFAULT_FORMAT.limits.usersPerFile;

/** The command's answers given up front: nothing is asked, and errors are thrown instead of shown. */
export interface GenerateTemplateArgs {
  /** Folder to write `users.csv` in (default: the first workspace folder), a Uri, uri string or path. */
  readonly folder?: Uri | string;
  /** The file to write; overrides `folder`. */
  readonly target?: Uri | string;
  readonly rows: number;
  readonly encoding: MiitelEncoding;
  readonly subscriptions?: readonly ProductId[];
  /** Locale code, `0` or `1` (a number is accepted too). */
  readonly locale?: string | number;
  /** Time zone code, `0` to `13` (a number is accepted too). */
  readonly timeZone?: string | number;
  /** Replace an existing file (default false: an existing file is an error). */
  readonly overwrite?: boolean;
  /** Open the written file in an editor (default true). */
  readonly open?: boolean;
}

const DEFAULT_NAME = 'users.csv';

/**
 * The command: from the palette (no argument), the explorer (the folder's Uri) or code (a
 * {@link GenerateTemplateArgs}). Resolves to the written file, or undefined when the user cancels.
 */
export async function generateTemplate(request: ServerRequest, arg?: unknown): Promise<Uri | undefined> {
  if (arg !== undefined && arg !== null && !(arg instanceof Uri)) return generateFromArgs(request, arg as GenerateTemplateArgs);
  const folder = arg instanceof Uri ? arg : workspace.workspaceFolders?.[0]?.uri;
  const answers = await ask(folder);
  if (!answers) return undefined;
  const target = await window.showSaveDialog({
    defaultUri: folder ? Uri.joinPath(folder, DEFAULT_NAME) : undefined,
    filters: { CSV: ['csv'] },
    title: templateText.saveTitle(),
    saveLabel: templateText.saveLabel(),
  });
  if (!target) return undefined;
  // The save dialog may or may not have asked (that depends on the platform's dialog): ask here, always.
  if (await exists(target)) {
    const answer = await window.showWarningMessage(
      templateText.overwriteQuestion(workspace.asRelativePath(target)),
      { modal: true },
      templateText.overwrite(),
    );
    if (answer !== templateText.overwrite()) return undefined;
  }
  await write(target, await fetchTemplate(request, { ...answers, folder: Uri.joinPath(target, '..').toString() }), answers.encoding, true);
  return target;
}

async function generateFromArgs(request: ServerRequest, args: GenerateTemplateArgs): Promise<Uri> {
  // The server checks the options (and the encoding) before anything else, as it always came first.
  const folder = args.folder !== undefined ? toUri(args.folder) : workspace.workspaceFolders?.[0]?.uri;
  const target = args.target !== undefined ? toUri(args.target) : folder && Uri.joinPath(folder, DEFAULT_NAME);
  const text = await fetchTemplate(request, {
    rows: args.rows,
    encoding: args.encoding,
    subscriptions: args.subscriptions,
    locale: args.locale === undefined ? undefined : String(args.locale),
    timeZone: args.timeZone === undefined ? undefined : String(args.timeZone),
    ...(target ? { folder: Uri.joinPath(target, '..').toString() } : {}),
  });
  if (!target) throw new Error(templateText.noFolder());
  if (!args.overwrite && (await exists(target))) throw new Error(templateText.exists(workspace.asRelativePath(target)));
  await write(target, text, args.encoding, args.open !== false);
  return target;
}

/** The template's text from the server; throws the server's reason when the options cannot make one. */
async function fetchTemplate(request: ServerRequest, params: TemplateParams): Promise<string> {
  const result = await request(TemplateRequest, params);
  if (!result) throw new Error(clientText.serverFailed());
  if ('error' in result) throw new Error(result.error);
  return result.text;
}

/** Writes the template, then opens it decoded the way it was written (VS Code would guess UTF-8 for Shift_JIS). */
async function write(target: Uri, text: string, encoding: MiitelEncoding, open: boolean): Promise<void> {
  await workspace.fs.writeFile(target, await encodeText(text, encoding));
  if (!open) return;
  const document = await workspace.openTextDocument(target, { encoding: EDITOR_ENCODING_IDS[encoding] });
  await window.showTextDocument(document);
}

/** The prompts, in MiiTel's order; undefined as soon as one is cancelled. */
async function ask(folder: Uri | undefined): Promise<(TemplateParams & { readonly encoding: MiitelEncoding }) | undefined> {
  const encoding = await window.showQuickPick(
    MIITEL_ENCODINGS.map((e) => ({ label: encodingLabel(e), detail: templateText.encodingDetail(e), encoding: e })),
    { placeHolder: templateText.encodingPlaceholder(), ignoreFocusOut: true },
  );
  if (!encoding) return undefined;

  const rows = await window.showInputBox({
    prompt: templateText.rowsPrompt(MAX_USERS_PER_FILE),
    value: '10',
    ignoreFocusOut: true,
    validateInput: (value) => (parseRows(value) === undefined ? templateText.rowsInvalid(MAX_USERS_PER_FILE) : undefined),
  });
  const rowCount = rows === undefined ? undefined : parseRows(rows);
  if (rowCount === undefined) return undefined;

  const subscribed = workspace.getConfiguration('miitelCsv', folder).get<string[]>('subscriptions') ?? [];
  const products = await window.showQuickPick(
    (Object.keys(PRODUCTS) as ProductId[]).map((id) => ({ label: t(PRODUCTS[id]), description: id, picked: subscribed.includes(id), id })),
    { canPickMany: true, placeHolder: templateText.productsPlaceholder(), ignoreFocusOut: true },
  );
  if (!products) return undefined;

  const locale = await pickCode('locale', templateText.localePlaceholder());
  if (locale === undefined) return undefined;
  const timeZone = await pickCode('timeZone', templateText.timeZonePlaceholder());
  if (timeZone === undefined) return undefined;

  return { encoding: encoding.encoding, rows: rowCount, subscriptions: products.map((p) => p.id), locale, timeZone };
}

/** One code of a code set, labelled as MiiTel labels it; the first item is the column's default (code 0). */
async function pickCode(set: CodeSetId, placeHolder: string): Promise<string | undefined> {
  const items: (QuickPickItem & { code: string })[] = CODE_SETS[set].map((v) => ({ label: t(v.label), description: v.code, code: v.code }));
  return (await window.showQuickPick(items, { placeHolder, ignoreFocusOut: true }))?.code;
}

/** The row count typed, when it is a whole number in range. */
export function parseRows(value: string): number | undefined {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= 1 && n <= MAX_USERS_PER_FILE ? n : undefined;
}
