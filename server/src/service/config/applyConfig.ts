/**
 * The effective settings of one file: the VS Code settings (or the CLI's defaults) with the
 * organisation config laid over them. Pure: paths are joined as strings, nothing is read.
 *
 * Precedence: what the config sets wins over the settings. Lists and maps merge where a personal
 * addition cannot undo a team decision: `files` is the union (a pattern of one's own adds files),
 * `rules` and `seats` merge per code and per seat kind with the config's entry winning. The CLI lays
 * its flags over the result (see {@link overrideWith}).
 */
import type { OrganisationConfig, TemplateDefaults } from '../../../../shared/configSchema';
import type { ProductId } from '../../../../shared/formats/index';
import type { DiagnosticCode } from '../../../../shared/codes';
import type { MiitelCsvSettings, RuleSeverity } from '../../../../shared/settings';

/** A config as found: its validated content and the folder it lies in (its relative paths start there). */
export interface LocatedConfig {
  /** Path of the config file. */
  readonly file: string;
  /** Folder of the config file. */
  readonly folder: string;
  readonly config: OrganisationConfig;
}

/**
 * `settings` with `located`'s keys laid over them. `fromWorkspace`: the config comes from a folder
 * a cloned repository controls (the editor), so its Login ID list must lie in the workspace folder,
 * as for a path in workspace settings.
 */
export function applyConfig(settings: MiitelCsvSettings, located: LocatedConfig, fromWorkspace: boolean): MiitelCsvSettings {
  const { config, folder } = located;
  const result: MiitelCsvSettings = { ...settings };
  if (config.format !== undefined) result.format = config.format;
  if (config.files !== undefined) {
    const own = config.files.map((pattern) => globFrom(folder, pattern));
    result.files = [...new Set([...settings.files, ...own])];
  }
  if (config.subscriptions !== undefined) result.subscriptions = [...config.subscriptions] as ProductId[];
  if (config.seats !== undefined) result.seats = { ...settings.seats, ...config.seats };
  if (config.existingLoginIds !== undefined) {
    result.existingLoginIdsFile = pathFrom(folder, config.existingLoginIds.trim());
    if (fromWorkspace) result.existingLoginIdsFileFromWorkspace = true;
    else delete result.existingLoginIdsFileFromWorkspace;
  }
  if (config.rules !== undefined) result.rules = { ...settings.rules, ...(config.rules as Partial<Record<DiagnosticCode, RuleSeverity>>) };
  if (config.maxUsersPerFile !== undefined) result.maxUsersPerFile = config.maxUsersPerFile;
  if (config.headerAliases !== undefined) result.headerAliases = { ...config.headerAliases };
  if (config.loginIdDomains !== undefined) result.loginIdDomains = config.loginIdDomains.map(normalizeDomain);
  return result;
}

/** A domain as `login-id/domain` compares it: trimmed, without a leading `@`, lower case. */
export function normalizeDomain(domain: string): string {
  return domain.trim().replace(/^@/, '').toLowerCase();
}

/** Template options from the config's `template` (the caller's own choices win). */
export function templateDefaults(config: OrganisationConfig | undefined): TemplateDefaults {
  const template = config?.template ?? {};
  return { locale: template.locale, timeZone: template.timeZone, values: { ...template.values } };
}

/** Whether a path or pattern is absolute (POSIX, or a Windows drive). */
function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** Forward slashes, no trailing one. */
function slashes(p: string): string {
  return p.replace(/\\/g, '/').replace(/\/+$/, '');
}

/** A pattern of the config as an absolute pattern: the config's folder (its glob characters escaped) + the pattern. */
export function globFrom(folder: string, pattern: string): string {
  const p = pattern.trim();
  if (isAbsolute(p)) return p;
  const base = slashes(folder).replace(/[*?[\]{}()!\\]/g, '\\$&');
  return `${base}/${p.replace(/^\.\//, '')}`;
}

/** A path of the config as an absolute path. */
export function pathFrom(folder: string, p: string): string {
  if (isAbsolute(p)) return p;
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return `${folder.replace(/[\\/]+$/, '')}${sep}${p.replace(/^\.[\\/]/, '')}`;
}

/**
 * `settings` with the CLI's flags laid over them: a flag given wins over the config; `rules` and
 * `seats` merge per code and per seat kind, so `--rule a=off` keeps the config's other rules.
 */
export function overrideWith(settings: MiitelCsvSettings, overrides: Partial<MiitelCsvSettings>): MiitelCsvSettings {
  return {
    ...settings,
    ...overrides,
    rules: { ...settings.rules, ...overrides.rules },
    seats: { ...settings.seats, ...overrides.seats },
  };
}
