/**
 * Where each code's explanation page is in this installation (docs/rules/ next to dist/, packaged
 * in the .vsix), as the `file:` URI the diagnostics' `codeDescription` and the "Learn more" action
 * carry: the page in the language messages are rendered in, the English one when that language has
 * none, and nothing when the installation has no pages (the link is then left out, never broken).
 */
import { statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DiagnosticCode } from '../../../shared/codes';
import { currentLocale } from '../../../shared/l10n';
import { findBundleDirectory } from '../localization';
import { ruleDocDirectory, ruleDocFileName, ruleDocLanguage } from '../service/ruleDocs/page';

/**
 * The installation's root: the directory of the message bundles' `l10n/`, found once (the
 * installation does not change while the server runs). Null when there is none.
 */
let installRoot: string | null | undefined;
/** The link of each code and language asked for so far: at most codes × languages entries. */
const links = new Map<string, string | undefined>();

function rootDirectory(): string | undefined {
  if (installRoot === undefined) {
    const bundles = findBundleDirectory();
    installRoot = bundles === undefined ? null : dirname(bundles);
  }
  return installRoot ?? undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The `file:` URI of `code`'s page for `locale` (default: the language of the moment), or undefined when it is not installed. */
export function ruleDocHref(code: DiagnosticCode, locale: string = currentLocale()): string | undefined {
  const language = ruleDocLanguage(locale);
  const key = `${language} ${code}`;
  if (links.has(key)) return links.get(key);
  const root = rootDirectory();
  let href: string | undefined;
  if (root !== undefined) {
    const candidates = [...new Set([language, 'en' as const])].map((l) => join(root, ruleDocDirectory(l), ruleDocFileName(code)));
    const path = candidates.find(isFile);
    href = path === undefined ? undefined : pathToFileURL(path).href;
  }
  links.set(key, href);
  return href;
}
