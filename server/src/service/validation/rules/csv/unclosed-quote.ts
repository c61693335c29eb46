/**
 * `csv/unclosed-quote`, `csv/invalid-quote`: the parser's syntax errors, at the place the parser
 * found them (the opening quote of an unclosed field; the stray quote). No quick fix: where the
 * quote belongs is the author's call.
 */
import { messages } from '../../../messages';
import { code, type DocumentRule } from '../../types';

const codes = {
  'csv/unclosed-quote': code('error'),
  'csv/invalid-quote': code('error'),
};

export const csvSyntaxRule: DocumentRule<typeof codes> = {
  name: 'csvSyntax',
  codes,
  check({ doc }, report) {
    for (const error of doc.csv.errors) {
      const message = error.code === 'csv/unclosed-quote' ? messages.unclosedQuote() : messages.invalidQuote();
      report(error.code, error, message);
    }
  },
};
