/**
 * The files check and fix work on, one after the other: the inputs expanded (inputs.ts), each
 * file's organisation config and settings, the list of Login IDs in use, the bytes read (regular
 * files of sane size only, see fileAccess.ts; standard input with the same cap) and decoded.
 * Whatever goes wrong is reported with the file's name and makes the exit status 2; the other
 * files go on.
 */
import { dirname, relative, resolve } from 'node:path';
import type { MiitelCsvSettings } from '../../../shared/settings';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { type FileStamp, MAX_FILE_BYTES, readRegularFile } from '../fileAccess';
import { applyConfig, overrideWith } from '../service/config/applyConfig';
import {
  compileFilePatterns,
  type CsvEncoding,
  decodeCsvBytes,
  type EncodingChoice,
  isMiitelCsv,
  parseLoginIdList,
  parseOptionsOf,
  sniffFileEncoding,
  type ValidateOptions,
} from '../service/languageService';
import { cliCommandText, cliText } from '../service/messages';
import { CliConfigs } from './config';
import { expandInputs, type Input } from './inputs';
import { type CliIo, failTo } from './io';

/** What the files are read with: check's and fix's options. */
export interface FileOptions {
  readonly files: readonly string[];
  readonly encoding: EncodingChoice;
  readonly existingLoginIds?: string;
  readonly settings: MiitelCsvSettings;
  readonly overrides: Partial<MiitelCsvSettings>;
  readonly config?: string;
  readonly stdinFilename?: string;
  /** Whether the list of Login IDs in use is read (split does not validate); default true. */
  readonly loginIds?: boolean;
}

/** One input read and decoded, with everything its check needs. */
export interface LoadedFile {
  readonly label: string;
  /** Absolute path; undefined for standard input. */
  readonly path?: string;
  readonly bytes: Uint8Array;
  /** The decoded text, BOM stripped. */
  readonly text: string;
  readonly encoding: CsvEncoding;
  /** What validation needs to know about the encoding (a forced one may not be the file's). */
  readonly encodingFacts: NonNullable<ValidateOptions['encoding']>;
  readonly settings: MiitelCsvSettings;
  readonly existingLoginIds: string[];
  /** Whether it is a MiiTel user file by its header or the config's `files` (check checks any file named; fix only these). */
  readonly isMiitel: boolean;
  /** The file's state when read (a write checks it is still the same); undefined for standard input. */
  readonly stamp?: FileStamp;
}

/**
 * Reads every input of `options.files` and hands each to `visit`; resolves to 2 when something
 * could not be read (or a config is broken, or a pattern or folder named no file), else 0.
 */
export async function forEachFile(options: FileOptions, io: CliIo, visit: (file: LoadedFile) => Promise<void> | void): Promise<0 | 2> {
  const fail = failTo(io);
  const configs = new CliConfigs(io.cwd, fail, options.config);
  // A config named on the command line that cannot be used stops everything, before any file.
  if (options.config !== undefined && (await configs.forFolder(io.cwd)) === 'error') return 2;
  const loginIds = new LoginIdLists(io.cwd, fail);
  if (options.existingLoginIds !== undefined && (await loginIds.get(options.existingLoginIds, options.existingLoginIds)) === undefined)
    return 2;

  let status: 0 | 2 = 0;
  const failed = (message: string) => {
    fail(message);
    status = 2;
  };
  const stdinLabel = options.stdinFilename ?? '<stdin>';
  const { inputs, folders } = await expandInputs(options.files, io.cwd, stdinLabel, failed);
  const foldersWithFiles = new Set<string>();
  for (const input of inputs) {
    // Standard input's config is looked for from --stdin-filename's folder, else the working directory.
    const where = input.path ?? resolve(io.cwd, options.stdinFilename ?? 'stdin.csv');
    const config = await configs.forFolder(dirname(where));
    if (config === 'error') {
      status = 2;
      continue;
    }
    const settings = config ? overrideWith(applyConfig(DEFAULT_SETTINGS, config, false), options.overrides) : options.settings;
    const read = await readInput(input, options.encoding, io);
    if ('error' in read) {
      failed(read.error);
      continue;
    }
    // By its header (the team's aliases too) or the config's `files`: in a folder, only these are taken.
    const isMiitel = isMiitelCsv(read.text, { path: where, folder: io.cwd }, compileFilePatterns(settings.files), parseOptionsOf(settings));
    if (input.folder !== undefined && !isMiitel) continue;
    if (input.folder !== undefined) foldersWithFiles.add(input.folder);
    let existingLoginIds: string[] = [];
    const listFile = options.existingLoginIds ?? (settings.existingLoginIdsFile || undefined);
    if (listFile !== undefined && options.loginIds !== false) {
      const list = await loginIds.get(listFile, options.existingLoginIds ?? relativeLabel(io.cwd, listFile));
      if (list === undefined) {
        status = 2;
        continue;
      }
      existingLoginIds = list;
    }
    // Auto-detection reads the file as its bytes say; a forced encoding may not, and the check says so.
    const file = options.encoding === 'auto' ? read.encoding : sniffFileEncoding(read.bytes).encoding;
    await visit({
      ...read,
      isMiitel,
      label: input.label,
      path: input.path,
      settings,
      existingLoginIds,
      encodingFacts: { decodedAs: read.encoding, file },
    });
  }
  // A folder named for its MiiTel files that has none is a mistake to point out (a CI job checking nothing).
  for (const folder of folders) if (!foldersWithFiles.has(folder)) failed(cliCommandText.noMiitelCsv(folder));
  return status;
}

