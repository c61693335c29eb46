/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const passwordSequentialRule: Rule = {
  name: 'passwordSequential',
  check() {},
};
