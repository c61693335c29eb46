// Writes the byte-exact fixtures of the end-to-end suite into test/e2e/workspace/: files whose
// line breaks or encoding matter (CRLF, Shift_JIS, UTF-16). Run once (`node test/e2e/generate-fixtures.mjs`)
// and commit the output; the suite reads the committed bytes, and test/e2e/.gitattributes keeps git
// from converting them. The suite spells out the same content (test/e2e/suite/fixtures.ts): keep
// both in step when changing either.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

const workspace = join(dirname(fileURLToPath(import.meta.url)), 'workspace');
const HEADER_11 = [
  'Login ID',
  'User name',
  'Password',
  'Locale',
  'Time zone',
  'Administrative privileges',
  'Monitoring privileges',
  'MiiTel Analytics Download recorded audio files',
  'MiiTel Analytics Export call history as CSV',
  'MiiTel Analytics Export contact data as CSV',
  'MiiTel Phone Enable',
].join(',');
const crlf = (...rows) => [HEADER_11, ...rows].join('\r\n') + '\r\n';

// Five clean users, CRLF: the split test lowers miitelCsv.maxUsersPerFile to 2.
const split = crlf(
  'abe@example.com,Abe Yuki,Fr8kT3wLm6Qz,0,0,0,0,1,1,1,1',
  'baker@example.com,Tom Baker,Hs4nV9pXc2Rw,1,7,0,0,0,0,0,1',
  'chen@example.com,Chen Wei,Jm6bQ3tZk8Lv,1,2,0,0,1,0,0,1',
  'diaz@example.com,Ana Diaz,Kp2wR7yNd5Sx,1,11,0,0,0,1,0,1',
  'endo@example.com,Endo Aoi,Lq9cW4mTf3Hb,0,0,1,1,1,1,1,1',
);
writeFileSync(join(workspace, 'split.csv'), Buffer.from(split, 'utf8'));

// What Excel saves: Shift_JIS (CP932) with Japanese names, CRLF, no other mistake. Every byte of
// the first family name (佐藤) is 0x80 or above, so read as UTF-8 it is one run of garbage.
const japanese = crlf(
  'sato.kenji@example.co.jp,佐藤 健二,Gk4vN8qWz2Tp,0,0,0,0,1,1,1,1',
  'suzuki.misaki@example.co.jp,鈴木 美咲,Pc7xR3mYb9Kd,0,0,0,0,1,0,0,1',
);
writeFileSync(join(workspace, 'shift-jis.csv'), iconv.encode(japanese, 'cp932'));

// The same in UTF-8 (no BOM), for reopening it in the wrong encoding.
writeFileSync(join(workspace, 'utf-8.csv'), Buffer.from(japanese, 'utf8'));

// UTF-16 LE with BOM, as Excel's "Unicode text" writes: MiiTel refuses it.
writeFileSync(join(workspace, 'utf-16le.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(japanese, 'utf16le')]));
