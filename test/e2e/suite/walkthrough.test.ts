/**
 * The Getting Started walkthrough of a non-developer's first hour: VS Code knows it under the
 * extension's id, its pictures are in the installed extension, and the command the README names
 * opens it in an editor tab of its own.
 */
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { eventually } from './helpers';

const EXTENSION_ID = 'miitel-csv-tools.miitel-csv';

interface Walkthrough {
  id: string;
  steps: { id: string; media: { svg?: string }; completionEvents?: string[] }[];
}

const walkthroughTabs = () =>
  vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.label.startsWith('Walkthrough: '));

describe('the Getting Started walkthrough', () => {
  it('has four steps, each with its picture in the installed extension', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed`);
    const [walkthrough] = (extension.packageJSON as { contributes: { walkthroughs: Walkthrough[] } }).contributes.walkthroughs;
    assert.ok(walkthrough);
    assert.deepEqual(
      walkthrough.steps.map((s) => s.id),
      ['generateTemplate', 'fillIn', 'fixProblems', 'upload'],
    );
    for (const step of walkthrough.steps) {
      assert.ok(step.media.svg && existsSync(path.join(extension.extensionPath, step.media.svg)), `${step.id}: ${step.media.svg}`);
    }
    assert.deepEqual(walkthrough.steps[0]?.completionEvents, ['onCommand:miitelCsv.generateTemplate']);
  });

  it('opens with workbench.action.openWalkthrough and the id extension#walkthrough', async () => {
    assert.equal(walkthroughTabs().length, 0);
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${EXTENSION_ID}#gettingStarted`, false);
    const [tab] = await eventually(
      walkthroughTabs,
      (tabs) => tabs.length === 1,
      (tabs) =>
        assert.fail(
          `no walkthrough tab; tabs: ${JSON.stringify(vscode.window.tabGroups.all.flatMap((g) => g.tabs.map((t) => t.label)))} ${tabs.length}`,
        ),
    );
    assert.ok(tab);
    // The tab is named after the extension; it is not a text editor.
    assert.equal(tab.label, 'Walkthrough: MiiTel User CSV');
    assert.ok(!(tab.input instanceof vscode.TabInputText));
    await vscode.window.tabGroups.close(tab);
    assert.equal(walkthroughTabs().length, 0);
  });
});
