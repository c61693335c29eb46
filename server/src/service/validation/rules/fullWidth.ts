/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const fullWidthRule: Rule = {
  name: 'fullWidth',
  check() {},
};
