import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, type MiitelCsvSettings, resolveSettings } from '../../../shared/settings';
import { applyConfig, overrideWith, type LocatedConfig } from '../../../server/src/service/config/applyConfig';

const located = (config: LocatedConfig['config'], folder = '/work/team'): LocatedConfig => ({
  file: `${folder}/.miitel-csv.json`,
  folder,
  config,
});
const settings = (overrides: Partial<MiitelCsvSettings> = {}): MiitelCsvSettings => ({ ...DEFAULT_SETTINGS, ...overrides });

describe('organisation config: precedence', () => {
  it('what the config sets wins over the settings; the settings fill in the rest', () => {
    const personal = settings({ subscriptions: ['meetings'], maxUsersPerFile: 30, maxProblems: 5, language: 'ja' });
    const result = applyConfig(personal, located({ subscriptions: ['callCenter'], format: 'update' }), true);
    assert.deepEqual(result.subscriptions, ['callCenter']);
    assert.equal(result.format, 'update');
    assert.equal(result.maxUsersPerFile, 30);
    assert.equal(result.maxProblems, 5);
    assert.equal(result.language, 'ja');
  });

  it('merges rules and seats per code and kind, the config winning', () => {
    const personal = settings({ rules: { 'password/sequential': 'off', 'value/whitespace': 'info' }, seats: { users: 9, phone: 2 } });
    const result = applyConfig(personal, located({ rules: { 'password/sequential': 'error' }, seats: { users: 3 } }), true);
    assert.deepEqual(result.rules, { 'password/sequential': 'error', 'value/whitespace': 'info' });
    assert.deepEqual(result.seats, { users: 3, phone: 2 });
  });

  it('adds its files, relative to its folder (glob characters of the folder escaped), to the settings', () => {
    const result = applyConfig(
      settings({ files: ['mine/*.txt'] }),
      located({ files: ['users/*.csv', './b.csv', '/abs/*.csv'] }, '/w/[x]'),
      true,
    );
    assert.deepEqual(result.files, ['mine/*.txt', '/w/\\[x\\]/users/*.csv', '/w/\\[x\\]/b.csv', '/abs/*.csv']);
  });

  it('resolves existingLoginIds against its folder; in the editor it must stay in the workspace', () => {
    const editor = applyConfig(settings(), located({ existingLoginIds: 'data/ids.txt' }), true);
    assert.equal(editor.existingLoginIdsFile, '/work/team/data/ids.txt');
    assert.equal(editor.existingLoginIdsFileFromWorkspace, true);
    const cli = applyConfig(settings(), located({ existingLoginIds: '/srv/ids.txt' }), false);
    assert.equal(cli.existingLoginIdsFile, '/srv/ids.txt');
    assert.equal(cli.existingLoginIdsFileFromWorkspace, undefined);
  });

  it('sets the organisation-only fields, domains normalised', () => {
    const result = applyConfig(
      settings(),
      located({ headerAliases: { ログインID: 'Login ID' }, loginIdDomains: [' @Example.COM '], maxUsersPerFile: 50 }),
      true,
    );
    assert.deepEqual(result.headerAliases, { ログインID: 'Login ID' });
    assert.deepEqual(result.loginIdDomains, ['example.com']);
    assert.equal(result.maxUsersPerFile, 50);
  });

  it('an empty config changes nothing', () => {
    const personal = settings({ subscriptions: ['meetings'] });
    assert.deepEqual(applyConfig(personal, located({}), true), personal);
  });

  it('the CLI flags win over the config, rules and seats per code and kind', () => {
    const configured = applyConfig(
      settings(),
      located({ rules: { 'password/sequential': 'off', 'value/whitespace': 'info' }, maxUsersPerFile: 50, seats: { users: 3 } }),
      false,
    );
    const result = overrideWith(configured, { rules: { 'value/whitespace': 'error' }, maxUsersPerFile: 10, seats: { phone: 1 } });
    assert.deepEqual(result.rules, { 'password/sequential': 'off', 'value/whitespace': 'error' });
    assert.deepEqual(result.seats, { users: 3, phone: 1 });
    assert.equal(result.maxUsersPerFile, 10);
  });

  it('miitelCsv.configFile: use by default, ignore when asked, anything else reported', () => {
    assert.equal(resolveSettings({}).configFile, 'use');
    assert.equal(resolveSettings({ configFile: 'ignore' }).configFile, 'ignore');
    const invalid: string[] = [];
    assert.equal(resolveSettings({ configFile: 'never' }, (name) => invalid.push(name)).configFile, 'use');
    assert.deepEqual(invalid, ['miitelCsv.configFile']);
  });
});
