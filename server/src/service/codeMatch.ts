/**
 * Which codes of a code column a typed value most likely means. One function for both places that
 * answer it, so they agree: the `value/not-allowed` finding ("Did you mean 6 (GMT+7:00) Jakarta?"
 * and its quick fixes) and the completion list (its order and preselected item).
 */
import type { CodeValue } from '../../../shared/formats/index';
import { t } from '../../../shared/l10n';

/** A plain decimal number (`01`, `1.0`, `+1`), not `0x1` or `1e0`, which `Number` would also read. */
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** The words that name `value`: its English label and short name, their display-language forms, its aliases. */
export function codeWords(value: CodeValue): string[] {
  return [...new Set([value.label, value.short, t(value.label), t(value.short), ...value.aliases])];
}

/**
 * The codes `typed` may mean, best first, in three tiers: a whole word of the code (case ignored:
 * `Yes`, `english`, `Tokyo`, `ホストのみ`), the same number (`1.0`, `01`), then a word that starts
 * with it (`jak` → Jakarta, `los` → Los Angeles; two characters at least, so `t` matches nothing).
 * Only the first tier that matches is returned; within it, the codes keep their table order.
 */
export function matchCodes(values: readonly CodeValue[], typed: string): CodeValue[] {
  const lower = typed.trim().toLowerCase();
  if (lower === '') return [];
  const words = (v: CodeValue) => codeWords(v).map((w) => w.toLowerCase());
  const whole = values.filter((v) => words(v).includes(lower));
  if (whole.length > 0) return whole;
  if (DECIMAL.test(lower)) return values.filter((v) => Number(v.code) === Number(lower));
  if ([...lower].length < 2) return [];
  // A word of a label counts too: "angeles" is a word of "Los Angeles", "tokyo" of "(GMT+9:00) Tokyo".
  const starts = (w: string) => w.startsWith(lower) || w.split(/[\s()[\]/]+/).some((part) => part.startsWith(lower));
  return values.filter((v) => words(v).some(starts));
}

/**
 * The one code `typed` most likely means: the first whole-word or numeric match, or the only code a
 * word of which starts with it. Undefined when nothing matches or several codes start alike (`ma`:
 * Manilla and Makassar), where guessing one would mislead.
 */
export function suggestCode(values: readonly CodeValue[], typed: string): string | undefined {
  const matches = matchCodes(values, typed);
  const first = matches[0];
  if (!first) return undefined;
  return namesExactly(first, typed) || matches.length === 1 ? first.code : undefined;
}

/**
 * Whether `typed` names `value` outright: one of its words (`Tokyo`, `English`, `yes`) or its number
 * (`1.0`), rather than the start of a word (`jak`). Only such a value keeps its meaning when fix-all
 * writes the code for it; a guess from a word's start stays a quick fix the user chooses.
 */
export function namesExactly(value: CodeValue, typed: string): boolean {
  const lower = typed.trim().toLowerCase();
  return codeWords(value).some((w) => w.toLowerCase() === lower) || (DECIMAL.test(lower) && Number(value.code) === Number(lower));
}
