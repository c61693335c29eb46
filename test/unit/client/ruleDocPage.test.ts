/** The pages `miitelCsv.showRuleDoc` opens (client/src/commands/ruleDocPage.ts): this extension's docs/rules/*.md only. */
import * as assert from 'node:assert/strict';
import { isRuleDocPage } from '../../../client/src/commands/ruleDocPage';

const pages = { scheme: 'file', path: '/home/u/.vscode/extensions/miitel-csv-tools.miitel-csv-0.1.0/docs/rules' };
const at = (path: string, scheme = 'file') => ({ scheme, path: `${pages.path}${path}` });

describe('client: the pages "Learn more" opens', () => {
  it('opens the Markdown pages of docs/rules in every language', () => {
    for (const path of ['/csv-delimiter.md', '/ja/value-required.md', '/id/README.md'])
      assert.equal(isRuleDocPage(pages, at(path)), true, path);
    // A drive letter the server wrote in upper case and VS Code in lower case.
    assert.equal(
      isRuleDocPage({ scheme: 'file', path: '/c:/ext/docs/rules/' }, { scheme: 'file', path: '/C:/ext/docs/rules/csv-delimiter.md' }),
      true,
    );
  });

  it('opens nothing else: other files, other directories, other schemes, paths that climb out', () => {
    assert.equal(isRuleDocPage(pages, { scheme: 'file', path: '/etc/passwd' }), false);
    assert.equal(isRuleDocPage(pages, at('/../../../../package.json')), false);
    assert.equal(isRuleDocPage(pages, at('/../../README.md')), false);
    assert.equal(isRuleDocPage(pages, at('/csv-delimiter.md', 'https')), false);
    assert.equal(isRuleDocPage(pages, at('/csv-delimiter.js')), false);
    assert.equal(isRuleDocPage(pages, { scheme: 'file', path: `${pages.path}-other/csv-delimiter.md` }), false);
  });
});
