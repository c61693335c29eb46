// Statistics helpers, and the parse + validate measurement run in a child process per size.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD = fileURLToPath(new URL('./throughput.mjs', import.meta.url));

/** Median milliseconds per run of our parse + validate and of three parsers alone on a file of `users` users, over `blocks` alternating blocks. */
export function throughput(users, blocks) {
  const out = execFileSync(process.execPath, [CHILD, String(users), String(blocks)], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out);
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The `p`-th percentile (0–100), nearest rank. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
