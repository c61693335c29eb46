/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const fieldCountRule: Rule = {
  name: 'fieldCount',
  check() {},
};
