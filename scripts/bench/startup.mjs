// Start-up, paid at every editor launch and every CLI run (issue 18, item 2), as whole processes
// against their floors on the same machine in the same run, the sides alternating run by run:
// - the server: spawn → the diagnostics of a 100-user document (10 KB), against a do-nothing LSP
//   server (nullServer.js), all started as the VS Code client starts ours (SERVER_EXEC_ARGV);
// - the CLI: `node bin/miitel-csv.js check` of the same file, against `node -e 0`.
// The CLI runs with its V8 code cache (in a temporary folder, written by a first run not timed), as
// at every start after the first, and without it (MIITEL_CSV_CODE_CACHE=off), as at the very first.
// The server has no code cache (see server/src/launch/codeCache.ts).
// BENCH_SERVER (lsp.mjs) and BENCH_CLI (a launcher) name other builds to measure instead of ours.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median } from './inprocess.mjs';
import { CLI, processMs } from './processes.mjs';
import { BenchClient, SERVER_PATH } from './lsp.mjs';

const NULL_SERVER = fileURLToPath(new URL('./nullServer.js', import.meta.url));

/** Which bundles are measured: `production` (minified, what ships) or `development` (`npm run build`). */
function buildKind() {
  const lines = readFileSync(SERVER_PATH, 'utf8').split('\n').length;
  return lines < 100 ? 'production' : 'development';
}

/** Runs `work` with MIITEL_CSV_CODE_CACHE set to `cache` (undefined: unset) for the processes it starts. */
async function withCache(cache, work) {
  const before = process.env.MIITEL_CSV_CODE_CACHE;
  if (cache === undefined) delete process.env.MIITEL_CSV_CODE_CACHE;
  else process.env.MIITEL_CSV_CODE_CACHE = cache;
  try {
    return await work();
  } finally {
    if (before === undefined) delete process.env.MIITEL_CSV_CODE_CACHE;
    else process.env.MIITEL_CSV_CODE_CACHE = before;
  }
}

/** Milliseconds from spawning `serverPath` to the diagnostics of `text` opened as `uri`. */
async function coldStart(serverPath, uri, text, pull) {
  const start = performance.now();
  const client = await BenchClient.start({ pull, serverPath });
  try {
    const published = pull ? undefined : client.nextPublish(uri, 1);
    await client.open(uri, text);
    if (pull) await client.pull(uri);
    else await published;
    return performance.now() - start;
  } finally {
    await client.stop();
  }
}

/**
 * Runs each side `runs` times after one warm-up of each (which also writes the code cache), in
 * turn, the order reversed every other round so no side always follows the same one; their times.
 */
async function alternate(runs, sides) {
  const names = Object.keys(sides);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = -1; i < runs; i++) {
    for (const name of i % 2 === 0 ? names : [...names].reverse()) {
      const ms = await sides[name]();
      if (i >= 0) times[name].push(ms);
    }
  }
  return times;
}

/** Medians of ours (and without the code cache, when measured) and of the floor, and their ratios. */
const summary = (t) => ({
  oursMs: median(t.ours),
  floorMs: median(t.floor),
  ratio: median(t.ours) / median(t.floor),
  ...(t.noCache ? { oursNoCacheMs: median(t.noCache), ratioNoCache: median(t.noCache) / median(t.floor) } : {}),
  runs: t.ours.length,
});

/**
 * Start-up figures for `text` (the 100-user file): the server's cold start for a pull client (as
 * VS Code) and a push client (as Neovim), each against the do-nothing server, and the CLI's check
 * against `node -e 0`; medians of `runs` alternating runs per side, and their ratios.
 */
export async function startup(text, runs) {
  const dir = mkdtempSync(path.join(tmpdir(), 'miitel-bench-startup-'));
  const cache = path.join(dir, 'code-cache');
  try {
    const file = path.join(dir, 'users.csv');
    writeFileSync(file, text);
    const uri = pathToFileURL(file).href;
    const server = {};
    for (const pull of [true, false]) {
      const t = await alternate(runs, {
        ours: () => coldStart(SERVER_PATH, uri, text, pull),
        floor: () => coldStart(NULL_SERVER, uri, text, pull),
      });
      server[pull ? 'pull' : 'push'] = summary(t);
    }
    const t = await alternate(runs, {
      ours: () => withCache(cache, () => processMs([CLI, 'check', file])),
      noCache: () => withCache('off', () => processMs([CLI, 'check', file])),
      floor: () => processMs(['-e', '0']),
    });
    return { bytes: Buffer.byteLength(text), build: buildKind(), server, cli: summary(t) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
