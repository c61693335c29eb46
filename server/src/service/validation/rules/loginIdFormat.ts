/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const loginIdFormatRule: Rule = {
  name: 'loginIdFormat',
  check() {},
};
