/**
 * The one way the server and the CLI read a file a setting, a document URI or a command line
 * names: only a regular file, at most a given size, never the process's own stdin. `/dev/zero`
 * would fill memory, a named pipe would block a libuv thread for ever, `/dev/stdin` would eat the
 * protocol stream: each is refused before anything could block, with a reason in words.
 *
 * The path is `stat`ed first (through symlinks: a link to `/dev/zero` is a device); then opened
 * with O_NONBLOCK, so that a FIFO swapped in after the `stat` cannot block the open, and the
 * handle is `fstat`ed to check it is still the same regular file. Reads stop one byte past the cap.
 */
import { constants, fstatSync, type Stats } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { t } from '../../shared/l10n';

/** VS Code's own limit on files extensions see, and the cap for the Login ID list. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** What identifies one state of a file: a change of either means it must be read again. */
export interface FileStamp {
  readonly mtimeMs: number;
  readonly size: number;
}

/** Why a file was not read, in words (naming the path), and its stamp when `stat` saw it. */
export interface Refusal {
  readonly refused: string;
  /** What kind of refusal (callers may say the first two their own way). */
  readonly kind: 'missing' | 'directory' | 'other';
  readonly stamp?: FileStamp;
}

/** An open regular file, to be closed by the caller. */
export interface OpenFile {
  readonly handle: FileHandle;
  readonly stamp: FileStamp;
}

/** The stamp of `file` (through symlinks), or undefined when it cannot be `stat`ed. */
export async function stampOf(file: string): Promise<FileStamp | undefined> {
  try {
    const stats = await stat(file);
    return { mtimeMs: stats.mtimeMs, size: stats.size };
  } catch {
    return undefined;
  }
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * Opens `file` for reading if it is a regular file of at most `maxBytes`; otherwise says why.
 * Never blocks on a pipe or device, never throws.
 */
export async function openRegularFile(file: string, maxBytes: number, label = file): Promise<OpenFile | Refusal> {
  let before: Stats;
  try {
    before = await stat(file);
  } catch (error) {
    return errnoRefusal(label, error);
  }
  const stamp = { mtimeMs: before.mtimeMs, size: before.size };
  const refused = refusalOf(label, before, maxBytes);
  if (refused !== undefined) return { ...refused, stamp };
  let handle: FileHandle;
  try {
    // O_NONBLOCK: a FIFO put in its place since the stat opens at once instead of waiting for a writer.
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ...errnoRefusal(label, error), stamp };
  }
  try {
    // Checked again on the handle: the path may name another file (a FIFO, say) since the stat.
    const again = refusalOf(label, await handle.stat(), maxBytes);
    if (again === undefined) return { handle, stamp };
    await handle.close();
    return { ...again, stamp };
  } catch (error) {
    await handle.close().catch(() => undefined);
    return { ...errnoRefusal(label, error), stamp };
  }
}

/** The whole of a regular file of at most `maxBytes` (see {@link openRegularFile}), or why not. */
export async function readRegularFile(
  file: string,
  maxBytes: number,
  label = file,
): Promise<{ readonly bytes: Uint8Array; readonly stamp: FileStamp } | Refusal> {
  const opened = await openRegularFile(file, maxBytes, label);
  if ('refused' in opened) return opened;
  try {
    // Into one buffer of the size the file had, plus a byte to see that it grew: reading a 10 MB
    // file in 64 KB chunks and joining copies of them took about 20 ms of a 500 ms CLI check (CPU profile).
    let buffer = Buffer.allocUnsafe(Math.min(opened.stamp.size, maxBytes) + 1);
    let total = 0;
    for (;;) {
      if (total === buffer.length) {
        if (total > maxBytes) throw new TooLarge(tooLarge(label, maxBytes));
        const grown = Buffer.allocUnsafe(Math.min(2 * buffer.length + CHUNK_SIZE, maxBytes + 1));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const { bytesRead } = await opened.handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    if (total > maxBytes) throw new TooLarge(tooLarge(label, maxBytes));
    return { bytes: buffer.subarray(0, total), stamp: opened.stamp };
  } catch (error) {
    const refusal: Refusal = error instanceof TooLarge ? { refused: error.message, kind: 'other' } : errnoRefusal(label, error);
    return { ...refusal, stamp: opened.stamp };
  } finally {
    await opened.handle.close().catch(() => undefined);
  }
}

/** Bytes read at a time. */
const CHUNK_SIZE = 64 * 1024;

/** Thrown by {@link readChunks} when a file grew past its cap while being read. */
export class TooLarge extends Error {}

/**
 * The bytes of an open file from its start, in one reused buffer; throws {@link TooLarge} past
 * `maxBytes` (the file grew since it was checked).
 */
export async function* readChunks(handle: FileHandle, maxBytes: number, file: string): AsyncGenerator<Uint8Array> {
  const buffer = new Uint8Array(CHUNK_SIZE);
  let total = 0;
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, CHUNK_SIZE, null);
    if (bytesRead === 0) return;
    total += bytesRead;
    if (total > maxBytes) throw new TooLarge(tooLarge(file, maxBytes));
    yield buffer.subarray(0, bytesRead);
  }
}

const tooLarge = (file: string, maxBytes: number) => t('{0} is larger than {1} MB', file, megabytes(maxBytes));

/** Why a file with these stats is not read, or undefined when it may be. */
function refusalOf(file: string, stats: Stats, maxBytes: number): Refusal | undefined {
  if (stats.isDirectory()) return { refused: t('{0} is a directory', file), kind: 'directory' };
  if (!stats.isFile()) return { refused: t('{0} is not a regular file (a device, pipe or socket)', file), kind: 'other' };
  if (isStdin(stats)) return { refused: t('{0} is the standard input', file), kind: 'other' };
  if (stats.size > maxBytes) return { refused: tooLarge(file, maxBytes), kind: 'other' };
  return undefined;
}

/** Whether the file is this process's stdin (redirected from a regular file): the protocol stream or the CLI's input. */
function isStdin(stats: Stats): boolean {
  try {
    const stdin = fstatSync(0);
    return stdin.ino === stats.ino && stdin.dev === stats.dev;
  } catch {
    return false;
  }
}

/** An error from the file system, in words (no stack: these are expected conditions). */
function errnoRefusal(file: string, error: unknown): Refusal {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return { refused: t('{0}: no such file', file), kind: 'missing' };
    case 'EISDIR':
      return { refused: t('{0} is a directory', file), kind: 'directory' };
    case 'EACCES':
    case 'EPERM':
      return { refused: t('{0}: permission denied', file), kind: 'other' };
    case 'ENOTDIR':
      return { refused: t('{0}: a part of the path is not a directory', file), kind: 'other' };
    case 'ELOOP':
      return { refused: t('{0}: too many symbolic links', file), kind: 'other' };
    default: {
      const reason = code ?? (error instanceof Error ? error.name : String(error));
      return { refused: t('{0} cannot be read ({1})', file, reason), kind: 'other' };
    }
  }
}
