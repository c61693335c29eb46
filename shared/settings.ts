/**
 * Settings of the extension (`miitelCsv.*`), shared by the client, the server and the CLI.
 * The server reads them per resource and merges them over {@link DEFAULT_SETTINGS}.
 */
import { DEFAULT_FORMAT } from './formats/index';
import type { ProductId, SeatId } from './formats/types';
import type { DiagnosticCode } from './codes';

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
}

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
});

/** Merges a partial, untrusted settings object (from the client or the command line) over the defaults. */
export function resolveSettings(raw: unknown): MiitelCsvSettings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const stringArray = (v: unknown): string[] | undefined =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
  const positiveInt = (v: unknown): number | undefined =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.floor(v) : undefined;
  const record = (v: unknown): Record<string, unknown> =>
    v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

  const seats: Partial<Record<SeatId, number>> = {};
  for (const [k, v] of Object.entries(record(r.seats))) {
    const n = positiveInt(v);
    if (n !== undefined) seats[k as SeatId] = n;
  }
  const rules: Partial<Record<DiagnosticCode, RuleSeverity>> = {};
  for (const [k, v] of Object.entries(record(r.rules))) {
    if (v === 'off' || v === 'error' || v === 'warning' || v === 'info') rules[k as DiagnosticCode] = v;
  }
  return {
    files: stringArray(r.files) ?? [...DEFAULT_SETTINGS.files],
    subscriptions: (stringArray(r.subscriptions) ?? []) as ProductId[],
    seats,
    existingLoginIdsFile: typeof r.existingLoginIdsFile === 'string' ? r.existingLoginIdsFile : '',
    ...(r.existingLoginIdsFileFromWorkspace === true ? { existingLoginIdsFileFromWorkspace: true } : {}),
    maxUsersPerFile: positiveInt(r.maxUsersPerFile) ?? DEFAULT_SETTINGS.maxUsersPerFile,
    rules,
    maxProblems: positiveInt(r.maxProblems) ?? DEFAULT_SETTINGS.maxProblems,
    largeFileThreshold: positiveInt(r.largeFileThreshold) ?? DEFAULT_SETTINGS.largeFileThreshold,
    maxItemsComputed: positiveInt(r.maxItemsComputed) ?? DEFAULT_SETTINGS.maxItemsComputed,
    inlayHints: { enabled: record(r.inlayHints).enabled !== false },
  };
}
