/**
 * The one localisation layer of the project, for the server, the CLI and the VS Code client alike.
 *
 * Messages are English text used as keys (as `vscode.l10n.t` and `@vscode/l10n` expect), with
 * `{0}` or `{name}` placeholders. The English bundle `l10n/bundle.l10n.json` is extracted from the
 * sources (`npm run l10n`); a language is one more file `l10n/bundle.l10n.<lang>.json` with the same
 * keys. Strings that live in data (column descriptions, code labels) are marked with {@link msg}
 * and rendered with {@link t} where they are shown, after the language is known.
 */
import * as l10n from '@vscode/l10n';

/** A value a placeholder is replaced with. */
export type L10nValue = string | number | boolean;

/** The bundle format: English message → translated message. */
export type L10nBundle = Readonly<Record<string, string | { message: string; comment: string[] }>>;

let locale = 'en';
let pluralRules = new Intl.PluralRules('en');
/** The locale numbers are formatted for: `locale` when Intl takes it, else English. */
let intlLocale = 'en';
let messages: L10nBundle = {};
/** Messages split at their placeholders (`[text, name, text, …, text]`), so each is parsed once. */
const compiled = new Map<string, readonly string[]>();
/** Messages are literals of the code, a few hundred; the bound only guards against a caller passing data. */
const MAX_COMPILED = 2000;
const PLACEHOLDER = /\{([^}]+)\}/;

/**
 * Loads `bundle` as the language `language` (a BCP 47 tag such as `ja` or `id`). Without a bundle
 * the messages stay English, and so do the plural rules ("1 user", not Japanese rules on English
 * text). Call once, before the first message is rendered.
 */
export function configureL10n(language: string, bundle: L10nBundle | undefined): void {
  locale = bundle && language ? language : 'en';
  try {
    pluralRules = new Intl.PluralRules(locale);
    intlLocale = locale;
  } catch {
    // Not a tag Intl accepts: plural forms and digits as in English rather than a crash on every message.
    pluralRules = new Intl.PluralRules('en');
    intlLocale = 'en';
  }
  messages = bundle ?? {};
  compiled.clear();
  // Kept in step for code that calls @vscode/l10n directly; `t` below reads the same bundle.
  l10n.config({ contents: messages });
}

/** The language messages are rendered in (`en` until {@link configureL10n} says otherwise). */
export function currentLocale(): string {
  return locale;
}

/** `message` in the current language, placeholders `{0}`, `{1}`, … replaced by `args`. */
export function t(message: string, ...args: L10nValue[]): string;
/** `message` in the current language, placeholders `{name}` replaced by `args.name`. */
export function t(message: string, args: Record<string, L10nValue>): string;
export function t(message: string, ...args: unknown[]): string {
  // What @vscode/l10n's `t` does for a string message (a unit test holds the two to the same output),
  // without its per-call regular-expression replace: a 100,000-row file can carry as many messages.
  const entry = Object.hasOwn(messages, message) ? messages[message] : undefined;
  const text = typeof entry === 'string' ? entry || message : entry?.comment ? entry.message : message;
  if (args.length === 0) return text;
  const values = (typeof args[0] === 'object' && args[0] !== null ? args[0] : args) as Readonly<Record<string, L10nValue>>;
  const parts = compile(text);
  let result = parts[0] ?? '';
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i] ?? '';
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    result += (value === undefined || value === null ? `{${name}}` : String(value)) + (parts[i + 1] ?? '');
  }
  return result;
}

function compile(text: string): readonly string[] {
  let parts = compiled.get(text);
  if (parts === undefined) {
    parts = text.split(PLACEHOLDER);
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(text, parts);
  }
  return parts;
}

/**
 * Marks `message` as a message key in data (a column description, a code label) without rendering
 * it: the extraction finds it, and {@link t} renders it where it is shown.
 */
export function msg<T extends string>(message: T): T {
  return message;
}

/** Plural forms of one message, by CLDR plural category; `other` is required (the only form Japanese and Indonesian use). */
export interface PluralForms {
  readonly one?: string;
  readonly other: string;
}

/**
 * The form of `forms` that the current language's plural rules choose for `count` (CLDR data via
 * `Intl.PluralRules`, not English rules written in code), rendered with {@link t}. Each form is a
 * message key of its own (write it with {@link msg}).
 */
export function plural(count: number, forms: PluralForms, ...args: L10nValue[]): string {
  const category = pluralRules.select(count) as keyof PluralForms;
  return t(forms[category] ?? forms.other, ...args);
}

/**
 * `items` as one list in the current language: `a, b or c` for `or` (each separator a message of
 * its own, so a language can change both), `a, b, c` for `comma`. Not `Intl.ListFormat`: its
 * English puts a comma before "or" ("a, b, or c"), which the messages have never had.
 */
export function joinList(items: readonly string[], kind: 'or' | 'comma'): string {
  if (items.length === 0) return '';
  const last = items.length - 1;
  let text = items[0] ?? '';
  for (let i = 1; i <= last; i++) {
    const item = items[i] ?? '';
    text = kind === 'or' && i === last ? t('{0} or {1}', text, item) : t('{0}, {1}', text, item);
  }
  return text;
}

/** `value` with the current language's digit grouping (`1,234` in English). */
export function formatNumber(value: number): string {
  return value.toLocaleString(intlLocale);
}
