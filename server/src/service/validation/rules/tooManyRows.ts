/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const tooManyRowsRule: Rule = {
  name: 'tooManyRows',
  check() {},
};
