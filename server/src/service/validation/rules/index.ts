/**
 * The registry of rules: every rule module, in the order they run, and what derives from their
 * declarations: the default severity and data type of every code, the quick fixes by code, and
 * the codes whose preferred fix fix-all applies (`fixAll` in `code()`).
 * Adding a rule is its module, its test and its message; the code's name goes into
 * `DIAGNOSTIC_CODES` (shared/codes.ts), which the type below and test/unit/rules/registry.test.ts
 * check against the modules, `package.json` and the README.
 */
import type { DiagnosticCode, Severity } from '../../../../../shared/codes';
import type { CodeDefinition, DataOf, FixAllKind, Rule } from '../types';
import { delimiterRule } from './csv/delimiter';
import { csvSyntaxRule } from './csv/unclosed-quote';
import { fieldCountRule } from './csv/field-count';
import { missingColumnRule } from './header/missing-column';
import { unknownColumnRule } from './header/unknown-column';
import { duplicateColumnRule } from './header/duplicate-column';
import { columnOrderRule } from './header/column-order';
import { tooManyRowsRule } from './rows/too-many';
import { unusedTemplateRowRule } from './rows/unused-template-row';
import { noRowsRule } from './rows/none';
import { seatsRule } from './limit/seats';
import { requiredRule } from './value/required';
import { whitespaceRule } from './value/whitespace';
import { fullWidthRule } from './value/full-width';
import { notAllowedRule } from './value/not-allowed';
import { loginIdFormatRule } from './login-id/format';
import { loginIdCharactersRule } from './login-id/invalid-character';
import { loginIdDuplicateRule } from './login-id/duplicate';
import { loginIdInUseRule } from './login-id/in-use';
import { loginIdNotFoundRule } from './login-id/not-found';
import { extensionNumberFormatRule } from './extension-number/format';
import { extensionNumberDuplicateRule } from './extension-number/duplicate';
import { loginIdDomainRule } from './login-id/domain';
import { userNameLengthRule } from './user-name/too-long';
import { passwordLengthRule } from './password/too-short';
import { passwordCharactersRule } from './password/invalid-character';
import { passwordSequentialRule } from './password/sequential';
import { passwordSingleClassRule } from './password/single-class';
import { dependencyRule } from './dependency/requires';
import { formulaRule } from './security/formula';
import { encodingRule } from './encoding/mismatch';
import { fileTooLargeRule } from './file/too-large';

const MODULES = [
  delimiterRule,
  csvSyntaxRule,
  fieldCountRule,
  missingColumnRule,
  unknownColumnRule,
  duplicateColumnRule,
  columnOrderRule,
  tooManyRowsRule,
  unusedTemplateRowRule,
  noRowsRule,
  seatsRule,
  requiredRule,
  whitespaceRule,
  fullWidthRule,
  notAllowedRule,
  loginIdFormatRule,
  loginIdCharactersRule,
  loginIdDuplicateRule,
  loginIdInUseRule,
  loginIdNotFoundRule,
  loginIdDomainRule,
  userNameLengthRule,
  extensionNumberFormatRule,
  extensionNumberDuplicateRule,
  passwordLengthRule,
  passwordCharactersRule,
  passwordSequentialRule,
  passwordSingleClassRule,
  dependencyRule,
  formulaRule,
  encodingRule,
  fileTooLargeRule,
] as const;

/** Every rule, in the order they run. */
export const RULES: readonly Rule[] = MODULES;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

/** The code definitions of every module, merged. */
type Declared = UnionToIntersection<(typeof MODULES)[number]['codes']>;

/** Typed `data` of every code (undefined for the codes that carry none), as the rule modules declare it. */
export type DiagnosticDataMap = { [C in DiagnosticCode]: C extends keyof Declared ? DataOf<Declared[C]> : never };

/**
 * Compiles only while every code of `DIAGNOSTIC_CODES` is declared by a module and every declared
 * code is in the list.
 */
export const EVERY_CODE_DECLARED: [Exclude<DiagnosticCode, keyof Declared>, Exclude<keyof Declared, DiagnosticCode>] extends [never, never]
  ? true
  : false = true;

/** The declaration of each code. */
const DEFINITIONS = new Map<DiagnosticCode, CodeDefinition<unknown>>(
  RULES.flatMap((rule) => Object.entries(rule.codes) as [DiagnosticCode, CodeDefinition<unknown>][]),
);

/** The declaration of `code`. */
export function codeDefinition(code: DiagnosticCode): CodeDefinition<unknown> | undefined {
  return DEFINITIONS.get(code);
}

/** Default severity of every code, as its module declares it. */
export const DEFAULT_SEVERITIES: Readonly<Record<DiagnosticCode, Severity>> = Object.fromEntries(
  [...DEFINITIONS].map(([code, definition]) => [code, definition.severity]),
) as Record<DiagnosticCode, Severity>;

/** The kind fix-all counts `code`'s preferred fix as, or undefined when fix-all leaves it to the user (its module declares it). */
export function fixAllKind(code: DiagnosticCode): FixAllKind | undefined {
  return DEFINITIONS.get(code)?.fixAll;
}
