/**
 * The end-to-end suite's entry point inside VS Code's extension host: VS Code requires this module
 * (its `extensionTestsPath`) and calls `run()`, under `@vscode/test-electron` and under the
 * code-server runner alike. The suite's files are the `*.test.js` files of `suite/`.
 */
import { appendFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';

// mocha 12's package entry is an ES module; its CommonJS build loads with a plain require() in any
// extension host, whatever its Node version (desktop VS Code's Electron or code-server's Node).
// eslint-disable-next-line @typescript-eslint/no-require-imports, @typescript-eslint/consistent-type-imports
const Mocha = require('mocha/lib/mocha.cjs') as typeof import('mocha');

/** Runs every end-to-end test once; rejects when one fails, which VS Code turns into exit code 1. */
export async function run(): Promise<void> {
  // The reporter prints printf-style (`'%d passing', 3`); some hosts forward console arguments
  // unformatted, so print whole lines, and copy them to the file the code-server runner reads.
  const reportFile = process.env.MIITEL_CSV_E2E_REPORT;
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => {
    const line = format(...args);
    console.log(line);
    if (reportFile) appendFileSync(reportFile, `${line}\n`);
  };
  const mocha = new Mocha({
    ui: 'bdd',
    color: false,
    // Generous: the first test waits for the extension and its language server to start.
    timeout: 90_000,
    reporter: 'spec',
  });
  const suiteDir = path.join(__dirname, 'suite');
  const files = readdirSync(suiteDir)
    .filter((f) => f.endsWith('.test.js'))
    .sort();
  for (const file of files) mocha.addFile(path.join(suiteDir, file));
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} end-to-end test${failures === 1 ? '' : 's'} failed.`);
}
