/**
 * Diagnostic codes: the stable identifiers users configure (`miitelCsv.rules`) and quick fixes key
 * on. Only the names live here, so that the settings, the client and the CLI know them without the
 * server's rules; each code's severity, data and fixes are declared by its rule module
 * (server/src/service/validation/rules/), and the registry there fails to compile, and
 * test/unit/rules/registry.test.ts fails, when this list and the modules disagree.
 */

/** Every diagnostic code, in documentation order (the README's table and `package.json` list them so). */
export const DIAGNOSTIC_CODES = [
  'csv/delimiter',
  'csv/unclosed-quote',
  'csv/invalid-quote',
  'csv/field-count',
  'header/missing-column',
  'header/unknown-column',
  'header/duplicate-column',
  'header/column-order',
  'value/required',
  'value/not-allowed',
  'value/whitespace',
  'value/full-width',
  'login-id/format',
  'login-id/invalid-character',
  'login-id/duplicate',
  'login-id/duplicate-case',
  'login-id/in-use',
  'login-id/not-found',
  'login-id/domain',
  'user-name/too-long',
  'extension-number/format',
  'extension-number/duplicate',
  'password/too-short',
  'password/invalid-character',
  'password/sequential',
  'password/single-class',
  'dependency/requires',
  'dependency/recommended',
  'rows/too-many',
  'rows/unused-template-row',
  'rows/none',
  'limit/seats',
  'security/formula',
  'encoding/mismatch',
  'encoding/unsupported',
  'file/too-large',
] as const;

/** Every diagnostic code. */
export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/** Severity of a finding. */
export type Severity = 'error' | 'warning' | 'info';

/** Source name shown next to every diagnostic. */
export const DIAGNOSTIC_SOURCE = 'miitel-csv';
