/**
 * The pure entry point of the engine: text in, parsed version and problems out. The language server
 * and the CLI both call this; neither parses nor validates on its own.
 */
import type { MiitelCsvSettings } from '../../../shared/settings';
import type { MiitelDocument } from './miitelDocument';
import { parseVersion, reparseVersion } from './parsedVersion';
import type { Problem } from './validation/types';
import { validate, type ValidateOptions } from './validation/validate';

/** The result of checking one text. */
export interface CheckResult {
  readonly doc: MiitelDocument;
  readonly problems: Problem[];
}

export { ParsedVersion } from './parsedVersion';
export type { EncodingEvidence } from './encodingCheck';
export type { MiitelDocument } from './miitelDocument';
export type { TextEdit } from './parser';
export type { Problem } from './validation/types';
export { validate, validateInSlices } from './validation/validate';
export type { SliceControl, ValidateOptions } from './validation/validate';

/** Parses `text` into a new version (see `ParsedVersion`). */
export const parse = parseVersion;

/**
 * Parses `text`, the text of `previous` after `edit`, again only where the edit can have changed
 * it; the row findings known for `previous` carry over to the rows it only moved.
 */
export const reparse = reparseVersion;

/** Parses and validates `text`. */
export function checkText(text: string, settings: MiitelCsvSettings, options?: ValidateOptions): CheckResult {
  const version = parseVersion(text);
  return { doc: version.doc, problems: validate(version, settings, options) };
}
