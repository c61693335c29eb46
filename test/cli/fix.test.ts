/**
 * `miitel-csv fix` as a user runs it (the built launcher in a child process, in a temporary
 * folder): the file's bytes after the fix in UTF-8, UTF-8 with BOM and CRLF, and Shift_JIS; what it
 * prints; `--dry-run`'s diff without passwords; standard input; the exit statuses.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { CREATE_USERS } from '../../shared/formats/index';
import { runCli } from './runCli';

const HEADER_11 = CREATE_USERS.columns
  .slice(0, 11)
  .map((c) => c.header)
  .join(',');
const PASSWORD = 'pHNK29BhZXcU';
/** A full-width Login ID and a time zone written as a word: both fixed by fix-all. */
const FIXABLE = `ｓａｔｏ@example.com,佐藤 太郎,${PASSWORD},0,Tokyo,0,0,0,0,0,0`;
const FIXED = `sato@example.com,佐藤 太郎,${PASSWORD},0,0,0,0,0,0,0,0`;
const FIXED_SUMMARY = 'Fixed 2 problems: 1 value in full-width characters, 1 code written as a word or number';
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('miitel-csv fix (built CLI)', () => {
  let dir = '';
  const put = (name: string, bytes: string | Uint8Array) => writeFileSync(join(dir, name), bytes);
  const bytesOf = (name: string) => readFileSync(join(dir, name));
  const run = (args: readonly string[], input?: string | Uint8Array) => runCli(args, dir, undefined, input);

  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'miitel-cli-fix-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('fixes a UTF-8 file in place and says what it fixed', () => {
    put('a.csv', `${HEADER_11}\n${FIXABLE}\n`);
    const r = run(['fix', 'a.csv']);
    assert.deepEqual(bytesOf('a.csv'), Buffer.from(`${HEADER_11}\n${FIXED}\n`, 'utf8'));
    assert.equal(r.stdout, `a.csv: ${FIXED_SUMMARY}\n1 file, 1 user: ✓ no problems\n`);
    assert.deepEqual([r.status, r.stderr], [0, '']);
  });

  it('keeps the BOM and the CRLF line breaks of a UTF-8 file', () => {
    put('a.csv', Buffer.concat([BOM, Buffer.from(`${HEADER_11}\r\n${FIXABLE}\r\n`)]));
    const r = run(['fix', 'a.csv']);
    assert.deepEqual(bytesOf('a.csv'), Buffer.concat([BOM, Buffer.from(`${HEADER_11}\r\n${FIXED}\r\n`)]));
    assert.equal(r.status, 0);
  });

  it('writes a Shift_JIS file back in Shift_JIS, NEC and IBM extension characters included', () => {
    // 髙 and ① are CP932 extensions (what Japanese Excel writes); ｶﾅ is half-width katakana.
    const name = '髙橋 ①ｶﾅ';
    put('a.csv', iconv.encode(`${HEADER_11}\r\n${FIXABLE.replace('佐藤 太郎', name)}\r\n`, 'cp932'));
    const r = run(['fix', 'a.csv']);
    assert.deepEqual(bytesOf('a.csv'), iconv.encode(`${HEADER_11}\r\n${FIXED.replace('佐藤 太郎', name)}\r\n`, 'cp932'));
    assert.equal(r.stdout.split('\n')[0], `a.csv: ${FIXED_SUMMARY}`);
  });

  it('exits 1 and lists the errors left when some need a person, and leaves a file with nothing to fix untouched', () => {
    put('a.csv', `${HEADER_11}\n${FIXABLE.replace(PASSWORD, 'aB3x9')}\n`);
    put('b.csv', `${HEADER_11}\n${FIXED}\n`);
    const before = statSync(join(dir, 'b.csv')).mtimeMs;
    const r = run(['fix', 'a.csv', 'b.csv']);
    assert.equal(
      r.stdout,
      [
        `a.csv: ${FIXED_SUMMARY}`,
        'Nothing to fix in b.csv: no problem there has one correct fix that keeps its meaning.',
        'a.csv:2:24 error password/too-short Password has 5 characters: it needs 8 or more.',
        '2 files, 2 users: 1 error',
        '',
      ].join('\n'),
    );
    assert.equal(r.status, 1);
    assert.equal(statSync(join(dir, 'b.csv')).mtimeMs, before);
  });

  it('--dry-run prints a unified diff with the passwords masked and writes nothing', () => {
    const original = `${HEADER_11}\n${FIXABLE}\n`;
    put('a.csv', original);
    const r = run(['fix', '--dry-run', 'a.csv']);
    assert.equal(
      r.stdout,
      [
        '--- a.csv',
        '+++ a.csv',
        '@@ -1,2 +1,2 @@',
        ` ${HEADER_11}`,
        '-ｓａｔｏ@example.com,佐藤 太郎,********,0,Tokyo,0,0,0,0,0,0',
        '+sato@example.com,佐藤 太郎,********,0,0,0,0,0,0,0,0',
        '',
      ].join('\n'),
    );
    assert.equal(r.status, 0);
    assert.equal(bytesOf('a.csv').toString('utf8'), original);
  });

  it('--dry-run masks every value of a row whose fields are shifted, shown as context around a fix', () => {
    // One field short: Locale may hold the password. Fix-all leaves the row as written (filling it up
    // could shift permissions), so it appears only as context, every value masked.
    put('a.csv', `${HEADER_11}\nsuzuki@example.com,鈴木 一郎,Qx8vN3mLp2Wd,0,0,0,0,0,0,0\n${FIXABLE}\n`);
    const r = run(['fix', '--dry-run', 'a.csv']);
    assert.equal(
      r.stdout,
      [
        '--- a.csv',
        '+++ a.csv',
        '@@ -1,3 +1,3 @@',
        ` ${HEADER_11}`,
        ` ${Array(10).fill('********').join(',')}`,
        '-ｓａｔｏ@example.com,佐藤 太郎,********,0,Tokyo,0,0,0,0,0,0',
        '+sato@example.com,佐藤 太郎,********,0,0,0,0,0,0,0,0',
        '',
      ].join('\n'),
    );
  });

  it('--dry-run shows no password of a file whose layout it cannot trust (no MiiTel header, named by the config)', () => {
    writeFileSync(join(dir, '.miitel-csv.json'), '{"files": ["nh.csv"]}');
    mkdirSync(join(dir, '.git'));
    put('nh.csv', `${FIXED}\nsuzuki@example.com,Suzuki,Qx8vN3mLp2Wd,0,0,0,0,0,0,0,0\n`);
    const r = run(['fix', '--dry-run', 'nh.csv']);
    assert.ok(r.stdout.startsWith('--- nh.csv\n'), r.stdout);
    assert.ok(!r.stdout.includes(PASSWORD) && !r.stdout.includes('Qx8vN3mLp2Wd'), r.stdout);
  });

  it('fix - reads standard input and writes the fixed file to standard output, the report to standard error', () => {
    const r = run(['fix', '-', '--stdin-filename', 'users/new.csv'], `${HEADER_11}\n${FIXABLE}\n`);
    assert.equal(r.stdout, `${HEADER_11}\n${FIXED}\n`);
    assert.equal(r.stderr, `users/new.csv: ${FIXED_SUMMARY}\n1 file, 1 user: ✓ no problems\n`);
    assert.equal(r.status, 0);
  });

  it('does not fix a file read in the wrong encoding (exit 2), as the editor does not', () => {
    // UTF-8 "サトウ" forced as Shift_JIS reads as "繧ｵ繝医え": garbled text a fix would keep.
    const original = `${HEADER_11}\n${FIXABLE.replace('ｓａｔｏ', 'sato').replace('佐藤 太郎', 'サトウ')}\n`;
    put('a.csv', original);
    const r = run(['fix', '--encoding', 'shift_jis', 'a.csv']);
    assert.equal(r.stderr, 'miitel-csv: a.csv: not fixed: it does not read as Shift_JIS; try --encoding auto\n');
    assert.equal(r.status, 2);
    assert.equal(bytesOf('a.csv').toString('utf8'), original);
  });

  it('exits 2 for a file that cannot be read, and still fixes the others', () => {
    put('a.csv', `${HEADER_11}\n${FIXABLE}\n`);
    const r = run(['fix', 'missing.csv', 'a.csv']);
    assert.equal(r.stderr, 'miitel-csv: missing.csv: no such file\n');
    assert.equal(r.status, 2);
    assert.equal(bytesOf('a.csv').toString('utf8'), `${HEADER_11}\n${FIXED}\n`);
  });

  it('fixes only MiiTel user CSVs: another CSV is left alone (exit 2)', () => {
    put('phones.csv', 'Name,Phone\nSato,03-1234-5678\n');
    put('a.csv', `${HEADER_11}\n${FIXABLE}\n`);
    const r = run(['fix', '*.csv']);
    assert.equal(
      r.stderr,
      'miitel-csv: phones.csv: not fixed: its header is not that of a MiiTel user CSV (add it to the files of .miitel-csv.json to fix it anyway)\n',
    );
    assert.equal(r.status, 2);
    assert.equal(bytesOf('phones.csv').toString(), 'Name,Phone\nSato,03-1234-5678\n');
    assert.equal(bytesOf('a.csv').toString(), `${HEADER_11}\n${FIXED}\n`);
  });

  it('refuses options of other commands', () => {
    const r = run(['fix', '--format', 'json', 'a.csv']);
    assert.deepEqual([r.status, r.stderr.split('\n')[0]], [2, 'miitel-csv: --format is an option of "miitel-csv check"']);
  });
});
