/**
 * Hovers and quick fixes through VS Code's own provider commands, the way the editor asks for them
 * when the user points at a cell or opens the lightbulb.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COLUMN, expectedMistakes } from './fixtures';
import { cellRange, openFixture, restoreText, waitForDiagnostics } from './helpers';

/**
 * The text of every hover VS Code shows at `position`, joined: markdown with its backslash escapes
 * removed (`\(GMT\+9:00\)` reads `(GMT+9:00)` on screen), other markup kept.
 */
async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('hover and quick fixes', () => {
  it('explains a Time zone cell: the column, its codes, and what this value means', async () => {
    const document = await openFixture('mistakes.csv');
    await waitForDiagnostics(document.uri, expectedMistakes(document));
    // Line 7 has Time zone 6, a valid code.
    const text = await hoverText(document.uri, cellRange(document, 7, COLUMN.timeZone).start);
    assert.match(text, /\*\*Time zone\*\* — Column 5 of the template, required in every file/);
    assert.match(text, /\| `13` \| \(GMT-10:00\) Honolulu \[HAST\] \|/);
    assert.match(text, /\*\*This cell:\*\* `6` → \(GMT\+7:00\) Jakarta/);
  });

  it('on an invalid cell explains the column without repeating the diagnostic (VS Code shows it above the hover)', async () => {
    const document = await openFixture('mistakes.csv');
    await waitForDiagnostics(document.uri, expectedMistakes(document));
    const text = await hoverText(document.uri, cellRange(document, 4, COLUMN.timeZone).start);
    assert.match(text, /\*\*Time zone\*\* — Column 5 of the template, required in every file/);
    assert.match(text, /\| `0` \| \(GMT\+9:00\) Tokyo \|/);
    assert.doesNotMatch(text, /not allowed|Did you mean|value\/not-allowed|This cell/);
  });

  it('offers "Replace with 0" for Time zone "Tokyo", and applying it changes only that cell', async () => {
    const document = await openFixture('mistakes.csv');
    const expected = expectedMistakes(document);
    await waitForDiagnostics(document.uri, expected);
    const original = document.getText();
    const tokyo = cellRange(document, 4, COLUMN.timeZone);

    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      tokyo,
      vscode.CodeActionKind.QuickFix.value,
    );
    const fixes = actions.filter((a): a is vscode.CodeAction => 'kind' in a && a.kind?.value === 'quickfix');
    assert.deepEqual(
      fixes.map((f) => [f.title, f.isPreferred]),
      [['Replace with 0 (GMT+9:00) Tokyo', true]],
    );

    try {
      const edit = fixes[0]?.edit;
      assert.ok(edit, 'the quick fix has no edit');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const lines = original.split('\n');
      lines[3] = 'suzuki@example.com,Suzuki Hanako,Hq5wE9rTz2Mc,0,0,0,0,1,0,0,1';
      assert.equal(document.getText(), lines.join('\n'));
      // The fixed cell's diagnostic goes away; the others stay where they were.
      const [first, , ...others] = expected;
      assert.ok(first);
      await waitForDiagnostics(document.uri, [first, ...others]);
    } finally {
      await restoreText(document, original);
    }
    await waitForDiagnostics(document.uri, expected);
  });
});
