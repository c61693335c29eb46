/**
 * `miitel-csv check --format github` (issue 17): one workflow command per finding, escaped as
 * GitHub's toolkit escapes them, and the job summary appended to `$GITHUB_STEP_SUMMARY`.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeData, escapeProperty } from '../../server/src/cli/github';
import { ROOT, runCli } from './runCli';

const EXAMPLE = 'examples/users.csv';
const HEADER =
  'Login ID,User name,Password,Locale,Time zone,Administrative privileges,Monitoring privileges,MiiTel Analytics Download recorded audio files,MiiTel Analytics Export call history as CSV,MiiTel Analytics Export contact data as CSV,MiiTel Phone Enable';
const row = (loginId: string, timeZone: string) => `${loginId},User,Xd7!kP2qA,0,${timeZone},0,0,0,0,0,0`;

/** English, and none of GitHub's variables of the machine the tests run on. */
function env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, LC_ALL: 'C' };
  delete base.GITHUB_STEP_SUMMARY;
  delete base.GITHUB_WORKSPACE;
  return { ...base, ...extra };
}

const github = (args: readonly string[], cwd = ROOT, extra: Record<string, string> = {}) =>
  runCli(['check', '--format', 'github', ...args], cwd, env(extra));

describe('miitel-csv check --format github', () => {
  it('prints one workflow command per finding of the example, then the summary line, and exits 1', () => {
    const r = github([EXAMPLE]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '');
    assert.equal(
      r.stdout,
      [
        '::error file=examples/users.csv,line=4,col=50,endLine=4,endColumn=55,title=value/not-allowed::Did you mean 0 (GMT+9:00) Tokyo? "Tokyo" is not allowed in Time zone.',
        '::error file=examples/users.csv,line=5,col=1,endLine=5,endColumn=28,title=value/full-width::Login ID has full-width characters: write "tanaka.ichiro@example.co.jp" in half-width (ASCII).',
        '::error file=examples/users.csv,line=6,col=1,endLine=6,endColumn=24,title=login-id/duplicate::Login ID "sato.taro@example.co.jp" is already used on line 2: each user needs a different one.',
        '::error file=examples/users.csv,line=7,col=38,endLine=7,endColumn=45,title=password/too-short::Password has 7 characters: it needs 8 or more.',
        '::error file=examples/users.csv,line=8,col=67,endLine=8,endColumn=68,title=dependency/requires::MiiTel Phone Mobile Enable = 1 needs MiiTel Phone Enable = 1 in the same row.',
        '::error file=examples/users.csv,line=9,col=26,endLine=9,endColumn=57,title=user-name/too-long::User name has 31 characters: MiiTel allows up to 30.',
        '::error file=examples/users.csv,line=10,col=1,endLine=10,endColumn=57,title=rows/unused-template-row::Unused template row: fill in Login ID and User name, or delete the row. It holds only what the template put there, and MiiTel rejects its empty Login ID.',
        '1 file, 9 users: 7 errors',
        '',
      ].join('\n'),
    );
  });

  it('uses ::warning and ::notice for the other severities, and exits 0 without errors', () => {
    const warning = github(['test/fixtures/cli/warnings-only.csv']);
    assert.equal(warning.status, 0);
    assert.match(
      warning.stdout,
      /^::warning file=test\/fixtures\/cli\/warnings-only.csv,line=2,col=50,endLine=2,endColumn=51,title=dependency\/recommended::/,
    );
    const info = github(['--rule', 'dependency/recommended=info', 'test/fixtures/cli/warnings-only.csv']);
    assert.match(info.stdout, /^::notice file=/);
  });

  it('escapes as the toolkit does: %, CR and LF in data; also : and , in properties', () => {
    assert.equal(escapeData('50% done\r\nnext: a, b'), '50%25 done%0D%0Anext: a, b');
    assert.equal(escapeProperty('C:\\users\\a,b%\n.csv'), 'C%3A\\users\\a%2Cb%25%0A.csv');
    assert.equal(escapeProperty('value/not-allowed'), 'value/not-allowed');
  });

  describe('in a folder of its own', () => {
    let dir = '';
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'miitel-cli-github-'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('escapes a path with : , and %, and a message quoting a % value, so nothing ends the command early', () => {
      writeFileSync(join(dir, 'a,b:c%d.csv'), `${[HEADER, row('x@example.com', '50%')].join('\n')}\n`);
      const r = github(['a,b:c%d.csv'], dir);
      assert.equal(
        r.stdout.split('\n')[0],
        '::error file=a%2Cb%3Ac%25d.csv,line=2,col=32,endLine=2,endColumn=35,title=value/not-allowed::"50%25" is not allowed in Time zone: enter a code 0–13.',
      );
    });

    it('names the file relative to GITHUB_WORKSPACE when set, as GitHub places annotations from the checkout', () => {
      mkdirSync(join(dir, 'users'));
      writeFileSync(join(dir, 'users', 'team.csv'), `${[HEADER, row('x@example.com', '99')].join('\n')}\n`);
      const r = github(['team.csv'], join(dir, 'users'), { GITHUB_WORKSPACE: dir });
      assert.match(r.stdout, /^::error file=users\/team.csv,line=2,/);
    });

    it('gives no columns for a finding over several lines, as GitHub takes columns only on one line', () => {
      // A row of 5 fields, its User name quoted over two lines.
      writeFileSync(join(dir, 'short.csv'), `${HEADER}\nx@example.com,"Line one\nline two",Xd7!kP2qA,0,0\n`);
      assert.equal(
        github(['short.csv'], dir).stdout.split('\n')[0],
        '::error file=short.csv,line=2,endLine=3,title=csv/field-count::This row has 5 fields but the header has 11: add the missing 6 fields (commas).',
      );
    });

    it('appends a Markdown summary to GITHUB_STEP_SUMMARY: heading, summary line, table', () => {
      const summary = join(dir, 'summary.md');
      writeFileSync(summary, 'Earlier step.\n');
      writeFileSync(
        join(dir, 'users.csv'),
        `${[HEADER, row('a@example.com', 'Tokyo'), row('b@example.com', '<b>|*_x_*</b>')].join('\n')}\n`,
      );
      const r = github(['users.csv'], dir, { GITHUB_STEP_SUMMARY: summary });
      assert.equal(r.status, 1);
      assert.equal(r.stderr, '');
      assert.equal(
        readFileSync(summary, 'utf8'),
        [
          'Earlier step.',
          '### MiiTel CSV check',
          '',
          '1 file, 2 users: 2 errors',
          '',
          '| File | Line | Column | Severity | Code | Message |',
          '| --- | ---: | ---: | --- | --- | --- |',
          '| users.csv | 2 | 32 | error | `value/not-allowed` | Did you mean 0 (GMT+9:00) Tokyo? "Tokyo" is not allowed in Time zone. |',
          // Markdown's punctuation escaped: the value shows as typed, not as HTML, emphasis or a new cell.
          '| users.csv | 3 | 32 | error | `value/not-allowed` | "\\<b\\>\\|\\*\\_x\\_\\*\\</b\\>" is not allowed in Time zone: enter a code 0–13. |',
          // A blank line ends the section, so the next step's Markdown starts a block of its own.
          '',
          '',
        ].join('\n'),
      );
    });

    it('lists the first 200 findings in the summary and counts the rest, those past --max-problems too', () => {
      const summary = join(dir, 'summary.md');
      const rows = Array.from({ length: 150 }, (_, i) => row(`user${i}@example.com`, '99'));
      writeFileSync(join(dir, 'a.csv'), `${[HEADER, ...rows].join('\n')}\n`);
      writeFileSync(join(dir, 'b.csv'), `${[HEADER, ...rows].join('\n')}\n`);
      const r = github(['--max-users', '1000', '--max-problems', '120', 'a.csv', 'b.csv'], dir, { GITHUB_STEP_SUMMARY: summary });
      assert.equal(r.stdout.split('\n').filter((l) => l.startsWith('::error ')).length, 240);
      const lines = readFileSync(summary, 'utf8').split('\n');
      assert.equal(lines.filter((l) => l.startsWith('| a.csv |') || l.startsWith('| b.csv |')).length, 200);
      assert.equal(lines.filter((l) => l.startsWith('| b.csv |')).length, 80);
      assert.equal(lines.at(-3), '… and 100 more findings.');
      assert.equal(lines.at(-2), '');
    });

    it('writes the summary in the language asked for', () => {
      const summary = join(dir, 'summary.md');
      writeFileSync(join(dir, 'users.csv'), `${[HEADER, row('x@example.com', '99')].join('\n')}\n`);
      github(['--lang', 'ja', 'users.csv'], dir, { GITHUB_STEP_SUMMARY: summary });
      const text = readFileSync(summary, 'utf8');
      assert.match(text, /^### MiiTel CSV のチェック\n/);
      assert.match(text, /\n\| ファイル \| 行 \| 列 \| 重大度 \| コード \| メッセージ \|\n/);
    });

    it('reports a summary file it cannot write on stderr and keeps the exit status of the check', () => {
      writeFileSync(join(dir, 'users.csv'), `${[HEADER, row('x@example.com', '0')].join('\n')}\n`);
      const r = github(['users.csv'], dir, { GITHUB_STEP_SUMMARY: join(dir, 'no-such-dir', 'summary.md') });
      assert.equal(r.status, 0);
      assert.equal(r.stdout, '1 file, 1 user: ✓ no problems\n');
      assert.equal(
        r.stderr,
        `miitel-csv: GITHUB_STEP_SUMMARY (${join(dir, 'no-such-dir', 'summary.md')}): the summary cannot be written (ENOENT)\n`,
      );
    });
  });
});
