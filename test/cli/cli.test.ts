/**
 * The command-line checker as a user runs it: the built launcher (bin/miitel-csv.js → dist/cli.js)
 * in a child process, from the repository root, with paths as a user types them. `npm run build`
 * must have run first (`npm test` does).
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CREATE_USERS } from '../../shared/formats/index';

const COLUMNS = CREATE_USERS.columns;

const root = resolve(__dirname, '../../..');
const EXAMPLE = 'examples/users.csv';
const CLEAN = 'test/fixtures/cli/clean.csv';
const WARNINGS_ONLY = 'test/fixtures/cli/warnings-only.csv';
const EXISTING = 'test/fixtures/cli/existing-login-ids.txt';
const SHIFT_JIS = 'test/fixtures/encoding/shift_jis.csv';
const UTF8_BOM = 'test/fixtures/encoding/utf-8-bom.csv';
const UTF16 = 'test/fixtures/encoding/utf-16le.csv';
/** Header line of the fixtures: the 11 required columns. */
const HEADER_11 = COLUMNS.slice(0, 11)
  .map((c) => c.header)
  .join(',');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** English whatever the machine's locale, so the assertions hold once translations exist. */
const ENGLISH_ENV = { ...process.env, LC_ALL: 'C' };

function run(args: readonly string[], cwd = root, env: NodeJS.ProcessEnv = ENGLISH_ENV): Run {
  const r = spawnSync(process.execPath, [join(root, 'bin/miitel-csv.js'), ...args], { cwd, encoding: 'utf8', env });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface JsonDiagnostic {
  code: string;
  severity: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
interface JsonFile {
  path: string;
  encoding: string;
  users: number;
  diagnostics: JsonDiagnostic[];
}

function runJson(args: readonly string[]): { status: number | null; files: JsonFile[] } {
  const r = run(['check', '--format', 'json', ...args]);
  return { status: r.status, files: (JSON.parse(r.stdout) as { files: JsonFile[] }).files };
}

/** `line:column severity code` of every finding: positions and codes, independent of message wording. */
const findings = (stdout: string, path: string) =>
  stdout
    .split('\n')
    .filter((l) => l.startsWith(`${path}:`))
    .map((l) =>
      l
        .slice(path.length + 1)
        .split(' ')
        .slice(0, 3)
        .join(' '),
    );

const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

describe('miitel-csv (built CLI)', () => {
  before(() => {
    assert.ok(existsSync(join(root, 'dist/cli.js')), 'dist/cli.js is missing: run `npm run build` first');
  });

  describe('text output on examples/users.csv', () => {
    const result = () => run(['check', EXAMPLE]);

    it('reports each deliberate mistake of the example at its cell, and exits 1', () => {
      const r = result();
      assert.equal(r.status, 1);
      assert.equal(r.stderr, '');
      assert.deepEqual(findings(r.stdout, EXAMPLE), [
        '4:50 error value/not-allowed', // Time zone "Tokyo"
        '5:1 error value/full-width', // Login ID with ＠
        '6:1 error login-id/duplicate',
        '7:38 error password/too-short',
        '8:67 error dependency/requires', // Phone Mobile = 1, Phone = 0
        '9:26 error user-name/too-long',
        '10:1 error rows/unused-template-row',
      ]);
    });

    it('prints a finding as file:line:column severity code message', () => {
      const lines = result().stdout.split('\n');
      assert.ok(
        lines.includes(
          'examples/users.csv:6:1 error login-id/duplicate Login ID "sato.taro@example.co.jp" is already used on line 2: each user needs a different one.',
        ),
      );
      assert.ok(lines.includes('examples/users.csv:7:38 error password/too-short Password has 7 characters: it needs 8 or more.'));
      assert.ok(lines.includes('examples/users.csv:9:26 error user-name/too-long User name has 31 characters: MiiTel allows up to 30.'));
    });

    it('ends with a summary line counting files, users, errors and warnings', () => {
      assert.equal(lastLine(result().stdout), '1 file, 9 users: 7 errors');
    });

    it('prints paths exactly as given, relative to the working directory', () => {
      const r = run(['check', 'fixtures/cli/warnings-only.csv', `./${CLEAN.slice('test/'.length)}`], join(root, 'test'));
      assert.equal(r.status, 0);
      assert.deepEqual(r.stdout.split('\n').filter(Boolean), [
        'fixtures/cli/warnings-only.csv:2:50 warning dependency/recommended Monitoring privileges = 1 has no effect without MiiTel Phone Enable = 1.',
        '2 files, 3 users: 1 warning',
      ]);
    });
  });

  describe('JSON output', () => {
    it('has exactly the documented shape, with 1-based positions and an exclusive end', () => {
      const { status, files } = runJson([EXAMPLE]);
      assert.equal(status, 1);
      assert.equal(files.length, 1);
      const [file] = files;
      assert.ok(file);
      // counts and notShown were added (issue 12): the totals past the --max-problems cap.
      assert.deepEqual(Object.keys(file), ['path', 'encoding', 'users', 'diagnostics', 'counts', 'notShown']);
      assert.deepEqual([file.path, file.encoding, file.users], [EXAMPLE, 'utf-8', 9]);
      assert.equal(file.diagnostics.length, 7);
      for (const d of file.diagnostics) {
        assert.deepEqual(Object.keys(d), ['code', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
      }
      const short = file.diagnostics.find((d) => d.code === 'password/too-short');
      // "Tq7mB2x": 7 characters from column 38 on line 7.
      assert.deepEqual(short, {
        code: 'password/too-short',
        severity: 'error',
        message: 'Password has 7 characters: it needs 8 or more.',
        line: 7,
        column: 38,
        endLine: 7,
        endColumn: 45,
      });
      const template = file.diagnostics.find((d) => d.code === 'rows/unused-template-row');
      assert.deepEqual([template?.severity, template?.line, template?.column, template?.endLine], ['error', 10, 1, 10]);
    });

    it('prints {"files":[]} and exits 2 when no file could be read', () => {
      const r = run(['check', '--format', 'json', 'no-such-file.csv']);
      assert.equal(r.status, 2);
      assert.deepEqual(JSON.parse(r.stdout), { files: [] });
      assert.equal(r.stderr, 'miitel-csv: no-such-file.csv: no such file\n');
    });
  });

  describe('exit status', () => {
    it('is 0 for a file without problems', () => {
      const r = run(['check', CLEAN]);
      assert.equal(r.status, 0);
      assert.equal(r.stdout, '1 file, 2 users: ✓ no problems\n');
      assert.equal(r.stderr, '');
    });

    it('is 0 when a file has warnings only, which are still printed', () => {
      const r = run(['check', WARNINGS_ONLY]);
      assert.equal(r.status, 0);
      assert.deepEqual(findings(r.stdout, WARNINGS_ONLY), ['2:50 warning dependency/recommended']);
    });

    it('is 1 when --rule turns that warning into an error', () => {
      const r = run(['check', '--rule', 'dependency/recommended=error', WARNINGS_ONLY]);
      assert.equal(r.status, 1);
      assert.deepEqual(findings(r.stdout, WARNINGS_ONLY), ['2:50 error dependency/recommended']);
    });

    it('is 2 for an option without its value or with one it does not take, in the words of Node', () => {
      assert.equal(
        run(['check', '--format']).stderr,
        'miitel-csv: Option \'--format <value>\' argument missing\nRun "miitel-csv --help" for usage.\n',
      );
      assert.equal(
        run(['check', '-o']).stderr,
        'miitel-csv: Option \'-o, --output <value>\' argument missing\nRun "miitel-csv --help" for usage.\n',
      );
      assert.equal(
        run(['check', '--force=1', 'x']).stderr,
        'miitel-csv: Option \'--force\' does not take an argument\nRun "miitel-csv --help" for usage.\n',
      );
    });

    it('is 2 for an unknown option, with a hint to --help and nothing on stdout', () => {
      const r = run(['check', '--frobnicate', CLEAN]);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'miitel-csv: unknown option --frobnicate\nRun "miitel-csv --help" for usage.\n');
    });

    it('is 2 when no FILE is given, or no command', () => {
      assert.equal(run(['check']).stderr, 'miitel-csv: no FILE given: name the CSV files to check\nRun "miitel-csv --help" for usage.\n');
      assert.equal(run(['check']).status, 2);
      const r = run([CLEAN]);
      assert.equal(r.status, 2);
      assert.match(
        r.stderr,
        /^miitel-csv: unknown command "test\/fixtures\/cli\/clean.csv": use "miitel-csv check test\/fixtures\/cli\/clean.csv"\n/,
      );
    });

    it('is 2 for a bad option value, listing the accepted ones', () => {
      const r = run(['check', '--format', 'xml', CLEAN]);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /^miitel-csv: --format does not accept "xml": use text, json, sarif, github\n/);
    });

    it('is 2 when a file is missing, after reporting the other files (even those with errors)', () => {
      const r = run(['check', CLEAN, 'missing.csv', WARNINGS_ONLY]);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'miitel-csv: missing.csv: no such file\n');
      assert.equal(lastLine(r.stdout), '2 files, 3 users: 1 warning');
      assert.equal(run(['check', EXAMPLE, 'missing.csv']).status, 2);
    });

    it('is 2 for a directory', () => {
      const r = run(['check', 'examples']);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, 'miitel-csv: examples: is a directory, not a CSV file\n');
    });

    it('is 2 for a UTF-16 file, which MiiTel refuses', () => {
      const r = run(['check', UTF16]);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(
        r.stderr,
        `miitel-csv: ${UTF16}: cannot be decoded: UTF-16 is not accepted by MiiTel: save the file as UTF-8 or Shift_JIS.\n`,
      );
    });
  });

  describe('template rows and user rows', () => {
    /** Runs `check` on a file of `lines` (CRLF), written to a temporary folder. */
    const checkLines = (lines: readonly string[], args: readonly string[] = []) => {
      const dir = mkdtempSync(join(tmpdir(), 'miitel-cli-rows-'));
      try {
        const path = join(dir, 'users.csv');
        writeFileSync(path, lines.map((l) => `${l}\r\n`).join(''));
        const r = run(['check', ...args, path]);
        return { status: r.status, findings: findings(r.stdout, path), last: lastLine(r.stdout) };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };

    it('checks a row with a password and invalid codes fully, as a user row (it is no unused template row)', () => {
      const r = checkLines([HEADER_11, ',,pHNK29BhZXcU,7,99,5,5,5,5,5,5']);
      assert.equal(r.status, 1);
      assert.deepEqual(r.findings, [
        '2:1 error value/required', // Login ID
        '2:2 error value/required', // User name
        '2:16 error value/not-allowed', // Locale 7
        '2:18 error value/not-allowed', // Time zone 99
        '2:21 error value/not-allowed',
        '2:23 error value/not-allowed',
        '2:25 error value/not-allowed',
        '2:27 error value/not-allowed',
        '2:29 error value/not-allowed',
        '2:31 error value/not-allowed',
      ]);
    });

    it('warns about a header-only file: no users to add (exit 0)', () => {
      const r = checkLines([HEADER_11]);
      assert.equal(r.status, 0);
      assert.deepEqual(r.findings, ['1:1 warning rows/none']);
      assert.equal(r.last, '1 file, 0 users: 1 warning');
    });

    it('reports 150 users once, on user 101, saying how many are too many', () => {
      const users = Array.from({ length: 150 }, (_, i) => `user${i + 1}@example.com,User ${i + 1},Vn5bM2xQr8Lw,0,0,0,0,0,0,0,1`);
      const dir = mkdtempSync(join(tmpdir(), 'miitel-cli-rows-'));
      try {
        const path = join(dir, 'users.csv');
        writeFileSync(path, [HEADER_11, ...users].map((l) => `${l}\r\n`).join(''));
        const r = run(['check', path]);
        assert.equal(r.status, 1);
        assert.deepEqual(r.stdout.split('\n').filter(Boolean), [
          `${path}:102:1 error rows/too-many 150 users: 50 more than one upload takes (MiiTel adds at most 100 users from one file). Split the file.`,
          '1 file, 150 users: 1 error',
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('fails on an unused template row (an error: MiiTel rejects its empty Login ID)', () => {
      const r = checkLines([HEADER_11, 'ito.kenji@example.co.jp,Ito Kenji,Vn5bM2xQr8Lw,0,0,0,0,0,0,0,1', ',,pHNK29BhZXcU,1,6,0,0,0,0,0,0']);
      assert.equal(r.status, 1);
      assert.deepEqual(r.findings, ['3:1 error rows/unused-template-row']);
    });
  });

  describe('--subscriptions', () => {
    it('makes the columns of a subscribed product required: missing ones are errors on the header', () => {
      const { status, files } = runJson(['--subscriptions', 'callCenter', CLEAN]);
      assert.equal(status, 1);
      const [file] = files;
      assert.ok(file);
      assert.deepEqual(
        file.diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.endLine, d.endColumn, d.message]),
        [
          'MiiTel Call Center Enable',
          'MiiTel Call Center CC Administrative privileges',
          'MiiTel Call Center Edit predictive dialer settings',
        ].map((header, i) => [
          'header/missing-column',
          'error',
          1,
          1,
          1,
          HEADER_11.length + 1,
          `Missing column "${header}" (column ${13 + i} of the template), required with MiiTel Call Center.`,
        ]),
      );
    });

    it('accepts a comma list, repeated, and adds nothing for a file that has every column', () => {
      const all = [
        '--subscriptions',
        'phoneMobile,callCenter,meetings',
        '--subscriptions',
        'meetingsBot,recPod,salesforce,incomingWebhook',
      ];
      assert.deepEqual(findings(run(['check', ...all, EXAMPLE]).stdout, EXAMPLE), findings(run(['check', EXAMPLE]).stdout, EXAMPLE));
      const r = runJson(['--subscriptions', 'phoneMobile,,meetingsBot', CLEAN]);
      const [file] = r.files;
      assert.ok(file);
      assert.deepEqual(
        file.diagnostics.map((d) => [d.code, /^Missing column "([^"]+)"/.exec(d.message)?.[1]]),
        [
          ['header/missing-column', 'MiiTel Phone Mobile Enable'],
          ['header/missing-column', 'MiiTel Meetings Use bot'],
        ],
      );
    });

    it('rejects an unknown product with exit 2, listing the valid ones', () => {
      const r = run(['check', '--subscriptions', 'callCenter,phone', CLEAN]);
      assert.equal(r.status, 2);
      assert.equal(
        r.stderr,
        'miitel-csv: --subscriptions does not accept "phone": use phoneMobile, callCenter, meetings, meetingsBot, recPod, salesforce, incomingWebhook\n' +
          'Run "miitel-csv --help" for usage.\n',
      );
    });
  });

  describe('--existing-login-ids', () => {
    it('reports a Login ID already in use (any case) at its cell', () => {
      const r = run(['check', '--existing-login-ids', EXISTING, CLEAN]);
      assert.equal(r.status, 1);
      assert.deepEqual(findings(r.stdout, CLEAN), ['3:1 error login-id/in-use']);
      assert.match(r.stdout, /"lee\.min@example\.com" already exists in MiiTel/);
    });

    it('stops with exit 2 when the list cannot be read, rather than check without it', () => {
      const r = run(['check', '--existing-login-ids', 'no-such-list.txt', CLEAN]);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'miitel-csv: no-such-list.txt: no such file\n');
    });

    it('stops with exit 2 when the list is a CSV export that is not valid CSV', () => {
      const dir = mkdtempSync(join(tmpdir(), 'miitel-cli-ids-'));
      try {
        const list = join(dir, 'users.csv');
        writeFileSync(list, 'Login ID,User name\r\nlee.min@example.com,"Lee\r\n');
        const r = run(['check', '--existing-login-ids', list, CLEAN]);
        assert.equal(r.status, 2);
        assert.equal(r.stdout, '');
        assert.equal(
          r.stderr,
          `miitel-csv: ${list}: cannot be read as a list of Login IDs: it has a "Login ID" header but is not valid CSV: Quote Not Closed: the parsing is finished with an opening quote at line 3\n`,
        );
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  describe('other options', () => {
    it('--max-users lowers the per-file limit', () => {
      const r = run(['check', '--max-users', '1', CLEAN]);
      assert.equal(r.status, 1);
      assert.deepEqual(findings(r.stdout, CLEAN), ['3:1 error rows/too-many']);
    });

    it('--seats KIND=N limits the seats left: the user past the limit is an error on its cell', () => {
      const r = run(['check', '--seats', 'phone=1', CLEAN]);
      assert.equal(r.status, 1);
      // Both users enable MiiTel Phone (the last of 11 columns); the second has no seat left.
      assert.deepEqual(findings(r.stdout, CLEAN), ['3:56 error limit/seats']);
      const bad = run(['check', '--seats', 'phone', CLEAN]);
      assert.deepEqual([bad.status, bad.stderr.split('\n')[0]], [2, 'miitel-csv: --seats expects KIND=N, not "phone"']);
    });

    it('--rule CODE=off silences a check', () => {
      const r = run(['check', '--rule', 'rows/unused-template-row=off', EXAMPLE]);
      assert.equal(lastLine(r.stdout), '1 file, 9 users: 6 errors');
    });

    it('--help prints the usage and exits 0; --version prints the package version', () => {
      const help = run(['--help']);
      assert.equal(help.status, 0);
      assert.match(help.stdout, /^miitel-csv \S+ — checks MiiTel/);
      assert.match(help.stdout, /\n {2}miitel-csv check \[options\] FILE\.\.\.\n/);
      assert.equal(run(['check', '-h']).status, 0);
      const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
      assert.deepEqual(run(['--version']), { status: 0, stdout: `${version}\n`, stderr: '' });
    });
  });

  describe('message language', () => {
    const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;
    const withoutLocale = { ...process.env, LC_ALL: '', LC_MESSAGES: '', LANG: '' };
    /** The messages of a text report (each finding line after `FILE:LINE:COLUMN SEVERITY CODE `, then the summary). */
    const reportMessages = (stdout: string) =>
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => line.replace(/^\S+:\d+:\d+ (error|warning|info) \S+ /, ''));

    it('--help documents --lang with its three languages and the environment variables it falls back on', () => {
      const help = run(['--help']).stdout;
      assert.match(help, /\n {2}--lang en\|ja\|id {2,}language of the messages: English, Japanese or Indonesian/);
      assert.match(help, /LC_ALL, LC_MESSAGES or LANG/);
    });

    it('--lang ja prints every finding and the summary in Japanese; LANG=ja_JP.UTF-8 does the same', () => {
      const japanese = run(['check', '--lang', 'ja', EXAMPLE], root, withoutLocale);
      assert.equal(japanese.status, 1);
      const english = run(['check', EXAMPLE], root, withoutLocale);
      const lines = reportMessages(japanese.stdout);
      assert.equal(lines.length, reportMessages(english.stdout).length);
      for (const line of lines) assert.match(line, JAPANESE, line);
      assert.deepEqual(run(['check', EXAMPLE], root, { ...withoutLocale, LANG: 'ja_JP.UTF-8' }), japanese);
      assert.deepEqual(run(['check', '--lang=ja-JP', EXAMPLE], root, withoutLocale), japanese);
      // The help too.
      assert.match(run(['--help', '--lang', 'ja']).stdout, JAPANESE);
    });

    it('--lang id prints Indonesian, line by line different from the English; --lang wins over LANG', () => {
      const english = reportMessages(run(['check', EXAMPLE], root, withoutLocale).stdout);
      const indonesian = run(['check', '--lang', 'id', EXAMPLE], root, { ...withoutLocale, LANG: 'ja_JP.UTF-8' });
      assert.equal(indonesian.status, 1);
      const lines = reportMessages(indonesian.stdout);
      assert.equal(lines.length, english.length);
      lines.forEach((line, i) => assert.notEqual(line, english[i]));
      assert.match(lines.at(-1) ?? '', /pengguna/);
      assert.deepEqual(run(['check', EXAMPLE], root, { ...withoutLocale, LC_ALL: 'id_ID.UTF-8' }).stdout, indonesian.stdout);
    });

    it('refuses a --lang without a translation (exit 2, naming the three), while such a LANG just means English', () => {
      const english = run(['check', EXAMPLE], root, withoutLocale);
      for (const lang of ['xx', 'fr', '../ja']) {
        const refused = run(['check', '--lang', lang, EXAMPLE], root, withoutLocale);
        assert.equal(refused.status, 2, lang);
        assert.equal(refused.stdout, '');
        assert.equal(refused.stderr, `miitel-csv: --lang does not accept "${lang}": use en, ja, id\nRun "miitel-csv --help" for usage.\n`);
      }
      assert.deepEqual(run(['check', '--lang', 'en-GB', EXAMPLE], root, withoutLocale), english);
      assert.deepEqual(run(['check', EXAMPLE], root, { ...withoutLocale, LANG: 'xx_YY.UTF-8' }), english);
      assert.equal(run(['template', '--rows', '1', '--encoding', 'utf-8', '--lang', 'id']).status, 0);
      assert.equal(run(['--lang']).status, 2);
    });
  });

  describe('encodings', () => {
    it('detects Shift_JIS and counts columns in characters (UTF-16 code units), not bytes', () => {
      const { status, files } = runJson([SHIFT_JIS]);
      assert.equal(status, 1);
      const [file] = files;
      assert.ok(file);
      assert.deepEqual([file.encoding, file.users], ['shift_jis', 2]);
      const at = file.diagnostics.map((d) => [d.code, d.line, d.column, d.endLine, d.endColumn]);
      assert.deepEqual(at, [
        // takahashi@example.co.jp,髙橋 ｶﾀｶﾅ,Ab3dEf9hJk2m,0,Tokyo — "Tokyo" is characters 48–52.
        ['value/not-allowed', 2, 48, 2, 53],
        // The 36-character name of line 3 starts after "watanabe@example.co.jp,".
        ['user-name/too-long', 3, 24, 3, 60],
      ]);
      const tooLong = file.diagnostics[1];
      assert.ok(tooLong);
      assert.match(tooLong.message, /^User name has 36 characters/);
    });

    it('refuses Shift_JIS bytes under --encoding utf-8, naming the first bad line', () => {
      const r = run(['check', '--encoding', 'utf-8', SHIFT_JIS]);
      assert.equal(r.status, 2);
      assert.equal(r.stderr, `miitel-csv: ${SHIFT_JIS}: cannot be decoded: Line 2 has bytes that are not valid UTF-8.\n`);
    });

    it('detects a UTF-8 BOM and does not count it in line 1 columns', () => {
      const clean = runJson([UTF8_BOM]);
      assert.equal(clean.status, 0);
      const [file] = clean.files;
      assert.ok(file);
      assert.deepEqual([file.encoding, file.diagnostics], ['utf-8-bom', []]);
      const [withMissing] = runJson(['--subscriptions', 'incomingWebhook', UTF8_BOM]).files;
      assert.ok(withMissing);
      const missing = withMissing.diagnostics;
      assert.deepEqual(
        missing.map((d) => [d.code, d.line, d.column, d.endColumn]),
        [['header/missing-column', 1, 1, HEADER_11.length + 1]],
      );
    });
  });

  it('runs through `npx miitel-csv` from the repository root (the package bin)', () => {
    const r = spawnSync('npx', ['--no-install', 'miitel-csv', 'check', CLEAN], { cwd: root, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '1 file, 2 users: ✓ no problems\n');
  });
});
