/**
 * Settings per resource, read with `workspace/configuration` (section `miitelCsv`, scoped to the
 * document) when the client supports it and merged over the defaults. Clients without that
 * capability get the section they last sent with `didChangeConfiguration`, else the defaults.
 */
import type { Connection } from 'vscode-languageserver';
import { type MiitelCsvSettings, resolveSettings } from '../../../shared/settings';
import { describeError, type Logger } from './logger';
import { t } from '../../../shared/l10n';

/** The settings section of this extension. */
export const SETTINGS_SECTION = 'miitelCsv';

/** Caches each document's settings until the configuration changes or the document closes. */
export class SettingsStore {
  private readonly perUri = new Map<string, Promise<MiitelCsvSettings>>();
  private global: MiitelCsvSettings = resolveSettings(undefined);

  constructor(
    private readonly connection: Connection,
    private readonly logger: Logger,
    /** Whether the client answers `workspace/configuration`. */
    private readonly pullsConfiguration: boolean,
  ) {}

  /** The settings that apply to the document `uri`. */
  get(uri: string): Promise<MiitelCsvSettings> {
    if (!this.pullsConfiguration) return Promise.resolve(this.global);
    let settings = this.perUri.get(uri);
    if (!settings) {
      settings = this.fetch(uri);
      this.perUri.set(uri, settings);
    }
    return settings;
  }

  /** Handles `didChangeConfiguration`: forget what was read, keep the pushed section for clients that push. */
  changed(pushed: unknown): void {
    this.perUri.clear();
    if (!this.pullsConfiguration) {
      const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
      this.global = resolveSettings(section);
    }
  }

  /** Forgets one document's settings (on close). */
  evict(uri: string): void {
    this.perUri.delete(uri);
  }

  /** Forgets everything (on shutdown). */
  clear(): void {
    this.perUri.clear();
  }

  private async fetch(uri: string): Promise<MiitelCsvSettings> {
    try {
      const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
      return resolveSettings(raw);
    } catch (error) {
      // A failed request must not stick: the next validation asks again.
      this.perUri.delete(uri);
      this.logger.warn(`${t('Could not read the {0} settings; using the defaults.', SETTINGS_SECTION)} ${describeError(error)}`);
      return resolveSettings(undefined);
    }
  }
}
