/**
 * Problems → LSP diagnostics, and the validation of one open document. Pull and push delivery
 * live in pullDiagnostics.ts and pushDiagnostics.ts; both call {@link diagnose}.
 */
import { type Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE, type Severity } from '../../../shared/codes';
import type { Problem } from '../service/validation/types';
import { type ServerContext, miitelFile } from './context';
import { problemsOf } from './problems';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The diagnostics of one version of a document. */
export interface DiagnosedVersion {
  readonly version: number;
  readonly diagnostics: Diagnostic[];
}

/**
 * Validates the open document: empty for a document that is not a MiiTel file. The result names
 * the version it was computed for, so callers can drop it when the document has moved on.
 */
export async function diagnose(context: ServerContext, document: TextDocument): Promise<DiagnosedVersion> {
  const file = await miitelFile(context, document);
  if (!file) return { version: document.version, diagnostics: [] };
  const problems = await problemsOf(context, file);
  // Edited while the Login ID file was read: this result would be stale, and callers drop it by its version.
  if (document.version !== file.version) return { version: file.version, diagnostics: [] };
  return { version: file.version, diagnostics: problems.map((p) => toDiagnostic(document, p)) };
}

/** Converts one problem, resolving its offsets against `document`. */
export function toDiagnostic(document: TextDocument, problem: Problem): Diagnostic {
  const range = (offset: number, length: number) => ({
    start: document.positionAt(offset),
    end: document.positionAt(offset + length),
  });
  const diagnostic: Diagnostic = {
    range: range(problem.offset, problem.length),
    severity: SEVERITY[problem.severity],
    code: problem.code,
    source: DIAGNOSTIC_SOURCE,
    message: problem.message,
  };
  if (problem.data !== undefined) diagnostic.data = problem.data;
  if (problem.related?.length) {
    diagnostic.relatedInformation = problem.related.map((r) => ({
      location: { uri: document.uri, range: range(r.offset, r.length) },
      message: r.message,
    }));
  }
  return diagnostic;
}
