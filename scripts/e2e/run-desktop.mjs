// `npm run test:e2e:desktop`: the same end-to-end suite in desktop VS Code, through
// @vscode/test-electron, for machines that can download VS Code (this project's CI cannot: it uses
// `npm run test:e2e`, which runs code-server offline). Like that runner, it tests the packaged
// extension: it builds and checks the .vsix, installs it into a fresh extensions folder with VS
// Code's CLI, and runs the suite with the installed folder as the extension under development.
//   VSCODE_TEST_VERSION  the VS Code to download (default 1.100.3, the oldest the manifest allows
//                        and the one code-server 4.100.3 serves; `stable` for the newest).
// On a Linux machine without a display, run it under `xvfb-run -a npm run test:e2e:desktop`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import { loggedErrors } from './logs.mjs';
import { copyFixtureWorkspace, installedExtensionDir, packageAndCheck, testsPath, vsixPath } from './project.mjs';

const version = process.env.VSCODE_TEST_VERSION ?? '1.100.3';

async function main() {
  await packageAndCheck();

  const vscodeExecutablePath = await downloadAndUnzipVSCode(version);
  // Only the CLI's path: the profile folders are this run's own, not .vscode-test's shared ones.
  const [cli] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);

  const dir = mkdtempSync(path.join(tmpdir(), 'miitel-csv-e2e-desktop-'));
  const extensionsDir = path.join(dir, 'extensions');
  const userDataDir = path.join(dir, 'user-data');
  const workspace = path.join(dir, 'workspace');
  mkdirSync(extensionsDir);
  copyFixtureWorkspace(workspace);
  const profile = [`--extensions-dir=${extensionsDir}`, `--user-data-dir=${userDataDir}`];

  const installed = spawnSync(cli, [...profile, '--install-extension', vsixPath], {
    stdio: 'inherit',
    shell: process.platform === 'win32', // the CLI is a .cmd script there
  });
  if (installed.status !== 0) throw new Error(`${cli} --install-extension ${vsixPath} failed`);

  try {
    await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: installedExtensionDir(extensionsDir),
      extensionTestsPath: testsPath,
      launchArgs: [workspace, ...profile, '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    const errors = loggedErrors(userDataDir);
    if (errors.length > 0) throw new Error(`the extension logged ${errors.length} error(s):\n${errors.join('\n')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[e2e desktop] FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
