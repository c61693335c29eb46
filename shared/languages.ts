/**
 * The languages the tool speaks and how the `miitelCsv.language` setting picks one. Shared by the
 * client (its own strings), the server (everything it renders) and the CLI (`--lang`).
 */
import { configureL10n, type L10nBundle } from './l10n';

/** Languages with a complete translation (`l10n/bundle.l10n.<lang>.json`, `package.nls.<lang>.json`); English is the source. */
export const LANGUAGES = ['en', 'ja', 'id'] as const;
/** A language of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/** Values of `miitelCsv.language`: `auto` follows the editor's display language. */
export const LANGUAGE_SETTINGS = ['auto', ...LANGUAGES] as const;
/** A value of `miitelCsv.language`. */
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/** Whether `value` is a value of `miitelCsv.language`. */
export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return typeof value === 'string' && (LANGUAGE_SETTINGS as readonly string[]).includes(value);
}

/**
 * The language to render in: the setting when it names one, else the editor's display language
 * (`InitializeParams.locale`, `vscode.env.language`), which the bundle lookup maps to English when
 * there is no translation for it (`fr` → English, `ja-JP` → Japanese).
 */
export function effectiveLanguage(setting: unknown, displayLanguage: string | undefined): string | undefined {
  return isLanguageSetting(setting) && setting !== 'auto' ? setting : displayLanguage;
}

/** A BCP 47-like tag: letters, digits, `-` and `_` only, so a tag can never name another path. */
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/;

/** The candidates for `language`, most specific first: `ja_JP` → `ja-JP`, `ja-jp`, `ja`. */
export function languageCandidates(language: string): string[] {
  if (!LANGUAGE_TAG.test(language)) return [];
  const tag = language.replace(/_/g, '-');
  const base = tag.split('-')[0] ?? tag;
  return [...new Set([tag, tag.toLowerCase(), base.toLowerCase()])];
}

/** What {@link useBundle} did: the language now in effect and, if a bundle was refused, why. */
export interface LanguageResult {
  readonly language: string;
  readonly warning?: string;
}

/**
 * Configures the messages for `language` (undefined or empty: English) with the first bundle
 * `read` finds among its candidates (`read("bundle.l10n.ja.json")`: the file's text, undefined when
 * there is none; it may throw). A missing bundle means English; an unreadable or malformed one means
 * English and a warning, never a failure: the checker must still check when a translation is broken.
 * The warning stays English, since the translation is what failed.
 */
export function useBundle(language: string | undefined, read: (name: string) => string | undefined): LanguageResult {
  const english = (warning?: string): LanguageResult => {
    configureL10n('en', undefined);
    return warning === undefined ? { language: 'en' } : { language: 'en', warning };
  };
  for (const candidate of language ? languageCandidates(language) : []) {
    if (candidate === 'en') return english();
    const name = `bundle.l10n.${candidate}.json`;
    let text: string | undefined;
    try {
      text = read(name);
    } catch (error) {
      return english(`Messages stay in English: the bundle ${name} ${error instanceof Error ? error.message : String(error)}.`);
    }
    if (text === undefined) continue;
    const bundle = parseBundle(text);
    if (typeof bundle === 'string') return english(`Messages stay in English: the bundle ${name} ${bundle}.`);
    configureL10n(candidate, bundle);
    return { language: candidate };
  }
  return english();
}

/** The bundle in `text`, or why it cannot be used. */
function parseBundle(text: string): L10nBundle | string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
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
