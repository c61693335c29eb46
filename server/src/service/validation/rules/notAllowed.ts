/** `value/not-allowed`: a code column holding something other than one of its codes. */
import type { DiagnosticDataMap } from '../../../../../shared/codes';
import { allowedValues, type CodeValue } from '../../../../../shared/spec';
import { messages } from '../../messages';
import { userCells } from '../cells';
import type { Rule } from '../types';
import { canonical, trimmedSpan } from '../values';

/**
 * Checks the canonical value, so spaces and full-width digits (reported by their own rules) do not
 * make `１` "not allowed" too. Empty cells are `value/required`'s.
 */
export const notAllowedRule: Rule = {
  name: 'notAllowed',
  check({ doc }, report) {
    for (const { column, cell } of userCells(doc, (c) => c.kind === 'code')) {
      const value = canonical(cell.value);
      const values = allowedValues(column);
      if (value === '' || values.some((v) => v.code === value)) continue;
      const suggestion = suggestCode(values, value);
      report({
        code: 'value/not-allowed',
        ...trimmedSpan(cell),
        message: messages.notAllowed(column, value, suggestion),
        data: {
          column: column.id,
          value,
          allowed: values.map((v) => v.code),
          ...(suggestion !== undefined ? { suggestion } : {}),
        } satisfies DiagnosticDataMap['value/not-allowed'],
      });
    }
  },
};

/** A plain decimal number (`01`, `1.0`, `+1`), not `0x1` or `1e0`, which `Number` would also read. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * The code a person most likely meant by `value`: one whose alias, label or short name matches it
 * ignoring case (`Yes`, `english`, `Tokyo`, `Host only`, `はい`), or that equals it as a number
 * (`1.0`, `01`).
 */
export function suggestCode(values: readonly CodeValue[], value: string): string | undefined {
  const lower = value.toLowerCase();
  const byWord = values.find(
    (v) => v.label.toLowerCase() === lower || v.short.toLowerCase() === lower || v.aliases.some((a) => a.toLowerCase() === lower),
  );
  if (byWord) return byWord.code;
  if (!DECIMAL.test(value)) return undefined;
  const n = Number(value);
  return values.find((v) => Number(v.code) === n)?.code;
}
