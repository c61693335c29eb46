// The user-level smoke test: what a person does and sees in the workbench with the installed
// extension. Chromium opens the folder holding examples/users.csv, clicks the file in the explorer,
// waits for the squiggles, reads the extension's status bar item, opens the Problems panel and
// reads its rows, points at a Time zone cell and reads the tooltip, and saves a screenshot to
// test-results/. In English it then puts the caret on a Time zone code and reads the column in the
// status bar, and scrolls a 100-user file to row 80 and reads the header in the sticky scroll
// widget (screenshots smoke-status.png, smoke-sticky.png). Every wait polls for what appears on
// screen; none sleeps a fixed time.
//
// It runs once in English and once in Japanese (the folder's `miitelCsv.language` set to `ja`):
// there the Problems panel must hold exactly the messages `miitel-csv check --lang ja` prints, the
// status bar the bundle's Japanese, the tooltip Japanese text.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { newPage } from './browser.mjs';
import { manifest, root } from './project.mjs';
import { checkDetailsPage, checkWalkthrough } from './smokeFirstHour.mjs';
import { goToLine, settle, translate, WAIT_MS, waitFor } from './workbench.mjs';

const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

/** The findings of examples/users.csv as the built CLI reports them in `language`. */
function cliFindings(language) {
  const cli = spawnSync(
    process.execPath,
    [path.join(root, 'bin/miitel-csv.js'), 'check', '--format', 'json', '--lang', language, 'examples/users.csv'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return JSON.parse(cli.stdout).files[0].diagnostics;
}

/**
 * Runs the smoke test against code-server on `port`, with `folder` holding users.csv, in
 * `language` (`en`, or `ja` when the folder's settings choose Japanese).
 * @returns {Promise<{ ok: boolean, error?: string, console: string[], screenshot?: string }>}
 */
export async function runSmoke(browser, port, { folder, resultsDir, language = 'en' }) {
  const page = await newPage(browser);
  page.setDefaultTimeout(WAIT_MS);
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  mkdirSync(resultsDir, { recursive: true });
  const suffix = language === 'en' ? '' : `-${language}`;
  const screenshot = path.join(resultsDir, `smoke${suffix}.png`);
  const failureShot = path.join(resultsDir, `smoke${suffix}-failure.png`);
  const findings = cliFindings(language);
  const tokyo = findings.find((f) => f.line === 4 && f.code === 'value/not-allowed');
  assert.ok(tokyo, 'the CLI reports "Tokyo" on line 4');
  rmSync(screenshot, { force: true });
  rmSync(failureShot, { force: true });
  try {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);

    // Open the file from the explorer, like a user.
    await page.getByRole('treeitem', { name: 'users.csv' }).click();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: 'Tokyo' }).waitFor();

    // The example has 7 errors (its last row, an unused template row, is one) and no warning, each
    // drawn as a squiggle on its cell.
    await waitForCount(editor.locator('.squiggly-error'), 7, 'error squiggles');
    await waitForCount(editor.locator('.squiggly-warning'), 0, 'warning squiggles');

    // The extension's status bar item: the users, the format, and the caret's column (the file opens
    // with the caret in Login ID); no problem counts and no encoding, which VS Code shows itself.
    const users = `${translate(language, '{0} users', 9)} · ${translate(language, 'Create users')}`;
    const status = await waitForStatusBar(page, `${users} Login ID · 1/24`);
    console.log(`Status bar: ${JSON.stringify(status)}`);
    assert.deepEqual(status.icons, ['account', 'symbol-field']);
    // Its accessible label holds its tooltip, which says what a click does.
    const tooltipText = translate(
      language,
      'MiiTel CSV ({0}): {1}. Click to list the problems of this file.',
      translate(language, 'Create users'),
      translate(language, '{0} users', 9),
    );
    assert.ok(status.label.includes(tooltipText), `status bar label: ${status.label}`);

    // The Problems panel: a row for the file, one per problem, and one per related location. The
    // workbench's own words ("Error:", "at line") are VS Code's, English without a language pack.
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    const labels = () => rows.evaluateAll((elements) => elements.map((e) => e.getAttribute('aria-label') ?? ''));
    const isProblem = (label) => /^(Error|Warning|Info): /.test(label);
    const panel = await waitFor(labels, (all) => all.filter(isProblem).length === 7, 'seven problems in the Problems panel');
    console.log(`Problems panel:\n  ${panel.join('\n  ')}`);
    const problems = panel.filter(isProblem);
    assert.equal(panel[0], '7 problems in file users.csv of folder .');
    assert.equal(problems.filter((p) => p.startsWith('Error: ')).length, 7);
    // Each row is a finding of the CLI, in the same language, at the same place.
    assert.deepEqual(
      // (A finding with related locations ends in VS Code's own "This problem has references to N locations.")
      problems.map((p) => p.replace(/ generated by miitel-csv$/, '').replace(/ This problem has references to \d+ locations\.$/, '')),
      findings.map((f) => `${f.severity === 'error' ? 'Error' : 'Warning'}: ${f.message} at line ${f.line} and character ${f.column}.`),
    );
    if (language === 'ja') for (const f of findings) assert.match(f.message, JAPANESE, f.message);

    // Point at the Time zone cell "Tokyo" and read the tooltip: the finding, then the column's help.
    // Wait for the extension's own part (the column's title line): VS Code shows the diagnostic part first.
    const columnTitle = translate(language, '{0} — Column {1} of the template, required in every file', 'Time zone', 5);
    const hover = await hoverOver(page, 'suzuki.hanako', 'Tokyo', columnTitle);
    const tooltip = await hover.innerText();
    console.log(`Tooltip on "Tokyo":\n  ${tooltip.split('\n').filter(Boolean).join('\n  ')}`);
    // VS Code's part shows the finding; the extension's part does not repeat it.
    assert.ok(tooltip.includes(tokyo.message), tooltip);
    assert.equal(tooltip.split(tokyo.message).length, 2, `the finding is shown once: ${tooltip}`);
    assert.match(tooltip, /\(GMT\+7:00\) /);
    if (language === 'ja') assert.match(tooltip.replace(tokyo.message, ''), JAPANESE);

    // The tooltip fades in: let finite animations end so the screenshot shows it as it settles.
    await settle(page);
    await page.screenshot({ path: screenshot });
    console.log(`Screenshot: ${screenshot}`);

    // The finding's code in the tooltip links to its explanation page, packaged with the extension.
    await hover.locator('a', { hasText: tokyo.code }).first().click();
    const pageTab = page.locator('.tabs-container .tab', { hasText: 'value-not-allowed.md' }).first();
    await pageTab.waitFor({ timeout: WAIT_MS });
    await page.locator('.editor-instance .view-line', { hasText: '`value/not-allowed`' }).first().waitFor({ timeout: WAIT_MS });
    const rulePage = path.join(resultsDir, `smoke-rule-page${suffix}.png`);
    await page.screenshot({ path: rulePage });
    console.log(`Screenshot: ${rulePage}`);
    // Back to users.csv for what follows.
    await page.locator('.tabs-container .tab', { hasText: 'users.csv' }).first().click();
    if (language === 'en') await checkColumnAndStickyHeader(page, folder, resultsDir);
    // The walkthrough and the Details page speak VS Code's display language, the same in both runs.
    if (language === 'en') {
      await checkWalkthrough(page, resultsDir);
      await checkDetailsPage(page, resultsDir);
    }
    return { ok: true, console: consoleLines, screenshot };
  } catch (error) {
    await page.screenshot({ path: failureShot }).catch(() => undefined);
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error), console: consoleLines };
  } finally {
    await page.context().close();
  }
}

