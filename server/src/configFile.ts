/**
 * Finding and reading the organisation config `.miitel-csv.json`, for the server and the CLI alike.
 * Discovery goes from a CSV's folder upward and the nearest file wins. It stops at a boundary: the
 * workspace folder in the editor (a config above it belongs to no project that was opened), the
 * folder holding `.git` or the filesystem root in the CLI. The file is read through the safe reader
 * (a regular file of at most {@link MAX_CONFIG_BYTES}); parsing and validation are the service's.
 */
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../../shared/configSchema';
import { readRegularFile, type FileStamp } from './fileAccess';
import { parseConfig, type ParsedConfig } from './service/config/parseConfig';
import type { LocatedConfig } from './service/config/applyConfig';

/** A config is a few hundred bytes; anything past this is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Where discovery stops: at a workspace folder (inclusive), or at the first folder holding `.git` / the root. */
export type DiscoveryBoundary = { readonly folder: string } | 'repository';

/** Whether `p` exists as the kind asked (never throws). */
async function exists(p: string, kind: 'file' | 'any'): Promise<boolean> {
  try {
    const stats = await stat(p);
    return kind === 'any' || stats.isFile();
  } catch {
    return false;
  }
}

/** Whether `inner` is `outer` or lies inside it. */
function within(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * The nearest `.miitel-csv.json` from `startFolder` upward, or undefined. With a workspace folder
 * as boundary, a start outside it finds none.
 */
export async function findConfigFile(startFolder: string, boundary: DiscoveryBoundary): Promise<string | undefined> {
  let folder = path.resolve(startFolder);
  if (boundary !== 'repository' && !within(folder, path.resolve(boundary.folder))) return undefined;
  for (;;) {
    const candidate = path.join(folder, CONFIG_FILE_NAME);
    if (await exists(candidate, 'file')) return candidate;
    if (boundary === 'repository' ? await exists(path.join(folder, '.git'), 'any') : folder === path.resolve(boundary.folder))
      return undefined;
    const parent = path.dirname(folder);
    if (parent === folder) return undefined;
    folder = parent;
  }
}

/** A config file read and validated, or why it could not be read. */
export type ConfigRead =
  | { readonly located: LocatedConfig; readonly parsed: ParsedConfig; readonly text: string; readonly stamp: FileStamp }
  | { readonly refused: string; readonly stamp?: FileStamp };

/** Reads and validates the config file `file` (`label` names it in messages). */
export async function readConfigFile(file: string, label = file): Promise<ConfigRead> {
  const read = await readRegularFile(file, MAX_CONFIG_BYTES, label);
  if ('refused' in read) return read.stamp ? { refused: read.refused, stamp: read.stamp } : { refused: read.refused };
  const text = new TextDecoder('utf-8').decode(read.bytes);
  const parsed = parseConfig(text);
  return { located: { file, folder: path.dirname(file), config: parsed.config }, parsed, text, stamp: read.stamp };
}

/** 1-based line and column (UTF-16 code units) of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
