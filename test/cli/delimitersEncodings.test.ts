/**
 * The CLI on the files of issue 14's items 3 and 4: a header separated by semicolons or tabs (a
 * finding, exit 1, the rest checked as if commas), and EUC-JP or BOM-less UTF-16 bytes (refused,
 * exit 2). The files are written here, so the binary fixtures stay generated.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as iconv from 'iconv-lite';
import { CREATE_USERS } from '../../shared/formats/index';
import { runCli } from './runCli';

const HEADER = CREATE_USERS.columns.slice(0, 11).map((c) => c.header);
const USER = ['sato@example.jp', 'Sato, Taro', 'Gk4vN8qWz2Tp', '0', '0', '0', '0', '1', '1', '1', '1'];
const BAD_USER = ['ito@', 'Ito', 'Gk4vN8qWz2Tp', '0', '0', '0', '0', '1', '1', '1', '1'];

const run = runCli;

describe('CLI: other delimiters and encodings', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'miitel-cli-h3-'));
    const lines = (d: string, ...rows: string[][]) => `${rows.map((r) => r.join(d)).join('\r\n')}\r\n`;
    writeFileSync(join(dir, 'semicolons.csv'), lines(';', HEADER, USER));
    writeFileSync(join(dir, 'tabs.csv'), lines('\t', HEADER, USER, BAD_USER));
    const japanese = lines(
      ',',
      HEADER,
      ['sato@example.jp', '佐藤 健太', ...USER.slice(2)],
      ['tanaka@example.jp', '田中 さくら', ...USER.slice(2)],
    );
    writeFileSync(join(dir, 'euc-jp.csv'), iconv.encode(japanese, 'euc-jp'));
    writeFileSync(join(dir, 'utf-16le.csv'), Buffer.from(japanese, 'utf16le'));
    writeFileSync(join(dir, 'utf-16be.csv'), Buffer.from(japanese, 'utf16le').swap16());
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reports a semicolon file on line 1 and exits 1; the value holding a comma is read as one field', () => {
    const r = run(['check', 'semicolons.csv'], dir);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '');
    assert.equal(
      r.stdout,
      'semicolons.csv:1:1 error csv/delimiter This file is separated by semicolons; MiiTel needs commas.\n1 file, 1 user: 1 error\n',
    );
  });

  it('reports a tab file on line 1 and checks its rows as if they were commas', () => {
    const r = run(['check', 'tabs.csv'], dir);
    assert.equal(r.status, 1);
    const lines = r.stdout.split('\n');
    assert.equal(lines[0], 'tabs.csv:1:1 error csv/delimiter This file is separated by tabs; MiiTel needs commas.');
    assert.match(lines[1] ?? '', /^tabs\.csv:3:1 error login-id\/format /);
    assert.equal(lines.at(-2), '1 file, 2 users: 2 errors');
  });

  it('exits 2 for an EUC-JP file, saying what it is and what MiiTel takes', () => {
    const r = run(['check', 'euc-jp.csv'], dir);
    assert.equal(r.status, 2);
    assert.equal(r.stdout, '');
    assert.equal(
      r.stderr,
      'miitel-csv: euc-jp.csv: cannot be decoded: EUC-JP is not accepted by MiiTel: save the file as UTF-8 or Shift_JIS.\n',
    );
  });

  for (const name of ['utf-16le.csv', 'utf-16be.csv']) {
    it(`exits 2 for a UTF-16 file without BOM (${name})`, () => {
      const r = run(['check', name], dir);
      assert.equal(r.status, 2);
      assert.equal(r.stdout, '');
      assert.equal(
        r.stderr,
        `miitel-csv: ${name}: cannot be decoded: UTF-16 is not accepted by MiiTel: save the file as UTF-8 or Shift_JIS.\n`,
      );
    });
  }
});
