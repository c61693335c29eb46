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
    { code: 'password/single-class', severity: 'error', range: at(7, COLUMN.password) }, // letters only
  ];
}

/** The first line of every fixture: columns 1–11 of MiiTel's template. */
export const HEADER_11 = [
  'Login ID',
  'User name',
  'Password',
  'Locale',
  'Time zone',
  'Administrative privileges',
  'Monitoring privileges',
  'MiiTel Analytics Download recorded audio files',
  'MiiTel Analytics Export call history as CSV',
  'MiiTel Analytics Export contact data as CSV',
  'MiiTel Phone Enable',
].join(',');

/** A file's text: the header and `rows`, each line ending in CRLF (as Excel and MiiTel write). */
export const crlfFile = (...rows: string[]) => [HEADER_11, ...rows].map((line) => `${line}\r\n`).join('');

/** The five users of split.csv (UTF-8, CRLF), written by test/e2e/generate-fixtures.mjs. */
export const SPLIT_USERS = [
  'abe@example.com,Abe Yuki,Fr8kT3wLm6Qz,0,0,0,0,1,1,1,1',
  'baker@example.com,Tom Baker,Hs4nV9pXc2Rw,1,7,0,0,0,0,0,1',
  'chen@example.com,Chen Wei,Jm6bQ3tZk8Lv,1,2,0,0,1,0,0,1',
  'diaz@example.com,Ana Diaz,Kp2wR7yNd5Sx,1,11,0,0,0,1,0,1',
  'endo@example.com,Endo Aoi,Lq9cW4mTf3Hb,0,0,1,1,1,1,1,1',
] as const;

/** The two users of shift-jis.csv, utf-8.csv and utf-16le.csv, written by test/e2e/generate-fixtures.mjs. */
export const JAPANESE_USERS = [
  'sato.kenji@example.co.jp,佐藤 健二,Gk4vN8qWz2Tp,0,0,0,0,1,1,1,1',
  'suzuki.misaki@example.co.jp,鈴木 美咲,Pc7xR3mYb9Kd,0,0,0,0,1,0,0,1',
] as const;

/**
 * The text of shift-jis.csv (Shift_JIS bytes), utf-8.csv and utf-16le.csv (UTF-16 LE with BOM), as
 * the editor shows it when it reads them in their real encoding.
 */
export const JAPANESE_TEXT = crlfFile(...JAPANESE_USERS);
