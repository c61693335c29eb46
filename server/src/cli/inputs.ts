/**
 * What the FILE arguments of check and fix name: a file; a folder, meaning the MiiTel CSV files in
 * it and its subfolders (node_modules and dot folders skipped; which files are MiiTel files is
 * decided once each is read, by its header or the config's `files`); a glob pattern, expanded here
 * with tinyglobby (shells on Windows do not expand `*.csv`), every match taken; or `-`, standard
 * input. A path that exists is taken as it is, even when it has glob characters.
 */
import { stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import type * as Tinyglobby from 'tinyglobby';
import { cliCommandText } from '../service/messages';

/**
 * tinyglobby, loaded for the first folder or pattern: a check of files named one by one never
 * needs it, and loading it (and its fdir, which looks for picomatch in node_modules) took 2–5 ms
 * of every start. A `require`, as an import would run it whenever the CLI starts.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tinyglobby = () => require('tinyglobby') as typeof Tinyglobby;

/** One file to read. */
export interface Input {
  /** As printed in messages: the path as given, a folder's files below it, a pattern's matches relative to the working directory. */
  readonly label: string;
  /** Absolute path; undefined for standard input. */
  readonly path?: string;
  /** The folder argument it was found in: kept only if it is a MiiTel file. */
  readonly folder?: string;
}

/**
 * How folders are walked: never into node_modules, nor (`dot: false`) into `.git` and the like;
 * files only; a symbolic link to a folder is not followed (a link to `..` would loop, and one to
 * elsewhere would check files outside what was named); `users` is not taken as `users/**`.
 */
const WALK = { ignore: ['**/node_modules/**'], dot: false, onlyFiles: true, followSymbolicLinks: false, expandDirectories: false } as const;

/** The inputs the arguments name, in order, each file once, and the folder arguments; `fail` is told of a pattern that matches nothing. */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  stdinLabel: string,
  fail: (message: string) => void,
): Promise<{ inputs: Input[]; folders: string[] }> {
  const inputs: Input[] = [];
  const folders: string[] = [];
  const seen = new Map<string, number>();
  const add = (input: Input) => {
    const key = input.path ?? '-';
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, inputs.push(input) - 1);
    } else if (input.folder === undefined && inputs[at]!.folder !== undefined) {
      // Named on its own too: checked whatever its header, as any file named.
      inputs[at] = { label: inputs[at]!.label, path: key };
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      add({ label: stdinLabel });
      continue;
    }
    const path = resolve(cwd, arg);
    const kind = await kindOf(path);
    if (kind === 'directory') {
      folders.push(arg);
      const found = await tinyglobby().glob('**/*.[cC][sS][vV]', { ...WALK, cwd: path });
      for (const file of found.sort()) add({ label: join(arg, file), path: join(path, file), folder: arg });
    } else if (kind === undefined && tinyglobby().isDynamicPattern(patternOf(arg))) {
      const pattern = patternOf(arg);
      const found = await tinyglobby().glob(pattern, { ...WALK, cwd, absolute: isAbsolute(arg) });
      if (found.length === 0) fail(cliCommandText.noMatch(arg));
      for (const file of found.sort()) add({ label: file, path: resolve(cwd, file) });
    } else {
      // A file, or nothing: reading it says which (no such file, a device, …).
      add({ label: arg, path });
    }
  }
  return { inputs, folders };
}

/** Patterns are written with `/`; on Windows a `\` typed as a separator becomes one (glob escapes are rare there). */
function patternOf(arg: string): string {
  return process.platform === 'win32' ? arg.replace(/\\/g, '/') : arg;
}

async function kindOf(path: string): Promise<'directory' | 'other' | undefined> {
  try {
    return (await stat(path)).isDirectory() ? 'directory' : 'other';
  } catch {
    return undefined;
  }
}
