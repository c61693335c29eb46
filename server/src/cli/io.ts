/** What the command line reads from and writes to (the process's streams, or a test's). */

/** Where the CLI writes and which directory relative paths start from. */
export interface CliIo {
  /** Takes bytes too: `template` writes the file's bytes to stdout, `fix -` the fixed file's. */
  readonly stdout: { write(chunk: string | Uint8Array): unknown };
  readonly stderr: { write(text: string): unknown };
  readonly cwd: string;
  /** The environment the message language is taken from (`LC_ALL`, `LC_MESSAGES`, `LANG`); default `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** What `-` reads; default `process.stdin`. */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
}

/** Prints `miitel-csv: message` on stderr (every error and refusal goes this way). */
export function failTo(io: CliIo): (message: string) => void {
  return (message) => io.stderr.write(`miitel-csv: ${message}\n`);
}
