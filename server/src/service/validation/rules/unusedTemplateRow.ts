/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const unusedTemplateRowRule: Rule = {
  name: 'unusedTemplateRow',
  check() {},
};
