// MiiTel-shaped CSV text for the benchmark: the 24 template columns in order, CRLF line breaks,
// quoted Login IDs and user names, Japanese names, passwords with symbols (quoted when they hold a
// comma or a quote, with the quote doubled), and valid codes. Deterministic: the same size always
// gives the same text, so runs compare.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
/** @type {typeof import('../../shared/formats/index')} */
const { CREATE_USERS, CODE_SETS } = require('../../out/shared/formats/index.js');
const COLUMNS = CREATE_USERS.columns;

const SURNAMES = ['佐藤', '鈴木', '高橋', '田中', '伊藤', '渡辺', '山本', '中村', '小林', '加藤', '吉田', '山田', '佐々木', '山口', '松本'];
const GIVEN = ['太郎', '花子', '一郎', '美咲', '健太', 'さくら', '翔', '陽菜', '大輔', '由美', 'ゆうと', 'あおい'];
const PASSWORD_CHARS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%&*+-=?@^_,"';

/** A small deterministic PRNG (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const quote = (value) => `"${value.replace(/"/g, '""')}"`;
const field = (value) => (/[",\r\n]/.test(value) ? quote(value) : value);

/** A password of 12 characters with a letter, a digit and a symbol, never only one class. */
function password(next) {
  let p = 'Aa1!';
  while (p.length < 12) p += PASSWORD_CHARS[Math.floor(next() * PASSWORD_CHARS.length)];
  return p;
}

/** The value of `column` for user `i`. */
function value(column, i, next) {
  switch (column.kind) {
    case 'loginId':
      return quote(`user${String(i).padStart(6, '0')}@example.co.jp`);
    case 'text':
      return quote(`${SURNAMES[i % SURNAMES.length]} ${GIVEN[Math.floor(next() * GIVEN.length)]}`);
    case 'password':
      return field(password(next));
    default: {
      // Flags stay at the default so dependencies and seats hold; locale and zone vary.
      if (column.codeSet === 'locale' || column.codeSet === 'timeZone') {
        const codes = CODE_SETS[column.codeSet];
        return codes[Math.floor(next() * codes.length)].code;
      }
      return column.defaultValue;
    }
  }
}

/** A file of `users` user rows after the header, CRLF-terminated. */
export function generateUsers(users) {
  const next = random(users);
  const lines = [COLUMNS.map((c) => c.header).join(',')];
  for (let i = 0; i < users; i++) lines.push(COLUMNS.map((c) => value(c, i, next)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
