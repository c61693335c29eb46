// Installs code-server (VS Code served to a browser, with the Node extension host on this machine)
// once into .cache/, and starts and stops it. code-server 4.100.3 (VS Code 1.100.3) is the newest
// release that runs on Node 20. Its npm postinstall cannot run offline (it downloads ripgrep and
// runs `npx node-gyp`), so the steps it would take are done here, with Debian's ripgrep; the Debian
// packages build-essential, pkg-config, libkrb5-dev and ripgrep must be installed (prerequisites.mjs does).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/** The code-server release to install: the newest that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';

const RIPGREP = '/usr/bin/rg';
const STARTUP_MS = 60_000;
const STOP_MS = 10_000;

/** Runs a command in `cwd`, printing its output; throws when it fails. */
function run(cwd, command, args, env = {}) {
  console.log(`[code-server install] ${path.basename(cwd)}$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${result.status ?? result.signal})`);
}

/**
 * Installs code-server into `<cacheRoot>/code-server-<version>` unless a complete install is
 * there already, and returns the path of its `entry.js`. A half-finished install (a run killed
 * midway) is never reused: it is built in a scratch folder and renamed when complete.
 */
export function ensureCodeServer(cacheRoot) {
  const home = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
  const entry = path.join(home, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (existsSync(path.join(home, '.complete'))) return entry;
  if (!existsSync(RIPGREP)) {
    throw new Error(
      `${RIPGREP} is missing: run node scripts/e2e/prerequisites.mjs to install the Debian packages the end-to-end tests need.`,
    );
  }

  const started = Date.now();
  const scratch = `${home}.partial-${process.pid}`;
  rmSync(scratch, { recursive: true, force: true });
  mkdirSync(scratch, { recursive: true });
  writeFileSync(path.join(scratch, 'package.json'), '{ "private": true }\n');
  const npmFlags = ['--no-audit', '--no-fund', '--no-update-notifier'];
  run(scratch, 'npm', ['install', '--ignore-scripts', ...npmFlags, `code-server@${CODE_SERVER_VERSION}`]);
  // Native modules are compiled here: without build-from-source, argon2 and kerberos would first
  // try to download prebuilt binaries from the internet.
  const fromSource = { npm_config_build_from_source: 'true' };
  run(scratch, 'npm', ['rebuild', 'argon2'], fromSource);

  const vscode = path.join(scratch, 'node_modules', 'code-server', 'lib', 'vscode');
  run(vscode, 'npm', ['install', '--omit=dev', '--ignore-scripts', ...npmFlags]);
  // With the binary in place, @vscode/ripgrep's postinstall has nothing to download.
  const rgDir = path.join(vscode, 'node_modules', '@vscode', 'ripgrep', 'bin');
  mkdirSync(rgDir, { recursive: true });
  symlinkSync(RIPGREP, path.join(rgDir, 'rg'));
  run(vscode, 'npm', ['rebuild', ...npmFlags], { ...fromSource, npm_config_yes: 'true' });
  // What code-server's own postinstall.sh does after installing VS Code's dependencies.
  symlinkSync('node_modules', path.join(vscode, 'node_modules.asar'));
  symlinkSync('code-linux.sh', path.join(vscode, 'bin', 'remote-cli', 'code-server'));
  symlinkSync('browser-linux.sh', path.join(vscode, 'bin', 'helpers', 'browser.sh'));
  run(path.join(vscode, 'extensions'), 'npm', ['install', '--omit=dev', ...npmFlags]);

  writeFileSync(path.join(scratch, '.complete'), `${new Date().toISOString()}\n`);
  rmSync(home, { recursive: true, force: true });
  renameSync(scratch, home);
  console.log(`[code-server install] code-server ${CODE_SERVER_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s`);
  return entry;
}

/**
 * The command line options that keep code-server inside `dirs` (config, user data, extensions),
 * and an environment that keeps the rest of what it writes there too: XDG folders, and the
 * temporary folder where extension hosts create their IPC sockets.
 */
export function isolated(dirs, extraEnv = {}) {
  const args = ['--config', dirs.config, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions];
  const tmp = path.join(dirs.root, 'tmp');
  mkdirSync(tmp, { recursive: true });
  const env = {
    ...process.env,
    TMPDIR: tmp,
    XDG_CONFIG_HOME: path.join(dirs.root, 'xdg-config'),
    XDG_DATA_HOME: path.join(dirs.root, 'xdg-data'),
    XDG_CACHE_HOME: path.join(dirs.root, 'xdg-cache'),
    ...extraEnv,
  };
  return { args, env };
}

/** Installs a .vsix into the isolated extensions folder with code-server's CLI. */
export function installExtension(entry, dirs, vsix) {
  const { args, env } = isolated(dirs);
  const result = spawnSync(process.execPath, [entry, ...args, '--install-extension', vsix], { env, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || !/successfully installed/.test(output)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}):\n${output}`);
  }
}

/**
 * Starts code-server on 127.0.0.1 on a free port chosen by the system (read back from its log, so
 * no other process can take the port in between). Resolves once it listens. `extraEnv` reaches
 * the extension hosts it starts.
 * @returns {Promise<{ port: number, stop: () => Promise<void> }>}
 */
export async function startCodeServer(entry, dirs, logFile, extraEnv = {}) {
  const { args, env } = isolated(dirs, extraEnv);
  const log = openSync(logFile, 'a');
  const child = spawn(
    process.execPath,
    [
      entry,
      ...args,
      '--bind-addr',
      '127.0.0.1:0',
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--ignore-last-opened',
      '--log',
      'debug',
    ],
    // Its own process group, so stopping it also stops the extension host and language server.
    { env, detached: true, stdio: ['ignore', 'pipe', log] },
  );
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  let output = '';
  const port = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not start listening within ${STARTUP_MS / 1000} s`)), STARTUP_MS);
    child.stdout.on('data', (chunk) => {
      writeFileSync(logFile, chunk, { flag: 'a' });
      output += chunk;
      const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`code-server exited (${code}) before listening; see ${logFile}`));
    });
  }).catch(async (error) => {
    await stopGroup(child, exited);
    throw error;
  });
  return { port, stop: () => stopGroup(child, exited) };
}

/** Stops a detached child and everything it started: SIGTERM to the group, SIGKILL if it lingers. */
async function stopGroup(child, exited) {
  if (child.exitCode !== null || child.signalCode !== null) return killGroup(child, 'SIGKILL');
  killGroup(child, 'SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), STOP_MS))]);
  // Children that outlive the server (an extension host, a language server) go too.
  killGroup(child, 'SIGKILL');
  if (!stopped) await exited;
}

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}
