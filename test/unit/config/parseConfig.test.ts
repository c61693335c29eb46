import * as assert from 'node:assert/strict';
import { parseConfig } from '../../../server/src/service/config/parseConfig';

/** Each problem as [message, the text it covers]. */
function problems(text: string): [string, string][] {
  return parseConfig(text).problems.map((p) => [p.message, text.slice(p.offset, p.offset + p.length)]);
}

describe('organisation config: parseConfig', () => {
  it('reads every key of a valid config', () => {
    const text = JSON.stringify({
      format: 'create',
      files: ['users/*.csv'],
      subscriptions: ['meetings'],
      seats: { users: 5 },
      existingLoginIds: 'ids.txt',
      rules: { 'password/sequential': 'off' },
      maxUsersPerFile: 50,
      headerAliases: { ログインID: 'Login ID' },
      loginIdDomains: ['example.com'],
      template: { locale: '1', timeZone: '2', values: { 'Administrative privileges': '1' } },
    });
    const parsed = parseConfig(text);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.config, JSON.parse(text));
  });

  it('takes a BOM and an empty object', () => {
    assert.deepEqual(parseConfig('\ufeff{}'), { config: {}, problems: [], syntaxError: false });
  });

  it('reports invalid JSON once, at the first error, and uses nothing', () => {
    const text = '{\n  "format": "create",\n  "seats": {"users": 1,}\n}';
    const parsed = parseConfig(text);
    assert.equal(parsed.syntaxError, true);
    assert.deepEqual(parsed.config, {});
    assert.deepEqual(problems(text), [['Invalid JSON: a key in double quotes is expected.', '}']]);
    assert.deepEqual(problems('{"format": "create" "files": []}'), [['Invalid JSON: a comma is expected.', '"files"']]);
    assert.deepEqual(problems('// team\n{}'), [['Invalid JSON: comments are not allowed.', '// team']]);
    assert.deepEqual(problems(''), [['Invalid JSON: a value is expected.', '']]);
  });

  it('wants an object', () => {
    assert.deepEqual(problems('["users.csv"]'), [['The configuration must be a JSON object ({ … }).', '["users.csv"]']]);
  });

  it('reports an unknown key on the key, listing the allowed ones, and uses the other keys', () => {
    const text = '{"maxUsers": 10, "format": "update"}';
    const parsed = parseConfig(text);
    assert.deepEqual(problems(text), [
      [
        'Unknown key "maxUsers"; the keys allowed here are "format", "files", "subscriptions", "seats", "existingLoginIds", "rules", "maxUsersPerFile", "headerAliases", "loginIdDomains" or "template".',
        '"maxUsers"',
      ],
    ]);
    assert.deepEqual(parsed.config, { format: 'update' });
    assert.equal(parsed.problems[0]?.key, 'maxUsers');
  });

  it('reports unknown nested keys with their path', () => {
    assert.deepEqual(problems('{"seats": {"user": 3}}'), [
      [
        'Unknown key "user"; the keys allowed here are "users", "phone", "phoneMobile", "callCenter", "meetings", "recPod", "salesforce" or "incomingWebhook".',
        '"user"',
      ],
    ]);
    // Too many to list: the diagnostic codes.
    assert.deepEqual(problems('{"rules": {"login-id/typo": "off"}}'), [['Unknown key "login-id/typo".', '"login-id/typo"']]);
    assert.deepEqual(problems('{"template": {"values": {"Login ID": "x"}}}'), [['Unknown key "Login ID".', '"Login ID"']]);
  });

  it('reports wrong types on the value, naming the key path', () => {
    assert.deepEqual(problems('{"maxUsersPerFile": "100"}'), [['"maxUsersPerFile" must be a whole number.', '"100"']]);
    assert.deepEqual(problems('{"maxUsersPerFile": 1.5}'), [['"maxUsersPerFile" must be a whole number.', '1.5']]);
    assert.deepEqual(problems('{"files": "*.csv"}'), [['"files" must be a list.', '"*.csv"']]);
    assert.deepEqual(problems('{"files": ["a.csv", 3]}'), [['"files[1]" must be a string.', '3']]);
    assert.deepEqual(problems('{"seats": []}'), [['"seats" must be an object.', '[]']]);
  });

  it('reports values outside their enum, minimum, empty strings and repeats', () => {
    assert.deepEqual(problems('{"format": "Create"}'), [['"format" must be one of "auto", "create" or "update".', '"Create"']]);
    assert.deepEqual(problems('{"rules": {"password/sequential": "warn"}}'), [
      ['"rules.password/sequential" must be one of "error", "warning", "info" or "off".', '"warn"'],
    ]);
    assert.deepEqual(problems('{"seats": {"users": -1}}'), [['"seats.users" must be at least 0.', '-1']]);
    assert.deepEqual(problems('{"maxUsersPerFile": 0}'), [['"maxUsersPerFile" must be at least 1.', '0']]);
    assert.deepEqual(problems('{"existingLoginIds": " "}'), [['"existingLoginIds" must not be empty.', '" "']]);
    assert.deepEqual(problems('{"loginIdDomains": ["a.jp", "a.jp"]}'), [['"loginIdDomains" lists "a.jp" more than once.', '"a.jp"']]);
    assert.deepEqual(problems('{"headerAliases": {"ID": "LoginID"}}')[0]?.[1], '"LoginID"');
    assert.deepEqual(problems('{"template": {"locale": "2"}}'), [['"template.locale" must be one of "0" or "1".', '"2"']]);
  });

  it('keeps the valid items of a list with an invalid one', () => {
    assert.deepEqual(parseConfig('{"subscriptions": ["meetings", "zoom"]}').config, { subscriptions: ['meetings'] });
  });
});
