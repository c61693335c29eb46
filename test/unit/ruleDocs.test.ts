/**
 * The explanation pages of the codes (docs/rules/): committed as `npm run docs` writes them, one per
 * code in every language and no other, short, with examples that show their code, and never quoting
 * a password of the fixtures; and the links to them that diagnostics and "Learn more" carry.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DIAGNOSTIC_CODES } from '../../shared/codes';
import { configureL10n } from '../../shared/l10n';
import { LANGUAGES } from '../../shared/languages';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { loadLanguage } from '../../server/src/localization';
import { ruleDocHref } from '../../server/src/lsp/ruleDocLinks';
import { checkText } from '../../server/src/service/languageService';
import { RULE_DOC_EXAMPLES } from '../../server/src/service/ruleDocs/examples';
import { ruleDocFileName, ruleDocFiles, ruleDocLanguage, RULE_DOCS_DIRECTORY } from '../../server/src/service/ruleDocs/page';

// Compiled to out/test/unit: the repository root is three levels up.
const root = join(__dirname, '../../..');

/** The files under `directory` (relative to the root), by path relative to the root with `/`. */
function filesUnder(directory: string): string[] {
  return readdirSync(join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const path = `${directory}/${entry.name}`;
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/** The Password cells of every CSV under test/fixtures and examples/ (values a page must never quote). */
function fixturePasswords(): string[] {
  const csvs = [...filesUnder('test/fixtures'), ...filesUnder('examples')].filter((f) => f.endsWith('.csv'));
  return csvs.flatMap((file) => {
    const [header = '', ...rows] = readFileSync(join(root, file), 'utf8').split(/\r?\n/);
    const column = header.split(',').indexOf('Password');
    if (column < 0) return [];
    return rows.map((row) => row.split(',')[column] ?? '').filter((value) => value.length >= 6);
  });
}

describe('rule docs: the explanation page of each code', () => {
  let generated: Map<string, string>;
  before(() => {
    try {
      generated = ruleDocFiles((language) => loadLanguage(language));
    } finally {
      configureL10n('en', undefined);
    }
  });

  it('are committed as `npm run docs` writes them, and nothing else is in docs/rules', () => {
    assert.deepEqual(filesUnder(RULE_DOCS_DIRECTORY).sort(), [...generated.keys()].sort());
    for (const [path, text] of generated) assert.equal(readFileSync(join(root, path), 'utf8'), text, `${path} is stale: run npm run docs`);
  });

  it('has a page for every code in English, Japanese and Indonesian, and an index linking each', () => {
    assert.deepEqual([...LANGUAGES], ['en', 'ja', 'id']);
    for (const directory of ['docs/rules', 'docs/rules/ja', 'docs/rules/id']) {
      const index = generated.get(`${directory}/README.md`) ?? '';
      for (const code of DIAGNOSTIC_CODES) {
        const page = generated.get(`${directory}/${ruleDocFileName(code)}`);
        assert.ok(page?.startsWith(`# \`${code}\`: `), `${directory}: ${code}`);
        assert.ok(index.includes(`[\`${code}\`](${ruleDocFileName(code)})`), `${directory}/README.md: ${code}`);
      }
    }
    assert.match(generated.get('docs/rules/ja/csv-delimiter.md') ?? '', /## 直し方/);
    assert.match(generated.get('docs/rules/id/csv-delimiter.md') ?? '', /## Cara memperbaiki/);
  });

  it('pages fit one screen: at most 50 lines', () => {
    const long = [...generated].filter(([path, text]) => !path.endsWith('/README.md') && text.split('\n').length > 50);
    assert.deepEqual(
      long.map(([path]) => path),
      [],
    );
  });

  it('say the default severity and whether fix-all applies the fix, as the rule modules declare', () => {
    const page = (code: string) => generated.get(`docs/rules/${code.replace('/', '-')}.md`) ?? '';
    assert.match(page('header/column-order'), /^Default: `warning`\./m);
    assert.match(page('file/too-large'), /^Default: `info`\./m);
    assert.match(page('value/not-allowed'), /^Fix-all applies the preferred quick fix/m);
    assert.match(page('user-name/too-long'), /^Fix-all leaves this finding to you/m);
    assert.doesNotMatch(page('limit/seats'), /Fix-all/);
    assert.match(page('csv/delimiter'), /"miitelCsv\.rules": \{ "csv\/delimiter": "warning" \}/);
  });

  it("each example's before raises its code and its after does not (only the columns that matter are there)", () => {
    const count = (text: string, code: string) =>
      checkText(`${text}\n`, DEFAULT_SETTINGS, {}).problems.filter((p) => p.code === code).length;
    for (const [code, example] of Object.entries(RULE_DOC_EXAMPLES)) {
      const before = count(example.before, code);
      const after = count(example.after, code);
      assert.ok(before > after, `${code}: ${before} before, ${after} after`);
      // A fragment of the template always misses columns; its own example shows one fewer.
      if (code !== 'header/missing-column') assert.equal(after, 0, code);
    }
  });

  it('quotes no password of the fixtures or examples', () => {
    const passwords = fixturePasswords();
    assert.ok(passwords.length > 10, 'the fixtures have passwords to look for');
    for (const [path, text] of generated) {
      const quoted = passwords.filter((p) => text.includes(p));
      assert.deepEqual(quoted, [], path);
    }
  });
});

describe('rule docs: links', () => {
  it('takes the page language from the locale, English when there are no pages in it', () => {
    assert.deepEqual(['ja', 'ja-JP', 'id_ID', 'en-US', 'fr', 'zh-cn'].map(ruleDocLanguage), ['ja', 'ja', 'id', 'en', 'en', 'en']);
  });

  it('links each code to its installed page in the language of the messages, English for another', () => {
    for (const code of DIAGNOSTIC_CODES) {
      const href = ruleDocHref(code, 'en');
      assert.ok(href?.startsWith('file:///'), code);
      const path = fileURLToPath(href ?? '');
      assert.ok(existsSync(path), path);
      assert.equal(relative(root, path).split(sep).join('/'), `docs/rules/${ruleDocFileName(code)}`);
    }
    assert.equal(
      relative(root, fileURLToPath(ruleDocHref('value/required', 'ja') ?? ''))
        .split(sep)
        .join('/'),
      'docs/rules/ja/value-required.md',
    );
    assert.equal(
      relative(root, fileURLToPath(ruleDocHref('value/required', 'id-ID') ?? ''))
        .split(sep)
        .join('/'),
      'docs/rules/id/value-required.md',
    );
    assert.equal(ruleDocHref('value/required', 'fr'), ruleDocHref('value/required', 'en'));
  });
});
