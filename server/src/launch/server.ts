/**
 * dist/server.js, the file editors start: loads the language server's bundle (dist/serverBundle.js,
 * built from server/src/server.ts) with a V8 code cache (see codeCache.ts). The cache is also
 * written 10 s after a first start without one, as an editor may kill the server rather than let it exit.
 */
import { join } from 'node:path';
import { loadBundle } from './codeCache';

loadBundle(join(__dirname, 'serverBundle.js'), { afterMs: 10_000 });
