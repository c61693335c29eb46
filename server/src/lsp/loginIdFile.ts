/**
 * Reads `miitelCsv.existingLoginIdsFile`: resolves the path, reads it through the safe reader
 * (regular files of at most 50 MB only, see fileAccess.ts), decodes it with the CLI's encoding
 * detection, and parses it with the pure `parseLoginIdList`. Results, failures included, are kept
 * by path until the file's modification time or size changes: a refused or unreadable file is not
 * tried again on every check. Each failure is logged once, in words, and the list is then empty.
 */
import { realpath } from 'node:fs/promises';
import * as path from 'node:path';
import { type FileStamp, MAX_FILE_BYTES, readRegularFile, stampOf } from '../fileAccess';
import { decodeCsvBytes, parseLoginIdList } from '../service/languageService';
import type { Logger } from './logger';
import { t } from '../../../shared/l10n';

interface Entry {
  readonly stamp: FileStamp;
  readonly ids: readonly string[];
}

/** The empty list, always the same object: problems computed with it stay valid (they are keyed by the list object). */
const NO_IDS: readonly string[] = Object.freeze([]);

const notUsed = (reason: string) => t('The existing Login IDs file is not used: {0}', reason);

/** How the file is read (the safe reader; tests count the reads). */
export type ReadFile = typeof readRegularFile;

/** Cache of the Login ID files the settings name. */
export class LoginIdFiles {
  private readonly entries = new Map<string, Entry>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly logger: Logger,
    private readonly read: ReadFile = readRegularFile,
    private readonly maxBytes = MAX_FILE_BYTES,
  ) {}

  /**
   * The Login IDs in the file `setting` names: relative to `folder` (the document's workspace
   * folder) unless absolute. Empty when the setting is empty or the file cannot be read, or when
   * the setting comes from workspace settings (`fromWorkspace`) and the file is not in `folder`.
   */
  async get(setting: string, folder: string | undefined, fromWorkspace = false): Promise<readonly string[]> {
    const file = this.resolve(setting.trim(), folder);
    if (!file) return NO_IDS;
    if (fromWorkspace && !(await insideFolder(file, folder))) {
      this.reportOnce(
        file,
        t(
          'The existing Login IDs file {0} is set in the workspace settings but lies outside the workspace folder; it is not read. A repository must not make the editor read files elsewhere: set it in your user settings instead.',
          file,
        ),
      );
      return NO_IDS;
    }
    const stamp = await stampOf(file);
    const cached = this.entries.get(file);
    if (stamp && cached && cached.stamp.mtimeMs === stamp.mtimeMs && cached.stamp.size === stamp.size) return cached.ids;
    const read = await this.read(file, this.maxBytes);
    if ('refused' in read) {
      // Remembered with the stamp seen, so the same file is not tried again until it changes.
      if (read.stamp) this.entries.set(file, { stamp: read.stamp, ids: NO_IDS });
      else this.entries.delete(file);
      this.reportOnce(file, notUsed(read.refused));
      return NO_IDS;
    }
    const decoded = decodeCsvBytes(read.bytes, 'auto');
    const list = 'error' in decoded ? decoded : parseLoginIdList(decoded.text);
    // A file that cannot be read as a list is not read again until it changes.
    this.entries.set(file, { stamp: read.stamp, ids: 'error' in list ? NO_IDS : list.ids });
    if ('error' in list) {
      this.reportOnce(file, t('Cannot read the existing Login IDs file {0}: {1}', file, list.error));
      return NO_IDS;
    }
    this.forgetReports(file);
    this.logger.info(t('Read {0} existing Login IDs from {1}.', list.ids.length, file));
    return list.ids;
  }

  /**
   * Forgets logged failures, so a changed setting naming a bad file says so again. The files read
   * stay cached: their stamps tell when they change (a 200 MB list is not read again per setting).
   */
  settingsChanged(): void {
    this.reported.clear();
  }

  /** Forgets cached files and logged failures (on shutdown). */
  clear(): void {
    this.entries.clear();
    this.reported.clear();
  }

  private resolve(setting: string, folder: string | undefined): string | undefined {
    if (setting === '') return undefined;
    if (path.isAbsolute(setting)) return path.normalize(setting);
    if (folder) return path.resolve(folder, setting);
    this.reportOnce(
      setting,
      t('The existing Login IDs file "{0}" is relative but the document is in no workspace folder; it is ignored.', setting),
    );
    return undefined;
  }

  /** Logs a failure once per file and message (a file that fails another way is logged again). */
  private reportOnce(key: string, message: string): void {
    const id = `${key}\0${message}`;
    if (this.reported.has(id)) return;
    this.reported.add(id);
    this.logger.warn(message);
  }

  private forgetReports(key: string): void {
    for (const id of this.reported) if (id.startsWith(`${key}\0`)) this.reported.delete(id);
  }
}

/**
 * Whether `file`, symlinks resolved, lies inside `folder` (also resolved). A file that does not
 * exist is judged by its path as written, so it is reported as missing, not as outside.
 */
async function insideFolder(file: string, folder: string | undefined): Promise<boolean> {
  if (folder === undefined) return false;
  const real = async (p: string) => realpath(p).catch(() => path.resolve(p));
  const relative = path.relative(await real(folder), await real(file));
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
