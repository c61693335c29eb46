/**
 * "MiiTel CSV: Generate user template": asks what MiiTel's "Create & download" asks (encoding,
 * rows) plus the products of the contract and the default Locale and Time zone (templateWizard.ts),
 * then where to save, proposing a name not taken yet; writes the bytes and opens the file in a
 * pinned tab in that encoding. The template's text comes from the language server
 * (`miitelCsv/template`), which also checks the options; this side encodes and writes it.
 * Called with an argument object it asks nothing, for tests and other extensions.
 */
import { Uri, window, workspace } from 'vscode';
import { EDITOR_ENCODING_IDS, type MiitelEncoding } from '../../../shared/encodings';
import { type TemplateParams, TemplateRequest } from '../../../shared/protocol';
import type { ProductId } from '../../../shared/formats/index';
import { encodeText } from '../encodings';
import { clientText, templateText } from '../messages';
import type { ServerRequest } from '../serverRequest';
import { exists, toUri } from '../uris';
import { freeTemplateName } from './templateName';
import { askTemplateOptions } from './templateWizard';

/** Told of every template written, with its encoding (the Shift_JIS guard remembers those files). */
export type TemplateWritten = (target: Uri, encoding: MiitelEncoding) => Thenable<void> | void;

/** The command's answers given up front: nothing is asked, and errors are thrown instead of shown. */
export interface GenerateTemplateArgs {
  /**
   * Folder to write the template in (default: the first workspace folder), a Uri, uri string or
   * path; the file is `users-template.csv`, or `users-template-2.csv`, … when that exists.
   */
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

/**
 * The command: from the palette (no argument), the explorer (the folder's Uri) or code (a
 * {@link GenerateTemplateArgs}). Resolves to the written file, or undefined when the user cancels.
 */
export async function generateTemplate(request: ServerRequest, arg?: unknown, onWritten?: TemplateWritten): Promise<Uri | undefined> {
  if (arg !== undefined && arg !== null && !(arg instanceof Uri)) return generateFromArgs(request, arg as GenerateTemplateArgs, onWritten);
  const folder = arg instanceof Uri ? arg : workspace.workspaceFolders?.[0]?.uri;
  const answers = await askTemplateOptions(folder);
  if (!answers) return undefined;
  const target = await window.showSaveDialog({
    defaultUri: folder ? await freeTemplateUri(folder) : undefined,
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
  const text = await fetchTemplate(request, { ...answers, folder: Uri.joinPath(target, '..').toString() });
  await write(target, text, answers.encoding, true, onWritten);
  return target;
}

/** `folder`'s first free name of users-template.csv, users-template-2.csv, … */
export async function freeTemplateUri(folder: Uri): Promise<Uri> {
  // A folder that cannot be read (not there yet) has no name taken.
  const entries = await workspace.fs.readDirectory(folder).then(undefined, () => []);
  return Uri.joinPath(folder, freeTemplateName(entries.map(([name]) => name)));
}

async function generateFromArgs(request: ServerRequest, args: GenerateTemplateArgs, onWritten?: TemplateWritten): Promise<Uri> {
  // The server checks the options (and the encoding) before anything else, as it always came first.
  const folder = args.folder !== undefined ? toUri(args.folder) : workspace.workspaceFolders?.[0]?.uri;
  const target = args.target !== undefined ? toUri(args.target) : folder && (await freeTemplateUri(folder));
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
  await write(target, text, args.encoding, args.open !== false, onWritten);
  return target;
}

/** The template's text from the server; throws the server's reason when the options cannot make one. */
async function fetchTemplate(request: ServerRequest, params: TemplateParams): Promise<string> {
  const result = await request(TemplateRequest, params);
  if (!result) throw new Error(clientText.serverFailed());
  if ('error' in result) throw new Error(result.error);
  return result.text;
}

/**
 * Writes the template, then opens it decoded the way it was written (VS Code would guess UTF-8 for
 * a Shift_JIS file that is pure ASCII) in a pinned tab: a preview tab is replaced by the next file
 * opened, and the template would be gone before the user starts filling it in.
 */
async function write(target: Uri, text: string, encoding: MiitelEncoding, open: boolean, onWritten?: TemplateWritten): Promise<void> {
  await workspace.fs.writeFile(target, await encodeText(text, encoding));
  await onWritten?.(target, encoding);
  if (!open) return;
  const document = await workspace.openTextDocument(target, { encoding: EDITOR_ENCODING_IDS[encoding] });
  await window.showTextDocument(document, { preview: false });
}
