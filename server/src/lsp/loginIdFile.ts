/**
 * Reads `miitelCsv.existingLoginIdsFile`: resolves the path, reads and decodes the file with the
 * CLI's encoding detection, and parses it with the pure `parseLoginIdList`. Results are cached by
 * path and modification time, so an edited file is read again on the next validation. A missing or
 * unreadable file is logged once (until the settings change) and treated as an empty list.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeCsvBytes, parseLoginIdList } from '../service/languageService';
import { describeError, type Logger } from './logger';
import { t } from '../../../shared/l10n';

interface Entry {
  readonly mtimeMs: number;
  readonly size: number;
  readonly ids: readonly string[];
}

/** The empty list, always the same object: problems computed with it stay valid (they are keyed by the list object). */
const NO_IDS: readonly string[] = Object.freeze([]);

const cannotRead = (file: string, reason: string) => t('Cannot read the existing Login IDs file {0}: {1}', file, reason);

/** Cache of the Login ID files the settings name. */
export class LoginIdFiles {
  private readonly entries = new Map<string, Entry>();
  private readonly reported = new Set<string>();

  constructor(private readonly logger: Logger) {}

  /**
   * The Login IDs in the file `setting` names: relative to `folder` (the document's workspace
   * folder) unless absolute. Empty when the setting is empty or the file cannot be read.
   */
  async get(setting: string, folder: string | undefined): Promise<readonly string[]> {
    const file = this.resolve(setting.trim(), folder);
    if (!file) return NO_IDS;
    try {
      const stat = await fs.stat(file);
      const cached = this.entries.get(file);
      if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.ids;
      const decoded = decodeCsvBytes(await fs.readFile(file), 'auto');
      const list = 'error' in decoded ? decoded : parseLoginIdList(decoded.text);
      // A file that cannot be read as a list is not read again until it changes.
      this.entries.set(file, { mtimeMs: stat.mtimeMs, size: stat.size, ids: 'error' in list ? NO_IDS : list.ids });
      if ('error' in list) {
        this.reportOnce(file, cannotRead(file, list.error));
        return NO_IDS;
      }
      this.reported.delete(file);
      this.logger.info(t('Read {0} existing Login IDs from {1}.', list.ids.length, file));
      return list.ids;
    } catch (error) {
      this.entries.delete(file);
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? t('no such file') : describeError(error);
      this.reportOnce(file, cannotRead(file, reason));
      return NO_IDS;
    }
  }

  /** Forgets cached files and logged failures (on a settings change and on shutdown). */
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

  private reportOnce(key: string, message: string): void {
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.logger.warn(message);
  }
}
