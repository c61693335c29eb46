// The table view as a user meets it: Chromium opens users.csv, runs "MiiTel CSV: Open as table"
// from the Command Palette and reaches into the webview (iframe.webview → iframe#active-frame):
// the cells the language server flags are outlined (Suzuki's Time zone "Tokyo"); choosing
// "6 — (GMT+7:00) Jakarta" in the first user's Time zone drop-down changes the document (the cell
// shows it, read back from the text, and the tab is dirty); a flag's checkbox toggles; Ctrl+Z in the
// table is VS Code's undo; passwords are masked; the quick-fix menu of Suzuki's Time zone offers the
// server's fix and applying it writes 0. Screenshot (with the menu open): test-results/table.png
// (table-ja.png in Japanese).
import * as assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { newPage } from './browser.mjs';
import { root } from './project.mjs';
import { runCommand, translate, WAIT_MS, waitFor } from './workbench.mjs';

/** Writes the table smoke test's folder: users.csv, and a 10,000-user file for `en`, settings that choose Japanese for `ja`. */
export function writeTableFixture(folder, language) {
  mkdirSync(path.join(folder, '.vscode'), { recursive: true });
  cpSync(path.join(root, 'examples', 'users.csv'), path.join(folder, 'users.csv'));
  if (language === 'en') writeLargeFile(path.join(folder, 'users-10000.csv'));
  if (language === 'ja')
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), `${JSON.stringify({ 'miitelCsv.language': 'ja' })}\n`);
}

/** A 10,000-user file (over 1 MB, so above the default miitelCsv.largeFileThreshold). */
function writeLargeFile(file) {
  const [header, first] = readFileSync(path.join(root, 'examples', 'users.csv'), 'utf8').split(/\r?\n/);
  const rest = first.split(',').slice(2).join(',');
  const lines = [header];
  for (let n = 1; n <= 10_000; n++) lines.push(`user${n}@example.com,User number ${n} of a large file,${rest}`);
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
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
    // More room for the grid (and the screenshot).
    await runCommand(page, 'View: Close Primary Side Bar');
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
    // Passwords are masked until their cell is active.
    assert.equal((await cell(1, 2).innerText()).trim(), '••••••••');

    // The quick fixes of Suzuki's Time zone, from the toolbar: the language server's "Tokyo" → 0.
    await cell(2, 4).click();
    await cell(2, 4).locator('select').press('Escape');
    await view.locator('button[data-action=quickFixes]').click();
    const fix = view.locator('.menu .menu-item', { hasText: '0' }).first();
    await fix.waitFor();
    await page.screenshot({ path: screenshot });
    console.log(`Screenshot: ${screenshot}`);
    await fix.click();
    const tokyo = language === 'ja' ? '0 — (GMT+9:00) 東京' : '0 — (GMT+9:00) Tokyo';
    await waitFor(
      () => cell(2, 4).innerText(),
      (text) => text.trim() === tokyo,
      'the quick fix to write 0 in the Time zone cell',
    );
    await waitFor(
      () => cell(2, 4).getAttribute('class'),
      (c) => !/finding-/.test(c ?? ''),
      'the fixed cell to lose its outline',
    );

    // The problem list selects a problem's cell (Kobayashi's short password, shown while its cell is active).
    await view.locator('.problems .problem[data-row="5"][data-col="2"]').click();
    await waitFor(
      () => cell(5, 2).getAttribute('class'),
      (c) => / active/.test(c ?? ''),
      'the password cell to be selected',
    );
    assert.equal((await cell(5, 2).innerText()).trim(), 'Tq7mB2x');
    // The keyboard: three cells right is Administrative privileges (0); Space sets it, Ctrl+Z undoes it.
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    assert.match((await cell(5, 5).getAttribute('class')) ?? '', / active/);
    assert.equal((await cell(5, 2).innerText()).trim(), '••••••••');
    await page.keyboard.press('Space');
    await waitFor(
      () => cell(5, 5).locator('input[type=checkbox]').isChecked(),
      (checked) => checked === true,
      'Space to set the flag',
    );
    await page.keyboard.press('Control+z');
    await waitFor(
      () => cell(5, 5).locator('input[type=checkbox]').isChecked(),
      (checked) => checked === false,
      'Ctrl+Z to clear the flag again',
    );
    await runCommand(page, 'File: Revert File');
    await page.locator('.tab.active.dirty').waitFor({ state: 'detached' });
    if (language === 'en') await largeFile(page);
    return { ok: true, console: consoleLines, screenshot };
  } catch (error) {
    await page.screenshot({ path: path.join(resultsDir, `table${suffix}-failure.png`) }).catch(() => undefined);
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error), console: consoleLines };
  } finally {
    await page.context().close();
  }
}

/**
 * The 10,000-user file: opens with the large-file notice, draws only the rows in view, and scrolling
 * to the end draws the last user's row (line 10001) at once.
 */
async function largeFile(page) {
  // The workbench's keyboard, not the webview's: the text editor's tab of users.csv takes the focus.
  await page.locator('.tab', { hasText: 'users.csv' }).first().click();
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'View: Show Explorer');
  await page.getByRole('treeitem', { name: 'users-10000.csv' }).click();
  await page.locator('.tab.active', { hasText: 'users-10000.csv' }).waitFor();
  await runCommand(page, 'MiiTel CSV: Open as table');
  const view = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
  const grid = view.locator('[role=grid]');
  await grid.locator('[role=row][aria-rowindex="2"]').waitFor();
  assert.match(await view.locator('.notice').innerText(), /largeFileThreshold/);
  assert.equal(await grid.getAttribute('aria-rowcount'), '10001');
  const started = Date.now();
  await grid.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await grid.locator('[role=rowheader]', { hasText: /^10001$/ }).waitFor();
  const drawn = await grid.locator('[role=row]').count();
  console.log(`10,000 rows: scrolled to the end in ${Date.now() - started} ms with ${drawn} rows drawn`);
  assert.ok(drawn < 100, `${drawn} rows drawn`);
}
