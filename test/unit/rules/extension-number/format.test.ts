import * as assert from 'node:assert/strict';
import { extensionNumberFormatRule } from '../../../../server/src/service/validation/rules/extension-number/format';
import { at, check, file, row, templateHeader, UPDATE_COLUMNS } from '../../helpers';

const header = templateHeader(UPDATE_COLUMNS);
const user = (extensionNumber: string, loginId = 'sato@miitel.jp') => row({ loginId, extensionNumber }, UPDATE_COLUMNS);

describe('rule extensionNumberFormat (extension-number/format)', () => {
  it('reports a number that is not 3 to 6 ASCII digits, on the value', () => {
    const text = file(header, user('12', 'a@miitel.jp'), user('1234567', 'b@miitel.jp'), user('12a', 'c@miitel.jp'));
    assert.deepEqual(check(text, {}, extensionNumberFormatRule), [
      {
        code: 'extension-number/format',
        severity: 'error',
        offset: at(text, ',12,') + 1,
        length: 2,
        message: 'Extension number "12" must be 3 to 6 digits (0–9).',
        data: {},
      },
      {
        code: 'extension-number/format',
        severity: 'error',
        offset: at(text, '1234567'),
        length: 7,
        message: 'Extension number "1234567" must be 3 to 6 digits (0–9).',
        data: {},
      },
      {
        code: 'extension-number/format',
        severity: 'error',
        offset: at(text, '12a'),
        length: 3,
        message: 'Extension number "12a" must be 3 to 6 digits (0–9).',
        data: {},
      },
    ]);
  });

  it('accepts 3 to 6 digits with leading zeros kept', () => {
    const text = file(header, user('123'), user('012345', 'b@miitel.jp'), user('000', 'c@miitel.jp'));
    assert.deepEqual(check(text, {}, extensionNumberFormatRule), []);
  });

  it('leaves full-width digits to value/full-width, spaces to value/whitespace and an empty cell to value/required', () => {
    const text = file(header, user('１２３'), user(' 456 ', 'b@miitel.jp'), user('', 'c@miitel.jp'));
    assert.deepEqual(check(text, {}, extensionNumberFormatRule), []);
    assert.deepEqual(
      check(text).map((p) => [p.code, p.offset, p.length]),
      [
        ['value/full-width', at(text, '１２３'), 3],
        ['value/whitespace', at(text, ' 456 '), 5],
        ['value/required', at(text, 'c@miitel.jp,Jane Smith,') + 'c@miitel.jp,Jane Smith,'.length, 0],
      ],
    );
  });

  it("suggests the whole number for a spreadsheet's 123.0", () => {
    const text = file(header, user('123.0'));
    const [problem] = check(text, {}, extensionNumberFormatRule);
    assert.deepEqual([problem?.offset, problem?.length, problem?.data], [at(text, '123.0'), 5, { suggestion: '123' }]);
  });

  it('is not checked in a create file, which has no Extension number', () => {
    const text = file(templateHeader(), row());
    assert.deepEqual(check(text, {}, extensionNumberFormatRule), []);
  });
});
