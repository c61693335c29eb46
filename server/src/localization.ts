/**
 * Finds and loads the message bundle of a language for the server and the CLI (the client has
 * `vscode.l10n`, which reads the same `l10n/` directory through package.json's `"l10n"`).
 *
 * A language is the file `l10n/bundle.l10n.<lang>.json`; `ja-JP` tries `ja-JP`, `ja-jp`, then `ja`.
 * A missing bundle means English; an unreadable or malformed one means English and a warning, never
 * a failure: the checker must still check when a translation is broken.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { configureL10n, type L10nBundle } from '../../shared/l10n';

/** Bundles above this size are not read (the English one is about 30 KB). */
const MAX_BUNDLE_BYTES = 2_000_000;

/** A BCP 47-like tag: letters, digits, `-` and `_` only, so a tag can never name another path. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/** The candidates for `language`, most specific first: `ja_JP` → `ja-JP`, `ja-jp`, `ja`. */
export function languageCandidates(language: string): string[] {
  if (!LANGUAGE_TAG.test(language)) return [];
  const tag = language.replace(/_/g, '-');
  const base = tag.split('-')[0] ?? tag;
  return [...new Set([tag, tag.toLowerCase(), base.toLowerCase()])];
}

/**
 * The `l10n` directory of the installation: the nearest one holding the English bundle, looking
 * up from `from` (`dist/` for the bundled server and CLI, `out/server/src/` for the compiled tests).
 */
export function findBundleDirectory(from: string = __dirname): string | undefined {
  let directory = from;
  for (let level = 0; level < 6; level++) {
    const candidate = join(directory, 'l10n');
    if (isRegularFile(join(candidate, 'bundle.l10n.json'))) return candidate;
    const parent = dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  return undefined;
}

/** What {@link loadLanguage} did: the language now in effect and, if a bundle was refused, why. */
export interface LanguageResult {
  readonly language: string;
  readonly warning?: string;
}

/**
 * Configures the messages for `language` (undefined or empty: English) from the bundles in
 * `directory`. Falls back to English when no bundle matches or the matching one is broken.
 */
export function loadLanguage(language: string | undefined, directory: string | undefined = findBundleDirectory()): LanguageResult {
  const english = (warning?: string): LanguageResult => {
    configureL10n('en', undefined);
    return warning === undefined ? { language: 'en' } : { language: 'en', warning };
  };
  if (!language || directory === undefined) return english();
  for (const candidate of languageCandidates(language)) {
    if (candidate === 'en') return english();
    const file = join(directory, `bundle.l10n.${candidate}.json`);
    if (!isRegularFile(file)) continue;
    const bundle = readBundle(file);
    if (typeof bundle === 'string') return english(`Messages stay in English: the bundle ${file} ${bundle}.`);
    configureL10n(candidate, bundle);
    return { language: candidate };
  }
  return english();
}

/** The bundle in `file`, or why it cannot be used. */
function readBundle(file: string): L10nBundle | string {
  let parsed: unknown;
  try {
    if (statSync(file).size > MAX_BUNDLE_BYTES) return `is larger than ${MAX_BUNDLE_BYTES} bytes`;
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return `cannot be read as JSON (${error instanceof Error ? error.name : typeof error})`;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'is not a JSON object';
  // A null-prototype copy, so a key such as "constructor" never finds Object.prototype's.
  const bundle: Record<string, string | { message: string; comment: string[] }> = Object.create(null) as Record<string, string>;
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value === 'string') bundle[key] = value;
    else if (isCommented(value)) bundle[key] = { message: value.message, comment: value.comment };
    else return `has a value that is neither a string nor { message, comment } (key ${JSON.stringify(key.slice(0, 40))})`;
  }
  return bundle;
}

function isCommented(value: unknown): value is { message: string; comment: string[] } {
  if (typeof value !== 'object' || value === null) return false;
  const { message, comment } = value as { message?: unknown; comment?: unknown };
  return typeof message === 'string' && Array.isArray(comment) && comment.every((c) => typeof c === 'string');
}

function isRegularFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * The language of a POSIX locale environment (`LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first
 * set wins): `ja_JP.UTF-8` → `ja_JP`; `C` and `POSIX` → undefined (English).
 */
export function languageFromEnvironment(env: Readonly<Record<string, string | undefined>>): string | undefined {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  if (value === undefined) return undefined;
  const language = value.split(/[.@]/)[0] ?? '';
  return language === 'C' || language === 'POSIX' || language === '' ? undefined : language;
}
