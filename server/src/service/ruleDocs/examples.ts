/**
 * A short before/after CSV for the explanation pages of the codes that have an obvious one: only
 * the columns that matter, in template order. test/unit/ruleDocs.test.ts checks that each "before"
 * raises its code and each "after" does not. No password here looks like a real one: a weak value
 * shows what is wrong, and `<new-password>` stands for the generated one.
 */
import type { DiagnosticCode } from '../../../../shared/codes';

/** The file before and after the fix (header included). */
export interface RuleDocExample {
  readonly before: string;
  readonly after: string;
}

const lines = (...l: string[]) => l.join('\n');
const NAMES = 'Login ID,User name,Locale';
const SATO = 'sato@example.com,Sato Taro';
const passwordExample = (password: string): RuleDocExample => ({
  before: lines('Login ID,User name,Password', `${SATO},${password}`),
  after: lines('Login ID,User name,Password', `${SATO},<new-password>`),
});
const duplicate = (second: string): RuleDocExample => ({
  before: lines(NAMES, `${SATO},0`, `${second},Sato Hanako,0`),
  after: lines(NAMES, `${SATO},0`, 'sato.hanako@example.com,Sato Hanako,0'),
});

/** The example of each code that has one. */
export const RULE_DOC_EXAMPLES: { readonly [C in DiagnosticCode]?: RuleDocExample } = {
  'csv/delimiter': { before: lines('Login ID;User name;Locale', 'sato@example.com;Sato Taro;0'), after: lines(NAMES, `${SATO},0`) },
  'csv/unclosed-quote': { before: lines(NAMES, 'sato@example.com,"Sato Taro,0'), after: lines(NAMES, 'sato@example.com,"Sato Taro",0') },
  'csv/invalid-quote': {
    before: lines(NAMES, 'sato@example.com,Sato "Taro",0'),
    after: lines(NAMES, 'sato@example.com,"Sato ""Taro""",0'),
  },
  'csv/field-count': {
    before: lines('Login ID,User name,Locale,Time zone', `${SATO},0`),
    after: lines('Login ID,User name,Locale,Time zone', `${SATO},0,0`),
  },
  'header/missing-column': {
    before: 'Login ID,User name,Password,Locale,Administrative privileges',
    after: 'Login ID,User name,Password,Locale,Time zone,Administrative privileges',
  },
  'header/unknown-column': { before: 'Login ID,User name,Pasword,Locale', after: 'Login ID,User name,Password,Locale' },
  'header/duplicate-column': { before: lines(`${NAMES},Locale`, `${SATO},0,0`), after: lines(NAMES, `${SATO},0`) },
  'header/column-order': { before: lines('User name,Login ID,Locale', 'Sato Taro,sato@example.com,0'), after: lines(NAMES, `${SATO},0`) },
  'value/required': { before: lines(NAMES, 'sato@example.com,,0'), after: lines(NAMES, `${SATO},0`) },
  'value/not-allowed': {
    before: lines('Login ID,User name,Locale,Time zone', `${SATO},English,Tokyo`),
    after: lines('Login ID,User name,Locale,Time zone', `${SATO},1,0`),
  },
  'value/whitespace': { before: lines(NAMES, 'sato@example.com ,Sato Taro,0'), after: lines(NAMES, `${SATO},0`) },
  'value/full-width': { before: lines(NAMES, 'sato＠example.com,Sato Taro,１'), after: lines(NAMES, `${SATO},1`) },
  'login-id/format': { before: lines(NAMES, 'sato@example,Sato Taro,0'), after: lines(NAMES, `${SATO},0`) },
  'login-id/invalid-character': { before: lines(NAMES, 'satō@example.com,Sato Taro,0'), after: lines(NAMES, `${SATO},0`) },
  'login-id/duplicate': duplicate('sato@example.com'),
  'login-id/duplicate-case': duplicate('Sato@example.com'),
  'user-name/too-long': {
    before: lines(NAMES, 'alexandra@example.com,Alexandra Montgomery-Fitzgerald,1'),
    after: lines(NAMES, 'alexandra@example.com,Alexandra M. Fitzgerald,1'),
  },
  'extension-number/format': {
    before: lines('Login ID,User name,Extension number', `${SATO},123.0`),
    after: lines('Login ID,User name,Extension number', `${SATO},123`),
  },
  'extension-number/duplicate': {
    before: lines('Login ID,User name,Extension number', `${SATO},201`, 'sato.hanako@example.com,Sato Hanako,201'),
    after: lines('Login ID,User name,Extension number', `${SATO},201`, 'sato.hanako@example.com,Sato Hanako,202'),
  },
  'password/too-short': passwordExample('Ab3'),
  'password/invalid-character': passwordExample('pässwörd12'),
  'password/sequential': passwordExample('abcdefgh'),
  'password/single-class': passwordExample('password'),
  'dependency/requires': {
    before: lines('Login ID,MiiTel Phone Enable,MiiTel Phone Mobile Enable', 'sato@example.com,0,1'),
    after: lines('Login ID,MiiTel Phone Enable,MiiTel Phone Mobile Enable', 'sato@example.com,1,1'),
  },
  'dependency/recommended': {
    before: lines('Login ID,Monitoring privileges,MiiTel Phone Enable', 'sato@example.com,1,0'),
    after: lines('Login ID,Monitoring privileges,MiiTel Phone Enable', 'sato@example.com,1,1'),
  },
  'rows/unused-template-row': { before: lines(NAMES, `${SATO},0`, ',,0'), after: lines(NAMES, `${SATO},0`) },
  'security/formula': { before: lines(NAMES, 'sato@example.com,=Sato Taro,0'), after: lines(NAMES, `${SATO},0`) },
};
