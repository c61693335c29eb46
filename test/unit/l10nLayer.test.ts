import * as assert from 'node:assert/strict';
import { configureL10n, currentLocale, msg, plural, t } from '../../shared/l10n';

describe('localisation layer (shared/l10n.ts)', () => {
  afterEach(() => configureL10n('en', undefined));

  const users = { one: msg('{0} user'), other: msg('{0} users') };

  it('renders English with English plural rules when the language has no bundle', () => {
    configureL10n('ja', undefined);
    assert.equal(currentLocale(), 'en');
    assert.equal(plural(1, users, 1), '1 user');
    assert.equal(plural(2, users, 2), '2 users');
  });

  it("takes a bundle's messages and the language's plural rules (Japanese: one form)", () => {
    configureL10n('ja', { '{0} users': '{0} 人のユーザー', 'Missing column {0}': '列 {0} がありません' });
    assert.equal(currentLocale(), 'ja');
    assert.equal(plural(1, users, 1), '1 人のユーザー');
    assert.equal(t('Missing column {0}', 'Login ID'), '列 Login ID がありません');
    assert.equal(t('Not in the bundle: {0}', 'x'), 'Not in the bundle: x');
  });
});
