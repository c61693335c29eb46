import * as assert from 'node:assert/strict';
import { CREATE_USERS, type ColumnId, PRODUCTS, type ProductId } from '../../../../shared/formats/index';
import { missingColumnRule } from '../../../../server/src/service/validation/rules/header/missing-column';
import type { MiitelCsvSettings } from '../../../../shared/settings';
import { ALL_COLUMNS, check, file, row, templateHeader } from '../../helpers';

const COLUMNS = CREATE_USERS.columns;

const problems = (text: string, settings: Partial<MiitelCsvSettings> = {}) => check(text, settings, missingColumnRule);
const REQUIRED: readonly ColumnId[] = COLUMNS.filter((c) => c.required).map((c) => c.id);
const without = (...ids: ColumnId[]) => ALL_COLUMNS.filter((id) => !ids.includes(id));

describe('rule missingColumn (header/missing-column)', () => {
  it('reports a missing required column on the header line', () => {
    const columns = without('locale');
    const header = templateHeader(columns);
    const text = file(header, row({}, columns));
    assert.deepEqual(problems(text), [
      {
        code: 'header/missing-column',
        severity: 'error',
        offset: 0,
        length: header.length,
        message: 'Missing required column "Locale" (column 4 of the template).',
        data: { column: 'locale', header: 'Locale', index: 3 },
      },
    ]);
  });

  it('covers the header after a byte order mark', () => {
    const columns = without('locale');
    const header = templateHeader(columns);
    const [p, ...rest] = problems(`\ufeff${file(header, row({}, columns))}`);
    assert.deepEqual(rest, []);
    assert.ok(p);
    assert.deepEqual([p.offset, p.length], [1, header.length]);
  });

  it('reports every missing required column', () => {
    const columns = without('password', 'phone');
    const text = file(templateHeader(columns), row({}, columns));
    assert.deepEqual(
      problems(text).map((p) => p.data),
      [
        { column: 'password', header: 'Password', index: 2 },
        { column: 'phone', header: 'MiiTel Phone Enable', index: 10 },
      ],
    );
  });

  it('accepts a file of the required columns only when nothing is subscribed', () => {
    assert.deepEqual(problems(file(templateHeader(REQUIRED), row({}, REQUIRED))), []);
  });

  it('accepts the full template whatever is subscribed', () => {
    const subscriptions = Object.keys(PRODUCTS) as ProductId[];
    assert.deepEqual(problems(file(templateHeader(), row()), { subscriptions }), []);
  });

  it('requires the columns of a subscribed product, naming the product', () => {
    const header = templateHeader(REQUIRED);
    const found = problems(file(header, row({}, REQUIRED)), { subscriptions: ['callCenter'] });
    assert.deepEqual(
      found.map((p) => [p.code, p.severity, p.offset, p.length, (p.data as { column: string }).column]),
      [
        ['header/missing-column', 'error', 0, header.length, 'callCenter'],
        ['header/missing-column', 'error', 0, header.length, 'callCenterAdmin'],
        ['header/missing-column', 'error', 0, header.length, 'callCenterPredictiveDialer'],
      ],
    );
    assert.equal(
      found[0]?.message,
      'Missing column "MiiTel Call Center Enable" (column 13 of the template), required with MiiTel Call Center.',
    );
  });

  it('requires a column shared by two products when either is subscribed', () => {
    const found = problems(file(templateHeader(REQUIRED), row({}, REQUIRED)), { subscriptions: ['recPod'] });
    assert.deepEqual(
      found.map((p) => (p.data as { column: string }).column),
      ['meetingsSharedLink', 'meetingsExportCsv', 'recPod'],
    );
    assert.ok(found[0]);
    assert.match(found[0].message, /, required with MiiTel RecPod\.$/);
  });

  it('reports an empty file once, at its start, not once per column', () => {
    assert.deepEqual(problems(''), [
      {
        code: 'header/missing-column',
        severity: 'error',
        offset: 0,
        length: 0,
        message: 'No header line: the first line must be the MiiTel template header (Login ID, User name, Password, …).',
        data: { column: 'loginId', header: 'Login ID', index: 0 },
      },
    ]);
  });

  it('reports a blank first line once', () => {
    const found = problems(file('', templateHeader(), row()));
    assert.equal(found.length, 1);
    assert.ok(found[0]);
    assert.deepEqual([found[0].offset, found[0].length], [0, 0]);
    assert.match(found[0].message, /^No header line/);
  });

  it('reports a first line that names no column once, on that line (a user row where the header should be)', () => {
    const first = row();
    const found = problems(file(first, row({ loginId: 'b@example.com' })));
    assert.equal(found.length, 1);
    assert.ok(found[0]);
    assert.deepEqual([found[0].code, found[0].offset, found[0].length], ['header/missing-column', 0, first.length]);
    assert.equal(
      found[0].message,
      'The first line names no MiiTel column: make it the template header (Login ID, User name, Password, …). If it is a user, insert the header above it.',
    );
  });
});
