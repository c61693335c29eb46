/**
 * `miitel-csv split` as a user runs it: the parts' names, bytes (encoding, BOM, line breaks) and
 * rows, as the editor's "Split into files" writes them; no overwriting without --force; the size
 * from the config. The built launcher in a temporary repository.
 */
import * as assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { CREATE_USERS } from '../../shared/formats/index';
import { runCli } from './runCli';

const HEADER_11 = CREATE_USERS.columns
  .slice(0, 11)
  .map((c) => c.header)
  .join(',');
const user = (n: number) => `user${n}@example.com,佐藤 ${n},pHNK29BhZXcU,0,0,0,0,0,0,0,0`;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe('miitel-csv split (built CLI)', () => {
  let repo = '';
  const put = (name: string, bytes: string | Uint8Array) => writeFileSync(join(repo, name), bytes);
  const bytesOf = (name: string) => readFileSync(join(repo, name));
  const run = (args: readonly string[]) => runCli(args, repo);
  /** The text of a file of `users` (numbers), header first, with `eol`. */
  const text = (users: readonly number[], eol = '\r\n') => [HEADER_11, ...users.map(user)].join(eol) + eol;

  beforeEach(() => {
    repo = mkdtempSync(join(tmpdir(), 'miitel-cli-split-'));
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'data'));
  });
  afterEach(() => rmSync(repo, { recursive: true, force: true }));

  it('keeps the first N users and writes the others to NAME-2.csv, NAME-3.csv in Shift_JIS with CRLF', () => {
    put('data/users.csv', iconv.encode(text([1, 2, 3, 4, 5]), 'cp932'));
    const r = run(['split', 'data/users.csv', '--size', '2']);
    assert.equal(r.stdout, 'data/users.csv: Kept the first 2 users; wrote data/users-2.csv, data/users-3.csv.\n');
    assert.deepEqual([r.status, r.stderr], [0, '']);
    assert.deepEqual(bytesOf('data/users.csv'), iconv.encode(text([1, 2]), 'cp932'));
    assert.deepEqual(bytesOf('data/users-2.csv'), iconv.encode(text([3, 4]), 'cp932'));
    assert.deepEqual(bytesOf('data/users-3.csv'), iconv.encode(text([5]), 'cp932'));
  });

  it('writes a BOM in every part of a file that has one, and keeps LF line breaks', () => {
    put('data/users.csv', Buffer.concat([BOM, Buffer.from(text([1, 2, 3], '\n'))]));
    assert.equal(run(['split', 'data/users.csv', '--size', '2']).status, 0);
    assert.deepEqual(bytesOf('data/users.csv'), Buffer.concat([BOM, Buffer.from(text([1, 2], '\n'))]));
    assert.deepEqual(bytesOf('data/users-2.csv'), Buffer.concat([BOM, Buffer.from(text([3], '\n'))]));
  });

  it('takes the size from maxUsersPerFile of the config, else 100', () => {
    put('.miitel-csv.json', '{"maxUsersPerFile": 3}');
    put('data/users.csv', text([1, 2, 3, 4]));
    assert.equal(run(['split', 'data/users.csv']).stdout, 'data/users.csv: Kept the first 3 users; wrote data/users-2.csv.\n');
    assert.equal(bytesOf('data/users-2.csv').toString(), text([4]));
  });

  it('says when there is nothing to split, and writes nothing', () => {
    put('data/users.csv', text([1, 2]));
    const r = run(['split', 'data/users.csv']);
    assert.deepEqual([r.status, r.stdout], [0, 'data/users.csv has no more than 100 users: nothing to split.\n']);
    assert.deepEqual(readdirSync(join(repo, 'data')), ['users.csv']);
  });

  it('refuses to overwrite a part without --force and then writes nothing at all; --force overwrites', () => {
    put('data/users.csv', text([1, 2, 3, 4, 5]));
    put('data/users-3.csv', 'keep me');
    const r = run(['split', 'data/users.csv', '--size', '2']);
    assert.deepEqual([r.status, r.stdout, r.stderr], [2, '', 'miitel-csv: data/users-3.csv already exists: use --force to overwrite it\n']);
    assert.equal(bytesOf('data/users.csv').toString(), text([1, 2, 3, 4, 5]));
    assert.equal(existsSync(join(repo, 'data/users-2.csv')), false);
    assert.equal(bytesOf('data/users-3.csv').toString(), 'keep me');

    assert.equal(run(['split', 'data/users.csv', '--size', '2', '--force']).status, 0);
    assert.equal(bytesOf('data/users-3.csv').toString(), text([5]));
  });

  it('refuses usage mistakes: no file, two files, standard input, a size of 0', () => {
    const first = (args: readonly string[]) => {
      const r = run(args);
      return [r.status, r.stderr.split('\n')[0]];
    };
    assert.deepEqual(first(['split']), [2, 'miitel-csv: split needs the FILE to split']);
    assert.deepEqual(first(['split', 'a.csv', 'b.csv']), [2, 'miitel-csv: split takes one FILE ("b.csv" is one too many)']);
    assert.deepEqual(first(['split', '-']), [2, 'miitel-csv: split writes its parts beside FILE: it needs a file, not standard input (-)']);
    assert.deepEqual(first(['split', 'a.csv', '--size', '0']), [2, 'miitel-csv: --size expects a whole number of at least 1, not "0"']);
    assert.deepEqual(first(['split', 'a.csv', '--dry-run']), [2, 'miitel-csv: --dry-run is an option of "miitel-csv fix"']);
  });
});
