// The template wizard as a user meets it: Chromium right-clicks the folder in the Explorer of a
// workspace holding users.csv, where the menu has "Generate user template"; runs the command from
// the Command Palette; reads each step's title ("Generate user template (1/5)" …), the products
// step's placeholder (whole, not cut off, naming no setting id) and its items (the contract's
// product names with the columns they add); goes back a step with the Back button; saves a
// screenshot of the products step to test-results/; and cancels. Then generates a Shift_JIS
// template accepting every proposal (the save dialog proposes users-template.csv), saves it as
// UTF-8 with VS Code's "Save with Encoding", reads the warning (screenshot) and clicks its
// "Keep Shift_JIS": the editor is Shift_JIS again.
import * as assert from 'node:assert/strict';
import { mkdirSync, rmSync } from 'node:fs';
import * as path from 'node:path';
import { newPage } from './browser.mjs';
import { runCommand, settle, translate, WAIT_MS, waitFor, waitForText } from './workbench.mjs';

/**
 * Runs the wizard smoke test against code-server on `port`, on `folder` (which holds users.csv and
 * no users-template.csv), in `language` (`en`, or `ja` when the folder's settings choose Japanese).
 * @returns {Promise<{ ok: boolean, error?: string, console: string[], screenshot?: string }>}
 */
export async function runWizardSmoke(browser, port, { folder, resultsDir, language = 'en' }) {
  const page = await newPage(browser);
  page.setDefaultTimeout(WAIT_MS);
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  const suffix = language === 'en' ? '' : `-${language}`;
  const screenshot = path.join(resultsDir, `wizard${suffix}.png`);
  mkdirSync(resultsDir, { recursive: true });
  for (const name of [`wizard${suffix}-failure.png`, `wizard${suffix}.png`, `wizard-shift-jis${suffix}.png`]) {
    rmSync(path.join(resultsDir, name), { force: true });
  }
  const title = (step) => `${translate(language, 'Generate user template')} (${step}/5)`;
  try {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
    await page.getByRole('treeitem', { name: 'users.csv' }).waitFor();

    // The Explorer's menu on the folder (the empty space below its files) has the entry here, once
    // the extension has found the workspace's CSV file: until then, open the menu again.
    const empty = await page.locator('.explorer-folders-view').boundingBox();
    assert.ok(empty, 'the Explorer is not shown');
    // (The menu shows the manifest's title, in VS Code's display language: English here, whatever miitelCsv.language says.)
    const entry = page.locator('.context-view .action-label', { hasText: 'Generate user template' }).first();
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      await page.mouse.click(empty.x + empty.width / 2, empty.y + empty.height - 20, { button: 'right' });
      await page.locator('.context-view .action-label').first().waitFor();
      const found = await entry.waitFor({ timeout: 1_000 }).then(
        () => true,
        () => false,
      );
      await page.keyboard.press('Escape');
      if (found) break;
      if (Date.now() > deadline) throw new Error('the Explorer menu of the folder has no "Generate user template"');
    }

    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('.quick-input-box input');
    await runCommand(page, 'MiiTel CSV: Generate user template');

    const titleBar = widget.locator('.quick-input-title');
    await waitForText(titleBar, title(1));
    await page.keyboard.press('Enter'); // UTF-8
    await waitForText(titleBar, title(2));
    await page.keyboard.press('Enter'); // 10 rows
    await waitForText(titleBar, title(3));

    // The products step: its placeholder whole, in the contract's words, and each product with its columns.
    const placeholder = await input.getAttribute('placeholder');
    assert.equal(placeholder, translate(language, 'Products in your MiiTel contract (their columns are added)'));
    assert.doesNotMatch(placeholder, /miitelCsv\./);
    const fits = await input.evaluate((element) => {
      const style = getComputedStyle(element);
      const context = document.createElement('canvas').getContext('2d');
      context.font = style.font;
      const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return { text: context.measureText(element.placeholder).width, room };
    });
    assert.ok(fits.text <= fits.room, `the placeholder is cut off: ${JSON.stringify(fits)}`);
    const rows = widget.locator('.monaco-list-row');
    await rows.first().waitFor();
    const items = await rows.evaluateAll((elements) => elements.map((e) => e.innerText.replace(/\s+/g, ' ').trim()));
    console.log(`Products step (${language}):\n  ${items.join('\n  ')}`);
    assert.equal(items.length, 7);
    assert.ok(
      items.some((i) => i.includes('MiiTel Call Center') && i.includes('MiiTel Call Center CC Administrative privileges')),
      `MiiTel Call Center with its columns: ${items.join(' | ')}`,
    );
    await page.screenshot({ path: screenshot });
    console.log(`Screenshot: ${screenshot}`);

    // Back to the rows, which keep the answer given.
    await widget.locator('.quick-input-left-action-bar .action-label').first().click();
    await waitForText(titleBar, title(2));
    assert.equal(await input.inputValue(), '10');
    await page.keyboard.press('Escape');
    await widget.waitFor({ state: 'hidden' });

    // A Shift_JIS template, every other proposal accepted: the save dialog proposes users-template.csv.
    await runCommand(page, 'MiiTel CSV: Generate user template');
    await waitForText(titleBar, title(1));
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter'); // Shift_JIS
    for (const step of [2, 3, 4, 5]) {
      await waitForText(titleBar, title(step));
      await page.keyboard.press('Enter');
    }
    await waitFor(
      () => input.inputValue().catch(() => ''),
      (value) => value.endsWith('/users-template.csv'),
      'the save dialog to propose users-template.csv',
    );
    await page.keyboard.press('Enter');
    await page.locator('.tab.active', { hasText: 'users-template.csv' }).waitFor();
    const encoding = page.locator('[id="status.editor.encoding"]');
    await waitForText(encoding, 'Shift JIS');

    // Saved as UTF-8 with VS Code's own "Save with Encoding": the warning, and its "Keep Shift_JIS".
    await runCommand(page, 'Change File Encoding');
    await widget.locator('.monaco-list-row', { hasText: 'Save with Encoding' }).first().click();
    await input.fill('UTF-8');
    await widget
      .locator('.monaco-list-row')
      .filter({ has: page.locator('.label-name', { hasText: /^UTF-8$/ }) })
      .first()
      .click();
    const warning = translate(
      language,
      '{0} was generated as Shift_JIS but was saved as {1}: programs that expect Shift_JIS, such as Japanese Excel, will show its Japanese text garbled.',
      'users-template.csv',
      'UTF-8',
    );
    const toast = page.locator('.notification-toast', { hasText: 'users-template.csv' }).first();
    await toast.waitFor();
    assert.equal((await toast.locator('.notification-list-item-message').innerText()).trim(), warning);
    await settle(page);
    await page.screenshot({ path: path.join(resultsDir, `wizard-shift-jis${suffix}.png`) });
    await toast.locator('.monaco-button', { hasText: translate(language, 'Keep Shift_JIS') }).click();
    await waitForText(encoding, 'Shift JIS');
    return { ok: true, console: consoleLines, screenshot };
  } catch (error) {
    await page.screenshot({ path: path.join(resultsDir, `wizard${suffix}-failure.png`) }).catch(() => undefined);
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error), console: consoleLines };
  } finally {
    await page.context().close();
  }
}
