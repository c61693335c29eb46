/**
 * The organisation config of each open document: the nearest `.miitel-csv.json` from the document's
 * folder up to its workspace folder (a document in no workspace folder has none: nothing above an
 * opened project is read). Each file is read once per state on disk (its stamp), and its problems
 * are logged once per state, each as `file:line:column: message`, and a warning names the file; the
 * file itself, when open, gets them as diagnostics (lsp/diagnostics.ts). What the config says takes effect on save: the
 * file on disk is what the CLI reads too.
 */
import * as path from 'node:path';
import { CONFIG_FILE_NAME } from '../../../shared/configSchema';
import { type FileStamp, stampOf } from '../fileAccess';
import { findConfigFile, lineAndColumn, readConfigFile } from '../configFile';
import type { LocatedConfig } from '../service/config/applyConfig';
import { configText } from '../service/messages';
import type { Logger } from './logger';
import { uriToPath, type WorkspaceFolders } from './workspace';

interface Entry {
  readonly stamp: FileStamp | undefined;
  readonly located: LocatedConfig | undefined;
}

/** Whether `uri` names an organisation config file. */
export function isConfigUri(uri: string): boolean {
  const file = uriToPath(uri);
  return file !== undefined && path.basename(file) === CONFIG_FILE_NAME;
}

/** Finds, reads and caches the config files of documents. */
export class ConfigFiles {
  private readonly entries = new Map<string, Entry>();
  private readonly reported = new Set<string>();
  /** Configs the user was warned about: not again (at each save while fixing it) until one is read clean. */
  private readonly warned = new Set<string>();

  constructor(
    private readonly logger: Logger,
    private readonly workspace: WorkspaceFolders,
    /** Shows a message to the user (a config with problems must not pass unnoticed in a log). */
    private readonly notify: (message: string) => void = () => undefined,
  ) {}

  /** The config that applies to the document `uri`, if any (one with problems: its valid keys). */
  async forDocument(uri: string): Promise<LocatedConfig | undefined> {
    const file = uriToPath(uri);
    if (file === undefined) return undefined;
    // Outside every workspace folder only the file's own folder counts: where the check-this-file
    // command writes a config for such a file, and no walking up folders nobody opened.
    const folder = this.workspace.folderOf(file) ?? path.dirname(file);
    const config = await findConfigFile(path.dirname(file), { folder });
    return config === undefined ? undefined : this.read(config);
  }

  /** A config file changed on disk: the stamps tell which to read again; logged problems are shown again. */
  changed(): void {
    this.reported.clear();
  }

  /** Forgets everything (on shutdown). */
  clear(): void {
    this.entries.clear();
    this.reported.clear();
    this.warned.clear();
  }

  private async read(file: string): Promise<LocatedConfig | undefined> {
    const stamp = await stampOf(file);
    const cached = this.entries.get(file);
    if (cached && stamp && cached.stamp?.mtimeMs === stamp.mtimeMs && cached.stamp.size === stamp.size) return cached.located;
    const read = await readConfigFile(file);
    if ('refused' in read) {
      this.entries.set(file, { stamp: read.stamp, located: undefined });
      this.reportOnce(file, configText.unreadable(read.refused));
      return undefined;
    }
    this.entries.set(file, { stamp: read.stamp, located: read.located });
    const problems = read.parsed.problems;
    if (problems.length > 0) {
      const lines = problems.map((p) => {
        const { line, column } = lineAndColumn(read.text, p.offset);
        return `  ${file}:${line}:${column}: ${p.message}`;
      });
      const report = [configText.hasProblems(file, problems.length), ...lines].join('\n');
      if (this.reportOnce(file, report) && !this.warned.has(file)) {
        this.warned.add(file);
        this.notify(configText.notice(file));
      }
    } else {
      this.warned.delete(file);
      this.logger.info(configText.used(file));
    }
    return read.located;
  }

  /** Logs `message` unless it was logged since the last change; true when it was logged now. */
  private reportOnce(file: string, message: string): boolean {
    const key = `${file}\0${message}`;
    if (this.reported.has(key)) return false;
    this.reported.add(key);
    this.logger.warn(message);
    return true;
  }
}
