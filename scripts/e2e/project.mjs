// What both end-to-end runners (code-server and desktop VS Code) share: where things are, building
// and checking the .vsix, and where an installed copy of it lives.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMocha } from './mocha.mjs';

/** The project root. */
export const root = fileURLToPath(new URL('../..', import.meta.url));

/** package.json. */
export const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));

/** The package `npm run package` writes (vsce's default name). */
export const vsixPath = path.join(root, `${manifest.name}-${manifest.version}.vsix`);

/** The compiled suite's entry point, VS Code's `extensionTestsPath`. */
export const testsPath = path.join(root, 'out', 'test', 'e2e', 'index.js');

/** Where VS Code (desktop or code-server) unpacks the .vsix inside an extensions folder. */
export function installedExtensionDir(extensionsDir) {
  return path.join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
}

/** Copies the fixture workspace, since the suite edits files and writes folder settings. */
export function copyFixtureWorkspace(destination) {
  cpSync(path.join(root, 'test', 'e2e', 'workspace'), destination, { recursive: true });
}

/**
 * Builds the .vsix (`npm run package`: production bundles, then vsce) and checks it with
 * out/test/e2e/package.test.js. Throws when either fails.
 */
export async function packageAndCheck() {
  if (!existsSync(testsPath)) throw new Error(`${testsPath} is missing: compile the tests first (npm run compile-tests).`);
  const packaged = spawnSync('npm', ['run', 'package', '--silent'], { cwd: root, stdio: 'inherit' });
  if (packaged.status !== 0) throw new Error('npm run package failed');
  const failures = await runMocha([path.join(root, 'out', 'test', 'e2e', 'package.test.js')]);
  if (failures > 0) throw new Error('the package test failed');
}
