#!/usr/bin/env node
// Thin launcher so `npx miitel-csv` runs the bundled command-line checker.
'use strict';
// No `stdin`: the CLI takes process.stdin only when a FILE is `-` (opening it at every start took about 1 ms).
require('../dist/cli.js')
  .main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() })
  .then((code) => {
    process.exitCode = code;
  });
