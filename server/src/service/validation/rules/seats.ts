/** TODO: implemented by the rule author. */
import type { Rule } from '../types';

export const seatsRule: Rule = {
  name: 'seats',
  check() {},
};
