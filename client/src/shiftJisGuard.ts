/**
 * Keeps a template generated as Shift_JIS in Shift_JIS. A fresh template is pure ASCII, which VS
 * Code reads as UTF-8 once the file is opened again, and saving it with Japanese names in it would
 * then write UTF-8 without a word. So the files the template command wrote as Shift_JIS are
 * remembered (in the workspace state, so across reloads), and:
 * - such a file opened in another encoding while its bytes are still pure ASCII is reopened as
 *   Shift_JIS (lossless: ASCII reads the same in both), before anyone types in it;
 * - such a file saved in another encoding all the same (the user reopened it as UTF-8, or it held
 *   non-ASCII bytes) gets a warning whose "Keep Shift_JIS" writes it back in Shift_JIS, and whose
 *   "Keep UTF-8" forgets it. VS Code's API can neither save in another encoding nor re-decode a
 *   dirty document, so keeping Shift_JIS saves the edits first, then re-encodes the saved text.
 */
import { type Disposable, type Memento, type TextDocument, Uri, window, workspace } from 'vscode';
import { EDITOR_ENCODING_IDS, encodingLabel, type MiitelEncoding, miitelEncodingOfEditorId } from '../../shared/encodings';
import { shiftJisText } from './messages';

const STATE_KEY = 'miitelCsv.generatedShiftJis';
/** Files remembered at most (the oldest are forgotten first): the workspace state is no database. */
const MAX_REMEMBERED = 200;
const SHIFT_JIS = EDITOR_ENCODING_IDS.shift_jis;

/** The guard for one extension lifetime; dispose it with the extension. */
export class ShiftJisGuard implements Disposable {
  private readonly subscriptions: Disposable[];
  /** Files being saved by {@link keep} itself, whose save must not warn again. */
  private readonly saving = new Set<string>();

  constructor(private readonly state: Memento) {
    this.subscriptions = [
      workspace.onDidOpenTextDocument((document) => void this.opened(document)),
      workspace.onDidSaveTextDocument((document) => this.saved(document)),
    ];
  }

  /** Records that the template command wrote `uri` in `encoding` (a file rewritten in another encoding is forgotten). */
  async written(uri: Uri, encoding: MiitelEncoding): Promise<void> {
    const others = this.remembered().filter((u) => u !== uri.toString());
    const next = encoding === 'shift_jis' ? [...others, uri.toString()].slice(-MAX_REMEMBERED) : others;
    await this.state.update(STATE_KEY, next);
  }

  /** Whether `uri` is a template generated as Shift_JIS and not released with "Keep UTF-8". */
  isGeneratedShiftJis(uri: Uri): boolean {
    return this.remembered().includes(uri.toString());
  }

  /**
   * The "Keep Shift_JIS" button (command `miitelCsv.keepShiftJis [uri]`): saves the document's
   * edits, writes its text as Shift_JIS and reopens it as Shift_JIS. Resolves to whether the file
   * is Shift_JIS now; a character Shift_JIS cannot hold leaves the file as it was, with an error.
   */
  async keep(target: Uri | string): Promise<boolean> {
    const uri = typeof target === 'string' ? Uri.parse(target) : target;
    const document = await workspace.openTextDocument(uri);
    if (document.encoding === SHIFT_JIS) return true;
    if (document.isDirty) {
      this.saving.add(uri.toString());
      try {
        await document.save();
      } finally {
        this.saving.delete(uri.toString());
      }
    }
    const text = document.getText();
    const bytes = await workspace.encode(text, { encoding: SHIFT_JIS });
    const line = firstLostLine(text, await workspace.decode(bytes, { encoding: SHIFT_JIS }));
    if (line !== undefined) {
      void window.showErrorMessage(shiftJisText.notEncodable(line, workspace.asRelativePath(uri)));
      return false;
    }
    await workspace.fs.writeFile(uri, bytes);
    // The saved document now matches the file's text, so re-decoding it is allowed and changes nothing.
    await workspace.openTextDocument(uri, { encoding: SHIFT_JIS });
    return true;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private remembered(): string[] {
    return this.state.get<string[]>(STATE_KEY) ?? [];
  }

  private async opened(document: TextDocument): Promise<void> {
    if (document.encoding === SHIFT_JIS || document.isDirty || !this.isGeneratedShiftJis(document.uri)) return;
    const bytes = await workspace.fs.readFile(document.uri).then(undefined, () => undefined);
    if (!bytes || bytes.some((byte) => byte >= 0x80)) return;
    // Still unchanged and clean: re-decoding a dirty document is refused (and would lose nothing here, but throw).
    if (document.isClosed || document.isDirty || document.encoding === SHIFT_JIS) return;
    await workspace.openTextDocument(document.uri, { encoding: SHIFT_JIS });
  }

  private saved(document: TextDocument): void {
    const key = document.uri.toString();
    if (document.encoding === SHIFT_JIS || this.saving.has(key) || !this.isGeneratedShiftJis(document.uri)) return;
    const known = miitelEncodingOfEditorId(document.encoding);
    const label = known ? encodingLabel(known) : document.encoding;
    const keepShiftJis = shiftJisText.keepShiftJis();
    const keepOther = shiftJisText.keepOther(label);
    // Not awaited: a notification's promise settles only when the user closes it.
    void window
      .showWarningMessage(shiftJisText.savedAsOther(workspace.asRelativePath(document.uri), label), keepShiftJis, keepOther)
      .then(async (choice) => {
        if (choice === keepShiftJis) await this.keep(document.uri);
        else if (choice === keepOther) await this.forget(document.uri);
      })
      .then(undefined, (error: unknown) => void window.showErrorMessage(String(error)));
  }

  private async forget(uri: Uri): Promise<void> {
    await this.state.update(
      STATE_KEY,
      this.remembered().filter((u) => u !== uri.toString()),
    );
  }
}

/** The 1-based line of the first character of `text` that `roundTrip` lost, undefined when none was. */
export function firstLostLine(text: string, roundTrip: string): number | undefined {
  if (text === roundTrip) return undefined;
  let index = 0;
  while (index < text.length && text[index] === roundTrip[index]) index++;
  return text.slice(0, index).split('\n').length;
}
