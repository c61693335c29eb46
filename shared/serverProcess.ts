/**
 * How the language server's Node process is started, for the VS Code client and for the benchmark
 * (which starts it as the client does). Other editors start `node dist/server.js --stdio`
 * themselves; the README gives them the same options.
 */

/**
 * V8 options of the server process. A young generation of 32 MB (V8's default is 16 MB on 64-bit
 * machines) keeps the short-lived objects of checking a large file from being promoted to the old
 * generation before they die: on a file of a million broken rows, edited while hovers come in, the
 * peak memory went from 417–480 MB to 321–342 MB, and the first diagnostics came sooner.
 */
export const SERVER_EXEC_ARGV: readonly string[] = ['--max-semi-space-size=32'];
