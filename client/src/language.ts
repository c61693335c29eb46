/**
 * The language of the client's own strings (status bar, prompts, notifications): `miitelCsv.language`,
 * or VS Code's display language for `auto`. Read from the extension's `l10n/` folder with the same
 * lookup as the server's (shared/languages.ts), rather than `vscode.l10n.bundle`, which only ever
 * holds the display language's bundle and so could not follow the setting.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { env, workspace } from 'vscode';
import { effectiveLanguage, type LanguageResult, useBundle } from '../../shared/languages';

/** The setting, as the server receives it in `initializationOptions.language`. */
export function languageSetting(): unknown {
  return workspace.getConfiguration('miitelCsv').get('language');
}

/** Configures the client's messages for the setting of the moment; the result names a bundle refused, if any. */
export function configureClientLanguage(extensionPath: string): LanguageResult {
  return useBundle(effectiveLanguage(languageSetting(), env.language), (name) => readIfPresent(join(extensionPath, 'l10n', name)));
}

/** The text of `file`, undefined when it does not exist (a language without a translation). */
function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
