/**
 * The state the webview shows, read from a document and its diagnostics: the table model of the
 * text (shared/table), its columns by the format the header names, and VS Code's diagnostics placed
 * on their cells. The language server stays the only checker: the table shows what it reported.
 */
import { DiagnosticSeverity, languages, type TextDocument, workspace } from 'vscode';
import { DEFAULT_FORMAT, detectFormat, type CsvFormat } from '../../../shared/formats/index';
import { buildTableModel, type TableModel } from '../../../shared/table/tableModel';
import { gridColumns, gridRows } from '../../../shared/table/view/columns';
import { placeFindings, type OffsetFinding } from '../../../shared/table/view/findings';
import type { GridSeverity, GridState } from '../../../shared/table/view/protocol';
import { gridStrings, tableText } from './tableText';

/** The model of one version of a document, with the format its header names. */
export interface ReadDocument {
  readonly version: number;
  readonly model: TableModel;
  readonly format: CsvFormat;
}

/** Reads `document` as a table. */
export function readDocument(document: TextDocument): ReadDocument {
  const model = buildTableModel(document.getText());
  return { version: document.version, model, format: detectFormat(model.headers) ?? DEFAULT_FORMAT };
}

const SEVERITIES: Readonly<Record<DiagnosticSeverity, GridSeverity>> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'info',
  [DiagnosticSeverity.Hint]: 'hint',
};

/** Everything the webview shows for `read` (a reading of `document` at its current version). */
export function gridState(document: TextDocument, read: ReadDocument): GridState {
  const findings: OffsetFinding[] = languages.getDiagnostics(document.uri).map((d) => ({
    offset: document.offsetAt(d.range.start),
    line: d.range.start.line,
    severity: SEVERITIES[d.severity],
    message: d.message,
  }));
  const threshold = workspace.getConfiguration('miitelCsv', document.uri).get<number>('largeFileThreshold', 1_000_000);
  const size = read.model.text.length;
  return {
    version: read.version,
    columns: gridColumns(read.model, read.format),
    rows: gridRows(read.model),
    findings: placeFindings(read.model, findings),
    strings: gridStrings(),
    ...(threshold > 0 && size > threshold ? { notice: tableText.largeFile(size, threshold) } : {}),
  };
}
