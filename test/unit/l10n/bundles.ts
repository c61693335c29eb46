/** Helpers of the localisation tests: the extraction script, the bundles on disk and their checks. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The repository root (tests run from out/test/unit/l10n). */
export const ROOT = resolve(__dirname, '../../../..');
/** The bundle directory. */
export const L10N_DIR = join(ROOT, 'l10n');

/** What scripts/l10n.mjs exports. */
export interface Extraction {
  extractMessages(root: string): { keys: string[]; computed: { file: string; line: number; text: string }[] };
  bundleText(keys: readonly string[]): string;
}

/** Loads scripts/l10n.mjs (an ES module, so through import()). */
export async function loadExtraction(): Promise<Extraction> {
  return (await import(pathToFileURL(join(ROOT, 'scripts/l10n.mjs')).href)) as Extraction;
}

/** The JSON object in `file`. */
export function readJson(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

/** The translations present: `<prefix>.<lang>.json` files in `directory`, as [lang, file] pairs. */
export function translations(directory: string, prefix: string): [string, string][] {
  const pattern = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.([A-Za-z0-9-]+)\\.json$`);
  return readdirSync(directory)
    .map((name) => [pattern.exec(name)?.[1], join(directory, name)] as const)
    .filter((entry): entry is [string, string] => entry[0] !== undefined);
}

/** Placeholders of a message: `{0}`, `{name}` (not the braces of `{ | }` in the text), sorted. */
export function placeholders(message: string): string[] {
  return [...new Set([...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();
}

/** The text of a bundle value: a string, or `{ message, comment }`. */
function messageOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && typeof (value as { message?: unknown }).message === 'string')
    return (value as { message: string }).message;
  return undefined;
}

/**
 * What is wrong with `translated` against the English keys: missing and extra keys, values that
 * are not messages, and messages whose placeholders differ from their key's. Empty when it is right.
 */
export function bundleProblems(englishKeys: readonly string[], translated: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const english = new Set(englishKeys);
  for (const key of englishKeys) if (!(key in translated)) problems.push(`missing: ${key}`);
  for (const [key, value] of Object.entries(translated)) {
    if (!english.has(key)) {
      problems.push(`extra: ${key}`);
      continue;
    }
    const message = messageOf(value);
    if (message === undefined) problems.push(`not a message: ${key}`);
    else if (placeholders(message).join() !== placeholders(key).join())
      problems.push(`placeholders {${placeholders(message).join('}, {')}} instead of {${placeholders(key).join('}, {')}}: ${key}`);
  }
  return problems;
}
