// `npm run test:e2e`: the end-to-end tests in a real VS Code that runs offline (code-server 4.100.3
// = VS Code 1.100.3), on the packaged extension:
//   1. build the .vsix (`npm run package`) and check it (out/test/e2e/package.test.js);
//   2. install code-server once into .cache/ (codeServer.mjs);
//   3. install the .vsix into a fresh extensions folder with code-server's own CLI;
//   4. run the mocha suite (out/test/e2e/index.js) in the extension host, with the folder the .vsix
//      was installed to as the extension under development (so the suite exercises exactly the
//      packaged files), on a copy of test/e2e/workspace (suite.mjs);
//   5. the user-level smoke test: Chromium clicks through the workbench, where the installed
//      extension runs as it does for a user (smoke.mjs).
// Exits 0 only when every part passed. code-server and Chromium are always stopped; on failure the
// logs of code-server, the workbench, the extension host and the language server are printed.
// Needs `tsc -b` (npm run compile-tests) to have compiled the tests; the Debian packages it needs
// are checked first and installed when the user may (prerequisites.mjs).
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { launchChromium } from './browser.mjs';
import { ensureCodeServer, installExtension, startCodeServer } from './codeServer.mjs';
import { loggedErrors, printLogs } from './logs.mjs';
import { ensurePrerequisites } from './prerequisites.mjs';
import { copyFixtureWorkspace, installedExtensionDir, packageAndCheck, root, testsPath, vsixPath } from './project.mjs';
import { runHintsSmoke, writeHintsFixture } from './hintsSmoke.mjs';
import { runSmoke } from './smoke.mjs';
import { runTableSmoke, writeTableFixture } from './tableSmoke.mjs';
import { runSuite } from './suite.mjs';
import { runWizardSmoke } from './wizardSmoke.mjs';

const started = Date.now();
const step = (text) => console.log(`\n[e2e ${((Date.now() - started) / 1000).toFixed(1)} s] ${text}`);

/** User settings that keep the window quiet and predictable: no welcome page, tips or update checks. */
const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
};

/** Fresh folders for one run: code-server's config, user data and extensions, and two workspaces. */
function makeDirs() {
  const dir = mkdtempSync(path.join(tmpdir(), 'miitel-csv-e2e-'));
  const dirs = {
    root: dir,
    config: path.join(dir, 'config.yaml'),
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    suiteWorkspace: path.join(dir, 'suite-workspace'),
    smokeWorkspace: path.join(dir, 'smoke-workspace'),
    smokeWorkspaceJa: path.join(dir, 'smoke-workspace-ja'),
    hintsWorkspace: path.join(dir, 'hints-workspace'),
    tableWorkspace: path.join(dir, 'table-workspace'),
    tableWorkspaceJa: path.join(dir, 'table-workspace-ja'),
    serverLog: path.join(dir, 'code-server.log'),
    report: path.join(dir, 'mocha-report.txt'),
  };
  writeFileSync(dirs.config, 'auth: none\n');
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(path.join(dirs.userData, 'User', 'settings.json'), `${JSON.stringify(USER_SETTINGS, null, 2)}\n`);
  copyFixtureWorkspace(dirs.suiteWorkspace);
  mkdirSync(dirs.smokeWorkspace);
  cpSync(path.join(root, 'examples', 'users.csv'), path.join(dirs.smokeWorkspace, 'users.csv'));
  // The same file where the folder's settings choose Japanese: code-server has no Japanese language
  // pack offline, so its own display language stays English and the setting picks ours.
  mkdirSync(path.join(dirs.smokeWorkspaceJa, '.vscode'), { recursive: true });
  cpSync(path.join(root, 'examples', 'users.csv'), path.join(dirs.smokeWorkspaceJa, 'users.csv'));
  writeFileSync(path.join(dirs.smokeWorkspaceJa, '.vscode', 'settings.json'), `${JSON.stringify({ 'miitelCsv.language': 'ja' })}\n`);
  // A folder of its own for the 100-user file, so that the smoke test's Problems panel stays users.csv's.
  mkdirSync(dirs.hintsWorkspace);
  writeHintsFixture(dirs.hintsWorkspace);
  // The table view's own folders: its edits (reverted at the end) stay out of the other tests' files.
  writeTableFixture(dirs.tableWorkspace, 'en');
  writeTableFixture(dirs.tableWorkspaceJa, 'ja');
  return dirs;
}