/**
 * Always knowing the column: with the caret on a Time zone code, the status bar names the column
 * and what the code means; in a 100-user file scrolled to row 80, VS Code's sticky scroll keeps the
 * header line on top (the outline's header symbol spans the file). Screenshots of both.
 */
async function checkColumnAndStickyHeader(page, folder, resultsDir) {
  // Off the editor, so that the tooltip of before does not come back over the screenshot.
  await page.mouse.move(640, 5);
  await page.keyboard.press('Escape');
  // Line 3 is "jane.smith@example.com","Smith, Jane",b4NzT8vKq3Ys,1,11,…: column 55 is in the 11.
  await goToLine(page, '3:55');
  const status = await waitForStatusBar(page, '9 users · Create users Time zone · 5/24 · 11 = (GMT-8:00/-7:00) Los Angeles [PST/PDT]');
  console.log(`Status bar on a Time zone cell: ${JSON.stringify(status.text)}`);
  const statusShot = path.join(resultsDir, 'smoke-status.png');
  await page.screenshot({ path: statusShot });
  console.log(`Screenshot: ${statusShot}`);

  const header = readFileSync(path.join(root, 'examples', 'users.csv'), 'utf8').split(/\r?\n/)[0];
  const rows = Array.from(
    { length: 100 },
    (_, i) => `user${i + 1}@example.com,User ${i + 1},Xk7mQ2pLw9R${i % 10},0,0,0,0,1,1,1,1,0,0,0,0,0,0,0,0,0,0,0,0,0`,
  );
  writeFileSync(path.join(folder, 'sticky-header.csv'), [header, ...rows, ''].join('\r\n'));
  await page.keyboard.press('Control+P');
  await page.keyboard.type('sticky-header.csv');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'sticky-header.csv' }).first().waitFor();
  await page.keyboard.press('Enter');
  const editor = page.locator('.editor-instance .monaco-editor').first();
  await editor.locator('.view-line', { hasText: 'user1@example.com' }).waitFor();
  await goToLine(page, '81'); // user 80
  await editor.locator('.view-line', { hasText: 'user80@example.com' }).waitFor();
  const sticky = editor.locator('.sticky-widget');
  const text = await waitFor(
    () => sticky.evaluateAll((elements) => elements.map((e) => e.innerText.replace(/\s+/g, ' ').trim()).join('|')),
    // Its line number, then the line: line 1, the header.
    (seen) => seen.startsWith('1 Login ID,User name,Password,Locale,Time zone'),
    'the sticky scroll widget to show the header line',
  );
  console.log(`Sticky scroll at row 80: ${JSON.stringify(text.slice(0, 80))}…`);
  const stickyShot = path.join(resultsDir, 'smoke-sticky.png');
  await page.screenshot({ path: stickyShot });
  console.log(`Screenshot: ${stickyShot}`);
}

