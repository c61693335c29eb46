// The Debian packages the end-to-end tests need, checked (and installed when we may) before they
// run, so that `npm test` passes on a fresh machine by itself. `.ci/run` calls this file too.
//
//   node scripts/e2e/prerequisites.mjs           check; install what is missing when root or
//                                                with non-interactive sudo, else print the command
//   node scripts/e2e/prerequisites.mjs --check   check only (exit 1 when something is missing)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Each package, why the tests need it, and a file that shows it is there where dpkg cannot tell. */
export const PACKAGES = [
  { name: 'build-essential', why: "compiles code-server's native modules", file: '/usr/bin/g++' },
  { name: 'pkg-config', why: "compiles code-server's native modules", file: '/usr/bin/pkg-config' },
  { name: 'libkrb5-dev', why: "compiles code-server's kerberos module", file: '/usr/include/krb5.h' },
  { name: 'ripgrep', why: 'the search binary code-server would otherwise download', file: '/usr/bin/rg' },
  { name: 'chromium', why: 'the browser the smoke test drives', file: '/usr/bin/chromium' },
  { name: 'fonts-ipafont-gothic', why: 'Japanese glyphs in screenshots', file: '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf' },
];

const hasDpkg = () => spawnSync('dpkg-query', ['--version'], { stdio: 'ignore' }).status === 0;

/** Whether the package is installed: dpkg's word on Debian, else whether its file is there. */
function installed(pkg) {
  if (!hasDpkg()) return existsSync(pkg.file);
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg.name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim().endsWith(' installed');
}

/** The packages that are missing. */
export function missingPackages() {
  return PACKAGES.filter((pkg) => !installed(pkg));
}

/** How this process may run apt-get: directly as root, through sudo without a password, or not at all. */
function aptRunner() {
  if (typeof process.getuid === 'function' && process.getuid() === 0) return [];
  if (spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0) return ['sudo', '-n'];
  return undefined;
}

/** The one command that installs `packages`. */
export const installCommand = (packages) =>
  `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.map((p) => p.name).join(' ')}`;

/**
 * Makes sure every package is there: installs the missing ones with apt-get when this process may,
 * else throws an error that gives the exact command to run.
 */
export function ensurePrerequisites({ install = true } = {}) {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const list = missing.map((p) => `${p.name} (${p.why})`).join(', ');
  const runner = install && hasDpkg() ? aptRunner() : undefined;
  if (!runner) {
    throw new Error(
      `The end-to-end tests need these Debian packages, which are missing: ${list}.\nInstall them with:\n  ${installCommand(missing)}`,
    );
  }
  console.log(`[e2e] Installing the Debian packages the end-to-end tests need: ${list}`);
  const apt = (args) => {
    const [command, ...rest] = runner.length > 0 ? [...runner, 'apt-get', ...args] : ['apt-get', ...args];
    const result = spawnSync(command, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
  };
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', '--no-install-recommends', ...missing.map((p) => p.name)]);
  const still = missingPackages();
  if (still.length > 0) throw new Error(`apt-get did not install ${still.map((p) => p.name).join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    ensurePrerequisites({ install: !process.argv.includes('--check') });
    console.log(`[e2e] Debian packages present: ${PACKAGES.map((p) => p.name).join(', ')}`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
