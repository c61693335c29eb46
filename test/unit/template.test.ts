import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { CODE_SETS, CREATE_USERS, PRODUCTS, type ProductId } from '../../shared/formats/index';
import { type CsvEncoding, decodeCsvBytes, encodeCsvText } from '../../server/src/service/encoding';
import { checkText } from '../../server/src/service/languageService';
import { generateTemplate, templateColumns, templateOptionsError } from '../../server/src/service/template';

const COLUMNS = CREATE_USERS.columns;

const HEADER_11 = COLUMNS.slice(0, 11).map((c) => c.header);
const ALL_PRODUCTS = Object.keys(PRODUCTS) as ProductId[];
const ENCODINGS: readonly CsvEncoding[] = ['utf-8', 'utf-8-bom', 'shift_jis'];
const UNUSED_ROW_MESSAGE =
  'Unused template row: fill in Login ID and User name, or delete the row. It holds only what the template put there, and MiiTel rejects its empty Login ID.';

/** The lines of a CRLF text without the final empty one (fails on a lone LF or CR). */
function lines(text: string): string[] {
  assert.ok(text.endsWith('\r\n'), 'the text ends with CRLF');
  const parts = text.slice(0, -2).split('\r\n');
  for (const line of parts) assert.doesNotMatch(line, /[\r\n]/, 'every line break is CRLF');
  return parts;
}

/** Every subset of the products (2^7 = 128). */
function subsets(): ProductId[][] {
  return Array.from({ length: 1 << ALL_PRODUCTS.length }, (_, mask) => ALL_PRODUCTS.filter((_, i) => mask & (1 << i)));
}

