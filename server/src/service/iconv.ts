/**
 * iconv-lite, loaded the first time a file that is not UTF-8 (Shift_JIS, EUC-JP) is read or
 * written. It is 481 KB of the 886 KB server bundle (its code-page tables), and most files are
 * UTF-8: evaluated at start-up it cost every start of the server and the CLI, for nothing.
 * esbuild still bundles it (a `require` of a package with a literal name), as a module that is
 * only run when this first calls it.
 */
import type * as Iconv from 'iconv-lite';

let loaded: typeof Iconv | undefined;

/** The iconv-lite module, loaded on first use. */
export function iconv(): typeof Iconv {
  // A `require` rather than `import`: an import is run when the bundle loads.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require('iconv-lite') as typeof Iconv;
  return loaded;
}
