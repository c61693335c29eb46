/**
 * The explanation pages of the codes in a real editor: each diagnostic's code links to its page,
 * packaged in the extension; "Learn more about <code>" is offered with the fixes but is none of
 * them, and running it opens that page in the Markdown preview.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { expectedMistakes } from './fixtures';
import { eventually, installedExtension, openFixture, waitForDiagnostics } from './helpers';

/** What a tab shows: a Markdown preview's label, or a text editor's URI. */
function tabsShown(): string[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .map((tab) =>
      tab.input instanceof vscode.TabInputWebview
        ? `webview ${tab.input.viewType} ${tab.label}`
        : tab.input instanceof vscode.TabInputText
          ? `text ${tab.input.uri.toString()}`
          : `other ${tab.label}`,
    );
}

describe('explanation pages of the codes', () => {
  it('links every diagnostic code to its page in the installed extension', async () => {
    const document = await openFixture('mistakes.csv');
    await waitForDiagnostics(document.uri, expectedMistakes(document));
    const extension = installedExtension();
    const pages = vscode.Uri.joinPath(extension.extensionUri, 'docs', 'rules').path;
    const diagnostics = vscode.languages.getDiagnostics(document.uri);
    assert.equal(diagnostics.length, 5);
    for (const diagnostic of diagnostics) {
      const code = diagnostic.code as { value: string; target: vscode.Uri };
      assert.equal(typeof code, 'object', 'the code carries its link');
      const file = `${code.value.replace('/', '-')}.md`;
      assert.ok(code.target.path === `${pages}/${file}` || /\/(?:ja|id)\/[^/]+$/.test(code.target.path), code.target.toString());
      const stat = await vscode.workspace.fs.stat(code.target);
      assert.equal(stat.type, vscode.FileType.File, code.target.toString());
    }
  });

  it('offers "Learn more" as no fix, and it opens the page in the Markdown preview', async () => {
    const document = await openFixture('mistakes.csv');
    await waitForDiagnostics(document.uri, expectedMistakes(document));
    const [english] = vscode.languages.getDiagnostics(document.uri);
    assert.ok(english);
    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      english.range,
    );
    const learnMore = actions.filter((a) => a.title.startsWith('Learn more'));
    assert.deepEqual(
      learnMore.map((a) => a.title),
      ['Learn more about value/not-allowed'],
    );
    const [action] = learnMore as vscode.CodeAction[];
    assert.ok(action?.command);
    assert.equal(action.kind, undefined);
    assert.equal(action.edit, undefined);
    assert.ok(!action.isPreferred);
    // Not among the quick fixes (the Problems panel's menu, the hover's "Quick Fix…").
    const quickFixes = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      english.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    assert.ok(quickFixes.length > 0 && quickFixes.every((a) => !a.title.startsWith('Learn more')));

    await vscode.commands.executeCommand(action.command.command, ...((action.command.arguments ?? []) as unknown[]));
    const shown = await eventually(
      tabsShown,
      (tabs) => tabs.some((t) => t.includes('value-not-allowed.md')),
      (tabs) => assert.fail(`no tab shows value-not-allowed.md: ${tabs.join(', ')}`),
    );
    assert.ok(
      shown.some((t) => /^webview .*markdown\.preview.*value-not-allowed\.md/.test(t)),
      `the page opens in the Markdown preview: ${shown.join(', ')}`,
    );
    for (const tab of vscode.window.tabGroups.all.flatMap((g) => g.tabs)) {
      if (tab.label.includes('value-not-allowed.md')) await vscode.window.tabGroups.close(tab);
    }
  });
});
