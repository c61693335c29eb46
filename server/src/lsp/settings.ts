/**
 * Settings per resource, read with `workspace/configuration` (section `miitelCsv`, scoped to the
 * document) when the client supports it and merged over the defaults. Clients without that
 * capability get the section they last sent with `didChangeConfiguration`, else the defaults.
 */
import type { Connection } from 'vscode-languageserver';
import type { LanguageSetting } from '../../../shared/languages';
import { DEFAULT_SETTINGS, type MiitelCsvSettings, resolveSettings } from '../../../shared/settings';
import { describeError, type Logger } from './logger';
import type { ConfigFiles } from './configFiles';
import { applyConfig } from '../service/config/applyConfig';
import { t } from '../../../shared/l10n';
import { compileFilePatterns, type FilePatterns } from '../service/detect';
import { MAX_ALTERNATIVES, MAX_EXPANDED_LENGTH, MAX_PATTERN_LENGTH } from '../service/glob';

/** The settings section of this extension. */
export const SETTINGS_SECTION = 'miitelCsv';

/** Caches each document's settings until the configuration changes or the document closes. */
export class SettingsStore {
  private readonly perUri = new Map<string, Promise<MiitelCsvSettings>>();
  private global: MiitelCsvSettings = resolveSettings(undefined);
  /**
   * `miitelCsv.files` compiled, per distinct list (most folders share one): compiled once per
   * settings change, not on every request, and a refused pattern is logged once.
   */
  private readonly patterns = new Map<string, FilePatterns>();
  /** Settings already reported as out of range since the last change: each is logged once, not per document. */
  private readonly reported = new Set<string>();
  private readonly onInvalid = (setting: string, used: unknown): void => {
    if (this.reported.has(setting)) return;
    this.reported.add(setting);
    this.logger.warn(t('The setting {0} is outside what it allows; using {1} instead.', setting, JSON.stringify(used)));
  };

  constructor(
    private readonly connection: Connection,
    private readonly logger: Logger,
    /** Whether the client answers `workspace/configuration`. */
    private readonly pullsConfiguration: boolean,
    /** The organisation configs (none: settings alone). */
    private readonly configs?: ConfigFiles,
  ) {}

  /**
   * The settings that apply to the document `uri`: its VS Code settings with the organisation config
   * laid over them (unless `miitelCsv.configFile` is `ignore`).
   */
  get(uri: string): Promise<MiitelCsvSettings> {
    if (!this.pullsConfiguration && !this.configs) return Promise.resolve(this.global);
    let settings = this.perUri.get(uri);
    if (!settings) {
      settings = this.withConfig(uri, this.pullsConfiguration ? this.fetch(uri) : Promise.resolve(this.global));
      this.perUri.set(uri, settings);
    }
    return settings;
  }

  private async withConfig(uri: string, base: Promise<MiitelCsvSettings>): Promise<MiitelCsvSettings> {
    const settings = await base;
    if (!this.configs || settings.configFile === 'ignore') return settings;
    const located = await this.configs.forDocument(uri);
    return located ? applyConfig(settings, located, true) : settings;
  }

  /** The compiled `miitelCsv.files` of `settings`. */
  filePatterns(settings: MiitelCsvSettings): FilePatterns {
    const key = JSON.stringify(settings.files);
    let compiled = this.patterns.get(key);
    if (!compiled) {
      compiled = compileFilePatterns(settings.files);
      this.patterns.set(key, compiled);
      for (const { pattern, reason } of compiled.refused) this.logger.warn(refusalMessage(pattern, reason));
    }
    return compiled;
  }

  /**
   * `miitelCsv.language`: one value for the window, so read without a resource (the server renders
   * every document in one language).
   */
  async language(): Promise<LanguageSetting> {
    if (!this.pullsConfiguration) return this.global.language;
    return (await this.request(undefined))?.language ?? DEFAULT_SETTINGS.language;
  }

  /** Handles `didChangeConfiguration`: forget what was read, keep the pushed section for clients that push. */
  changed(pushed: unknown): void {
    this.perUri.clear();
    this.patterns.clear();
    this.reported.clear();
    if (!this.pullsConfiguration) {
      const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>)[SETTINGS_SECTION] : undefined;
      this.global = resolveSettings(section, this.onInvalid);
    }
  }

  /** Forgets one document's settings (on close). */
  evict(uri: string): void {
    this.perUri.delete(uri);
  }

  /** Forgets everything (on shutdown). */
  clear(): void {
    this.perUri.clear();
    this.patterns.clear();
    this.reported.clear();
  }

  private async fetch(uri: string): Promise<MiitelCsvSettings> {
    const settings = await this.request(uri);
    if (settings) return settings;
    // A failed request must not stick: the next validation asks again.
    this.perUri.delete(uri);
    return resolveSettings(undefined);
  }

  /** The section for `scopeUri` (the window's without one); undefined, logged, when the client failed to answer. */
  private async request(scopeUri: string | undefined): Promise<MiitelCsvSettings | undefined> {
    try {
      const item = scopeUri === undefined ? { section: SETTINGS_SECTION } : { scopeUri, section: SETTINGS_SECTION };
      const raw: unknown = await this.connection.workspace.getConfiguration(item);
      return resolveSettings(raw, this.onInvalid);
    } catch (error) {
      this.logger.warn(`${t('Could not read the {0} settings; using the defaults.', SETTINGS_SECTION)} ${describeError(error)}`);
      return undefined;
    }
  }
}

/** The log line for a refused pattern: its start only, since it may be very long. */
function refusalMessage(pattern: string, reason: 'too-long' | 'too-many-alternatives'): string {
  const shown = pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern;
  return reason === 'too-long'
    ? t('The {0}.files pattern "{1}" is not used: it is longer than {2} characters.', SETTINGS_SECTION, shown, MAX_PATTERN_LENGTH)
    : t(
        'The {0}.files pattern "{1}" is not used: its braces expand to more than {2} patterns or {3} characters.',
        SETTINGS_SECTION,
        shown,
        MAX_ALTERNATIVES,
        MAX_EXPANDED_LENGTH,
      );
}
