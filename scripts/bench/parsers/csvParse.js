// csv-parse/sync (default options) parsing a file into arrays of strings.
'use strict';
const { parse } = require('csv-parse/sync');
const text = require('node:fs').readFileSync(process.argv[2], 'utf8');
const rows = parse(text);
process.stdout.write(`${rows.length}\n`);
