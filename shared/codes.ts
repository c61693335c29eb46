/**
 * Diagnostic codes: stable identifiers users configure (`miitelCsv.rules`) and quick fixes key on,
 * with their default severity and the typed `data` each one carries.
 */
import type { ColumnId, SeatId } from './formats/types';

/** Default severity of every code. */
export const DEFAULT_SEVERITIES = {
  'csv/unclosed-quote': 'error',
  'csv/invalid-quote': 'error',
  'csv/field-count': 'error',
  'header/missing-column': 'error',
  'header/unknown-column': 'error',
  'header/duplicate-column': 'error',
  'header/column-order': 'warning',
  'value/required': 'error',
  'value/not-allowed': 'error',
  'value/whitespace': 'error',
  'value/full-width': 'error',
  'login-id/format': 'error',
  'login-id/invalid-character': 'error',
  'login-id/duplicate': 'error',
  'login-id/duplicate-case': 'warning',
  'login-id/in-use': 'error',
  'user-name/too-long': 'error',
  'password/too-short': 'error',
  'password/invalid-character': 'error',
  'password/sequential': 'error',
  'password/single-class': 'warning',
  'dependency/requires': 'error',
  'dependency/recommended': 'warning',
  'rows/too-many': 'error',
  'rows/unused-template-row': 'warning',
  'limit/seats': 'error',
  'security/formula': 'warning',
  'encoding/mismatch': 'error',
  'encoding/unsupported': 'error',
  'file/too-large': 'info',
} as const satisfies Record<string, 'error' | 'warning' | 'info'>;

/** Every diagnostic code. */
export type DiagnosticCode = keyof typeof DEFAULT_SEVERITIES;

/** All codes, in documentation order. */
export const DIAGNOSTIC_CODES = Object.keys(DEFAULT_SEVERITIES) as DiagnosticCode[];

/** Severity of a finding. */
export type Severity = 'error' | 'warning' | 'info';

/** Typed `data` of the diagnostics that carry any (quick fixes read it, never the message). */
export interface DiagnosticDataMap {
  'csv/field-count': { expected: number; actual: number };
  'header/missing-column': { column: ColumnId; header: string; index: number };
  'header/unknown-column': { header: string; suggestion?: string };
  'header/duplicate-column': { column: ColumnId };
  'header/column-order': { column: ColumnId; expectedIndex: number };
  'value/required': { column: ColumnId };
  'value/not-allowed': { column: ColumnId; value: string; allowed: string[]; suggestion?: string };
  'value/whitespace': { column: ColumnId; trimmed: string };
  'value/full-width': { column: ColumnId; normalized: string };
  'login-id/format': { suggestion?: string };
  'login-id/invalid-character': { characters: string[] };
  'login-id/duplicate': { loginId: string; firstLine: number };
  'login-id/duplicate-case': { loginId: string; firstLine: number };
  'user-name/too-long': { max: number; length: number };
  'password/too-short': { min: number; length: number };
  'password/invalid-character': { characters: string[] };
  'dependency/requires': { column: ColumnId; requiredColumn: ColumnId; requiredValue: string };
  'dependency/recommended': { column: ColumnId; requiredColumn: ColumnId; requiredValue: string };
  'rows/too-many': { max: number };
  'limit/seats': { seat: SeatId; limit: number };
  'security/formula': { column: ColumnId };
  /**
   * The encoding the file's bytes are really in, when reopening it that way restores the text;
   * absent when the garbled characters are in the file itself (reopening cannot help).
   */
  'encoding/mismatch': { detected?: 'shift_jis' | 'utf-8' };
  'encoding/unsupported': { encoding: 'UTF-16' | 'UTF-32' };
  /** The `miitelCsv.largeFileThreshold` (bytes) the file is larger than. */
  'file/too-large': { threshold: number };
}

/** Source name shown next to every diagnostic. */
export const DIAGNOSTIC_SOURCE = 'miitel-csv';
