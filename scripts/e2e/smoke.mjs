// The user-level smoke test: what a person does and sees in the workbench with the installed
// extension. Chromium opens the folder holding examples/users.csv, clicks the file in the explorer,
// waits for the squiggles, opens the Problems panel and reads its rows, points at a Time zone cell
// and reads the tooltip, and saves a screenshot to test-results/. Every wait polls for what appears
// on screen; none sleeps a fixed time.
import * as assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { newPage } from './browser.mjs';

const WAIT_MS = 60_000;

/**
 * Runs the smoke test against code-server on `port`, with `folder` holding users.csv.
 * @returns {Promise<{ ok: boolean, error?: string, console: string[], screenshot?: string }>}
 */
export async function runSmoke(browser, port, { folder, resultsDir }) {
  const page = await newPage(browser);
  page.setDefaultTimeout(WAIT_MS);
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  mkdirSync(resultsDir, { recursive: true });
  const screenshot = path.join(resultsDir, 'smoke.png');
  try {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);

    // Open the file from the explorer, like a user.
    await page.getByRole('treeitem', { name: 'users.csv' }).click();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: 'Tokyo' }).waitFor();

    // The example has 6 errors and 1 warning, each drawn as a squiggle on its cell.
    await waitForCount(editor.locator('.squiggly-error'), 6, 'error squiggles');
    await waitForCount(editor.locator('.squiggly-warning'), 1, 'warning squiggles');

    // The Problems panel: one row for the file, then one row per problem.
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    await waitForCount(rows, 8, 'Problems panel rows');
    const problems = await rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
    console.log(`Problems panel:\n  ${problems.join('\n  ')}`);
    assert.match(problems[0], /users\.csv/);
    assert.equal(problems.filter((p) => /^Error: /.test(p)).length, 6);
    assert.ok(problems.some((p) => p.includes('"Tokyo" is not allowed in Time zone') && p.includes('at line 4 column 50')), 'the Tokyo row');
    assert.ok(problems.some((p) => p.startsWith('Warning: Unused template row')), 'the unused template row');

    // Point at the Time zone cell "Tokyo" and read the tooltip.
    await page.locator('.markers-panel').click({ position: { x: 5, y: 5 } });
    const target = await textCenter(page, 'Tokyo');
    await page.mouse.move(target.x, target.y - 40);
    await page.mouse.move(target.x, target.y, { steps: 5 });
    const hover = page.locator('.monaco-hover', { hasText: 'Time zone' }).first();
    await hover.waitFor({ state: 'visible' });
    const tooltip = await hover.innerText();
    console.log(`Tooltip on "Tokyo":\n  ${tooltip.split('\n').filter(Boolean).join('\n  ')}`);
    assert.match(tooltip, /"Tokyo" is not allowed in Time zone/);
    assert.match(tooltip, /Column 5 of the template/);
    assert.match(tooltip, /\(GMT\+7:00\) Jakarta/);

    await page.screenshot({ path: screenshot });
    console.log(`Screenshot: ${screenshot}`);
    return { ok: true, console: consoleLines, screenshot };
  } catch (error) {
    await page.screenshot({ path: path.join(resultsDir, 'smoke-failure.png') }).catch(() => undefined);
    return { ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error), console: consoleLines };
  } finally {
    await page.context().close();
  }
}

/** Waits until `locator` matches exactly `count` elements. */
async function waitForCount(locator, count, what) {
  const deadline = Date.now() + WAIT_MS;
  let seen = await locator.count();
  while (seen !== count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} ${what}, saw ${seen}`);
    await locator.page().waitForTimeout(100);
    seen = await locator.count();
  }
}

/** The centre, in page coordinates, of the first occurrence of `needle` in the editor's text. */
async function textCenter(page, needle) {
  const point = await page.evaluate((text) => {
    for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const index = node.textContent.indexOf(text);
        if (index < 0) continue;
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + text.length);
        const box = range.getBoundingClientRect();
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      }
    }
    return null;
  }, needle);
  assert.ok(point, `"${needle}" is not on screen`);
  return point;
}
