// Writes docs/rules/: one short page per diagnostic code and an index, in English (docs/rules/),
// Japanese (docs/rules/ja/) and Indonesian (docs/rules/id/), from server/src/service/ruleDocs/
// (compiled to out/ by `tsc -b`) and the message bundles. Pages of codes that no longer exist are
// removed. A unit test fails while the files are stale: run `npm run docs` after changing a code,
// its words, its example, its severity or its fixes.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { ruleDocFiles } = require('../out/server/src/service/ruleDocs/page.js');
const { loadLanguage } = require('../out/server/src/localization.js');
const root = fileURLToPath(new URL('..', import.meta.url));

const files = ruleDocFiles((language) => loadLanguage(language));
loadLanguage('en');
for (const directory of new Set([...files.keys()].map((path) => dirname(path)))) {
  mkdirSync(join(root, directory), { recursive: true });
  for (const name of readdirSync(join(root, directory))) {
    const path = `${directory}/${name}`;
    if (name.endsWith('.md') && !files.has(path)) rmSync(join(root, path));
  }
}
for (const [path, text] of files) writeFileSync(join(root, path), text);
console.log(`docs/rules: ${files.size} pages`);
