/**
 * Loads the CLI's bundle (dist/cliBundle.js) with a V8 code cache, as
 * v8-compile-cache does: the bundle is compiled with `vm.Script` and the bytecode V8 made for it,
 * saved after a first run, is handed back to V8 at the next start, which then neither parses the
 * source nor compiles the functions the first run used. Node 22.1 has this built in
 * (`module.enableCompileCache`); Node 20, which the package supports, does not.
 *
 * Measured on a 2-core machine with Node 20.20 and production bundles: compiling the CLI bundle
 * took 13 ms, 2.2 ms with the cache, and the check of a 100-user file after it 20 → 12 ms (fewer
 * functions to compile). Whole processes, medians of 15 alternating runs on the loaded machine
 * (load average 5): spawn → first diagnostics of a 100-user file 266 ms without the cache, 250.5 ms
 * with it (a do-nothing LSP server: 223 ms); `check` of that file 144 → 121.5 ms of CPU time
 * (`node -e 0`: 64 ms).
 *
 * The language server does not use it. It starts once per editor session, within its goal without
 * the cache (1.24 × a do-nothing LSP server, 2026-11-30), and the cache cost memory where the server
 * holds a large file: the peak RSS of opening the 100,000-user file was 140.6–141.7 MB with the
 * cache and 126–127 MB without (three runs each; 130–132 MB on the commit before the cache), as
 * the deserialised code changes when V8 collects while the 10 MB message is read.
 *
 * The cache lives in the user's cache folder (`$XDG_CACHE_HOME` or ~/.cache, ~/Library/Caches,
 * %LOCALAPPDATA%), never next to the bundle (an install folder may be read-only or shared), nor
 * in the shared temporary folder, where another user could plant bytecode; the environment
 * variable MIITEL_CSV_CODE_CACHE names another folder, or `off`. Safe against a stale or broken
 * cache: its header must name the same bundle file, size, modification time, Node version and
 * architecture, and hold the data's CRC-32; V8 itself rejects data of another V8 version or other
 * flags (`cachedDataRejected`); the file is written whole or not at all (written aside, then
 * renamed). Any failure falls back to loading the bundle as usual; nothing is ever reported.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { Script } from 'node:vm';
import { crc32 } from 'node:zlib';

/** When the cache of a bundle loaded without one is written (at exit). */
export interface CacheWriting {
  /** Asked with the bundle's exports before writing: false skips writing (the run did not use the code worth caching). */
  readonly when?: (exports: unknown) => boolean;
}

/**
 * The `module.exports` of the CommonJS bundle `file` (an absolute path), loaded with a code cache
 * when one can be used, else as `require` would.
 */
export function loadBundle(file: string, writing: CacheWriting = {}): unknown {
  const folder = cacheFolder(process.env);
  // With --enable-source-maps, stack traces map through Node's own loader only.
  if (folder === undefined || process.sourceMapsEnabled) return createRequire(file)(file);
  let compiled: Compiled;
  try {
    compiled = compile(file, folder);
  } catch {
    // Not compiled, so not run yet: Node's loader reports whatever is wrong.
    return createRequire(file)(file);
  }
  const exports = run(compiled.script, file);
  if (!compiled.accepted) {
    // After the first run: the functions it compiled are in the cache too.
    let saved = false;
    const save = () => {
      if (saved) return;
      saved = true;
      if (writing.when?.(exports) ?? true) compiled.save();
    };
    process.once('exit', save);
  }
  return exports;
}

/** A bundle run from {@link loadWithCache}. */
export interface LoadedBundle {
  /** Its `module.exports`. */
  readonly exports: unknown;
  /** Whether V8 took the cache (else the bundle was compiled from its source). */
  readonly accepted: boolean;
  /** Writes the cache of the bundle as compiled so far; never throws. */
  readonly save: () => void;
}

/** Compiles the CommonJS bundle `file` with the cache in `folder` when there is one for it, and runs it. */
export function loadWithCache(file: string, folder: string): LoadedBundle {
  const { script, accepted, save } = compile(file, folder);
  return { exports: run(script, file), accepted, save };
}

/** Runs the compiled bundle as Node runs a CommonJS module; its `module.exports`. */
function run(script: Script, file: string): unknown {
  const module = { exports: {} as unknown, filename: file, id: file };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return module.exports;
}

