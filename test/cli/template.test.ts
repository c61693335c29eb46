/**
 * `miitel-csv template` as a user runs it: the built launcher in a child process. Files are written
 * in a fresh temporary directory, the child's working directory, so relative `-o` paths land there.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CREATE_USERS } from '../../shared/formats/index';

const COLUMNS = CREATE_USERS.columns;

const root = resolve(__dirname, '../../..');
const HEADER_11 = COLUMNS.slice(0, 11)
  .map((c) => c.header)
  .join(',');
const HINT = 'Run "miitel-csv --help" for usage.\n';
const ROW_11 = /^,,[A-Za-z0-9]{12},0,0,0,0,0,0,0,0$/;

interface Run {
  readonly status: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

function run(args: readonly string[], cwd: string): Run {
  const r = spawnSync(process.execPath, [join(root, 'bin/miitel-csv.js'), ...args], { cwd, env: { ...process.env, LC_ALL: 'C' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** The CRLF lines of a template's text (asserting every line break is CRLF, the last line included). */
function lines(text: string): string[] {
  assert.ok(text.endsWith('\r\n'));
  const parts = text.slice(0, -2).split('\r\n');
  for (const line of parts) assert.doesNotMatch(line, /[\r\n]/);
  return parts;
}

describe('miitel-csv template (built CLI)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'miitel-template-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  describe('to stdout', () => {
    it('writes the bytes of a UTF-8 template with N rows and nothing on stderr', () => {
      const r = run(['template', '--rows', '3', '--encoding', 'utf-8'], dir);
      assert.deepEqual([r.status, r.stderr], [0, '']);
      assert.notEqual(r.stdout[0], 0xef, 'no BOM');
      const [header, ...rows] = lines(r.stdout.toString('utf8'));
      assert.equal(header, HEADER_11);
      assert.equal(rows.length, 3);
      for (const row of rows) assert.match(row, ROW_11);
    });

    it('starts with a BOM exactly for utf-8-bom, and Shift_JIS output is the same ASCII without one', () => {
      const bom = run(['template', '--rows', '1', '--encoding', 'utf-8-bom'], dir).stdout;
      assert.deepEqual([...bom.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
      assert.equal(lines(bom.subarray(3).toString('utf8'))[0], HEADER_11);
      const sjis = run(['template', '--rows', '1', '--encoding', 'SHIFT_JIS'], dir).stdout;
      assert.ok(sjis.every((b) => b < 0x80));
      assert.equal(lines(sjis.toString('latin1'))[0], HEADER_11);
    });

    it('adds the columns of --subscriptions and writes --locale and --time-zone in every row', () => {
      const r = run(
        [
          'template',
          '--rows',
          '2',
          '--encoding',
          'utf-8',
          '--subscriptions',
          'incomingWebhook,recPod',
          '--locale',
          '1',
          '--time-zone',
          '6',
        ],
        dir,
      );
      assert.equal(r.status, 0);
      const [header, ...rows] = lines(r.stdout.toString('utf8'));
      assert.equal(
        header,
        `${HEADER_11},MiiTel Meetings Create external shared link,MiiTel Meetings Export video history as CSV,MiiTel RecPod Enable,Incoming Webhook Enable`,
      );
      for (const row of rows) assert.match(row, /^,,[A-Za-z0-9]{12},1,6,0,0,0,0,0,0,1,0,0,0$/);
    });
  });

  it('--subscriptions meetingsBot also writes the MiiTel Meetings Enable column the bot column depends on', () => {
    const r = run(['template', '--rows', '1', '--encoding', 'utf-8', '--subscriptions', 'meetingsBot'], dir);
    assert.equal(r.status, 0);
    const [header, row] = lines(r.stdout.toString('utf8'));
    assert.equal(header, `${HEADER_11},MiiTel Meetings Enable,MiiTel Meetings Use bot`);
    assert.match(row ?? '', /^,,[A-Za-z0-9]{12},0,0,0,0,0,0,0,0,0,0$/);
  });

  describe('-o FILE', () => {
    it('writes the file, says so, and the file checks with only "fill in" errors and "no users" (exit 1)', () => {
      const r = run(['template', '--rows', '37', '--encoding', 'shift_jis', '-o', 'users.csv'], dir);
      assert.deepEqual([r.status, r.stdout.toString('utf8'), r.stderr], [0, 'users.csv: template with 37 rows (Shift_JIS)\n', '']);
      assert.equal(lines(readFileSync(join(dir, 'users.csv'), 'latin1')).length, 38);
      const check = run(['check', 'users.csv'], dir);
      // Unused template rows fail the upload (their Login ID is empty): the check fails until they are filled in.
      assert.equal(check.status, 1);
      const out = check.stdout.toString('utf8').trimEnd().split('\n');
      assert.equal(out.length, 39);
      assert.equal(out[0], 'users.csv:1:1 warning rows/none No users to add: the file has a header but no user rows.');
      assert.ok(out.slice(1, 38).every((l, i) => l.startsWith(`users.csv:${i + 2}:1 error rows/unused-template-row `)));
      assert.equal(out[38], '1 file, 37 users: 37 errors, 1 warning');
    });

    it('refuses to overwrite an existing file (exit 2, file untouched), and overwrites it with --force', () => {
      const target = join(dir, 'users.csv');
      writeFileSync(target, 'keep me');
      const refused = run(['template', '--rows', '1', '--encoding', 'utf-8', '--output', 'users.csv'], dir);
      assert.deepEqual(
        [refused.status, refused.stdout.length, refused.stderr],
        [2, 0, 'miitel-csv: users.csv already exists: use --force to overwrite it\n'],
      );
      assert.equal(readFileSync(target, 'utf8'), 'keep me');

      const forced = run(['template', '--rows', '1', '--encoding', 'utf-8', '-o', 'users.csv', '--force'], dir);
      assert.equal(forced.status, 0);
      assert.equal(lines(readFileSync(target, 'utf8'))[0], HEADER_11);
    });

    it('is exit 2 when the file cannot be written', () => {
      const r = run(['template', '--rows', '1', '--encoding', 'utf-8', '-o', 'no-such-dir/users.csv'], dir);
      assert.deepEqual([r.status, r.stderr], [2, 'miitel-csv: no-such-dir/users.csv: cannot be written (ENOENT)\n']);
      assert.equal(existsSync(join(dir, 'no-such-dir')), false);
    });
  });

  describe('usage errors (exit 2, nothing written)', () => {
    const cases: [string, string[], string][] = [
      ['rows 0', ['--rows', '0', '--encoding', 'utf-8'], '--rows expects a whole number from 1 to 100, not "0"'],
      ['rows 101', ['--rows', '101', '--encoding', 'utf-8'], '--rows expects a whole number from 1 to 100, not "101"'],
      ['rows not a number', ['--rows', 'ten', '--encoding', 'utf-8'], '--rows expects a whole number from 1 to 100, not "ten"'],
      ['no --rows', ['--encoding', 'utf-8'], 'template needs --rows N (1 to 100): the number of users to add'],
      ['no --encoding', ['--rows', '5'], 'template needs --encoding utf-8|utf-8-bom|shift_jis'],
      ['encoding auto', ['--rows', '5', '--encoding', 'auto'], '--encoding does not accept "auto": use utf-8, utf-8-bom, shift_jis'],
      ['locale 2', ['--rows', '5', '--encoding', 'utf-8', '--locale', '2'], '--locale does not accept "2": use 0, 1'],
      [
        'time zone 14',
        ['--rows', '5', '--encoding', 'utf-8', '--time-zone', '14'],
        '--time-zone does not accept "14": use 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13',
      ],
      [
        'unknown product',
        ['--rows', '5', '--encoding', 'utf-8', '--subscriptions', 'phone'],
        '--subscriptions does not accept "phone": use phoneMobile, callCenter, meetings, meetingsBot, recPod, salesforce, incomingWebhook',
      ],
      [
        'a FILE argument',
        ['--rows', '5', '--encoding', 'utf-8', 'users.csv'],
        'template takes no FILE ("users.csv"): use -o users.csv to write the template there',
      ],
      ['an option of check', ['--rows', '5', '--encoding', 'utf-8', '--format', 'json'], '--format is an option of "miitel-csv check"'],
    ];
    for (const [name, args, message] of cases) {
      it(name, () => {
        const r = run(['template', ...args], dir);
        assert.deepEqual([r.status, r.stdout.length, r.stderr], [2, 0, `miitel-csv: ${message}\n${HINT}`]);
        assert.deepEqual(readdirSync(dir), []);
      });
    }

    it('check refuses the options of template, and still checks files', () => {
      const r = run(['check', '--rows', '5', join(root, 'test/fixtures/cli/clean.csv')], dir);
      assert.deepEqual([r.status, r.stderr], [2, `miitel-csv: --rows is an option of "miitel-csv template"\n${HINT}`]);
      const ok = run(['check', join(root, 'test/fixtures/cli/clean.csv')], dir);
      assert.equal(ok.status, 0);
    });
  });

  it('--help shows the template usage', () => {
    const help = run(['--help'], dir).stdout.toString('utf8');
    assert.match(help, /\n {2}miitel-csv template --rows N --encoding ENCODING \[options\] \[-o FILE\]\n/);
    assert.match(help, /\n {2}--force {21}overwrite FILE if it exists \(otherwise: exit 2\)\n/);
  });
});
