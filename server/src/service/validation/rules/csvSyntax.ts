/**
 * `csv/unclosed-quote`, `csv/invalid-quote`: the parser's syntax errors, at the place the parser
 * found them (the opening quote of an unclosed field; the stray quote).
 */
import { messages } from '../../messages';
import type { DocumentRule } from '../types';

export const csvSyntaxRule: DocumentRule = {
  name: 'csvSyntax',
  check({ doc }, report) {
    for (const error of doc.csv.errors) {
      const message = error.code === 'csv/unclosed-quote' ? messages.unclosedQuote() : messages.invalidQuote();
      report({ code: error.code, offset: error.offset, length: error.length, message });
    }
  },
};
