import * as assert from 'node:assert/strict';
import { fullWidthRule } from '../../../../server/src/service/validation/rules/value/full-width';
import { at, check, fieldAt, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, fullWidthRule);

describe('rule fullWidth (value/full-width)', () => {
  it('reports a full-width digit in a code column', () => {
    const line = row({ locale: '１' });
    const text = file(templateHeader(), line);
    assert.deepEqual(problems(text), [
      {
        code: 'value/full-width',
        severity: 'error',
        offset: fieldAt(text, line, 'locale'),
        length: 1,
        message: 'Locale has full-width characters: write "1" in half-width (ASCII).',
        data: { column: 'locale', normalized: '1' },
      },
    ]);
  });

  it('covers only the trimmed value of a quoted cell after a Japanese user name', () => {
    const text = file(templateHeader(), row({ userName: '佐藤 太郎', timeZone: '" １３ "' }));
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.severity, p.offset, p.length, p.data]),
      [['value/full-width', 'error', at(text, '１３'), '１３'.length, { column: 'timeZone', normalized: '13' }]],
    );
  });

  it('reports a full-width @ in a Login ID', () => {
    const text = file(templateHeader(), row({ userName: '山田' }), row({ loginId: 'sato＠miitel.jp', userName: '佐藤' }));
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length, p.data]),
      [[at(text, 'sato＠'), 'sato＠miitel.jp'.length, { column: 'loginId', normalized: 'sato@miitel.jp' }]],
    );
  });

  it('leaves a full-width space inside a Login ID to login-id/invalid-character', () => {
    const text = file(templateHeader(), row({ loginId: 'sato\u3000taro@miitel.jp' }));
    assert.deepEqual(problems(text), []);
  });

  it('accepts full-width text in User name and Password', () => {
    const text = file(templateHeader(), row({ userName: 'ＪＡＮＥ　佐藤', password: 'Ｘｄ１２３４５６７' }));
    assert.deepEqual(problems(text), []);
  });

  it('layers with the other value rules: " １ " is one whitespace and one full-width finding, nothing else', () => {
    const line = row({ locale: ' １ ' });
    const text = file(templateHeader(), line);
    const cell = fieldAt(text, line, 'locale');
    assert.deepEqual(
      check(text).map((p) => [p.code, p.offset, p.length]),
      [
        ['value/whitespace', cell, 3],
        ['value/full-width', cell + 1, 1],
      ],
    );
  });
});
