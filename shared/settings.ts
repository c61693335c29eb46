/**
 * Settings of the extension (`miitelCsv.*`), shared by the client, the server and the CLI.
 * The server reads them per resource and merges them over {@link DEFAULT_SETTINGS}.
 */
import { DEFAULT_FORMAT, PRODUCTS, SEATS } from './formats/index';
import type { ProductId, SeatId } from './formats/types';
import { DIAGNOSTIC_CODES, type DiagnosticCode } from './codes';
import { isLanguageSetting, type LanguageSetting } from './languages';

/** Severity a user may give a diagnostic code, or `off` to silence it. */
export type RuleSeverity = 'off' | 'error' | 'warning' | 'info';

/** The settings of one resource. */
export interface MiitelCsvSettings {
  /** Glob patterns (relative to the workspace folder, or absolute) of files always checked as MiiTel user CSVs. */
  files: string[];
  /** Optional products the organisation subscribes to: a missing column of one of them is an error. */
  subscriptions: ProductId[];
  /** Remaining seats of the contract per kind; a kind left out is not limited. */
  seats: Partial<Record<SeatId, number>>;
  /** A workspace file listing Login IDs already in use: one per line, or a CSV with a Login ID column. */
  existingLoginIdsFile: string;
  /**
   * Set by the VS Code client, never by users: whether `existingLoginIdsFile` comes from workspace
   * or folder settings, which a cloned repository controls. Such a path must resolve inside the
   * workspace folder (a repository must not probe files such as `/etc/shadow`); a user-level one may
   * point anywhere.
   */
  existingLoginIdsFileFromWorkspace?: boolean;
  /** Most users one file may hold (MiiTel accepts 100). */
  maxUsersPerFile: number;
  /** Severity per diagnostic code, overriding the default. */
  rules: Partial<Record<DiagnosticCode, RuleSeverity>>;
  /** Most diagnostics reported for one file. */
  maxProblems: number;
  /**
   * Size in bytes (UTF-8) above which a file is validated in the background, a slice at a time so
   * the editor stays responsive, and is reported as far larger than one MiiTel upload.
   */
  largeFileThreshold: number;
  /**
   * Most users listed in the outline (document symbols); the rest are summed up in one last entry.
   * A 100,000-user outline takes the server half a second and VS Code 25 MB each time it is asked.
   */
  maxItemsComputed: number;
  /** Inline hints after code cells showing their meaning (`6 ▸ Jakarta`). */
  inlayHints: { enabled: boolean };
  /**
   * Language of everything the tool shows: `auto` follows the editor's display language. One value
   * for the whole window (the server renders in one language at a time), read without a resource.
   */
  language: LanguageSetting;
  /**
   * Whether the organisation config (`.miitel-csv.json`) applies: `use` lays it over these settings
   * (what it sets wins), `ignore` checks with the settings alone. Personal: the config cannot set it.
   */
  configFile: 'use' | 'ignore';
  /**
   * Organisation facts that only the organisation config (`.miitel-csv.json`) sets, never a VS Code
   * setting or a plain CLI flag: {@link ORGANISATION_ONLY} lists them, and {@link resolveSettings}
   * leaves them at their defaults.
   */
  /** Which format the files are: `auto` tells by the header. */
  format: 'auto' | 'create' | 'update';
  /** Other header texts of the team's files → the canonical header (`{"ログインID": "Login ID"}`). */
  headerAliases: Record<string, string>;
  /** Domains a Login ID must belong to (empty: any). */
  loginIdDomains: string[];
}

/** The keys of {@link MiitelCsvSettings} only the organisation config sets (no VS Code setting has them). */
export const ORGANISATION_ONLY = ['format', 'headerAliases', 'loginIdDomains'] as const;

/** Defaults of every setting. */
export const DEFAULT_SETTINGS: Readonly<MiitelCsvSettings> = Object.freeze({
  files: [],
  subscriptions: [],
  seats: {},
  existingLoginIdsFile: '',
  // One source for MiiTel's 100: the format's limit.
  maxUsersPerFile: DEFAULT_FORMAT.limits.usersPerFile,
  rules: {},
  maxProblems: 1000,
  largeFileThreshold: 1_000_000,
  maxItemsComputed: 5000,
  inlayHints: Object.freeze({ enabled: true }),
  language: 'auto',
  configFile: 'use',
  format: 'auto',
  headerAliases: Object.freeze({}) as Record<string, string>,
  loginIdDomains: Object.freeze([]) as unknown as string[],
});

/**
 * Called once for each setting whose value was outside its schema (package.json) and was replaced:
 * `setting` is its full name (`miitelCsv.maxProblems`), `used` the value used instead.
 */
