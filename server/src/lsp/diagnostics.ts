/**
 * Problems → LSP diagnostics, and the validation of one open document. Pull and push delivery
 * live in pullDiagnostics.ts and pushDiagnostics.ts; both call {@link diagnose}.
 */
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, type Severity } from '../../../shared/codes';
import type { Problem } from '../service/languageService';
import { type DocumentSnapshot, isCurrent, miitelFile, type ServerContext, snapshot } from './context';
import { isLargeFile, problemsOf } from './problems';
import { toRange } from './textEdits';
import { isConfigUri } from './configFiles';
import { parseConfig } from '../service/config/parseConfig';
import { ruleDocHref } from './ruleDocLinks';

/** The problems of an open organisation config, from its text in the editor (so they follow typing). */
function configDiagnostics(document: TextDocument): Diagnostic[] {
  return parseConfig(document.getText()).problems.map((p) => ({
    range: toRange(document, p.offset, p.length),
    severity: DiagnosticSeverity.Error,
    source: DIAGNOSTIC_SOURCE,
    message: p.message,
  }));
}

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The diagnostics of one version of a document: check {@link isCurrent} before sending them. */
export interface DiagnosedVersion extends DocumentSnapshot {
  readonly diagnostics: Diagnostic[];
  /** Whether the file is above `largeFileThreshold` (checked in slices); absent for a file not checked. */
  readonly large?: boolean;
}

/**
 * Validates the open document: empty for a document that is not a MiiTel file. The result names
 * the document object, version and text it was computed for, so callers can drop it when the
 * document has moved on.
 */
export async function diagnose(context: ServerContext, document: TextDocument): Promise<DiagnosedVersion> {
  const before = snapshot(document);
  if (isConfigUri(document.uri)) return { ...before, diagnostics: configDiagnostics(document) };
  const file = await miitelFile(context, document);
  if (!file) return { ...before, diagnostics: [] };
  const problems = await problemsOf(context, file);
  // Edited or closed while the Login ID file was read: the offsets would land in another text.
  if (!isCurrent(context, file)) return { ...file, diagnostics: [] };
  const diagnostics = problems.map((p) => toDiagnostic(document, p));
  return { document, version: file.version, text: file.text, diagnostics, large: isLargeFile(file) };
}

/** Converts one problem, resolving its offsets against `document`. */
export function toDiagnostic(document: TextDocument, problem: Problem): Diagnostic {
  const range = (offset: number, length: number) => toRange(document, offset, length);
  const diagnostic: Diagnostic = {
    range: range(problem.offset, problem.length),
    severity: SEVERITY[problem.severity],
    code: problem.code,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  };
  // The code becomes a link to its explanation page in the Problems panel and the hover.
  const href = ruleDocHref(problem.code);
  if (href !== undefined) diagnostic.codeDescription = { href };
  if (problem.data !== undefined) diagnostic.data = problem.data;
  if (problem.related?.length) {
    diagnostic.relatedInformation = problem.related.map((r) => ({
      location: { uri: document.uri, range: range(r.offset, r.length) },
      message: r.message,
    }));
  }
  return diagnostic;
}
