/**
 * The pure entry point of the engine: text in, parsed model and problems out. The language server
 * and the CLI both call this; neither parses nor validates on its own.
 */
import type { MiitelCsvSettings } from '../../../shared/settings';
import { type MiitelDocument, parseMiitel, toMiitelDocument } from './miitelDocument';
import { reparseCsv, type TextEdit } from './parser';
import { carryRowResults } from './validation/rowResults';
import type { Problem } from './validation/types';
import { validate, type ValidateOptions } from './validation/validate';

/** The result of checking one text. */
export interface CheckResult {
  readonly doc: MiitelDocument;
  readonly problems: Problem[];
}

export { parseMiitel };

/**
 * Reads `text`, the version of `previous`'s text after `edit`, parsing again only the records the
 * edit can have changed; the row findings already known for `previous` carry over to the records it
 * only moved, so the next validation checks only the rest.
 */
export function reparseMiitel(previous: MiitelDocument, edit: TextEdit, text: string): MiitelDocument {
  const { csv, mapping } = reparseCsv(previous.csv, edit, text);
  const doc = toMiitelDocument(csv, previous, mapping);
  if (mapping) carryRowResults(previous, doc, mapping);
  return doc;
}

/** Parses and validates `text`. */
export function checkText(text: string, settings: MiitelCsvSettings, options?: ValidateOptions): CheckResult {
  const doc = parseMiitel(text);
  return { doc, problems: validate(doc, settings, options) };
}
