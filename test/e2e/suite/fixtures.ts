/**
 * What the fixture files of test/e2e/workspace hold, as the editor must show it. Line numbers are
 * 1-based, as the editor numbers them; columns are 1-based positions in the header.
 */
import type * as vscode from 'vscode';
import { cellRange, rangeText, type Shown } from './helpers';

/** Header positions of the fixtures' columns. */
export const COLUMN = { loginId: 1, userName: 2, password: 3, locale: 4, timeZone: 5 } as const;

/** The diagnostics of mistakes.csv, in file order. */
export function expectedMistakes(document: vscode.TextDocument): Shown[] {
  const at = (line: number, column: number) => rangeText(cellRange(document, line, column));
  return [
    { code: 'value/not-allowed', severity: 'error', range: at(3, COLUMN.locale) }, // English
    { code: 'value/not-allowed', severity: 'error', range: at(4, COLUMN.timeZone) }, // Tokyo
    { code: 'password/too-short', severity: 'error', range: at(5, COLUMN.password) }, // 7 characters
    { code: 'login-id/duplicate', severity: 'error', range: at(6, COLUMN.loginId) }, // same as line 2
    { code: 'password/single-class', severity: 'warning', range: at(7, COLUMN.password) }, // letters only
  ];
}
