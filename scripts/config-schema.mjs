// Writes schemas/miitel-csv.schema.json from shared/configSchema.ts (compiled to out/ by `tsc -b`),
// the one definition the loader validates with too. A unit test fails while the file is stale.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';

const require = createRequire(import.meta.url);
const { configSchema } = require('../out/shared/configSchema.js');
const file = fileURLToPath(new URL('../schemas/miitel-csv.schema.json', import.meta.url));
const options = { ...(await prettier.resolveConfig(file)), filepath: file };
writeFileSync(file, await prettier.format(JSON.stringify(configSchema()), options));
