// Bundles the extension client, the language server and the CLI with esbuild.
// `--production` minifies (used for packaging); `--watch` rebuilds on change.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow: take its ES module build.
  mainFields: ['module', 'main'],
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const entries = [
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] },
  { entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // The CLI: a small loader (server/src/launch/) that loads the big bundle beside it with a V8 code
  // cache. tinyglobby is `require`d (cli/inputs.ts), so its CommonJS build is bundled: no
  // `import.meta.url` to define.
  { entryPoints: ['server/src/launch/cli.ts'], outfile: 'dist/cli.js' },
  { entryPoints: ['server/src/cli.ts'], outfile: 'dist/cliBundle.js' },
  // The table view's webview: browser code, its CSS bundled next to it (dist/tableView.css).
  {
    entryPoints: ['client/src/table/webview/main.ts'],
    outfile: 'dist/tableView.js',
    platform: 'browser',
    target: 'chrome120',
    format: 'iife',
  },
];

if (watch) {
  for (const entry of entries) {
    const ctx = await esbuild.context({ ...common, ...entry });
    await ctx.watch();
  }
} else {
  await Promise.all(entries.map((entry) => esbuild.build({ ...common, ...entry })));
}
