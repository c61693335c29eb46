// The inlay-hint smoke test: what a person sees on every row of a full file. Chromium opens a
// 100-user, 24-column "Create users" file, goes to the 1st, the 64th and the 100th user in turn
// (Go to Line, as a user would; VS Code asks for hints only around what is on screen), and reads the
// hints drawn on each of those lines: all five (Locale, Time zone and the three Meetings ranges),
// whole, with nothing cut off. VS Code 1.100 once dropped every hint below about row 64 of such a
// file (too many decorations per update) and cut each line's hints after 43 characters.
import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { newPage } from './browser.mjs';
import { root } from './project.mjs';
import { goToLine, WAIT_MS } from './workbench.mjs';

/** The file's name in the folder the test opens. */
const FILE_NAME = 'users-100.csv';
const USERS = 100;

/** The formats as compiled by `tsc -b` (the end-to-end runner compiles the tests first). */
const formats = () => createRequire(import.meta.url)(path.join(root, 'out', 'shared', 'formats', 'index.js'));

/** The Login ID of user `n` (1-based), which finds that user's line on screen. */
const loginId = (n) => `user${String(n).padStart(3, '0')}@example.com`;

/** The code each column of user `n` holds: every time zone, locale and range value in turn, and flags that break no dependency. */
function codeOf(id, n) {
  switch (id) {
    case 'locale':
      return String(n % 2);
    case 'timeZone':
      return String(n % 14);
    case 'meetingsAccessPermission':
      return String(n % 3);
    case 'meetingsSharedLink':
      return String((n + 1) % 3);
    case 'meetingsDownload':
      return String((n + 2) % 3);
    case 'admin':
      return n % 5 === 0 ? '1' : '0';
    case 'phoneMobile':
    case 'meetingsBot':
      return String(n % 2);
    case 'recPod':
    case 'salesforce':
    case 'incomingWebhook':
      return '0';
    default:
      return '1';
  }
}

/** A password that meets every rule (length, classes, no run of three), different per user. */
const password = (n) => `Kp${String.fromCharCode(65 + (n % 26))}w${n % 10}Rq7Nd${(n * 7) % 10}Sx`;

/** Writes the 100-user, 24-column file into `folder`. */
export function writeHintsFixture(folder) {
  const { CREATE_USERS } = formats();
  const columns = CREATE_USERS.columns;
  const value = (column, n) =>
    column.id === 'loginId'
      ? loginId(n)
      : column.id === 'userName'
        ? `User ${n}`
        : column.id === 'password'
          ? password(n)
          : codeOf(column.id, n);
  const lines = [columns.map((c) => c.header).join(',')];
  for (let n = 1; n <= USERS; n++) lines.push(columns.map((c) => value(c, n)).join(','));
  writeFileSync(path.join(folder, FILE_NAME), lines.map((l) => `${l}\r\n`).join(''));
}

/** The hints user `n`'s line must show, in English, in column order. */
function expectedHints(n) {
  const { CREATE_USERS, allowedValues } = formats();
  const words = { locale: ['日本語', 'English'], range: ['all', 'host', 'none'] };
  return CREATE_USERS.columns
    .filter((c) => c.codeSet === 'locale' || c.codeSet === 'timeZone' || c.codeSet === 'range')
    .map((c) => {
      const code = Number(codeOf(c.id, n));
      return c.codeSet === 'timeZone' ? allowedValues(c)[code].short : words[c.codeSet][code];
    });
}

/**
 * Runs the hint smoke test against code-server on `port`, with `folder` holding the file
 * {@link writeHintsFixture} wrote; saves a screenshot of users 65–100 with their hints.
 * @returns {Promise<{ ok: boolean, error?: string, console: string[], screenshot?: string }>}
 */
export async function runHintsSmoke(browser, port, { folder, resultsDir }) {
  const page = await newPage(browser);
  page.setDefaultTimeout(WAIT_MS);
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  const screenshot = path.join(resultsDir, 'hints-100-users.png');
  try {
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`);
    await page.getByRole('treeitem', { name: FILE_NAME }).click();
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: loginId(1) }).waitFor();
    // More of each line on screen: hide the side bar.
    await page.keyboard.press('Control+B');

    for (const n of [1, 64, USERS]) {
      await goToLine(page, n + 1);
      const hints = await waitForHints(page, loginId(n), expectedHints(n));
      console.log(`Hints on user ${n}'s line: ${hints.join(' | ')}`);
    }
    // Users 65–100 on screen at once (line 84 in the middle): every one of them shows its hints.
    await goToLine(page, 84);
    const drawn = await waitForEveryLine(page);
    console.log(`Every user line on screen has its hints: users ${drawn[0]}–${drawn[drawn.length - 1]}`);
    await page.screenshot({ path: screenshot });
    console.log(`Screenshot: ${screenshot}`);
    return { ok: true, console: consoleLines, screenshot };
  } catch (error) {
    await page.screenshot({ path: path.join(resultsDir, 'hints-failure.png') }).catch(() => undefined);
    return { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error), console: consoleLines };
  } finally {
    await page.context().close();
  }
}

/**
 * Waits until every user line drawn on screen shows the hints of its user, and returns the users
 * drawn (at least 30 of them).
 */
async function waitForEveryLine(page) {
  const read = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.editor-instance .view-lines .view-line')].flatMap((line) => {
        const user = /user(\d{3})@example\.com/.exec(line.textContent);
        const hints = [...line.querySelectorAll('span[class*="dyn-rule"]')].map((s) => s.textContent.replace(/\s+/g, ' ').trim());
        return user ? [{ n: Number(user[1]), hints: hints.filter(Boolean) }] : [];
      }),
    );
  const wrong = (lines) => lines.filter(({ n, hints }) => JSON.stringify(hints) !== JSON.stringify(expectedHints(n)));
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const lines = await read();
    if (lines.length >= 30 && wrong(lines).length === 0) return lines.map(({ n }) => n).sort((a, b) => a - b);
    if (Date.now() > deadline) assert.fail(`${lines.length} user lines drawn, these without their hints: ${JSON.stringify(wrong(lines))}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Waits until the line holding `lineText` shows exactly the hints `expected` and returns them.
 * VS Code draws an inlay hint as a span with a generated class `dyn-rule-…` inside the line.
 */
async function waitForHints(page, lineText, expected) {
  const read = () =>
    page.evaluate((text) => {
      const line = [...document.querySelectorAll('.editor-instance .view-lines .view-line')].find((l) => l.textContent.includes(text));
      if (!line) return null;
      return [...line.querySelectorAll('span[class*="dyn-rule"]')].map((s) => s.textContent.replace(/\s+/g, ' ').trim()).filter(Boolean);
    }, lineText);
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const hints = await read();
    if (JSON.stringify(hints) === JSON.stringify(expected)) return hints;
    if (Date.now() > deadline) assert.deepEqual(hints, expected, `the hints on the line of ${lineText}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
