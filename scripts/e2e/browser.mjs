// Headless Chromium from Debian, driven by playwright-core (which downloads no browser of its own).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Debian's Chromium; the `chromium` package (installed by prerequisites.mjs) puts it here. */
export const CHROMIUM = '/usr/bin/chromium';

/**
 * Launches Chromium with a fresh profile. The networking flags keep it from calling Google's
 * services, which this machine's closed network refuses (many times a second otherwise).
 */
export async function launchChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: run node scripts/e2e/prerequisites.mjs to install the Debian packages the end-to-end tests need.`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page of a new, empty browser context, sized like a laptop screen. */
export async function newPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  return context.newPage();
}
