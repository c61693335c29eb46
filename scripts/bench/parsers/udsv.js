// uDSV parsing a file: read it, infer the schema, parse every row into string arrays.
'use strict';
const { inferSchema, initParser } = require('udsv');
const text = require('node:fs').readFileSync(process.argv[2], 'utf8');
const rows = initParser(inferSchema(text)).stringArrs(text);
process.stdout.write(`${rows.length}\n`);
