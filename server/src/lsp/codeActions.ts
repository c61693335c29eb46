/**
 * `textDocument/codeAction`: quick fixes for the problems in the requested range, and the
 * `source.fixAll.miitelCsv` action (so `editor.codeActionsOnSave` can run it), which applies only
 * fixes that keep the meaning; its title counts them, and the log says what they are.
 */
import { type CodeAction, CodeActionKind, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { type Fix, getFixes, type Problem } from '../service/languageService';
import { fixAllText, fixAllTotal, fixText } from '../service/messages';
import { type Feature, isCurrent, type MiitelFile, miitelFile, type ServerContext } from './context';
import { toDiagnostic } from './diagnostics';
import { computeFixAll } from './fixAllEdit';
import { readyProblems } from './problems';
import { runSafe } from './runSafe';
import { toTextEdits } from './textEdits';
import { learnMoreActions } from './learnMore';

/** The fix-all kind of this extension. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.miitelCsv`;

const wants = (only: readonly string[] | undefined, kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

export const codeActions: Feature = {
  capabilities: () => ({ codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false } }),
  register(context) {
    context.connection.onCodeAction((params, token) =>
      runSafe<CodeAction[]>(context.logger, 'Code actions', token, [], async () => {
        const document = context.documents.get(params.textDocument.uri);
        const file = document && (await miitelFile(context, document));
        if (!file) return [];
        const only = params.context.only;
        const actions: CodeAction[] = [];
        if (wants(only, CodeActionKind.QuickFix)) {
          const problems = (await readyProblems(context, file)).filter(inRange(document, params.range));
          // One problem's fix can equal another's (deleting all unused rows): offer it once.
          const seen = new Set<string>();
          for (const problem of problems) {
            for (const fix of getFixes(file.doc, problem, document.uri)) {
              const key = JSON.stringify([fix.title, fix.changes, fix.command]);
              if (seen.has(key)) continue;
              seen.add(key);
              actions.push(toCodeAction(document, fix, matchDiagnostic(document, problem, params.context.diagnostics)));
            }
          }
        }
        // Not a fix: no kind, so only menus that ask for every kind (Ctrl+. in the editor) list it, under "More Actions".
        if (!only) actions.push(...learnMoreActions((await readyProblems(context, file)).filter(inRange(document, params.range))));
        // Only when asked by kind: the lightbulb (no `only`) never shows source actions, and fix-all re-validates.
        if (only && wants(only, FIX_ALL_KIND)) {
          const action = await fixAllAction(context, file);
          if (action) actions.push(action);
        }
        // Edited, closed or reopened while the problems were computed (they wait for files on disk): these edits are for an older text
        // and, as plain `changes` carry no version, a client would apply them to the new one.
        return isCurrent(context, file) ? actions : [];
      }),
    );
  },
};

/** Whether a problem touches `range` of `document`. */
function inRange(document: TextDocument, range: Range): (problem: Problem) => boolean {
  const from = document.offsetAt(range.start);
  const to = document.offsetAt(range.end);
  return (p) => p.offset <= to && p.offset + p.length >= from;
}

/** The client's own diagnostic for `problem` when it sent one (so VS Code links the fix to it), else ours. */
function matchDiagnostic(document: TextDocument, problem: Problem, sent: readonly Diagnostic[]): Diagnostic {
  const ours = toDiagnostic(document, problem);
  const same = (a: Diagnostic) =>
    a.code === ours.code &&
    a.range.start.line === ours.range.start.line &&
    a.range.start.character === ours.range.start.character &&
    a.range.end.line === ours.range.end.line &&
    a.range.end.character === ours.range.end.character;
  return sent.find(same) ?? ours;
}

function toCodeAction(document: TextDocument, fix: Fix, diagnostic: Diagnostic): CodeAction {
  const action: CodeAction = { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic] };
  if (fix.preferred) action.isPreferred = true;
  if (fix.changes.length > 0) {
    action.edit = { changes: { [document.uri]: toTextEdits(document, fix.changes) } };
  }
  if (fix.command) action.command = { title: fix.command.title, command: fix.command.id, arguments: fix.command.arguments };
  return action;
}

/** The fix-all source action, disabled with its reason on a large file, or undefined when nothing would change. */
async function fixAllAction(context: ServerContext, file: MiitelFile): Promise<CodeAction | undefined> {
  const result = await computeFixAll(context, file);
  if (result === undefined) return undefined;
  if ('refused' in result) {
    // Offered, disabled, with the reason on a large file; a client that cannot show a disabled
    // action (and its reason) gets none, nor does a file read in the wrong encoding.
    if (result.refused !== 'large' || context.capabilities.textDocument?.codeAction?.disabledSupport !== true) return undefined;
    return { title: fixText.fixAll, kind: FIX_ALL_KIND, disabled: { reason: result.reason } };
  }
  if (!result.edit) return undefined;
  // Counts only, never values: the output channel is no place for passwords or names.
  context.logger.info(fixAllText.log(file.document.uri, fixAllText.summary(result.counts)));
  const title = fixAllText.title(fixAllTotal(result.counts));
  return { title, kind: FIX_ALL_KIND, edit: { changes: { [file.document.uri]: [result.edit] } } };
}
