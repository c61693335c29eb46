/** The list of all rules, in the order they run. */
import type { Rule } from '../types';
import { csvSyntaxRule } from './csvSyntax';
import { fieldCountRule } from './fieldCount';
import { missingColumnRule } from './missingColumn';
import { unknownColumnRule } from './unknownColumn';
import { duplicateColumnRule } from './duplicateColumn';
import { columnOrderRule } from './columnOrder';
import { tooManyRowsRule } from './tooManyRows';
import { unusedTemplateRowRule } from './unusedTemplateRow';
import { seatsRule } from './seats';
import { requiredRule } from './required';
import { whitespaceRule } from './whitespace';
import { fullWidthRule } from './fullWidth';
import { notAllowedRule } from './notAllowed';
import { loginIdFormatRule } from './loginIdFormat';
import { loginIdCharactersRule } from './loginIdCharacters';
import { loginIdDuplicateRule } from './loginIdDuplicate';
import { loginIdInUseRule } from './loginIdInUse';
import { userNameLengthRule } from './userNameLength';
import { passwordLengthRule } from './passwordLength';
import { passwordCharactersRule } from './passwordCharacters';
import { passwordSequentialRule } from './passwordSequential';
import { passwordSingleClassRule } from './passwordSingleClass';
import { dependencyRule } from './dependency';
import { formulaRule } from './formula';
import { encodingRule } from './encoding';
import { fileTooLargeRule } from './fileTooLarge';

export const RULES: readonly Rule[] = [
  csvSyntaxRule,
  fieldCountRule,
  missingColumnRule,
  unknownColumnRule,
  duplicateColumnRule,
  columnOrderRule,
  tooManyRowsRule,
  unusedTemplateRowRule,
  seatsRule,
  requiredRule,
  whitespaceRule,
  fullWidthRule,
  notAllowedRule,
  loginIdFormatRule,
  loginIdCharactersRule,
  loginIdDuplicateRule,
  loginIdInUseRule,
  userNameLengthRule,
  passwordLengthRule,
  passwordCharactersRule,
  passwordSequentialRule,
  passwordSingleClassRule,
  dependencyRule,
  formulaRule,
  encodingRule,
  fileTooLargeRule,
];
