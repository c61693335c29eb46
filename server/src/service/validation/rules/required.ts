/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const requiredRule: Rule = {
  name: 'required',
  check() {},
};
