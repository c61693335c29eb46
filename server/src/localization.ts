/**
 * Where the server and the CLI find the message bundles (`l10n/bundle.l10n.<lang>.json` of the
 * installation) and which language a terminal asks for. Choosing among a language's candidates and
 * checking a bundle is `useBundle` of shared/languages.ts, which the client uses too.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { type LanguageResult, useBundle } from '../../shared/languages';

/** Bundles above this size are not read (the English one is about 30 KB). */
const MAX_BUNDLE_BYTES = 2_000_000;

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

/**
 * Configures the messages for `language` (undefined or empty: English) from the bundles in
 * `directory`. Falls back to English when no bundle matches or the matching one is broken.
 */
export function loadLanguage(language: string | undefined, directory: string | undefined = findBundleDirectory()): LanguageResult {
  if (directory === undefined) return useBundle(undefined, () => undefined);
  return useBundle(language, (name) => readBundleFile(join(directory, name)));
}

/** The text of the bundle `file`, undefined when there is no such regular file; throws when it is too large to be one. */
function readBundleFile(file: string): string | undefined {
  if (!isRegularFile(file)) return undefined;
  if (statSync(file).size > MAX_BUNDLE_BYTES) throw new Error(`is larger than ${MAX_BUNDLE_BYTES} bytes`);
  return readFileSync(file, 'utf8');
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
