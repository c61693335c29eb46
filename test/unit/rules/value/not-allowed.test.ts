import * as assert from 'node:assert/strict';
import type { ColumnId } from '../../../../shared/formats/index';
import { notAllowedRule } from '../../../../server/src/service/validation/rules/value/not-allowed';
import { at, check, fieldAt, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, notAllowedRule);

describe('rule notAllowed (value/not-allowed)', () => {
  it('reports a word in a flag column, leading with the suggested code', () => {
    const line = row({ admin: 'Yes' });
    const text = file(templateHeader(), line);
    assert.deepEqual(problems(text), [
      {
        code: 'value/not-allowed',
        severity: 'error',
        offset: fieldAt(text, line, 'admin'),
        length: 'Yes'.length,
        message: 'Did you mean 1 (Yes)? "Yes" is not allowed in Administrative privileges.',
        data: { column: 'admin', value: 'Yes', allowed: ['0', '1'], suggestion: '1' },
      },
    ]);
  });

  const suggestions: [ColumnId, string, string][] = [
    ['locale', 'english', '1'],
    ['locale', '日本語', '0'],
    ['timeZone', 'Tokyo', '0'],
    ['timeZone', '(GMT+7:00) Jakarta', '6'],
    ['timeZone', 'america/new_york', '7'],
    ['timeZone', '7.0', '7'],
    ['meetingsAccessPermission', 'Host only', '1'],
    ['meetingsDownload', 'ALL', '0'],
    ['phone', 'はい', '1'],
    ['phone', 'TRUE', '1'],
    ['admin', '1.0', '1'],
    ['admin', '01', '1'],
    ['admin', '+0', '0'],
    // The start of a word, as the completion list matches it (codeMatch.ts).
    ['timeZone', 'jak', '6'],
    ['timeZone', 'tok', '0'],
    ['timeZone', 'angeles', '11'],
    ['locale', 'eng', '1'],
    ['meetingsAccessPermission', 'ホスト', '1'],
  ];
  for (const [column, value, suggestion] of suggestions) {
    it(`suggests ${suggestion} for ${JSON.stringify(value)} in ${column}`, () => {
      const line = row({ [column]: value });
      const text = file(templateHeader(), line);
      const found = problems(text);
      assert.equal(found.length, 1);
      assert.ok(found[0]);
      assert.equal(found[0].offset, fieldAt(text, line, column));
      assert.equal(found[0].length, value.length);
      assert.equal((found[0].data as { suggestion?: string }).suggestion, suggestion);
    });
  }

  it('gives no suggestion when nothing matches, naming the range of time zone codes only', () => {
    const line = row({ admin: '2', timeZone: '14', locale: 'maybe' });
    const text = file(templateHeader(), line);
    const found = problems(text);
    assert.deepEqual(
      found.map((p) => p.data),
      [
        { column: 'locale', value: 'maybe', allowed: ['0', '1'] },
        { column: 'timeZone', value: '14', allowed: ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'] },
        { column: 'admin', value: '2', allowed: ['0', '1'] },
      ],
    );
    assert.equal(found[0]?.message, '"maybe" is not allowed in Locale: enter 0 (Japanese) or 1 (English).');
    assert.equal(found[1]?.message, '"14" is not allowed in Time zone: enter a code 0–13.');
  });

  it('checks the canonical value: a quoted cell with spaces after a Japanese user name covers the trimmed word', () => {
    const text = file(templateHeader(), row({ userName: '佐藤 太郎', locale: '" English "' }));
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.offset, p.length, p.data]),
      [
        [
          'value/not-allowed',
          at(text, 'English'),
          'English'.length,
          { column: 'locale', value: 'English', allowed: ['0', '1'], suggestion: '1' },
        ],
      ],
    );
  });

  it('leaves spaces, full-width digits and empty cells to their own rules', () => {
    const text = file(templateHeader(), row({ locale: ' 1 ', timeZone: '１３', admin: '', phone: '  ' }));
    assert.deepEqual(problems(text), []);
  });

  it('accepts every allowed code', () => {
    const text = file(
      templateHeader(),
      row({ timeZone: '13', meetingsDownload: '2', locale: '1', admin: '1' }),
      row({ loginId: 'b@miitel.jp', timeZone: '0', meetingsDownload: '0', locale: '0' }),
    );
    assert.deepEqual(problems(text), []);
  });
});
