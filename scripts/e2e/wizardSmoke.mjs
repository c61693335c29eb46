// The template wizard as a user meets it: Chromium right-clicks the folder in the Explorer of a
// workspace holding users.csv, where the menu has "Generate user template"; runs the command from
// the Command Palette; reads each step's title ("Generate user template (1/5)" …), the products
// step's placeholder (whole, not cut off, naming no setting id) and its items (the contract's
// product names with the columns they add); goes back a step with the Back button; saves a
// screenshot of the products step to test-results/; and cancels, writing nothing.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { newPage } from './browser.mjs';
import { root } from './project.mjs';

const WAIT_MS = 60_000;

/** `message` (an English bundle key) in `language`, placeholders `{0}`… replaced by `args`. */
function translate(language, message, ...args) {
  const bundle = language === 'en' ? {} : JSON.parse(readFileSync(path.join(root, 'l10n', `bundle.l10n.${language}.json`), 'utf8'));
  return (bundle[message] ?? message).replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
}

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

    await page.keyboard.press('F1');
    const widget = page.locator('.quick-input-widget');
    const input = widget.locator('.quick-input-box input');
    await input.fill('>MiiTel CSV: Generate user template');
    await widget.locator('.monaco-list-row', { hasText: 'Generate user template' }).first().waitFor();
    await page.keyboard.press('Enter');

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
    return { ok: true, console: consoleLines, screenshot };
  } catch (error) {
    await page.screenshot({ path: path.join(resultsDir, `wizard${suffix}-failure.png`) }).catch(() => undefined);
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error), console: consoleLines };
  } finally {
    await page.context().close();
  }
}

/** Waits until `locator`'s text is `expected`. */
async function waitForText(locator, expected) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const text = (await locator.innerText().catch(() => '')).trim();
    if (text === expected) return;
    if (Date.now() > deadline) throw new Error(`gave up waiting for "${expected}"; last seen: "${text}"`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
