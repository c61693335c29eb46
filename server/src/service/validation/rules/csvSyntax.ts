/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const csvSyntaxRule: Rule = {
  name: 'csvSyntax',
  check() {},
};
