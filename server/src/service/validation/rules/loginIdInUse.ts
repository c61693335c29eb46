/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const loginIdInUseRule: Rule = {
  name: 'loginIdInUse',
  check() {},
};
