/**
 * Completion, inlay hints and the outline through VS Code's own provider commands, the way the
 * editor asks for them as the user types in a cell, scrolls, or opens the Outline view.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COLUMN } from './fixtures';
import { cellRange, eventually, openFixture, rangeText, setFolderSetting, waitUntilChecked } from './helpers';

/** MiiTel's 14 Time zone codes and what each means, in code order. */
const TIME_ZONES = [
  ['0', '(GMT+9:00) Tokyo'],
  ['1', '(GMT+9:00) Jayapura'],
  ['2', '(GMT+8:00) Singapore'],
  ['3', '(GMT+8:00) Manilla'],
  ['4', '(GMT+8:00) Makassar'],
  ['5', '(GMT+7:00) Pontianak'],
  ['6', '(GMT+7:00) Jakarta'],
  ['7', '(GMT-5:00/-4:00) New York [EST/EDT]'],
  ['8', '(GMT-6:00/-5:00) Chicago [CST/CDT]'],
  ['9', '(GMT-7:00) Phoenix [MST]'],
  ['10', '(GMT-7:00/-6:00) Denver [MST/MDT]'],
  ['11', '(GMT-8:00/-7:00) Los Angeles [PST/PDT]'],
  ['12', '(GMT-9:00/-8:00) Anchorage [AKST/AKDT]'],
  ['13', '(GMT-10:00) Honolulu [HAST]'],
];

/** clean.csv's Locale and Time zone cells (columns 4–5) and the hint each shows, per line; its 0/1 flags get none. */
const HINTS: Record<number, string[]> = {
  2: ['日本語', 'Tokyo'],
  3: ['English', 'Jakarta'],
};

/** A hint as it reads on screen, `line:character label`, 0-based like the API. */
const hintText = (hint: vscode.InlayHint) =>
  `${hint.position.line}:${hint.position.character} ${typeof hint.label === 'string' ? hint.label : hint.label.map((p) => p.value).join('')}`;

async function inlayHints(uri: vscode.Uri, range: vscode.Range): Promise<string[]> {
  const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', uri, range);
  return hints.map(hintText);
}

/** What the hints of `lines` of clean.csv must be: each after its cell, a space opening its label. */
function expectedHints(document: vscode.TextDocument, lines: number[]): string[] {
  return lines.flatMap((line) => {
    const hints = HINTS[line];
    assert.ok(hints, `no hints listed for line ${line}`);
    return hints.map((meaning, i) => {
      const end = cellRange(document, line, COLUMN.locale + i).end;
      return `${end.line}:${end.character}  ${meaning}`;
    });
  });
}

describe('completion, inlay hints and outline', () => {
  it('completes a Time zone cell with the 14 codes, each labelled with its meaning, replacing the cell', async () => {
    const document = await openFixture('clean.csv');
    await waitUntilChecked(document);
    // Line 3's Time zone is 6 (Jakarta); the cursor at its end, as after typing it.
    const cell = cellRange(document, 3, COLUMN.timeZone);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      document.uri,
      cell.end,
    );
    // Only our items: VS Code may add words of the document (kind Text) on its own.
    const codes = list.items.filter((item) => item.kind === vscode.CompletionItemKind.EnumMember);
    codes.sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
    assert.deepEqual(
      codes.map((item) => (typeof item.label === 'string' ? [item.label] : [item.label.label, item.label.description])),
      TIME_ZONES,
    );
    for (const item of codes) {
      const range = item.range instanceof vscode.Range ? item.range : item.range?.replacing;
      assert.equal(range && rangeText(range), rangeText(cell), `completion ${JSON.stringify(item.label)} replaces the whole cell`);
    }
    assert.deepEqual(
      codes.filter((item) => item.preselect).map((item) => item.insertText ?? item.label),
      ['6'],
      'the cell value is preselected',
    );
  });

  it('shows the meaning of the Locale and Time zone cells as inlay hints, only for the lines asked for', async () => {
    const document = await openFixture('clean.csv');
    await waitUntilChecked(document);
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    // The header line ends with the format the file is read as.
    const headerEnd = document.lineAt(0).range.end;
    assert.deepEqual(await inlayHints(document.uri, whole), [
      `${headerEnd.line}:${headerEnd.character}  ▸ Create users`,
      ...expectedHints(document, [2, 3]),
    ]);
    assert.deepEqual(await inlayHints(document.uri, document.lineAt(2).range), expectedHints(document, [3]));

    const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, whole);
    const jakarta = hints.find((h) => h.label === ' Jakarta');
    assert.equal(jakarta?.tooltip, '(GMT+7:00) Jakarta');
    // No padding: VS Code counts each one as a decoration against its ~1,500 per update.
    assert.deepEqual([Boolean(jakarta?.paddingLeft), Boolean(jakarta?.paddingRight)], [false, false]);
  });

  it('miitelCsv.inlayHints.enabled: false hides the hints, and they come back when the setting is removed', async () => {
    const document = await openFixture('clean.csv');
    await waitUntilChecked(document);
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const headerEnd = document.lineAt(0).range.end;
    const expected = [`${headerEnd.line}:${headerEnd.character}  ▸ Create users`, ...expectedHints(document, [2, 3])];
    const hintsBecome = (want: string[]) =>
      eventually(
        () => inlayHints(document.uri, whole),
        (shown) => JSON.stringify(shown) === JSON.stringify(want),
        (last) => assert.deepEqual(last, want),
      );
    try {
      await setFolderSetting('inlayHints.enabled', false);
      await hintsBecome([]);
    } finally {
      await setFolderSetting('inlayHints.enabled', undefined);
    }
    await hintsBecome(expected);
  });

  it('lists the header, spanning the file, and in it each user, by Login ID and User name, in the outline', async () => {
    const document = await openFixture('clean.csv');
    await waitUntilChecked(document);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
    const describe = (s: vscode.DocumentSymbol) => [
      s.name,
      s.detail,
      vscode.SymbolKind[s.kind],
      rangeText(s.range),
      rangeText(s.selectionRange),
      s.children.length,
    ];
    // The header's range runs to the end of the text: sticky scroll keeps its line on screen.
    const whole = new vscode.Range(0, 0, document.lineCount - 1, document.lineAt(document.lineCount - 1).text.length);
    assert.deepEqual(symbols.map(describe), [
      ['Header', 'Create users', 'Namespace', rangeText(whole), rangeText(document.lineAt(0).range), 2],
    ]);
    assert.deepEqual(symbols[0]?.children.map(describe), [
      [
        'tanaka@example.com — Tanaka Ichiro',
        'user 1',
        'Object',
        rangeText(document.lineAt(1).range),
        rangeText(cellRange(document, 2, COLUMN.loginId)),
        0,
      ],
      [
        'okafor@example.com — Daniel Okafor',
        'user 2',
        'Object',
        rangeText(document.lineAt(2).range),
        rangeText(cellRange(document, 3, COLUMN.loginId)),
        0,
      ],
    ]);
  });
});
