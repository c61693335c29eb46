/**
 * The organisation config from the command line: discovery from each CSV's folder up to the folder
 * holding `.git`, `--config`, flags over the config, a bad config (exit 2, file:line:column), and
 * the template command's defaults. The built launcher in a child process, in a temporary repository.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CREATE_USERS } from '../../shared/formats/index';
import { runCli } from './runCli';

const HEADER_11 = CREATE_USERS.columns
  .slice(0, 11)
  .map((c) => c.header)
  .join(',');

const run = runCli;

describe('miitel-csv and the organisation config (built CLI)', () => {
  let repo = '';
  const put = (relative: string, text: string) => {
    const file = join(repo, relative);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
  };
  const csv = (...rows: string[]) => [HEADER_11, ...rows].join('\r\n') + '\r\n';
  const user = (loginId: string) => `${loginId},Sato,pHNK29BhZXcU,0,0,0,0,0,0,0,0`;

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'miitel-cli-config-'));
    mkdirSync(join(repo, '.git'));
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('uses the nearest config of each file', () => {
    put('.miitel-csv.json', '{"loginIdDomains": ["example.com"]}');
    put('team/.miitel-csv.json', '{"loginIdDomains": ["team.example.com"]}');
    put('a.csv', csv(user('sato@team.example.com')));
    put('team/b.csv', csv(user('sato@team.example.com')));
    const r = run(['check', 'a.csv', 'team/b.csv'], repo);
    assert.equal(r.stderr, '');
    assert.equal(r.status, 1);
    assert.match(
      r.stdout,
      /^a\.csv:2:1 error login-id\/domain The domain "team\.example\.com" of this Login ID is not the organisation's: use example\.com\.$/m,
    );
    assert.doesNotMatch(r.stdout, /team\/b\.csv:2/);
  });

  it('does not look above the folder holding .git', () => {
    put('.miitel-csv.json', '{"loginIdDomains": ["example.com"]}');
    mkdirSync(join(repo, 'inner/.git'), { recursive: true });
    put('inner/a.csv', csv(user('sato@other.jp')));
    const r = run(['check', 'inner/a.csv'], repo);
    assert.equal(r.status, 0, r.stdout + r.stderr);
  });

  it('--config names the config for every file; flags override it', () => {
    put('conf/org.json', '{"rules": {"login-id/domain": "warning"}, "loginIdDomains": ["example.com"]}');
    put('a.csv', csv(user('sato@other.jp')));
    const warned = run(['check', '--config', 'conf/org.json', 'a.csv'], repo);
    assert.equal(warned.status, 0, warned.stdout + warned.stderr);
    assert.match(warned.stdout, /a\.csv:2:1 warning login-id\/domain /);
    const flagged = run(['check', '--config', 'conf/org.json', '--rule', 'login-id/domain=error', 'a.csv'], repo);
    assert.equal(flagged.status, 1);
    assert.match(flagged.stdout, /a\.csv:2:1 error login-id\/domain /);
  });

  it('reads existingLoginIds relative to the config', () => {
    put('team/.miitel-csv.json', '{"existingLoginIds": "ids/in-use.txt"}');
    put('team/ids/in-use.txt', 'sato@example.com\n');
    put('team/a.csv', csv(user('sato@example.com')));
    const r = run(['check', 'team/a.csv'], repo);
    assert.equal(r.status, 1);
    assert.match(r.stdout, /team\/a\.csv:2:1 error login-id\/in-use /);
  });

  it('stops with exit 2 and every problem at file:line:column on a bad config', () => {
    put('.miitel-csv.json', '{\n  "maxUsersPerFile": "100",\n  "seat": {}\n}\n');
    put('a.csv', csv(user('sato@example.com')));
    const r = run(['check', 'a.csv'], repo);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      [
        'miitel-csv: .miitel-csv.json:2:22: "maxUsersPerFile" must be a whole number.',
        'miitel-csv: .miitel-csv.json:3:3: Unknown key "seat"; the keys allowed here are "format", "files", "subscriptions", "seats", "existingLoginIds", "rules", "maxUsersPerFile", "headerAliases", "loginIdDomains" or "template".',
        'miitel-csv: .miitel-csv.json: the organisation config has problems; fix them or pass another one with --config.',
        '',
      ].join('\n'),
    );
  });

  it('stops with exit 2 on invalid JSON and on a missing --config', () => {
    put('.miitel-csv.json', '{"format": "create",}');
    put('a.csv', csv(user('sato@example.com')));
    const r = run(['check', 'a.csv'], repo);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^miitel-csv: \.miitel-csv\.json:1:21: Invalid JSON: a key in double quotes is expected\.$/m);
    const missing = run(['check', '--config', 'nope.json', 'a.csv'], repo);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'miitel-csv: The organisation config is not used: nope.json: no such file\n');
  });

  it('template takes its Locale, Time zone, values and subscriptions from the config; flags win', () => {
    put(
      '.miitel-csv.json',
      JSON.stringify({ subscriptions: [], template: { locale: '1', timeZone: '2', values: { 'Administrative privileges': '1' } } }),
    );
    const r = run(['template', '--rows', '1', '--encoding', 'utf-8', '-o', 'new.csv'], repo);
    assert.equal(r.status, 0, r.stderr);
    const [header, row] = readFileSync(join(repo, 'new.csv'), 'utf8').split('\r\n');
    assert.equal(header, HEADER_11);
    assert.match(row ?? '', /^,,[A-Za-z0-9]{12},1,2,1,0,0,0,0,0$/);
    const flagged = run(['template', '--rows', '1', '--encoding', 'utf-8', '--locale', '0'], repo);
    assert.match(flagged.stdout.split('\r\n')[1] ?? '', /^,,[A-Za-z0-9]{12},0,2,1,0,0,0,0,0$/);
  });

  it('names --config in --help', () => {
    assert.match(run(['--help'], repo).stdout, /--config FILE {15}use this \.miitel-csv\.json for every file/);
  });
});
