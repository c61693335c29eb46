/** Which URIs `miitelCsv.showRuleDoc` opens: kept free of `vscode` so the unit tests check it. */

/** The scheme and path of a URI (a `vscode.Uri` is one). */
export interface UriParts {
  readonly scheme: string;
  readonly path: string;
}

/**
 * Whether `uri` is a Markdown page under `pages` (this extension's docs/rules/). Any extension may
 * run the command with any argument, so nothing else is opened. Compared without case: a Windows
 * drive letter may be written either way by the server and by VS Code.
 */
export function isRuleDocPage(pages: UriParts, uri: UriParts): boolean {
  const root = `${pages.path.replace(/\/$/, '')}/`.toLowerCase();
  const path = uri.path.toLowerCase();
  return uri.scheme === pages.scheme && path.startsWith(root) && path.endsWith('.md') && !/\/\.\.?(?:\/|$)/.test(path);
}
