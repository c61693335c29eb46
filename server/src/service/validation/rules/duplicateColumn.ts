/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const duplicateColumnRule: Rule = {
  name: 'duplicateColumn',
  check() {},
};
