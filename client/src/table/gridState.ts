/**
 * The state the webview shows, read from a document and its diagnostics: the table model of the
 * text (shared/table), its columns by the format the header names, and VS Code's diagnostics placed
 * on their cells. The language server stays the only checker: the table shows what it reported.
 */
import { DiagnosticSeverity, languages, type TextDocument, workspace } from 'vscode';
import { DEFAULT_FORMAT, detectFormat, FORMATS, type CsvFormat } from '../../../shared/formats/index';
import type { DocumentInfo } from '../../../shared/protocol';
import { buildTableModel, type TableModel } from '../../../shared/table/tableModel';
import { gridColumns, gridRows } from '../../../shared/table/view/columns';
import { placeFindings, type OffsetFinding } from '../../../shared/table/view/findings';
import type { GridSeverity, GridState } from '../../../shared/table/view/protocol';
import { gridStrings, tableText } from './tableText';

/** The model of one version of a document, with its format and the MiiTel header each position is read as. */
export interface ReadDocument {
  readonly version: number;
  readonly model: TableModel;
  readonly format: CsvFormat;
  /** The language server's reading of the header (see `DocumentInfo.headers`), when it answered. */
  readonly names?: readonly (string | null)[];
  /** A header text as the format names it (the server's header aliases applied), for shared/table's row functions. */
  readonly resolve: (header: string) => string;
  /** The server's answer this reading used, to read again when a later answer differs. */
  readonly info: DocumentInfo | undefined;
}

/**
 * Reads `document` as a table. With the server's `info` the format and the columns are the ones the
 * checker uses (a format forced by the organisation config, its header aliases); without it, the
 * format the header names.
 */
export function readDocument(document: TextDocument, info?: DocumentInfo): ReadDocument {
  const model = buildTableModel(document.getText());
  const format = FORMATS.find((f) => f.id === info?.formatId) ?? detectFormat(model.headers) ?? DEFAULT_FORMAT;
  const names = info?.headers;
  const resolve = (header: string) => names?.[model.headers.indexOf(header)] ?? header;
  return { version: document.version, model, format, info, resolve, ...(names ? { names } : {}) };
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
    columns: gridColumns(read.model, read.format, read.names),
    rows: gridRows(read.model),
    findings: placeFindings(read.model, findings),
    strings: gridStrings(),
    ...(threshold > 0 && size > threshold ? { notice: tableText.largeFile(size, threshold) } : {}),
  };
}
