/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const passwordCharactersRule: Rule = {
  name: 'passwordCharacters',
  check() {},
};
