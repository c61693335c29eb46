/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const passwordSingleClassRule: Rule = {
  name: 'passwordSingleClass',
  check() {},
};
