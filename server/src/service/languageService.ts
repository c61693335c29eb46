/**
 * The one door to the language service: the language server (`lsp/`) and the CLI reach the
 * service only through this module, so what they may call is listed here and nowhere else. It is
 * pure (no vscode, no connection, no file system, no clock): text in, versions, problems and
 * feature answers out. Every feature takes the version's parsed model; none parses on its own.
 *
 * Per version, the caller holds a {@link ParsedVersion} (`parse`, then `reparse` after each edit)
 * and passes it to `validate`; nothing about a version is kept inside the service.
 *
 * User-visible wording is not behind this door: it comes from the localisation layer
 * (`service/messages`), which the CLI and the server use directly to render what they print.
 */
import type { MiitelCsvSettings } from '../../../shared/settings';
import type { MiitelDocument } from './miitelDocument';
import { parseVersion, reparseVersion } from './parsedVersion';
import { parseOptionsOf } from './parseOptions';
import type { Problem } from './validation/types';
import type { SeverityCounts } from './validation/validate';
import { validateCounted, type ValidateOptions } from './validation/validate';

// Versions: parse once per text, again only around an edit.
export { ParsedVersion, ParseInSteps } from './parsedVersion';
export type { MiitelDocument, UserRow } from './miitelDocument';
export type { TextEdit } from '../../../shared/csv/parser';
export { parseOptionsOf, sameParseOptions } from './parseOptions';
export type { ParseOptions } from './parseOptions';

/** Parses `text` into a new version (see {@link ParsedVersion}), read with the given {@link ParseOptions}. */
export const parse = parseVersion;

/**
 * Parses `text`, the text of `previous` after `edit`, again only where the edit can have changed
 * it; the row findings known for `previous` carry over to the rows it only moved.
 */
export const reparse = reparseVersion;

// Validation: a function of the version, the settings and the organisation's facts.
export { validate, validateCounted, validateInSlices } from './validation/validate';
export type { SeverityCounts, SliceControl, ValidateOptions, ValidationResult } from './validation/validate';
export type { Problem } from './validation/types';

/** The result of checking one text. */
export interface CheckResult {
  readonly doc: MiitelDocument;
  /** The first `settings.maxProblems` problems. */
  readonly problems: Problem[];
  /** How many problems of each severity the text has in all, past the cap too. */
  readonly counts: SeverityCounts;
  /** Every finding, the ones past `maxProblems` (not in `problems`) included. */
  readonly total: number;
}

/** Parses (with the settings' format and header aliases) and validates `text` (the CLI's one call per file). */
export function checkText(text: string, settings: MiitelCsvSettings, options?: ValidateOptions): CheckResult {
  const version = parseVersion(text, parseOptionsOf(settings));
  return { doc: version.doc, ...validateCounted(version, settings, options) };
}

// Which documents are MiiTel files, and how large.
export { isMiitelCsv, resemblesMiitelHeader } from './detect';
export type { DocumentLocation } from './detect';
export { isLargerThan } from './textSize';

// Features over a parsed model, and the template.
export { doComplete } from './features/completion';
export { getCaretColumn } from './features/cellInfo';
export type { CaretColumn } from './features/cellInfo';
export { getDocumentSymbols } from './features/documentSymbols';
export { fixAll, fixAllCounted, fixAllInSlices } from './features/fixAll';
export type { FixAllCounts, FixAllKind, FixAllResult } from './features/fixAll';
export { getFixes } from './features/fixes';
export type { Fix } from './features/fixes';
export { doHover } from './features/hover';
export { getInlayHints } from './features/inlayHints';
export { planSplit } from './features/split';
export type { SplitPlan } from './features/split';
export { generateTemplate, TEMPLATE_ENCODINGS, templateOptionsError } from './template';
export type { TemplateOptions } from './template';

// Encodings: bytes to text and back, and whether a text was read right.
export { decodeCsvBytes, encodeCsvText } from './encoding';
export type { CsvEncoding, EncodingChoice } from './encoding';
export { editorEncodingName, sniffFileChunks, sniffFileEncoding } from './encodingCheck';
export type { EncodingEvidence, FileReading, TextEncodingName } from './encodingCheck';

// The organisation's facts: the Login IDs already in use.
export { parseLoginIdList } from './existingLoginIds';

// The command line's own needs: the files a folder holds that are MiiTel files, did-you-mean, writing changes.
export { compileFilePatterns } from './detect';
export type { FilePatterns } from './detect';
export { editDistance } from './editDistance';
export { applyChanges } from './features/textChange';
export type { TextChange } from './features/textChange';
