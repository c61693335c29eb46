// The table view as a user meets it: Chromium opens users.csv, runs "MiiTel CSV: Open as table"
// from the Command Palette and reaches into the webview (iframe.webview → iframe#active-frame):
// the cells the language server flags are outlined (Suzuki's Time zone "Tokyo"); choosing
// "6 — (GMT+7:00) Jakarta" in the first user's Time zone drop-down changes the document (the cell
// shows it, read back from the text, and the tab is dirty); a flag's checkbox toggles; Ctrl+Z in the
// table is VS Code's undo. Screenshot: test-results/table.png (table-ja.png in Japanese).
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { newPage } from './browser.mjs';
import { root } from './project.mjs';

const WAIT_MS = 60_000;

/** Writes the table smoke test's folder: users.csv, and for `ja` settings that choose Japanese. */
export function writeTableFixture(folder, language) {
  mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  cpSync(path.join(root, 'examples', 'users.csv'), path.join(folder, 'users.csv'));
  if (language === 'ja')
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), `${JSON.stringify({ 'miitelCsv.language': 'ja' })}\n`);
}

/** `message` (an English bundle key) in `language`. */
function translate(language, message) {
  const bundle = language === 'en' ? {} : JSON.parse(readFileSync(path.join(root, 'l10n', `bundle.l10n.${language}.json`), 'utf8'));
  return bundle[message] ?? message;
}

/**
 * Runs the table smoke test against code-server on `port`, on `folder` (see {@link writeTableFixture}).
 * @returns {Promise<{ ok: boolean, error?: string, console: string[], screenshot?: string }>}
 */
export async function runTableSmoke(browser, port, { folder, resultsDir, language = 'en' }) {
  const page = await newPage(browser);
  page.setDefaultTimeout(WAIT_MS);
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  const suffix = language === 'en' ? '' : `-${language}`;
  const screenshot = path.join(resultsDir, `table${suffix}.png`);
  mkdirSync(resultsDir, { recursive: true });
  for (const name of [`table${suffix}.png`, `table${suffix}-failure.png`]) rmSync(path.join(resultsDir, name), { force: true });
  try {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
    await page.getByRole('treeitem', { name: 'users.csv' }).click();
    await page.locator('.tab.active', { hasText: 'users.csv' }).waitFor();
    // The command is in the palette once the server has recognised the file (context key miitelCsv.isUserCsv).
    await runCommand(page, 'MiiTel CSV: Open as table');

    const view = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    const grid = view.locator('[role=grid]');
    await grid.locator('[role=row][aria-rowindex="2"]').waitFor();
    assert.equal((await view.locator('button[data-action=addUser]').innerText()).trim(), translate(language, 'Add user'));

    // Findings outlined: Suzuki (3rd user) wrote the word "Tokyo" as Time zone.
    const cell = (row, column) => grid.locator(`[role=gridcell][data-row="${row}"][data-col="${column}"]`);
    await waitFor(
      () => cell(2, 4).getAttribute('class'),
      (c) => /finding-(error|warning)/.test(c ?? ''),
      "Suzuki's Time zone outlined",
    );
    assert.match((await cell(2, 4).getAttribute('title')) ?? '', /\S/);
    const outlined = await grid.locator('[class*="finding-"]').count();
    assert.ok(outlined >= 3, `only ${outlined} cells are outlined`);

    // The first user's Time zone, chosen from the drop-down by meaning.
    await cell(0, 4).click();
    const select = cell(0, 4).locator('select');
    await select.waitFor();
    const jakarta = language === 'ja' ? '6 — (GMT+7:00) ジャカルタ' : '6 — (GMT+7:00) Jakarta';
    assert.ok((await select.locator('option').allInnerTexts()).includes(jakarta), 'the drop-down lists code and meaning');
    await select.selectOption('6');
    await waitFor(
      () => cell(0, 4).innerText(),
      (text) => text.trim() === jakarta,
      'the Time zone cell to show the new code, read back from the document',
    );
    await page.locator('.tab.active.dirty').waitFor();

    // A flag toggles (Administrative privileges of the first user: 1 → 0), and Ctrl+Z is VS Code's undo.
    const flag = cell(0, 5).locator('input[type=checkbox]');
    assert.equal(await flag.isChecked(), true);
    await flag.click();
    await waitFor(
      () => cell(0, 5).locator('input[type=checkbox]').isChecked(),
      (checked) => checked === false,
      'the flag to be unchecked',
    );
    await page.keyboard.press('Control+z');
    await waitFor(
      () => cell(0, 5).locator('input[type=checkbox]').isChecked(),
      (checked) => checked === true,
      'Ctrl+Z to set the flag back',
    );
    await cell(0, 0).click();
    await page.screenshot({ path: screenshot });
    console.log(`Screenshot: ${screenshot}`);
    await runCommand(page, 'File: Revert File');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
    return { ok: true, console: consoleLines, screenshot };
  } catch (error) {
    await page.screenshot({ path: path.join(resultsDir, `table${suffix}-failure.png`) }).catch(() => undefined);
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error), console: consoleLines };
  } finally {
    await page.context().close();
  }
}

/** Runs the command titled `title` from the Command Palette. */
async function runCommand(page, title) {
  const widget = page.locator('.quick-input-widget');
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    await page.keyboard.press('F1');
    await widget.locator('.quick-input-box input').fill(`>${title}`);
    const found = await widget
      .locator('.monaco-list-row', { hasText: title })
      .first()
      .waitFor({ timeout: 2_000 })
      .then(
        () => true,
        () => false,
      );
    if (found) break;
    await page.keyboard.press('Escape');
    if (Date.now() > deadline) throw new Error(`the Command Palette has no "${title}"`);
  }
  await page.keyboard.press('Enter');
}

/** Reads `read()` every 100 ms until `accept` takes its value; fails after WAIT_MS. */
async function waitFor(read, accept, what) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await read().catch(() => undefined);
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
