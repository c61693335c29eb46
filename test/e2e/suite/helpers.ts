/**
 * Helpers for the end-to-end suite: open the fixture files the way a user does, wait for what the
 * extension shows by polling (never by sleeping a fixed time), and describe diagnostics so that a
 * failing comparison prints a readable diff.
 */
import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import type { MiitelCsvApi } from '../../../client/src/extension';

/** How long a wait may take before the test fails: long enough for a cold language server start. */
const WAIT_MS = 30_000;
const POLL_MS = 50;

/** The extension under test, as the .vsix installed it. */
export function installedExtension(): vscode.Extension<MiitelCsvApi> {
  const extension = vscode.extensions.getExtension<MiitelCsvApi>('miitel-csv-tools.miitel-csv');
  assert.ok(extension, 'miitel-csv-tools.miitel-csv is not installed');
  return extension;
}

/** What the extension exports for tests (status bar text, context key, table sessions), once active. */
export async function extensionApi(): Promise<MiitelCsvApi> {
  return installedExtension().activate();
}

/** The fixture workspace folder the editor was opened on (a temporary copy of test/e2e/workspace). */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'VS Code was started without the fixture workspace folder');
  return folder;
}

/** The uri of a file of the fixture workspace. */
export function fixtureUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, name);
}

/** Opens a fixture file in an editor, as a user does by clicking it. */
export async function openFixture(name: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(name));
  await vscode.window.showTextDocument(document, { preview: false });
  return document;
}

/**
 * Reads `read()` until `accept` takes its value, then returns that value. On timeout the last
 * value read is compared by `onTimeout` (an assertion that fails with a useful message).
 */
export async function eventually<T>(read: () => T | Promise<T>, accept: (value: T) => boolean, onTimeout: (last: T) => void): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read();
    if (accept(value)) return value;
    if (Date.now() > deadline) {
      onTimeout(value);
      throw new Error(`Gave up waiting after ${WAIT_MS} ms; last value: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** A diagnostic as the Problems panel shows it: code, severity and 0-based `line:character` range. */
export interface Shown {
  readonly code: string;
  readonly severity: 'error' | 'warning' | 'info' | 'hint';
  readonly range: string;
}

const SEVERITY = ['error', 'warning', 'info', 'hint'] as const;

/** `line:character-line:character`, 0-based like the API. */
export function rangeText(range: vscode.Range): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

/** A diagnostic's code: VS Code holds it as `{ value, target }` when it links to a page (`codeDescription`). */
export function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** The MiiTel CSV diagnostics VS Code holds for `uri`, in file order. */
export function shownDiagnostics(uri: vscode.Uri): Shown[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === 'miitel-csv')
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((d) => ({
      code: codeOf(d),
      severity: SEVERITY[d.severity],
      range: rangeText(d.range),
    }));
}

/** Waits until the diagnostics of `uri` are exactly `expected` (in file order), and returns them. */
export async function waitForDiagnostics(uri: vscode.Uri, expected: readonly Shown[]): Promise<Shown[]> {
  return eventually(
    () => shownDiagnostics(uri),
    (shown) => isDeepStrictEqual(shown, expected),
    (last) => assert.deepEqual(last, expected, `diagnostics of ${uri.path}`),
  );
}

/**
 * The range of a cell in a fixture without quoted fields: `line` is the 1-based line number an
 * editor shows, `column` the 1-based position of the column in the header.
 */
export function cellRange(document: vscode.TextDocument, line: number, column: number): vscode.Range {
  const text = document.lineAt(line - 1).text;
  assert.ok(!text.includes('"'), 'cellRange only reads unquoted lines');
  const cells = text.split(',');
  assert.ok(column <= cells.length, `line ${line} has ${cells.length} cells`);
  const target = cells[column - 1];
  assert.ok(target !== undefined, `line ${line} has no cell ${column}`);
  const start = cells.slice(0, column - 1).reduce((sum, cell) => sum + cell.length + 1, 0);
  return new vscode.Range(line - 1, start, line - 1, start + target.length);
}

/** Replaces the whole text of `document` (to put a fixture back as it was) and saves it. */
export async function restoreText(document: vscode.TextDocument, text: string): Promise<void> {
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), text);
  assert.ok(await vscode.workspace.applyEdit(edit), 'the edit restoring the fixture was refused');
  assert.ok(await document.save(), 'the restored fixture could not be saved');
}

/** Sets a `miitelCsv` setting for the fixture folder (`undefined` removes it again). */
export async function setFolderSetting(key: string, value: unknown): Promise<void> {
  const folder = workspaceFolder();
  await vscode.workspace.getConfiguration('miitelCsv', folder.uri).update(key, value, vscode.ConfigurationTarget.WorkspaceFolder);
}

/** The quick fixes VS Code offers for `range`, as the lightbulb lists them. */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    uri,
    range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return actions.filter((a): a is vscode.CodeAction => 'kind' in a && a.kind?.value === vscode.CodeActionKind.QuickFix.value);
}

/** The file's bytes as UTF-8 text; a BOM stays in as U+FEFF, so that a test sees it. */
export async function readUtf8(uri: vscode.Uri): Promise<string> {
  return Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
}

/** Deletes files a test wrote; one that is not there is fine (the test may have failed before writing it). */
export async function deleteIfPresent(uris: readonly vscode.Uri[]): Promise<void> {
  for (const uri of uris) {
    try {
      await vscode.workspace.fs.delete(uri);
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) throw error;
    }
  }
}

/** Throws away unsaved edits ("File: Revert File") and waits until the document shows its file again. */
export async function revert(document: vscode.TextDocument): Promise<void> {
  if (!document.isDirty) return;
  await vscode.window.showTextDocument(document, { preview: false });
  await vscode.commands.executeCommand('workbench.action.files.revert');
  await eventually(
    () => document.isDirty,
    (dirty) => !dirty,
    () => assert.fail(`${document.uri.path} still has unsaved changes after reverting`),
  );
}

/** The open document of `uri`, once VS Code has it. */
export async function openedDocument(uri: vscode.Uri): Promise<vscode.TextDocument> {
  const find = () => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return (await eventually(
    find,
    (d) => d !== undefined,
    () => assert.fail(`${uri.path} was not opened`),
  )) as vscode.TextDocument;
}

/**
 * Waits until the language server has `document` as a MiiTel file (its outline lists the header).
 * A clean file shows no diagnostics whether or not the server has seen it yet, so tests of such a
 * file wait for this before asking for completion or hints.
 */
export async function waitUntilChecked(document: vscode.TextDocument): Promise<void> {
  await eventually(
    async () => vscode.commands.executeCommand<vscode.DocumentSymbol[] | undefined>('vscode.executeDocumentSymbolProvider', document.uri),
    (symbols) => (symbols ?? []).some((s) => s.name === 'Header'),
    (symbols) => assert.fail(`${document.uri.path} has no outline yet: ${JSON.stringify(symbols)}`),
  );
}
