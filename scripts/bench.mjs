// `npm run bench`: how fast and how big the engine and the server are on MiiTel-shaped files of
// 100, 10,000 and 100,000 users. A benchmark, not a test: it asserts nothing and prints the figures
// beside the goals; bench/results.json keeps them for comparison with later runs.
//
// Needs the bundles (dist/) and `tsc -b` (out/): `npm run bench` builds both first, the bundles as
// production builds (minified, what ships).
import { mkdirSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import { generateUsers } from './bench/generate.mjs';
import { median, percentile, throughput } from './bench/inprocess.mjs';
import { denseSession, errorDense, fixable, fixAllSession } from './bench/dense.mjs';
import { floor, outline, requestsDuringValidation, session } from './bench/server.mjs';
import { startup } from './bench/startup.mjs';
import { cliProcess } from './bench/cliProcess.mjs';
import { firstHover } from './bench/firstHover.mjs';

const SIZES = [100, 10_000, 100_000];
const quick = process.argv.includes('--quick');

const machine = {
  cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
  cores: os.availableParallelism(),
  node: process.version,
  platform: `${os.platform()} ${os.release()}`,
  // Other work on the machine skews every figure: shown so a noisy run can be told apart.
  loadAverageAtStart: os.loadavg().map((l) => Math.round(l * 100) / 100),
};
console.log(
  `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}; load average ${machine.loadAverageAtStart.join(' ')}`,
);

const files = new Map(SIZES.map((n) => [n, generateUsers(n)]));
const bytes = (n) => Buffer.byteLength(files.get(n));
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

// 1. Parse + validate against parsers that only parse, in this process, alternating blocks (no forced GC).
const parsing = SIZES.map((users) => {
  const blocks = quick ? 7 : users >= 100_000 ? 11 : 21;
  const r = throughput(users, blocks);
  return {
    users,
    bytes: bytes(users),
    blocks,
    oursMs: round(r.ours, 2),
    csvParseMs: round(r.csvParse, 2),
    udsvMs: round(r.udsv, 2),
    papaparseMs: round(r.papaparse, 2),
    ratio: round(r.ours / r.csvParse, 2),
    udsvRatio: round(r.ours / r.udsv, 2),
    problems: r.problems,
  };
});
console.log('\nFull parse + validate against parsing alone, in one process, alternating blocks of about 20 ms, median per run');
console.table(
  parsing.map((p) => ({
    users: p.users,
    'file (bytes)': p.bytes,
    'ours (ms)': p.oursMs,
    'csv-parse (ms)': p.csvParseMs,
    'uDSV (ms)': p.udsvMs,
    'papaparse (ms)': p.papaparseMs,
    '÷ csv-parse': p.ratio,
    goal: '≤ 1.5',
    '÷ uDSV': p.udsvRatio,
  })),
);

// 2. Keystroke latency over the real server on stdio.
const summary = (times) => ({
  count: times.length,
  medianMs: round(median(times), 2),
  p95Ms: round(percentile(times, 95), 2),
  maxMs: round(Math.max(...times), 2),
});
const small = await session(files.get(100), { pull: true, count: quick ? 60 : 400, warmup: 20 });
const large = await session(files.get(100_000), { pull: true, count: quick ? 20 : 100, warmup: 5 });
const pushed = await session(files.get(100), { pull: false, count: quick ? 10 : 40, warmup: 2 });
const latency = [
  { file: '100 users', client: 'pull', ...summary(small.times), goalP95Ms: 5 },
  { file: '100,000 users', client: 'pull', ...summary(large.times), goalP95Ms: 50 },
  { file: '100 users', client: 'push (no pause after a fast check)', ...summary(pushed.times), goalP95Ms: 10 },
];
console.log('\nKeystroke: didChange of one character → diagnostics of that version (round trip on stdio)');
console.table(
  latency.map((l) => ({
    file: l.file,
    client: l.client,
    keystrokes: l.count,
    'median (ms)': l.medianMs,
    'p95 (ms)': l.p95Ms,
    'max (ms)': l.maxMs,
    'goal p95 (ms)': l.goalP95Ms ?? '—',
  })),
);

// 3. Requests while a large file is validated for the first time. The first one also waits for the
// open itself (reading the 10 MB message, parsing, reading the file's bytes for its encoding).
const during = await requestsDuringValidation(files.get(100_000), 10);
const later = during.waits.slice(1);
const responsiveness = {
  file: '100,000 users',
  requests: during.waits.length,
  firstMs: round(during.waits[0], 1),
  // Null when the diagnostics came before a second request could be sent.
  medianMs: later.length > 0 ? round(median(later), 1) : null,
  maxAfterFirstMs: later.length > 0 ? round(Math.max(...later), 1) : null,
  firstDiagnosticsMs: round(during.validationMs, 0),
  goalMaxMs: 100,
};
console.log('\nHover and completion sent every 10 ms from the open of the 100,000-user file until its diagnostics arrive');
console.table([
  {
    requests: responsiveness.requests,
    'first (waits for the open, ms)': responsiveness.firstMs,
    'median of the rest (ms)': responsiveness.medianMs,
    'max of the rest (ms)': responsiveness.maxAfterFirstMs,
    'diagnostics after (ms)': responsiveness.firstDiagnosticsMs,
    'goal max (ms)': 100,
  },
]);

// 4. The outline of the 100,000-user file, as capped by default and in full.
const outlines = [
  { limit: 'default (5,000 users)', ...(await outline(files.get(100_000), {}, quick ? 3 : 7)) },
  { limit: 'all users', ...(await outline(files.get(100_000), { maxItemsComputed: 1_000_000 }, quick ? 2 : 3)) },
].map((o) => ({ limit: o.limit, entries: o.entries, medianMs: round(median(o.times), 0) }));
console.log('\nOutline (documentSymbol) of the 100,000-user file, median');
console.table(outlines.map((o) => ({ 'miitelCsv.maxItemsComputed': o.limit, entries: o.entries, 'median (ms)': o.medianMs })));

// 5. Memory of the server holding the 100,000-user file, against a server holding the same text unchecked.
const base = await floor(files.get(100_000));
const memory = {
  fileBytes: bytes(100_000),
  idleRssBytes: large.idle.current,
  floorPeakRssBytes: base.peak,
  openedPeakRssBytes: large.opened.peak,
  typedPeakRssBytes: large.memory.peak,
  rssAfterBytes: large.memory.current,
  floorPerFileByte: round(base.peak / bytes(100_000), 1),
  openedPerFileByte: round(large.opened.peak / bytes(100_000), 1),
  typedPerFileByte: round(large.memory.peak / bytes(100_000), 1),
  goalPerFileByte: 8,
};
const mb = (b) => round(b / 1e6, 1);
console.log('\nServer peak RSS (VmHWM) holding the 100,000-user file (10 MB); floor: the same text in a file it does not check');
console.table([
  { server: 'idle, before the open', 'RSS (MB)': mb(memory.idleRssBytes), '× file size': round(memory.idleRssBytes / memory.fileBytes, 1) },
  { server: 'floor: open, not checked', 'RSS (MB)': mb(memory.floorPeakRssBytes), '× file size': memory.floorPerFileByte },
  { server: 'open + diagnostics', 'RSS (MB)': mb(memory.openedPeakRssBytes), '× file size': memory.openedPerFileByte },
  {
    server: `after ${large.times.length + 5} keystrokes`,
    'RSS (MB)': mb(memory.typedPeakRssBytes),
    '× file size': memory.typedPerFileByte,
  },
]);
console.log('Goal: ≤ 8 × file size.');

// 6. An error-dense file: a finding on every one of 1,000,000 rows (each row `a`, 2 MB).
const denseRows = 1_000_000;
const d = await denseSession(errorDense(denseRows));
const dense = {
  rows: denseRows,
  bytes: Buffer.byteLength(errorDense(denseRows)),
  firstDiagnosticsMs: round(d.firstMs, 0),
  keystrokeMs: round(d.keystrokeMs, 0),
  maxWaitMs: round(d.maxWaitMs, 0),
  peakRssBytes: d.peakRss,
  reported: d.reported,
};
console.log('\nError-dense file: 1,000,000 rows of `a` under a full header (one or more findings per row), hover every 10 ms meanwhile');
console.table([
  { figure: 'first diagnostics (ms)', value: dense.firstDiagnosticsMs, goal: '≤ 2000' },
  { figure: 'one keystroke → diagnostics (ms)', value: dense.keystrokeMs, goal: '—' },
  { figure: 'worst wait of another request (ms)', value: dense.maxWaitMs, goal: '≤ 100' },
  { figure: 'peak RSS (MB)', value: mb(dense.peakRssBytes), goal: '≤ 400' },
]);

// 7. Fix-all (source.fixAll) on files with 5 fixable mistakes per user: below largeFileThreshold
// (1 MB by default) it runs; above, it is offered disabled with the reason.
const fixAllSizes = quick ? [2_000, 100_000] : [2_000, 8_000, 100_000];
const fixAlls = [];
for (const users of fixAllSizes) {
  const text = fixable(users);
  const f = await fixAllSession(text);
  fixAlls.push({
    users,
    bytes: Buffer.byteLength(text),
    ms: round(f.ms, 0),
    maxWaitMs: round(f.maxWaitMs, 0),
    outcome: f.outcome,
    peakRssBytes: f.peakRss,
  });
}
console.log('\nFix-all on files with 5 fixable mistakes per user, hover every 10 ms meanwhile');
console.table(
  fixAlls.map((f) => ({
    users: f.users,
    'file (MB)': mb(f.bytes),
    answer: f.outcome,
    'answered after (ms)': f.ms,
    'worst wait (ms)': f.maxWaitMs,
    'goal wait (ms)': 100,
    'peak RSS (MB)': mb(f.peakRssBytes),
  })),
);

// 8. Start-up: whole processes against their floors, alternating (scripts/bench/startup.mjs).
const start = await startup(files.get(100), quick ? 5 : 15);
const startRow = (what, s, floorName, goal) => ({
  'spawn → result, 100 users': what,
  'ours (ms)': round(s.oursMs, 1),
  'ours, no code cache (ms)': s.oursNoCacheMs === undefined ? '—' : round(s.oursNoCacheMs, 1),
  'floor (ms)': `${round(s.floorMs, 1)} (${floorName})`,
  ratio: round(s.ratio, 2),
  'ratio, no cache': s.ratioNoCache === undefined ? '—' : round(s.ratioNoCache, 2),
  'goal ratio': goal,
});
console.log(
  `\nStart-up, medians of ${start.cli.runs} alternating runs per side, ${start.build} bundles (the CLI with its code cache, as after the first start; the server has none)`,
);
console.table([
  startRow('server, pull client: first diagnostics', start.server.pull, 'do-nothing LSP server', '≤ 1.5'),
  startRow('server, push client: first diagnostics', start.server.push, 'do-nothing LSP server', '≤ 1.5'),
  startRow('CLI: check exits', start.cli, 'node -e 0', '≤ 1.3'),
]);

// 9. The CLI's whole check against parsers merely parsing the file, each a whole process, alternating.
const cliRuns = await cliProcess(
  [10_000, 100_000].map((users) => ({ users, text: files.get(users) })),
  quick ? 5 : 15,
);
const cliCheck = cliRuns.map(({ users, bytes: size, runs, ms }) => ({
  users,
  bytes: size,
  runs,
  ms: Object.fromEntries(Object.entries(ms).map(([side, t]) => [side, round(t, 1)])),
  ratioToUDSV: round(ms.cli / ms.uDSV, 2),
  ratioToFloor: round(ms.cli / ms.floor, 2),
  ratioToCsvParse: round(ms.cli / ms.csvParse, 2),
  ratioToPapaparse: round(ms.cli / ms.papaparse, 2),
}));
console.log('\nCLI `check` (production bundle) vs parsing alone, whole process (node start-up, read, work), medians of alternating runs');
console.table(
  cliCheck.map((c) => ({
    users: c.users,
    'node -e 0 (ms)': c.ms.nodeOnly,
    'floor (ms)': c.ms.floor,
    'uDSV (ms)': c.ms.uDSV,
    'csv-parse (ms)': c.ms.csvParse,
    'papaparse (ms)': c.ms.papaparse,
    'CLI check (ms)': c.ms.cli,
    '÷ uDSV': c.ratioToUDSV,
    'goal ÷ uDSV': '≤ 1.0',
    '÷ floor': c.ratioToFloor,
    'goal ÷ floor': '≤ 2',
  })),
);

// 10. The first hover on an export just opened: a large file is read in slices, and a request about a
// visible line is answered from the lines read so far (issue 18, item 3).
const firstHovers = [];
for (const users of [1_000, 10_000, 100_000]) {
  const text = files.get(users) ?? generateUsers(users);
  const h = await firstHover(text, { runs: quick ? 3 : 7 });
  const goalMs = users === 100_000 ? 100 : null;
  const medianMs = round(median(h.times[0]), 1);
  const withSendingMs = round(median(h.withSending[0]), 1);
  firstHovers.push({ users, bytes: Buffer.byteLength(text), medianMs, withSendingMs, answered: h.answered, goalMs });
}
console.log('\nFirst hover on line 10 (a Time zone cell) of an export just opened, diagnostics pulled alongside; median of fresh servers');
console.table(
  firstHovers.map((f) => ({
    users: f.users,
    'file (MB)': mb(f.bytes),
    'didOpen sent → hover (ms)': f.medianMs,
    'ratio to goal': f.goalMs ? round(f.medianMs / f.goalMs, 2) : '—',
    'goal (ms)': f.goalMs ?? '—',
    'with the client sending the text (ms)': f.withSendingMs,
  })),
);

const results = {
  date: new Date().toISOString(),
  machine,
  quick,
  parsing,
  latency,
  responsiveness,
  outlines,
  firstDiagnosticsMs: { users100: round(small.firstMs, 1), users100000: round(large.firstMs, 1) },
  memory,
  dense,
  fixAll: fixAlls,
  startup: start,
  cliCheck,
  firstHover: firstHovers,
};
mkdirSync(new URL('../bench/', import.meta.url), { recursive: true });
writeFileSync(new URL('../bench/results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
console.log('\nWritten to bench/results.json');
