/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const whitespaceRule: Rule = {
  name: 'whitespace',
  check() {},
};