async function main() {
  step('Checking the Debian packages the end-to-end tests need (installing the missing ones when root)');
  ensurePrerequisites();
  step('Packaging the extension (npm run package) and checking the package');
  await packageAndCheck();

  step('Installing code-server (once, into .cache/)');
  const entry = ensureCodeServer(path.join(root, '.cache'));
  const dirs = makeDirs();
  step(`Installing ${path.basename(vsixPath)} with code-server --install-extension`);
  installExtension(entry, dirs, vsixPath);
  const extensionPath = installedExtensionDir(dirs.extensions);
  if (!existsSync(path.join(extensionPath, 'package.json'))) throw new Error(`the installed extension is not in ${extensionPath}`);

  step('Starting code-server');
  // The extension host inherits code-server's environment: the suite copies its report there.
  const server = await startCodeServer(entry, dirs, dirs.serverLog, { MIITEL_CSV_E2E_REPORT: dirs.report });
  console.log(`code-server is listening on 127.0.0.1:${server.port}; this run's files are in ${dirs.root}`);
  // code-server runs in its own process group: stop it even when this run is interrupted.
  const interrupted = (signal) => server.stop().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  let browser;
  let failure;
  let workbench = { logs: [], console: [] };
  try {
    browser = await launchChromium();

    step('Running the end-to-end suite in the extension host');
    const suite = await runSuite(browser, server.port, { folder: dirs.suiteWorkspace, extensionPath, testsPath });
    workbench = suite;
    console.log(existsSync(dirs.report) ? readFileSync(dirs.report, 'utf8') : '(the suite printed no report)');
    if (suite.code !== 0) failure = suite.timedOut ? 'the suite did not finish in time' : `the suite failed (exit code ${suite.code})`;

    if (!failure) {
      step('Running the smoke test in the workbench UI');
      for (const [language, folder] of [
        ['en', dirs.smokeWorkspace],
        ['ja', dirs.smokeWorkspaceJa],
      ]) {
        const smoke = await runSmoke(browser, server.port, { folder, language, resultsDir: path.join(root, 'test-results') });
        if (!smoke.ok) {
          failure = `the smoke test (${language}) failed: ${smoke.error}`;
          workbench = { logs: [], console: smoke.console };
          break;
        }
        const wizard = await runWizardSmoke(browser, server.port, { folder, language, resultsDir: path.join(root, 'test-results') });
        if (!wizard.ok) {
          failure = `the template wizard smoke test (${language}) failed: ${wizard.error}`;
          workbench = { logs: [], console: wizard.console };
          break;
        }
      }
    }
    if (!failure) {
      step('Running the inlay-hint smoke test on a 100-user, 24-column file');
      const hints = await runHintsSmoke(browser, server.port, { folder: dirs.hintsWorkspace, resultsDir: path.join(root, 'test-results') });
      if (!hints.ok) {
        failure = `the inlay-hint smoke test failed: ${hints.error}`;
        workbench = { logs: [], console: hints.console };
      }
    }
    if (!failure) {
      step('Running the table view smoke test (the webview, in English and Japanese)');
      for (const [language, folder] of [
        ['en', dirs.tableWorkspace],
        ['ja', dirs.tableWorkspaceJa],
      ]) {
        const table = await runTableSmoke(browser, server.port, { folder, language, resultsDir: path.join(root, 'test-results') });
        if (!table.ok) {
          failure = `the table view smoke test (${language}) failed: ${table.error}`;
          workbench = { logs: [], console: table.console };
          break;
        }
      }
    }
  } catch (error) {
    failure = error instanceof Error ? (error.stack ?? error.message) : String(error);
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
  const errors = failure ? [] : loggedErrors(dirs.userData);
  if (errors.length > 0) failure = `the extension logged ${errors.length} error(s):\n${errors.join('\n')}`;

  if (failure) {
    printLogs({ serverLog: dirs.serverLog, userData: dirs.userData, workbenchLogs: workbench.logs, consoleLines: workbench.console });
    console.error(`\n[e2e] FAILED: ${failure}\n[e2e] This run's files are kept in ${dirs.root}`);
    return 1;
  }
  rmSync(dirs.root, { recursive: true, force: true });
  step('End-to-end tests passed: the package check, the suite and the smoke test, with no error in the extension log');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`\n[e2e] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
