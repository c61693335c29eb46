import * as assert from 'node:assert/strict';
import { requiredRule } from '../../../../server/src/service/validation/rules/value/required';
import { check, fieldAt, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, requiredRule);

describe('rule required (value/required)', () => {
  it('reports an empty unquoted code cell as a zero-length range where the value goes', () => {
    const line = row({ locale: '' });
    const text = file(templateHeader(), line);
    assert.deepEqual(problems(text), [
      {
        code: 'value/required',
        severity: 'error',
        offset: fieldAt(text, line, 'locale'),
        length: 0,
        message: 'Locale is empty: enter 0 (Japanese) or 1 (English).',
        data: { column: 'locale' },
      },
    ]);
  });

  it('covers both quotes of a quoted empty cell, after a Japanese user name', () => {
    const line = row({ userName: '佐藤 太郎😀', timeZone: '""' });
    const text = file(templateHeader(), line);
    const found = problems(text);
    assert.deepEqual(
      found.map((p) => [p.code, p.severity, p.offset, p.length, p.data]),
      [['value/required', 'error', fieldAt(text, line, 'timeZone'), '""'.length, { column: 'timeZone' }]],
    );
  });

  it('reports an empty Login ID, and an empty last field before the line break', () => {
    const line = row({ loginId: '', incomingWebhook: '' });
    const text = file(templateHeader(), line);
    const found = problems(text);
    assert.deepEqual(
      found.map((p) => [p.offset, p.length, p.data, p.message]),
      [
        [fieldAt(text, line, 'loginId'), 0, { column: 'loginId' }, 'Login ID is empty: every user needs one.'],
        [
          fieldAt(text, line, 'incomingWebhook'),
          0,
          { column: 'incomingWebhook' },
          'Incoming Webhook Enable is empty: enter 0 (No) or 1 (Yes).',
        ],
      ],
    );
    assert.ok(found[1]);
    assert.equal(text.slice(found[1].offset, found[1].offset + 2), '\r\n');
  });

  it('reports every empty cell of every user row', () => {
    const first = row({ loginId: 'a@miitel.jp', admin: '' });
    const second = row({ loginId: 'b@miitel.jp', password: '' });
    const text = file(templateHeader(), first, second);
    assert.deepEqual(
      problems(text).map((p) => [p.offset, (p.data as { column: string }).column]),
      [
        [fieldAt(text, first, 'admin'), 'admin'],
        [fieldAt(text, second, 'password'), 'password'],
      ],
    );
  });

  it('accepts a complete row, a blank-only cell (value/whitespace), an unused template row and an empty line', () => {
    const unused = row({ loginId: '', userName: '' });
    const text = file(templateHeader(), row(), row({ loginId: 'b@miitel.jp', locale: ' ' }), unused, ',,,');
    assert.deepEqual(problems(text), []);
  });
});
