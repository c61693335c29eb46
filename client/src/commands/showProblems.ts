/**
 * "MiiTel CSV: List the problems of this file" (`miitelCsv.showProblems`, also a click on the
 * status bar item): a quick pick of the active file's diagnostics, in file order, each with its
 * place and message, that goes to the one chosen. A quick pick rather than the Problems panel: the
 * panel has no command that filters it to one file (its filter box takes text, and a file name
 * typed there also matches other files' messages), and it lists every file's problems.
 */
import {
  commands,
  type Diagnostic,
  DiagnosticSeverity,
  languages,
  type QuickPickItem,
  QuickPickItemKind,
  Selection,
  TextEditorRevealType,
  window,
  workspace,
} from 'vscode';
import { problemsText } from '../messages';

const ICONS: Readonly<Record<DiagnosticSeverity, string>> = {
  [DiagnosticSeverity.Error]: '$(error)',
  [DiagnosticSeverity.Warning]: '$(warning)',
  [DiagnosticSeverity.Information]: '$(info)',
  [DiagnosticSeverity.Hint]: '$(light-bulb)',
};

interface ProblemItem extends QuickPickItem {
  readonly diagnostic?: Diagnostic;
}

/** Items for `diagnostics` in file order: "$(error) message", "Ln 4, Col 12 · value/not-allowed". */
export function problemItems(diagnostics: readonly Diagnostic[]): ProblemItem[] {
  return [...diagnostics]
    .sort((a, b) => a.range.start.compareTo(b.range.start))
    .map((diagnostic) => {
      const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
      const where = problemsText.position(diagnostic.range.start.line + 1, diagnostic.range.start.character + 1);
      return {
        label: `${ICONS[diagnostic.severity]} ${diagnostic.message.split('\n')[0]}`,
        description: code === undefined ? where : `${where} · ${code}`,
        diagnostic,
      };
    });
}

/** Lists the active editor's problems and selects the one chosen in its editor. */
export async function showProblems(): Promise<void> {
  const editor = window.activeTextEditor;
  if (!editor) return;
  const { document } = editor;
  const name = workspace.asRelativePath(document.uri);
  const items = problemItems(languages.getDiagnostics(document.uri));
  if (items.length === 0) {
    void window.showInformationMessage(problemsText.none(name));
    return;
  }
  const panel: ProblemItem = { label: `$(list-unordered) ${problemsText.openPanel()}`, alwaysShow: true };
  const chosen = await window.showQuickPick([...items, { label: '', kind: QuickPickItemKind.Separator }, panel], {
    placeHolder: problemsText.placeholder(items.length, name),
    matchOnDescription: true,
  });
  if (!chosen) return;
  if (!chosen.diagnostic) {
    await commands.executeCommand('workbench.actions.view.problems');
    return;
  }
  const { range } = chosen.diagnostic;
  const shown = await window.showTextDocument(document, { viewColumn: editor.viewColumn, preserveFocus: false });
  shown.selection = new Selection(range.start, range.end);
  shown.revealRange(range, TextEditorRevealType.InCenterIfOutsideViewport);
}