/** The folder of the cache: the environment's choice, else the user's cache folder; undefined for none. */
export function cacheFolder(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): string | undefined {
  const chosen = env['MIITEL_CSV_CODE_CACHE'];
  if (chosen === 'off') return undefined;
  if (chosen !== undefined && isAbsolute(chosen)) return chosen;
  const xdg = env['XDG_CACHE_HOME'];
  // HOME rather than os.homedir(): loading node:os took 1.5 ms of the CLI's start (homedir() reads HOME first too).
  const home = env['HOME'];
  let base: string | undefined;
  if (platform === 'win32') base = env['LOCALAPPDATA'];
  else if (xdg !== undefined && isAbsolute(xdg) && platform !== 'darwin') base = xdg;
  else if (home !== undefined && isAbsolute(home)) base = platform === 'darwin' ? join(home, 'Library', 'Caches') : join(home, '.cache');
  return base !== undefined && isAbsolute(base) ? join(base, 'miitel-csv', 'code-cache') : undefined;
}

/** What the cache file's header must say: the bundle (path, size, modification time) and the Node that compiled it. */
function cacheKey(file: string): string {
  const { size, mtimeMs } = statSync(file);
  return JSON.stringify([file, size, mtimeMs, process.version, process.arch]);
}

/** A bundle compiled, not yet run. */
interface Compiled {
  readonly script: Script;
  /** Whether V8 took the cache. */
  readonly accepted: boolean;
  /** Writes the cache of the script as compiled so far; never throws. */
  readonly save: () => void;
}

/** The bundle compiled, with the cache when V8 accepted it. */
function compile(file: string, folder: string): Compiled {
  const key = Buffer.from(cacheKey(file));
  // One cache file per bundle path and Node: others (another install, VS Code's Node and a terminal's) do not overwrite it.
  const cacheFile = join(folder, `${basename(file, '.js')}-${fnv1a(`${file}\0${process.version}\0${process.arch}`)}.bin`);
  const cachedData = readCache(cacheFile, key);
  const source = readFileSync(file, 'utf8');
  // Node's own CommonJS wrapper, so the bundle sees the same five names.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file, cachedData });
  const accepted = cachedData !== undefined && !script.cachedDataRejected;
  return { script, accepted, save: () => writeCache(cacheFile, key, script) };
}

/**
 * The cached data of `cacheFile` when its header is `key` and its checksum holds; undefined when
 * missing, for another bundle, cut short or damaged. V8 checks the length of the data but not its
 * content (Node 20: a flipped byte in the middle passed), and damaged bytecode could crash every
 * start: hence the CRC-32 (zlib's, 0.2 ms for 700 KB; without it, no cache).
 */
function readCache(cacheFile: string, key: Buffer): Buffer | undefined {
  if (typeof crc32 !== 'function') return undefined;
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  // The header: the key's length (4 bytes), the key, the data's CRC-32 (4 bytes); then the data.
  const start = 4 + key.length + 4;
  if (bytes.length < start || bytes.readUInt32LE(0) !== key.length) return undefined;
  if (!bytes.subarray(4, 4 + key.length).equals(key)) return undefined;
  const data = bytes.subarray(start);
  return crc32(data) === bytes.readUInt32LE(start - 4) ? data : undefined;
}

/** Writes the cache beside, then renames it over the old one: a reader sees a whole file or the old one. */
function writeCache(cacheFile: string, key: Buffer, script: Script): void {
  const aside = `${cacheFile}.${process.pid}.tmp`;
  try {
    if (typeof crc32 !== 'function') return;
    const data = script.createCachedData();
    const header = Buffer.alloc(4 + key.length + 4);
    header.writeUInt32LE(key.length, 0);
    key.copy(header, 4);
    header.writeUInt32LE(crc32(data), 4 + key.length);
    mkdirSync(dirname(cacheFile), { recursive: true, mode: 0o700 });
    writeFileSync(aside, Buffer.concat([header, data]), { mode: 0o600 });
    renameSync(aside, cacheFile);
    pruneStale(cacheFile);
  } catch {
    // A read-only or full disk: the next start compiles as without a cache.
    try {
      rmSync(aside, { force: true });
    } catch {
      // Nothing more to do.
    }
  }
}

/** Caches unused this long are removed: those of installs gone since (each extension version has its own folder). */
const STALE_MS = 30 * 24 * 60 * 60 * 1000;

/**
 * Removes the other cache files of the same bundle name not written for {@link STALE_MS}. Runs
 * only when a cache is written, which is rare; a cache still in use that goes is written again.
 */
function pruneStale(cacheFile: string): void {
  const folder = dirname(cacheFile);
  const prefix = `${basename(cacheFile).replace(/-[0-9a-f]{8}\.bin$/, '')}-`;
  for (const name of readdirSync(folder)) {
    const file = join(folder, name);
    if (!name.startsWith(prefix) || file === cacheFile) continue;
    try {
      if (Date.now() - statSync(file).mtimeMs > STALE_MS) rmSync(file, { force: true });
    } catch {
      // Gone meanwhile, or not ours to remove.
    }
  }
}

/** FNV-1a of a string's UTF-16 code units, as 8 hex digits: a short file name, not a check of the content. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}
