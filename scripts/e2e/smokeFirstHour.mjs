// The smoke test's part for a non-developer's first hour: the Getting Started walkthrough, opened
// from the Command Palette as the README says, and the installed extension's Details page in the
// Extensions view, each screenshot into test-results/. Every wait polls; none sleeps a fixed time.
//
// Both show the manifest's texts in VS Code's display language, which is English in code-server
// here (no language pack offline; `--locale ja` alone changes nothing): the Japanese smoke run's
// folder setting `miitelCsv.language` concerns only the extension's own messages, so these run once.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { manifest, root } from './project.mjs';
import { runCommand, settle } from './workbench.mjs';

const nls = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8'));
/** A manifest text (`%key%`) as VS Code shows it in English. */
const text = (value) => (/^%.+%$/.test(value) ? nls[value.slice(1, -1)] : value);
const walkthrough = manifest.contributes.walkthroughs[0];

/**
 * Opens the walkthrough with "Welcome: Open Walkthrough…", checks its four steps and their
 * buttons, and screenshots its first and last steps (walkthrough.png, walkthrough-upload.png).
 */
export async function checkWalkthrough(page, resultsDir) {
  // The whole window for the walkthrough, so each step's picture goes beside the steps.
  await page.keyboard.press('Control+B'); // hide the side bar
  await runCommand(page, 'View: Hide Panel');
  await runCommand(page, 'Welcome: Open Walkthrough...');
  await page
    .locator('.quick-input-list .monaco-list-row', { hasText: text(walkthrough.title) })
    .first()
    .click();
  const steps = page.locator('.gettingStartedContainer .getting-started-step');
  await page
    .locator('.gettingStartedContainer h2, .gettingStartedContainer .category-title', { hasText: text(walkthrough.title) })
    .first()
    .waitFor();
  const titles = await steps.locator('.step-title').allInnerTexts();
  assert.deepEqual(
    titles.map((t) => t.trim()),
    walkthrough.steps.map((s) => text(s.title)),
  );
  // The first step is open, with its button; its picture is drawn in a webview.
  await page.getByRole('button', { name: 'Generate user template' }).waitFor();
  await waitForPicture(page);
  await settle(page);
  await page.screenshot({ path: path.join(resultsDir, 'walkthrough.png') });

  await steps.filter({ hasText: text(walkthrough.steps[3].title) }).click();
  const upload = steps.filter({ hasText: text(walkthrough.steps[3].title) });
  await upload.getByRole('button', { name: 'Open MiiTel Analytics' }).waitFor();
  assert.match(await upload.innerText(), /User › User List › Add new user › Add multiple users/);
  await waitForPicture(page);
  await settle(page);
  await page.screenshot({ path: path.join(resultsDir, 'walkthrough-upload.png') });
  console.log(`Walkthrough steps: ${titles.join(' / ')}`);
}

/**
 * Waits until a webview frame on screen shows an SVG with drawn shapes (the step's picture), and
 * its place on the page has stopped moving (the webview is laid over the editor after the layout).
 */
async function waitForPicture(page) {
  const deadline = Date.now() + 60_000;
  let last = '';
  for (;;) {
    let place = '';
    for (const frame of page.frames()) {
      const shapes = await frame
        .locator('svg rect')
        .count()
        .catch(() => 0);
      const box = shapes > 3 ? await (await (frame.parentFrame() ?? frame).frameElement()).boundingBox() : null;
      if (box && box.width > 100 && box.height > 100) place = JSON.stringify(box);
    }
    if (place && place === last) return;
    last = place;
    if (Date.now() > deadline) throw new Error("gave up waiting for the walkthrough step's picture");
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * Opens the Extensions view and the installed extension's Details page; checks that its README
 * opens with the administrators' section, that every image loaded and every link is absolute or
 * in-page; screenshots it (details.png), then follows the link to the Japanese section and
 * screenshots that (details-ja.png).
 */
export async function checkDetailsPage(page, resultsDir) {
  await page.keyboard.press('Control+Shift+X');
  await page
    .locator('.extensions-viewlet .monaco-list-row', { hasText: text(manifest.displayName) })
    .first()
    .click();
  const readme = await readmeFrame(page);
  const h2 = await readme.locator('h2').allInnerTexts();
  assert.equal(h2[0], 'For administrators');
  const images = await readme
    .locator('img')
    .evaluateAll((all) => all.map((i) => ({ loaded: i.complete && i.naturalWidth > 0, src: i.getAttribute('src').slice(0, 30) })));
  assert.ok(images.length > 0, 'the README shows its screenshot');
  for (const image of images) assert.ok(image.loaded, `image ${image.src}… is broken`);
  const hrefs = await readme.locator('a[href]').evaluateAll((all) => all.map((a) => a.getAttribute('href')));
  for (const href of hrefs) assert.match(href, /^(https:|mailto:|#)/, `link ${href}`);
  await settle(page);
  await page.screenshot({ path: path.join(resultsDir, 'details.png') });

  await readme.getByRole('link', { name: '日本語の説明はこちら' }).click();
  const heading = readme.locator('h2', { hasText: '管理者の方へ（日本語）' });
  await waitForInView(heading);
  await settle(page);
  await page.screenshot({ path: path.join(resultsDir, 'details-ja.png') });
  console.log(`Details page: ${images.length} image(s) loaded, ${hrefs.length} links, sections: ${h2.join(' / ')}`);
}

/** The frame of the Details page's webview that holds the README (webviews nest two frames). */
async function readmeFrame(page) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    for (const frame of page.frames()) {
      const found = await frame
        .locator('h1', { hasText: 'MiiTel User CSV' })
        .count()
        .catch(() => 0);
      if (found > 0) return frame;
    }
    if (Date.now() > deadline) throw new Error("gave up waiting for the Details page's README");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until `locator`'s element is within its frame's viewport (a followed in-page link scrolled). */
async function waitForInView(locator) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const top = await locator.evaluate((e) => e.getBoundingClientRect().top);
    const height = await locator.evaluate((e) => e.ownerDocument.defaultView.innerHeight);
    if (top > -2 && top < height) return; // scrolled to the top: a fraction of a pixel above it
    if (Date.now() > deadline) throw new Error(`gave up waiting for the heading to scroll into view (top ${top})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
