import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { readRegularFile } from '../../../server/src/fileAccess';
import type { Logger } from '../../../server/src/lsp/logger';
import { LoginIdFiles } from '../../../server/src/lsp/loginIdFile';
import { encodeCsvText } from '../../../server/src/service/encoding';

describe('LoginIdFiles', () => {
  let folder: string;
  let warnings: string[];
  let files: LoginIdFiles;
  const logger: Logger = { info: () => undefined, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'miitel-ids-'));
    warnings = [];
    files = new LoginIdFiles(logger);
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('resolves a relative path against the folder and an absolute one as it is', async () => {
    writeFileSync(path.join(folder, 'ids.txt'), 'a@x.jp\nb@x.jp\n');
    assert.deepEqual(await files.get('ids.txt', folder), ['a@x.jp', 'b@x.jp']);
    assert.deepEqual(await files.get(path.join(folder, 'ids.txt'), undefined), ['a@x.jp', 'b@x.jp']);
  });

  it('reads the file again once it changed on disk', async () => {
    const file = path.join(folder, 'ids.txt');
    writeFileSync(file, 'a@x.jp\n');
    assert.deepEqual(await files.get('ids.txt', folder), ['a@x.jp']);
    writeFileSync(file, 'a@x.jp\nc@x.jp\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(await files.get('ids.txt', folder), ['a@x.jp', 'c@x.jp']);
  });

  it('decodes a Shift_JIS user-list export', async () => {
    writeFileSync(path.join(folder, 'users.csv'), encodeCsvText('ユーザー名,Login ID\r\n佐藤,sato@x.jp\r\n', 'shift_jis'));
    assert.deepEqual(await files.get('users.csv', folder), ['sato@x.jp']);
  });

  it('returns nothing for an empty setting, and warns once about a missing file until cleared', async () => {
    assert.deepEqual(await files.get('  ', folder), []);
    assert.deepEqual(await files.get('gone.txt', folder), []);
    assert.deepEqual(await files.get('gone.txt', folder), []);
    assert.equal(warnings.length, 1);
    const [warning] = warnings;
    assert.ok(warning);
    assert.match(warning, /gone\.txt: no such file/);
    files.clear();
    await files.get('gone.txt', folder);
    assert.equal(warnings.length, 2);
  });

  it('warns once about an export that is not valid CSV and uses no Login IDs, until the file changes', async () => {
    const file = path.join(folder, 'users.csv');
    writeFileSync(file, 'Login ID,User name\na@x.jp,"Sato\n');
    assert.deepEqual(await files.get('users.csv', folder), []);
    assert.deepEqual(await files.get('users.csv', folder), []);
    assert.deepEqual(warnings, [
      `Cannot read the existing Login IDs file ${file}: it has a "Login ID" header but is not valid CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2`,
    ]);
    writeFileSync(file, 'Login ID,User name\na@x.jp,"Sato"\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(await files.get('users.csv', folder), ['a@x.jp']);
  });

  it('ignores a relative path for a document outside any folder, with one warning', async () => {
    assert.deepEqual(await files.get('ids.txt', undefined), []);
    assert.deepEqual(await files.get('ids.txt', undefined), []);
    assert.equal(warnings.length, 1);
  });

  describe('refuses what is not a regular file of at most 50 MB, in words, before opening it', () => {
    const refusals: readonly (readonly [string, () => string, RegExp])[] = [
      ['/dev/zero', () => '/dev/zero', /\/dev\/zero is not a regular file/],
      ['/dev/stdin', () => '/dev/stdin', /\/dev\/stdin is (not a regular file|the standard input)|no such file/],
      [
        'a FIFO',
        () => {
          execFileSync('mkfifo', [path.join(folder, 'pipe')]);
          return 'pipe';
        },
        /pipe is not a regular file/,
      ],
      [
        'a directory',
        () => {
          mkdirSync(path.join(folder, 'dir'));
          return 'dir';
        },
        /dir is a directory$/,
      ],
      [
        'a file over 50 MB',
        () => {
          writeFileSync(path.join(folder, 'huge.txt'), '');
          truncateSync(path.join(folder, 'huge.txt'), 50 * 1024 * 1024 + 1);
          return 'huge.txt';
        },
        /huge\.txt is larger than 50 MB$/,
      ],
    ];
    for (const [name, setup, reason] of refusals) {
      it(name, async function () {
        if (process.platform === 'win32') this.skip();
        const setting = setup();
        assert.deepEqual(await files.get(setting, folder), []);
        assert.equal(warnings.length, 1);
        const [warning] = warnings;
        assert.match(warning ?? '', /^The existing Login IDs file is not used: /);
        assert.match(warning ?? '', reason);
        // Words, not a stack trace.
        assert.doesNotMatch(warning ?? '', /\bat\b.*\(|Error/);
      });
    }
  });

  it("remembers a failure until the file's modification time changes", async () => {
    let reads = 0;
    const counting: typeof readRegularFile = (file, max, label) => {
      reads++;
      return readRegularFile(file, max, label);
    };
    files = new LoginIdFiles(logger, counting);
    const dir = path.join(folder, 'ids');
    mkdirSync(dir);
    assert.deepEqual(await files.get('ids', folder), []);
    assert.deepEqual(await files.get('ids', folder), []);
    files.settingsChanged();
    assert.deepEqual(await files.get('ids', folder), []);
    assert.equal(reads, 1);
    utimesSync(dir, new Date(), new Date(Date.now() + 5000));
    assert.deepEqual(await files.get('ids', folder), []);
    assert.equal(reads, 2);
  });

  it('does not read an unchanged list again after a settings change', async () => {
    let reads = 0;
    files = new LoginIdFiles(logger, (file, max, label) => {
      reads++;
      return readRegularFile(file, max, label);
    });
    writeFileSync(path.join(folder, 'ids.txt'), 'a@x.jp\n');
    await files.get('ids.txt', folder);
    files.settingsChanged();
    assert.deepEqual(await files.get('ids.txt', folder), ['a@x.jp']);
    assert.equal(reads, 1);
  });

  describe('a path from workspace settings stays inside the workspace folder', () => {
    let outside: string;
    beforeEach(() => {
      outside = mkdtempSync(path.join(tmpdir(), 'miitel-outside-'));
      writeFileSync(path.join(outside, 'secret.txt'), 'root@x.jp\n');
    });
    afterEach(() => rmSync(outside, { recursive: true, force: true }));

    it('refuses an absolute path, a ../ path and a symlink leading outside, saying why', async () => {
      const secret = path.join(outside, 'secret.txt');
      symlinkSync(secret, path.join(folder, 'link.txt'));
      const relative = path.relative(folder, secret);
      for (const setting of [secret, relative, 'link.txt']) {
        assert.deepEqual(await files.get(setting, folder, true), [], setting);
      }
      // The absolute and the ../ path name the same file: logged once.
      assert.equal(warnings.length, 2);
      for (const warning of warnings) assert.match(warning, /is set in the workspace settings but lies outside the workspace folder/);
    });

    it('reads a file inside the folder from workspace settings, and any file from user settings', async () => {
      writeFileSync(path.join(folder, 'ids.txt'), 'a@x.jp\n');
      assert.deepEqual(await files.get('ids.txt', folder, true), ['a@x.jp']);
      assert.deepEqual(await files.get(path.join(outside, 'secret.txt'), folder, false), ['root@x.jp']);
      assert.deepEqual(warnings, []);
    });

    it('refuses a workspace-level path for a document in no folder', async () => {
      assert.deepEqual(await files.get(path.join(outside, 'secret.txt'), undefined, true), []);
      assert.equal(warnings.length, 1);
    });
  });
});
