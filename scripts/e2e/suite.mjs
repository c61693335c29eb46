// Runs the end-to-end mocha suite (out/test/e2e/index.js) inside code-server's extension host.
// code-server has no --extensionTestsPath flag, but its web workbench reads the same options from
// the `payload` URL parameter and, when the tests end, calls `window.codeAutomationExit(code, logs)`,
// which the page exposes to this script; `window.codeAutomationLog` receives the workbench's log.
import { newPage } from './browser.mjs';

const SUITE_MS = 10 * 60_000;

/**
 * Opens the workbench on `folder` with the extension under development at `extensionPath` and the
 * tests at `testsPath` (absolute paths on this machine), and resolves with the suite's exit code
 * and the log files the workbench handed over.
 * @returns {Promise<{ code: number, logs: { relativePath: string, contents: string }[], console: string[] }>}
 */
export async function runSuite(browser, port, { folder, extensionPath, testsPath }) {
  const page = await newPage(browser);
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const consoleLines = [];
  page.on('console', (message) => consoleLines.push(`[${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => consoleLines.push(`[pageerror] ${error.stack ?? error.message}`));

  let finish;
  const finished = new Promise((resolve) => (finish = resolve));
  await page.exposeFunction('codeAutomationLog', (level, args) => {
    consoleLines.push(`[workbench ${level}] ${Array.isArray(args) ? args.join(' ') : String(args)}`);
  });
  await page.exposeFunction('codeAutomationExit', (code, logs) => finish({ code: Number(code), logs: logs ?? [] }));

  const payload = JSON.stringify([
    ['extensionDevelopmentPath', remote(extensionPath)],
    ['extensionTestsPath', remote(testsPath)],
  ]);
  const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(payload)}`;
  await page.goto(url);

  let timer;
  const timedOut = new Promise((resolve) => {
    timer = setTimeout(() => resolve({ code: -1, logs: [], timedOut: true }), SUITE_MS);
  });
  const result = await Promise.race([finished, timedOut]);
  clearTimeout(timer);
  await page.context().close();
  return { ...result, console: consoleLines };
}
