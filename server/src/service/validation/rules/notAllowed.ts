/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const notAllowedRule: Rule = {
  name: 'notAllowed',
  check() {},
};
