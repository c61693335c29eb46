// Parse + validate in this process, against csv-parse/sync with default options on the same text.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parse } = require('csv-parse/sync');
/** @type {typeof import('../../server/src/service/languageService')} */
const { checkText } = require('../../out/server/src/service/languageService.js');
/** @type {typeof import('../../shared/settings')} */
const { DEFAULT_SETTINGS } = require('../../out/shared/settings.js');

const time = (fn) => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

/**
 * Median milliseconds of `repetitions` runs of each, alternating so that GC and CPU frequency
 * drift hit both alike. One untimed run of each first warms the JIT.
 */
export function throughput(text, repetitions) {
  const ours = [];
  const csvParse = [];
  let problems = 0;
  checkText(text, DEFAULT_SETTINGS);
  parse(text);
  for (let i = 0; i < repetitions; i++) {
    ours.push(time(() => (problems = checkText(text, DEFAULT_SETTINGS).problems.length)));
    csvParse.push(time(() => parse(text)));
  }
  return { ours: median(ours), csvParse: median(csvParse), problems };
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
