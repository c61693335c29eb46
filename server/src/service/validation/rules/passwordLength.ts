/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const passwordLengthRule: Rule = {
  name: 'passwordLength',
  check() {},
};
