/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const loginIdCharactersRule: Rule = {
  name: 'loginIdCharacters',
  check() {},
};
