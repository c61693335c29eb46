// `npm run test:e2e`: the end-to-end tests in a real VS Code that runs offline (code-server), on the
// packaged extension.
//   1. package the extension (`npm run package`) and check the .vsix (out/test/e2e/package.test.js);
//   2. install code-server once into .cache/ (see codeServer.mjs);
//   3. install the .vsix into a fresh extensions folder with code-server's own CLI;
//   4. run the mocha suite (out/test/e2e/index.js) in the extension host, with the INSTALLED
//      extension folder as the extension under development, on a copy of test/e2e/workspace;
//   5. the user-level smoke test: Chromium clicks through the workbench (smoke.mjs).
// Exits 0 only when every part passed. code-server and Chromium are always stopped; on failure the
// server's and the workbench's logs are printed. `tsc -p .` must have compiled the tests first.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './browser.mjs';
import { ensureCodeServer, installExtension, startCodeServer } from './codeServer.mjs';
import { printLogs } from './logs.mjs';
import { runMocha } from './mocha.mjs';
import { runSmoke } from './smoke.mjs';
import { runSuite } from './suite.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const vsix = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
const testsPath = path.join(root, 'out', 'test', 'e2e', 'index.js');

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const step = (text) => console.log(`\n[e2e ${elapsed()}] ${text}`);

/** Fresh folders for one run: code-server's config, user data and extensions, and the workspaces. */
function makeDirs() {
  const dir = mkdtempSync(path.join(tmpdir(), 'miitel-csv-e2e-'));
  const dirs = {
    root: dir,
    config: path.join(dir, 'config.yaml'),
    userData: path.join(dir, 'user-data'),
    extensions: path.join(dir, 'extensions'),
    suiteWorkspace: path.join(dir, 'suite-workspace'),
    smokeWorkspace: path.join(dir, 'smoke-workspace'),
    serverLog: path.join(dir, 'code-server.log'),
  };
  writeFileSync(dirs.config, 'auth: none\n');
  // User settings that keep the window quiet and predictable: no welcome page, no tips, no update checks.
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  writeFileSync(
    path.join(dirs.userData, 'User', 'settings.json'),
    `${JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'chat.disableAIFeatures': true,
        'window.commandCenter': false,
      },
      null,
      2,
    )}\n`,
  );
  // The tests edit and save files and write folder settings: they get copies.
  cpSync(path.join(root, 'test', 'e2e', 'workspace'), dirs.suiteWorkspace, { recursive: true });
  mkdirSync(dirs.smokeWorkspace);
  cpSync(path.join(root, 'examples', 'users.csv'), path.join(dirs.smokeWorkspace, 'users.csv'));
  return dirs;
}

async function main() {
  if (!existsSync(testsPath)) throw new Error(`${testsPath} is missing: compile the tests first (npx tsc -p .).`);

  step('Packaging the extension (npm run package)');
  const packaged = spawnSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: 'inherit' });
  if (packaged.status !== 0) return fail('npm run package failed');
  step('Checking the package');
  if ((await runMocha([path.join(root, 'out', 'test', 'e2e', 'package.test.js')])) > 0) return fail('the package test failed');

  step('Installing code-server (once, into .cache/)');
  const entry = ensureCodeServer(path.join(root, '.cache'));
  const dirs = makeDirs();
  step(`Installing ${path.basename(vsix)} into ${dirs.extensions}`);
  installExtension(entry, dirs, vsix);
  const extensionPath = path.join(dirs.extensions, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
  if (!existsSync(path.join(extensionPath, 'package.json'))) return fail(`the installed extension is not in ${extensionPath}`);

  step('Starting code-server');
  const report = path.join(dirs.root, 'mocha-report.txt');
  // The extension host inherits code-server's environment: the suite copies its report there.
  const server = await startCodeServer(entry, dirs, dirs.serverLog, { MIITEL_CSV_E2E_REPORT: report });
  console.log(`code-server ${manifest.name} listening on 127.0.0.1:${server.port}; files in ${dirs.root}`);
  let browser;
  let failure;
  let workbench = { logs: [], console: [] };
  try {
    browser = await launchChromium();

    step('Running the end-to-end suite in the extension host');
    const suite = await runSuite(browser, server.port, { folder: dirs.suiteWorkspace, extensionPath, testsPath });
    workbench = suite;
    console.log(existsSync(report) ? readFileSync(report, 'utf8') : '(the suite printed no report)');
    if (suite.code !== 0) failure = suite.timedOut ? 'the suite did not finish in time' : `the suite failed (exit code ${suite.code})`;

    if (!failure) {
      step('Running the smoke test in the workbench UI');
      const smoke = await runSmoke(browser, server.port, { folder: dirs.smokeWorkspace, resultsDir: path.join(root, 'test-results') });
      if (!smoke.ok) {
        failure = `the smoke test failed: ${smoke.error}`;
        workbench = { logs: [], console: smoke.console };
      }
    }
  } catch (error) {
    failure = error instanceof Error ? (error.stack ?? error.message) : String(error);
  } finally {
    await browser?.close().catch(() => undefined);
    await server.stop();
  }
  if (failure) {
    printLogs({ serverLog: dirs.serverLog, userData: dirs.userData, workbenchLogs: workbench.logs, consoleLines: workbench.console });
    console.error(`\n[e2e] the run's files are kept in ${dirs.root}`);
    return fail(failure);
  }
  rmSync(dirs.root, { recursive: true, force: true });
  step('End-to-end tests passed');
  return 0;
}

function fail(message) {
  console.error(`\n[e2e] FAILED: ${message}`);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
