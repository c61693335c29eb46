import * as assert from 'node:assert/strict';
import { whitespaceRule } from '../../../../server/src/service/validation/rules/value/whitespace';
import { at, check, fieldAt, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, whitespaceRule);

describe('rule whitespace (value/whitespace)', () => {
  it('reports spaces around a code over the whole value', () => {
    const line = row({ locale: ' 1' });
    const text = file(templateHeader(), line);
    assert.deepEqual(problems(text), [
      {
        code: 'value/whitespace',
        severity: 'error',
        offset: fieldAt(text, line, 'locale'),
        length: ' 1'.length,
        message: 'Locale has spaces around its value: MiiTel takes the value exactly, remove them.',
        data: { column: 'locale', trimmed: '1' },
      },
    ]);
  });

  it('reports a Japanese user name with a trailing full-width space, and a quoted Login ID inside its quotes', () => {
    const text = file(templateHeader(), row({ loginId: '" sato@miitel.jp"', userName: '佐藤 太郎\u3000' }));
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.severity, p.offset, p.length, p.data]),
      [
        ['value/whitespace', 'error', at(text, ' sato@'), ' sato@miitel.jp'.length, { column: 'loginId', trimmed: 'sato@miitel.jp' }],
        ['value/whitespace', 'error', at(text, '佐藤'), '佐藤 太郎\u3000'.length, { column: 'userName', trimmed: '佐藤 太郎' }],
      ],
    );
  });

  it('reports a tab after a code that follows a Japanese user name', () => {
    const line = row({ userName: '佐藤 太郎', admin: '0\t' });
    const text = file(templateHeader(), line);
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length, p.data]),
      [[fieldAt(text, line, 'admin'), 2, { column: 'admin', trimmed: '0' }]],
    );
  });

  it('leaves passwords to password/invalid-character and accepts spaces inside a value', () => {
    const text = file(templateHeader(), row({ userName: 'Jane  Smith', password: ' Xd Cxb G6Xx ' }));
    assert.deepEqual(problems(text), []);
  });
});
