/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const unknownColumnRule: Rule = {
  name: 'unknownColumn',
  check() {},
};
