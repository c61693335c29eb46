/**
 * The explanation page of each diagnostic code, in Markdown, and the index of all codes: what
 * `npm run docs` (scripts/rule-docs.mjs) writes to docs/rules/ in every language, what the
 * diagnostics link to (`codeDescription`) and what the "Learn more" action opens. Rendered in the
 * language of the moment; the default severity and whether fix-all applies the fix come from the
 * rule modules, so a page cannot disagree with the checker.
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../../../../shared/codes';
import { LANGUAGES, type Language } from '../../../../shared/languages';
import { ruleDocText as text } from '../messages/ruleDocs';
import { ruleDocTexts } from '../messages/ruleDocTexts';
import { codeDefinition, DEFAULT_SEVERITIES } from '../validation/rules/index';
import { RULE_DOC_EXAMPLES } from './examples';

/** Where the pages live, relative to the installation (and the repository). */
export const RULE_DOCS_DIRECTORY = 'docs/rules';
/** The index page's file name in each language's directory (GitHub shows it for the directory). */
export const RULE_DOCS_INDEX = 'README.md';

/** The file name of `code`'s page: `csv/delimiter` → `csv-delimiter.md`. */
export function ruleDocFileName(code: DiagnosticCode): string {
  return `${code.replace('/', '-')}.md`;
}

/** The directory of `language`'s pages, relative to the installation: English at the top, others below it. */
export function ruleDocDirectory(language: Language): string {
  return language === 'en' ? RULE_DOCS_DIRECTORY : `${RULE_DOCS_DIRECTORY}/${language}`;
}

/** The page language for a locale (`ja-JP` → `ja`); English for a language without pages. */
export function ruleDocLanguage(locale: string): Language {
  const base = locale.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((l) => l === base) ?? 'en';
}

const fence = (language: string, body: string) => `\`\`\`${language}\n${body}\n\`\`\``;

/** `code`'s page in the language of the moment. */
export function ruleDocPage(code: DiagnosticCode): string {
  const words = ruleDocTexts[code]();
  const definition = codeDefinition(code);
  const severity = DEFAULT_SEVERITIES[code];
  const other = severity === 'error' ? 'warning' : 'off';
  const fix = [words.fix];
  if (definition?.fixes) fix.push(definition.fixAll ? text.fixAllApplies : text.fixAllLeaves);
  const example = RULE_DOC_EXAMPLES[code];
  const sections = [
    `# \`${code}\`: ${words.title}`,
    `## ${text.meaning}`,
    words.meaning,
    `## ${text.fix}`,
    fix.join('\n\n'),
    ...(example
      ? [`## ${text.example}`, text.exampleNote, text.before, fence('csv', example.before), text.after, fence('csv', example.after)]
      : []),
    `## ${text.severity}`,
    `${text.defaultSeverity(`\`${severity}\``)} ${text.changeSeverity}`,
    fence(
      'jsonc',
      [
        '// settings.json',
        `"miitelCsv.rules": { "${code}": "${other}" }`,
        '// .miitel-csv.json',
        `"rules": { "${code}": "${other}" }`,
      ].join('\n'),
    ),
    `${text.commandLine} \`miitel-csv check --rule ${code}=${other} FILE\``,
    `[${text.allCodes}](${RULE_DOCS_INDEX})`,
  ];
  return `${sections.join('\n\n')}\n`;
}

/** The index of every code's page, in the language of the moment. */
export function ruleDocIndex(): string {
  const rows = DIAGNOSTIC_CODES.map(
    (code) => `| [\`${code}\`](${ruleDocFileName(code)}) | \`${DEFAULT_SEVERITIES[code]}\` | ${ruleDocTexts[code]().title} |`,
  );
  const table = [`| ${text.code} | ${text.defaultColumn} | ${text.findingColumn} |`, '|---|---|---|', ...rows].join('\n');
  return `${[`# ${text.indexTitle}`, text.indexIntro, table].join('\n\n')}\n`;
}

/**
 * Every page and index in every language, by path relative to the installation; `useLanguage`
 * switches the messages to a language (the caller sets its own language back afterwards).
 */
export function ruleDocFiles(useLanguage: (language: Language) => void): Map<string, string> {
  const files = new Map<string, string>();
  for (const language of LANGUAGES) {
    useLanguage(language);
    const directory = ruleDocDirectory(language);
    files.set(`${directory}/${RULE_DOCS_INDEX}`, ruleDocIndex());
    for (const code of DIAGNOSTIC_CODES) files.set(`${directory}/${ruleDocFileName(code)}`, ruleDocPage(code));
  }
  return files;
}
