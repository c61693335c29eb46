/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const dependencyRule: Rule = {
  name: 'dependency',
  check() {},
};
