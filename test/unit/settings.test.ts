import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, resolveSettings } from '../../shared/settings';
import { checkText } from '../../server/src/service/languageService';

/** The settings resolved from `raw`, and the settings named as out of range. */
function resolved(raw: unknown) {
  const named: string[] = [];
  const settings = resolveSettings(raw, (setting) => named.push(setting));
  return { settings, named };
}

describe('resolveSettings', () => {
  it('raises 0 and fractions to the schema minimum of 1 and names each setting', () => {
    const { settings, named } = resolved({ maxProblems: 0.2, maxUsersPerFile: 0 });
    assert.equal(settings.maxProblems, 1);
    assert.equal(settings.maxUsersPerFile, 1);
    assert.deepEqual(named, ['miitelCsv.maxUsersPerFile', 'miitelCsv.maxProblems']);
    assert.equal(resolved({ maxProblems: 2.7 }).settings.maxProblems, 2);
  });

  it('replaces wrong types by the default, and clamps negative seats to 0', () => {
    const { settings, named } = resolved({
      maxProblems: '5',
      largeFileThreshold: -1,
      files: 'users/*.csv',
      seats: { users: -3, phone: 'x', nope: 2 },
      rules: { 'login-id/format': 'loud', 'value/required': 'off' },
      subscriptions: ['callCenter', 'nothing'],
      inlayHints: { enabled: 'no' },
    });
    assert.equal(settings.maxProblems, DEFAULT_SETTINGS.maxProblems);
    assert.equal(settings.largeFileThreshold, 0);
    assert.deepEqual(settings.files, []);
    assert.deepEqual(settings.seats, { users: 0 });
    assert.deepEqual(settings.rules, { 'value/required': 'off' });
    assert.deepEqual(settings.subscriptions, ['callCenter']);
    assert.equal(settings.inlayHints.enabled, true);
    assert.deepEqual(named.sort(), [
      'miitelCsv.files',
      'miitelCsv.inlayHints.enabled',
      'miitelCsv.largeFileThreshold',
      'miitelCsv.maxProblems',
      'miitelCsv.rules',
      'miitelCsv.seats',
      'miitelCsv.subscriptions',
    ]);
  });

  it('names nothing for valid settings or settings left out', () => {
    assert.deepEqual(resolved({ maxProblems: 5, seats: { users: 2 }, files: ['a/*.csv'] }).named, []);
    assert.deepEqual(resolved(undefined).named, []);
  });

  it('with maxProblems 0.2 still reports a finding, and with maxUsersPerFile 0 not every user is an error', () => {
    const header = 'Login ID,User name,Password,Locale,Time zone';
    const text = `${header}\nsato@miitel.jp,Sato Taro,Xd7!kP2q,0,99\nsuzuki@miitel.jp,Suzuki Hanako,Qm4#tR8w,0,0\n`;
    assert.equal(checkText(text, resolveSettings({ maxProblems: 0.2 })).problems.length, 1);
    const tooMany = checkText(text, resolveSettings({ maxUsersPerFile: 0 })).problems.filter((p) => p.code === 'rows/too-many');
    assert.ok(tooMany.length <= 1, `${tooMany.length} rows/too-many findings`);
  });
});
