#!/usr/bin/env node
// Thin launcher so `npx miitel-csv` runs the bundled command-line checker.
'use strict';
require('../dist/cli.js')
  .main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), stdin: process.stdin })
  .then((code) => {
    process.exitCode = code;
  });
