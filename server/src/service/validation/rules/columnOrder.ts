/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const columnOrderRule: Rule = {
  name: 'columnOrder',
  check() {},
};