/** The Login ID lists, each read once. Without the list every in-use Login ID would pass silently, so one that cannot be read stops the check. */
class LoginIdLists {
  private readonly lists = new Map<string, Promise<string[] | undefined>>();
  constructor(
    private readonly cwd: string,
    private readonly fail: (message: string) => void,
  ) {}

  get(file: string, label: string): Promise<string[] | undefined> {
    let list = this.lists.get(file);
    if (!list) {
      list = this.read(file, label);
      this.lists.set(file, list);
    }
    return list;
  }

  private async read(file: string, label: string): Promise<string[] | undefined> {
    const list = await readText(resolve(this.cwd, file), 'auto', label);
    if ('error' in list) {
      this.fail(list.error);
      return undefined;
    }
    const ids = parseLoginIdList(list.text);
    if ('error' in ids) {
      this.fail(cliText.loginIdListUnreadable(label, ids.error));
      return undefined;
    }
    return ids.ids;
  }
}

/** An absolute path as the user would type it: relative to the working directory when inside it. */
export function relativeLabel(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : rel;
}

/** A decoded file with its bytes, or why it could not be read. */
export type ReadResult =
  | { readonly error: string }
  | { readonly text: string; readonly encoding: CsvEncoding; readonly bytes: Uint8Array; readonly stamp?: FileStamp };

async function readInput(input: Input, encoding: EncodingChoice, io: CliIo): Promise<ReadResult> {
  if (input.path !== undefined) return readText(input.path, encoding, input.label);
  const bytes = await readStdin(io, input.label);
  if ('error' in bytes) return bytes;
  const decoded = decodeCsvBytes(bytes.bytes, encoding);
  return 'error' in decoded ? { error: cliText.fileUndecodable(input.label, decoded.error) } : { ...decoded, bytes: bytes.bytes };
}

/**
 * Reads and decodes a file; every failure becomes a message naming it by `label`. Only regular
 * files of at most 50 MB, as in the editor (see fileAccess.ts): decoding and checking take several
 * times the file's size in memory, and a MiiTel user list is far smaller (1,000 users are ~100 KB).
 */
export async function readText(path: string, encoding: EncodingChoice, label: string): Promise<ReadResult> {
  const read = await readRegularFile(path, MAX_FILE_BYTES, label);
  if ('refused' in read) {
    if (read.kind === 'missing') return { error: cliText.fileMissing(label) };
    return { error: read.kind === 'directory' ? cliText.fileIsDirectory(label) : read.refused };
  }
  const decoded = decodeCsvBytes(read.bytes, encoding);
  return 'error' in decoded
    ? { error: cliText.fileUndecodable(label, decoded.error) }
    : { ...decoded, bytes: read.bytes, stamp: read.stamp };
}

/** Standard input, up to the same 50 MB as a file. */
async function readStdin(io: CliIo, label: string): Promise<{ readonly bytes: Uint8Array } | { readonly error: string }> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  // Without an encoding set, process.stdin yields Buffers.
  const source: AsyncIterable<Uint8Array | string> = io.stdin ?? (process.stdin as AsyncIterable<Uint8Array>);
  try {
    for await (const chunk of source) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      total += bytes.length;
      if (total > MAX_FILE_BYTES) return { error: cliCommandText.tooLarge(label, MAX_FILE_BYTES / (1024 * 1024)) };
      chunks.push(bytes);
    }
  } catch (error) {
    return { error: cliCommandText.stdinUnreadable((error as NodeJS.ErrnoException).code ?? String(error)) };
  }
  return { bytes: Buffer.concat(chunks, total) };
}
