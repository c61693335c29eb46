/**
 * `miitelCsv.showRuleDoc [href]`, run by the "Learn more about <code>" code action: opens the
 * code's explanation page (docs/rules/ of this extension, the URI the server sends) in the Markdown
 * preview beside the CSV, or as text where there is no Markdown preview.
 */
import { commands, Uri, window } from 'vscode';
import { isRuleDocPage } from './ruleDocPage';

/** Opens `href` (a URI string or Uri) when it is a Markdown page under `pages` (this extension's docs/rules/); anything else is ignored. */
export async function showRuleDoc(pages: Uri, href: unknown): Promise<void> {
  const uri = typeof href === 'string' ? Uri.parse(href) : href instanceof Uri ? href : undefined;
  if (!uri || !isRuleDocPage(pages, uri)) return;
  try {
    await commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    await window.showTextDocument(uri, { preview: true, preserveFocus: false });
  }
}
