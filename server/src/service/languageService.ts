/**
 * The pure entry point of the engine: text in, parsed model and problems out. The language server
 * and the CLI both call this; neither parses nor validates on its own.
 */
import type { MiitelCsvSettings } from '../../../shared/settings';
import { toMiitelDocument, type MiitelDocument } from './miitelDocument';
import { parseCsv } from './parser';
import type { Problem } from './validation/types';
import { validate, type ValidateOptions } from './validation/validate';

/** The result of checking one text. */
export interface CheckResult {
  readonly doc: MiitelDocument;
  readonly problems: Problem[];
}

/** Parses `text` once and reads it as a MiiTel file (the model features reuse). */
export function parseMiitel(text: string): MiitelDocument {
  return toMiitelDocument(parseCsv(text));
}

/** Parses and validates `text`. */
export function checkText(text: string, settings: MiitelCsvSettings, options?: ValidateOptions): CheckResult {
  const doc = parseMiitel(text);
  return { doc, problems: validate(doc, settings, options) };
}
