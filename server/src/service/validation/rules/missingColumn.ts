/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const missingColumnRule: Rule = {
  name: 'missingColumn',
  check() {},
};
