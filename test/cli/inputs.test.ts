/**
 * What FILE may be for check and fix: a glob pattern the CLI expands itself, a folder (its MiiTel
 * CSV files, recursively, without node_modules and dot folders), `-` for standard input; and the
 * organisation config of each file's own folder. The built launcher in a temporary repository.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CREATE_USERS } from '../../shared/formats/index';
import { runCli } from './runCli';

const HEADER_11 = CREATE_USERS.columns
  .slice(0, 11)
  .map((c) => c.header)
  .join(',');
const csv = (...rows: string[]) => [HEADER_11, ...rows].join('\n') + '\n';
const user = (loginId: string, timeZone = '0') => `${loginId},Sato,pHNK29BhZXcU,0,${timeZone},0,0,0,0,0,0`;
/** The file names a check's text output reports on, in order. */
const reported = (stdout: string) => [...new Set(stdout.split('\n').flatMap((l) => /^([^:\s]+\.csv):\d+:\d+ /i.exec(l)?.[1] ?? []))];

describe('miitel-csv inputs: patterns, folders, standard input (built CLI)', () => {
  let repo = '';
  const put = (relative: string, text: string) => {
    const file = join(repo, relative);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
  };
  const run = (args: readonly string[], input?: string) => runCli(args, repo, undefined, input);

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'miitel-cli-inputs-'));
    mkdirSync(join(repo, '.git'));
    // Every file has one error (a time zone written as a word), so each checked file is reported.
    put('users/a.csv', csv(user('a@example.com', 'Tokyo')));
    put('users/team/b.CSV', csv(user('b@example.com', 'Tokyo')));
    put('users/node_modules/c.csv', csv(user('c@example.com', 'Tokyo')));
    put('users/.cache/d.csv', csv(user('d@example.com', 'Tokyo')));
    put('users/phones.csv', 'Name,Phone\nSato,03-1234-5678\n');
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('expands a quoted glob pattern itself, every match checked, node_modules and dot folders left out', () => {
    const r = run(['check', 'users/**/*.csv']);
    assert.deepEqual(reported(r.stdout), ['users/a.csv', 'users/phones.csv']);
    assert.equal(r.status, 1);
  });

  it('says so when a pattern matches no file (exit 2), and checks the other inputs', () => {
    const r = run(['check', 'nothing/*.csv', 'users/a.csv']);
    assert.equal(r.stderr, 'miitel-csv: nothing/*.csv: no file matches this pattern\n');
    assert.deepEqual(reported(r.stdout), ['users/a.csv']);
    assert.equal(r.status, 2);
  });

  it('takes a folder as its MiiTel CSV files, in its subfolders too, whatever the case of .csv', () => {
    const r = run(['check', 'users']);
    assert.deepEqual(reported(r.stdout), ['users/a.csv', 'users/team/b.CSV']);
    assert.match(r.stdout, /^2 files, 2 users: 2 errors$/m);
    assert.equal(r.status, 1);
  });

  it('does not follow symbolic links in a folder (a link to .. would loop)', function () {
    if (process.platform === 'win32') this.skip();
    symlinkSync('..', join(repo, 'users/team/up'));
    const r = run(['check', 'users']);
    assert.deepEqual(reported(r.stdout), ['users/a.csv', 'users/team/b.CSV']);
  });

  it("also takes a folder's files named by the config's files patterns", () => {
    put('.miitel-csv.json', '{"files": ["users/phones.csv"]}');
    const r = run(['check', 'users']);
    assert.match(r.stdout, /^3 files, 3 users: /m);
  });

  it('reports each file once when two inputs name it', () => {
    const r = run(['check', 'users/a.csv', 'users', 'users/*.csv']);
    assert.match(r.stdout, /^3 files, 3 users: /m);
  });

  it('reads standard input for -, named by --stdin-filename, with the config of that name’s folder', () => {
    put('team/.miitel-csv.json', '{"loginIdDomains": ["team.example.com"]}');
    const input = csv(user('sato@example.com'));
    const named = run(['check', '-', '--stdin-filename', 'team/new.csv'], input);
    assert.match(named.stdout, /^team\/new\.csv:2:1 error login-id\/domain /m);
    assert.equal(named.status, 1);
    const unnamed = run(['check', '-'], input);
    assert.equal(unnamed.stdout, '1 file, 1 user: ✓ no problems\n');
    assert.equal(unnamed.status, 0);
  });

  it('fixes the files of a folder', () => {
    const r = run(['fix', 'users']);
    assert.equal(
      r.stdout,
      [
        'users/a.csv: Fixed 1 problem: 1 code written as a word or number',
        'users/team/b.CSV: Fixed 1 problem: 1 code written as a word or number',
        '2 files, 2 users: ✓ no problems',
        '',
      ].join('\n'),
    );
    assert.equal(r.status, 0);
  });

  it('refuses --stdin-filename without -, and - twice', () => {
    assert.deepEqual(
      [run(['check', 'users', '--stdin-filename', 'x.csv']).stderr.split('\n')[0], run(['check', '-', '-']).stderr.split('\n')[0]],
      ['miitel-csv: --stdin-filename names standard input: give - as a FILE too', 'miitel-csv: standard input (-) can be read only once'],
    );
  });
});
