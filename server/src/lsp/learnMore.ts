/**
 * The "Learn more about <code>" code actions: one per code among the problems asked about, running
 * the client's `miitelCsv.showRuleDoc` command with the page's URI (it opens the Markdown preview).
 * They carry no kind and no edit: they are not fixes, are never preferred, and fix-all (which
 * computes its own edits) never sees them.
 */
import type { CodeAction } from 'vscode-languageserver';
import { COMMANDS } from '../../../shared/commands';
import type { Problem } from '../service/languageService';
import { ruleDocText } from '../service/messages/ruleDocs';
import { ruleDocHref } from './ruleDocLinks';

/** One action per distinct code of `problems` whose page is installed, in the order the codes first appear. */
export function learnMoreActions(problems: readonly Problem[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const code of new Set(problems.map((p) => p.code))) {
    const href = ruleDocHref(code);
    if (href === undefined) continue;
    const title = ruleDocText.learnMore(code);
    actions.push({ title, command: { title, command: COMMANDS.showRuleDoc, arguments: [href] } });
  }
  return actions;
}
