/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const formulaRule: Rule = {
  name: 'formula',
  check() {},
};