describe('generateTemplate', () => {
  it('writes the 11 required columns and rows with empty Login ID and User name, a password and the defaults', () => {
    const [header, ...rows] = lines(generateTemplate({ rows: 2 }));
    assert.equal(header, HEADER_11.join(','));
    assert.equal(rows.length, 2);
    for (const row of rows) assert.match(row, /^,,[A-Za-z0-9]{12},0,0,0,0,0,0,0,0$/);
  });

  it('adds the columns of the chosen products, in template order', () => {
    const [header] = lines(generateTemplate({ rows: 1, subscriptions: ['recPod'] }));
    assert.ok(header);
    assert.deepEqual(header.split(','), [
      ...HEADER_11,
      'MiiTel Meetings Create external shared link',
      'MiiTel Meetings Export video history as CSV',
      'MiiTel RecPod Enable',
    ]);
    const [all, row] = lines(generateTemplate({ rows: 1, subscriptions: [...ALL_PRODUCTS].reverse() }));
    assert.ok(all);
    assert.ok(row);
    assert.deepEqual(
      all.split(','),
      COLUMNS.map((c) => c.header),
    );
    // Defaults: the help page's examples (access permission and shared link 1 = Host only), else 0.
    assert.match(row, /^,,[A-Za-z0-9]{12},0,0,0,0,0,0,0,0,0,0,0,0,0,0,1,1,0,0,0,0,0$/);
  });

  it('adds the columns the chosen columns depend on: the Meetings bot option brings MiiTel Meetings Enable', () => {
    const [header, row] = lines(generateTemplate({ rows: 1, subscriptions: ['meetingsBot'] }));
    assert.ok(header && row);
    assert.deepEqual(header.split(','), [...HEADER_11, 'MiiTel Meetings Enable', 'MiiTel Meetings Use bot']);
    assert.match(row, /^,,[A-Za-z0-9]{12},0,0,0,0,0,0,0,0,0,0$/);
    // The file checks with nothing but its unused template rows, the bot column's dependency included.
    const text = generateTemplate({ rows: 1, subscriptions: ['meetingsBot'] });
    const filled = text.replace('\r\n,,', '\r\nsato@miitel.jp,Sato,');
    assert.deepEqual(checkText(filled, { ...DEFAULT_SETTINGS, subscriptions: ['meetingsBot'] }).problems, []);
  });

  it('closes over every dependency between columns, for every product subset', () => {
    for (const subscriptions of subsets()) {
      const ids = new Set(templateColumns(subscriptions).map((c) => c.id));
      for (const column of COLUMNS.filter((c) => ids.has(c.id))) {
        for (const dependency of column.dependencies ?? []) {
          assert.ok(ids.has(dependency.column), `${subscriptions.join(',')}: ${column.id} needs ${dependency.column}`);
        }
      }
    }
  });

  it('puts the chosen Locale and Time zone in every row', () => {
    const rows = lines(generateTemplate({ rows: 3, locale: '1', timeZone: '13' })).slice(1);
    for (const row of rows) assert.deepEqual(row.split(',').slice(3, 5), ['1', '13']);
  });

  it('gives every row a different password', () => {
    const passwords = lines(generateTemplate({ rows: 100 }))
      .slice(1)
      .map((row) => row.split(',')[2]);
    assert.equal(new Set(passwords).size, 100);
  });

  for (const encoding of ENCODINGS) {
    for (const rows of [1, 37, 100]) {
      it(`round-trips ${rows} row${rows === 1 ? '' : 's'} in ${encoding}: identical text, BOM exactly when asked, CRLF`, () => {
        const text = generateTemplate({ rows, subscriptions: ['meetings'] });
        const bytes = encodeCsvText(text, encoding);
        assert.equal(bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf, encoding === 'utf-8-bom');
        // The template is ASCII, so its Shift_JIS bytes are valid UTF-8 too: read them as the file was written.
        assert.deepEqual(decodeCsvBytes(bytes, encoding === 'shift_jis' ? 'shift_jis' : 'auto'), { text, encoding });
        assert.equal(lines(text).length, rows + 1);
      });
    }
  }

  it('encodes a fresh template (as the CLI writes it) with a BOM exactly for utf-8-bom', () => {
    for (const encoding of ENCODINGS) {
      const bytes = encodeCsvText(generateTemplate({ rows: 4 }), encoding);
      const body = encoding === 'utf-8-bom' ? bytes.subarray(3) : bytes;
      assert.equal(bytes.length - body.length, encoding === 'utf-8-bom' ? 3 : 0, encoding);
      assert.ok(
        body.every((b) => b < 0x80),
        `${encoding}: no other byte order mark, all ASCII`,
      );
      const [header, ...rows] = lines(new TextDecoder().decode(body));
      assert.deepEqual([header, rows.length], [HEADER_11.join(','), 4]);
    }
  });

  it('validates with one "fill in" error per row, "no users" on the header and nothing else, for every product subset', () => {
    for (const subscriptions of subsets()) {
      const text = generateTemplate({ rows: 3, subscriptions });
      const { problems } = checkText(text, { ...DEFAULT_SETTINGS, subscriptions });
      const rowStarts = [...text.matchAll(/\r\n(?=.)/g)].map((m) => m.index + 2);
      assert.deepEqual(
        problems.map((p) => [p.code, p.severity, p.offset, p.message]),
        [
          ['rows/none', 'warning', 0, 'No users to add: the file has a header but no user rows.'],
          ...rowStarts.map((offset) => ['rows/unused-template-row', 'error', offset, UNUSED_ROW_MESSAGE]),
        ],
        subscriptions.join(',') || 'no subscriptions',
      );
    }
  });

  it('validates with only "fill in" errors and "no users" for every Locale and Time zone, in 1, 37 and 100 rows', () => {
    for (const locale of CODE_SETS.locale) {
      for (const timeZone of CODE_SETS.timeZone) {
        for (const rows of [1, 37, 100]) {
          const options = { rows, subscriptions: ALL_PRODUCTS, locale: locale.code, timeZone: timeZone.code };
          const { problems } = checkText(generateTemplate(options), { ...DEFAULT_SETTINGS, subscriptions: ALL_PRODUCTS });
          assert.deepEqual(new Set(problems.map((p) => p.code)), new Set(['rows/none', 'rows/unused-template-row']));
          assert.equal(problems.length, rows + 1);
        }
      }
    }
  });

  it('generates 10,000 passwords that all pass every password rule, and are unique', () => {
    const seen = new Set<string>();
    for (let file = 0; file < 100; file++) {
      let user = 0;
      // Fill in Login ID and User name, so the rows are users and every rule checks them.
      const text = generateTemplate({ rows: 100 }).replace(/\r\n,,/g, () => `\r\nuser${file}-${++user}@example.com,User ${user},`);
      const { doc, problems } = checkText(text, DEFAULT_SETTINGS);
      assert.equal(doc.rows.length, 100);
      assert.deepEqual(problems, [], `file ${file}`);
      for (const row of doc.rows) seen.add(doc.cell(row, 'password')!.value);
    }
    assert.equal(seen.size, 10_000);
  });

  it('refuses options it cannot honour, saying why', () => {
    assert.equal(templateOptionsError({ rows: 1 }), undefined);
    assert.equal(templateOptionsError({ rows: 100, subscriptions: ALL_PRODUCTS, locale: '1', timeZone: '13' }), undefined);
    assert.equal(templateOptionsError({ rows: 0 }), 'rows must be a whole number from 1 to 100, not "0"');
    assert.equal(templateOptionsError({ rows: 101 }), 'rows must be a whole number from 1 to 100, not "101"');
    assert.equal(templateOptionsError({ rows: 2.5 }), 'rows must be a whole number from 1 to 100, not "2.5"');
    assert.equal(templateOptionsError({ rows: '3' }), 'rows must be a whole number from 1 to 100, not "3"');
    assert.equal(templateOptionsError(undefined), 'rows must be a whole number from 1 to 100, not "undefined"');
    assert.equal(templateOptionsError({ rows: 1, locale: '2' }), 'locale must be 0 (Japanese) or 1 (English), not "2"');
    assert.match(templateOptionsError({ rows: 1, timeZone: 14 }) ?? '', /^timeZone must be 0–13 \(0 Tokyo, .*\), not "14"$/);
    assert.equal(
      templateOptionsError({ rows: 1, subscriptions: ['meetings', 'phone'] }),
      'subscriptions may hold only phoneMobile, callCenter, meetings, meetingsBot, recPod, salesforce, incomingWebhook, not "phone"',
    );
    assert.throws(() => generateTemplate({ rows: 0 }), {
      name: 'RangeError',
      message: 'rows must be a whole number from 1 to 100, not "0"',
    });
  });

  it('lists the template columns for a subscription set', () => {
    assert.deepEqual(
      templateColumns().map((c) => c.id),
      COLUMNS.slice(0, 11).map((c) => c.id),
    );
    assert.deepEqual(
      templateColumns(['callCenter'])
        .slice(11)
        .map((c) => c.id),
      ['callCenter', 'callCenterAdmin', 'callCenterPredictiveDialer'],
    );
  });
});
