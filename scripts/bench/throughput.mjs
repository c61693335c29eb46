// Child process of the benchmark (run with --expose-gc): parse + validate in this process against
// csv-parse/sync with default options on the same text, for one file size. A fresh process per size,
// and a full GC before every timed run, so that neither side pays for the other's garbage.
// Prints { ours, csvParse, problems } (median milliseconds) as JSON.
import { createRequire } from 'node:module';
import { generateUsers } from './generate.mjs';

const require = createRequire(import.meta.url);
const { parse } = require('csv-parse/sync');
/** @type {typeof import('../../server/src/service/languageService')} */
const { checkText } = require('../../out/server/src/service/languageService.js');
/** @type {typeof import('../../shared/settings')} */
const { DEFAULT_SETTINGS } = require('../../out/shared/settings.js');

const [users, repetitions] = process.argv.slice(2).map(Number);
const text = generateUsers(users);
// What the CLI passes for a UTF-8 file, and the server for a file opened as UTF-8.
const options = { encoding: { decodedAs: 'utf-8', file: 'utf-8' } };

const time = (fn) => {
  globalThis.gc();
  const start = performance.now();
  fn();
  return performance.now() - start;
};
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

// Warm the JIT on both before timing.
for (let i = 0; i < Math.min(5, repetitions); i++) {
  checkText(text, DEFAULT_SETTINGS, options);
  parse(text);
}
const ours = [];
const csvParse = [];
let problems = 0;
for (let i = 0; i < repetitions; i++) {
  ours.push(time(() => (problems = checkText(text, DEFAULT_SETTINGS, options).problems.length)));
  csvParse.push(time(() => parse(text)));
}
process.stdout.write(JSON.stringify({ ours: median(ours), csvParse: median(csvParse), problems }));
