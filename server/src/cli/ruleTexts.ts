/**
 * The words a SARIF rule carries for each code (`shortDescription`, `fullDescription`, `help`), in
 * the language of the moment: the explanation page's title, meaning, and meaning and fix
 * (messages/ruleDocTexts.ts, the texts of docs/rules/).
 */
import type { DiagnosticCode } from '../../../shared/codes';
import { ruleDocTexts } from '../service/messages/ruleDocTexts';

/** What a SARIF rule says about its code. */
export interface RuleText {
  /** One short line: what is wrong. */
  readonly short: string;
  /** A paragraph: what the finding means. */
  readonly full: string;
  /** How to fix it (plain text: GitHub shows it under the alert). */
  readonly help: string;
}

/** The words of `code`'s SARIF rule. */
export function ruleText(code: DiagnosticCode): RuleText {
  const doc = ruleDocTexts[code]();
  return { short: doc.title, full: doc.meaning, help: `${doc.meaning}\n\n${doc.fix}` };
}