export type InvalidSettingHandler = (setting: string, used: unknown) => void;

/**
 * Merges a partial, untrusted settings object (from the client or the command line) over the
 * defaults. Every value is brought into the range the manifest's schema declares: a number below
 * its minimum is raised to it, a fraction rounded down (`maxProblems` 0.2 would otherwise hide every
 * finding), a value of the wrong type replaced by the default, an unknown key or item dropped; each
 * such setting is named once to `onInvalid`. A setting left out takes its default silently.
 */
export function resolveSettings(raw: unknown, onInvalid: InvalidSettingHandler = () => undefined): MiitelCsvSettings {
  const r = record(raw);
  const invalid = (name: string, used: unknown) => onInvalid(`miitelCsv.${name}`, used);
  const int = (name: string, min: number, fallback: number): number => {
    const v = r[name];
    if (v === undefined) return fallback;
    const n = typeof v === 'number' && Number.isFinite(v) ? Math.max(min, Math.floor(v)) : fallback;
    if (n !== v) invalid(name, n);
    return n;
  };
  const strings = (name: string, allowed?: readonly string[]): string[] | undefined => {
    const v = r[name];
    if (v === undefined) return undefined;
    const kept = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && (!allowed || allowed.includes(x))) : [];
    if (!Array.isArray(v) || kept.length !== v.length) invalid(name, kept);
    return kept;
  };

  const seats: Partial<Record<SeatId, number>> = {};
  let seatsInvalid = r.seats !== undefined && (typeof r.seats !== 'object' || r.seats === null || Array.isArray(r.seats));
  for (const [k, v] of Object.entries(record(r.seats))) {
    const n = typeof v === 'number' && Number.isFinite(v) ? Math.max(0, Math.floor(v)) : undefined;
    if (n !== undefined && k in SEATS) seats[k as SeatId] = n;
    if (n !== v || !(k in SEATS)) seatsInvalid = true;
  }
  if (seatsInvalid) invalid('seats', seats);
  const rules: Partial<Record<DiagnosticCode, RuleSeverity>> = {};
  let rulesInvalid = r.rules !== undefined && (typeof r.rules !== 'object' || r.rules === null || Array.isArray(r.rules));
  for (const [k, v] of Object.entries(record(r.rules))) {
    const known = (DIAGNOSTIC_CODES as readonly string[]).includes(k);
    if (known && (v === 'off' || v === 'error' || v === 'warning' || v === 'info')) rules[k as DiagnosticCode] = v;
    else rulesInvalid = true;
  }
  if (rulesInvalid) invalid('rules', rules);
  let existingLoginIdsFile = '';
  if (typeof r.existingLoginIdsFile === 'string') existingLoginIdsFile = r.existingLoginIdsFile;
  else if (r.existingLoginIdsFile !== undefined) invalid('existingLoginIdsFile', '');
  const hints = r.inlayHints === undefined ? {} : record(r.inlayHints);
  if ((hints.enabled !== undefined && typeof hints.enabled !== 'boolean') || (r.inlayHints !== undefined && hints !== r.inlayHints)) {
    invalid('inlayHints.enabled', true);
  }
  let language = DEFAULT_SETTINGS.language;
  if (isLanguageSetting(r.language)) language = r.language;
  else if (r.language !== undefined) invalid('language', language);
  let configFile = DEFAULT_SETTINGS.configFile;
  if (r.configFile === 'use' || r.configFile === 'ignore') configFile = r.configFile;
  else if (r.configFile !== undefined) invalid('configFile', configFile);
  return {
    files: strings('files') ?? [...DEFAULT_SETTINGS.files],
    subscriptions: (strings('subscriptions', Object.keys(PRODUCTS)) ?? []) as ProductId[],
    seats,
    existingLoginIdsFile,
    ...(r.existingLoginIdsFileFromWorkspace === true ? { existingLoginIdsFileFromWorkspace: true } : {}),
    maxUsersPerFile: int('maxUsersPerFile', 1, DEFAULT_SETTINGS.maxUsersPerFile),
    rules,
    maxProblems: int('maxProblems', 1, DEFAULT_SETTINGS.maxProblems),
    largeFileThreshold: int('largeFileThreshold', 0, DEFAULT_SETTINGS.largeFileThreshold),
    maxItemsComputed: int('maxItemsComputed', 0, DEFAULT_SETTINGS.maxItemsComputed),
    inlayHints: { enabled: hints.enabled !== false },
    language,
    configFile,
    format: DEFAULT_SETTINGS.format,
    headerAliases: {},
    loginIdDomains: [],
  };
}

function record(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
