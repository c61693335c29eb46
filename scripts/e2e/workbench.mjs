// What the Chromium smoke tests (smoke.mjs, hintsSmoke.mjs, wizardSmoke.mjs, smokeFirstHour.mjs)
// do alike in the code-server workbench: wait for something to show, run a palette command, go to a
// line, and read our messages in the language a run uses.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { root } from './project.mjs';

/** How long a smoke step waits for the workbench before it fails. */
export const WAIT_MS = 60_000;

const bundles = new Map();

/** `message` (an English bundle key) in `language`, placeholders `{0}`… replaced by `args`. */
export function translate(language, message, ...args) {
  if (!bundles.has(language)) {
    const file = path.join(root, 'l10n', `bundle.l10n.${language}.json`);
    bundles.set(language, language === 'en' ? {} : JSON.parse(readFileSync(file, 'utf8')));
  }
  const text = bundles.get(language)[message] ?? message;
  return text.replace(/\{(\d+)\}/g, (_, i) => String(args[Number(i)]));
}

/** Reads `read()` every 100 ms until `accept` takes its value; fails after WAIT_MS showing the last value. */
export async function waitFor(read, accept, what) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    // A read that throws (an element being redrawn) counts as not there yet.
    const value = await Promise.resolve()
      .then(read)
      .catch(() => undefined);
    if (accept(value)) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}; last seen: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until `locator`'s text (trimmed) is `expected`. */
export async function waitForText(locator, expected) {
  await waitFor(
    () =>
      locator.innerText().then(
        (t) => t.trim(),
        () => '',
      ),
    (text) => text === expected,
    `"${expected}"`,
  );
}

/**
 * Runs the command titled `title` from the Command Palette, as a user does. A command enabled by a
 * context key (`miitelCsv.isUserCsv`) is listed only once the key is set: the palette is opened again
 * until it lists the command, or WAIT_MS has passed.
 */
export async function runCommand(page, title) {
  const widget = page.locator('.quick-input-widget');
  const row = widget.locator('.monaco-list-row', { hasText: title }).first();
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    await page.keyboard.press('F1');
    await widget.locator('.quick-input-box input').fill(`>${title}`);
    const found = await row.waitFor({ timeout: 2_000 }).then(
      () => true,
      () => false,
    );
    if (found) break;
    await page.keyboard.press('Escape');
    if (Date.now() > deadline) throw new Error(`the Command Palette has no "${title}"`);
  }
  await row.click();
}

/** "Go to Line/Column…" (Ctrl+G) with `target` (`line` or `line:column`, 1-based), which scrolls it into view. */
export async function goToLine(page, target) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${target}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

/** Waits for the finite animations of the page to end or be cancelled (a notification slides in), so a screenshot shows it settled. */
export async function settle(page) {
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
        // An animation cancelled on the way (the toast replaced or re-laid out) rejects: it is over too.
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
