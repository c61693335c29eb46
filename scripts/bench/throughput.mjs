// Child process of the benchmark: parse + validate in this process against parsers that only parse
// the same text (csv-parse/sync with default options, uDSV, papaparse), for one file size. A fresh
// process per size.
//
// No forced GC: a full collection before every timed run made each run start from a cold heap and
// cost csv-parse 8–20 ms on the 100-user file, where it takes 0.5 ms in a loop, which turned the
// 100-user ratio into 0.39. Instead the sides alternate in blocks (ours, csv-parse, uDSV, papaparse,
// ours, …), each block long enough (about 20 ms) that the garbage a side makes is collected within
// its own blocks, and the figure is the median over blocks of the time per run.
// Prints { ours, csvParse, udsv, papaparse, problems } (milliseconds per run) as JSON.
import { createRequire } from 'node:module';
import { generateUsers } from './generate.mjs';

const require = createRequire(import.meta.url);
const { parse } = require('csv-parse/sync');
const { inferSchema, initParser } = require('udsv');
const Papa = require('papaparse');
/** @type {typeof import('../../server/src/service/languageService')} */
const { checkText } = require('../../out/server/src/service/languageService.js');
/** @type {typeof import('../../shared/settings')} */
const { DEFAULT_SETTINGS } = require('../../out/shared/settings.js');

const [users, blocks] = process.argv.slice(2).map(Number);
const text = generateUsers(users);
// What the CLI passes for a UTF-8 file, and the server for a file opened as UTF-8.
const options = { encoding: { decodedAs: 'utf-8', file: 'utf-8' } };

let problems = 0;
const sides = {
  ours: () => (problems = checkText(text, DEFAULT_SETTINGS, options).problems.length),
  csvParse: () => parse(text),
  udsv: () => initParser(inferSchema(text)).stringArrs(text),
  papaparse: () => Papa.parse(text),
};

/** Runs per block of each side: enough for about 20 ms, measured after a warm-up of 300 ms (and at least 3 runs) that lets the JIT settle. */
const perBlock = {};
for (const [name, fn] of Object.entries(sides)) {
  const start = performance.now();
  let runs = 0;
  while (runs < 3 || performance.now() - start < 300) {
    fn();
    runs++;
  }
  const warm = performance.now();
  fn();
  perBlock[name] = Math.max(1, Math.round(20 / Math.max(0.01, performance.now() - warm)));
}

const times = Object.fromEntries(Object.keys(sides).map((name) => [name, []]));
for (let b = 0; b < blocks; b++) {
  for (const [name, fn] of Object.entries(sides)) {
    const n = perBlock[name];
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    times[name].push((performance.now() - start) / n);
  }
}
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
process.stdout.write(JSON.stringify({ ...Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)])), problems }));
