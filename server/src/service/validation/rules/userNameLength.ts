/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const userNameLengthRule: Rule = {
  name: 'userNameLength',
  check() {},
};
