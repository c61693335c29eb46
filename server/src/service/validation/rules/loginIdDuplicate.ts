/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const loginIdDuplicateRule: Rule = {
  name: 'loginIdDuplicate',
  check() {},
};