/**
 * Waits until the extension's status bar item reads `expected`, and returns its text (icons are
 * empty elements, so `$(error) 6` reads "6"; runs of white space read as one space), the codicons
 * in it, and its accessible label. The workbench gives an extension's item the id
 * `<publisher>.<name>` (lower case), a dot, the item's own id.
 */
async function waitForStatusBar(page, expected) {
  const id = `${`${manifest.publisher}.${manifest.name}`.toLowerCase()}.miitelCsv.status`;
  const read = () =>
    page.locator(`.statusbar-item[id="${id}"]`).evaluateAll((elements) =>
      elements.map((e) => ({
        text: e.innerText.replace(/\s+/g, ' ').trim(),
        icons: [...e.querySelectorAll('.codicon')].map((i) =>
          [...i.classList].find((c) => c.startsWith('codicon-'))?.slice('codicon-'.length),
        ),
        label: e.getAttribute('aria-label'),
      })),
    );
  const [status] = await waitFor(read, (all) => all.length === 1 && all[0].text === expected, `the status bar item to read "${expected}"`);
  return status;
}

/** Waits until `locator` matches exactly `count` elements. */
async function waitForCount(locator, count, what) {
  await waitFor(
    () => locator.count(),
    (seen) => seen === count,
    `${count} ${what}`,
  );
}

/**
 * Moves the mouse onto `needle` (on the line containing `lineText`) until the editor's hover with
 * `expected` shows, and returns it. The pointer jumps there from an empty spot, so that it crosses
 * no inlay hint (which has tooltips of its own); if the hover does not come, it tries again.
 */
async function hoverOver(page, lineText, needle, expected) {
  const hover = page.locator('.monaco-hover', { hasText: expected }).first();
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const target = await textCenter(page, lineText, needle);
    await page.mouse.move(target.x, target.y + 200); // below the last line: empty editor space
    await page.mouse.move(target.x, target.y);
    await page.mouse.move(target.x + 2, target.y);
    try {
      await hover.waitFor({ state: 'visible', timeout: 5_000 });
      return hover;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      console.log(`The tooltip on "${needle}" did not show; pointing at it again.`);
    }
  }
}

/** The centre, in page coordinates, of `needle` on the editor line that contains `lineText`. */
async function textCenter(page, lineText, needle) {
  const point = await page.evaluate(
    ([text, lineText]) => {
      for (const line of document.querySelectorAll('.editor-instance .view-lines .view-line')) {
        if (!line.textContent.includes(lineText)) continue;
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
    },
    [needle, lineText],
  );
  assert.ok(point, `"${needle}" is not on screen`);
  return point;
}
