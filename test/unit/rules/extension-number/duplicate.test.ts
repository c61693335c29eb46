import * as assert from 'node:assert/strict';
import { extensionNumberDuplicateRule } from '../../../../server/src/service/validation/rules/extension-number/duplicate';
import { at, check, file, row, templateHeader, UPDATE_COLUMNS } from '../../helpers';

const header = templateHeader(UPDATE_COLUMNS);
const user = (loginId: string, extensionNumber: string) => row({ loginId, extensionNumber }, UPDATE_COLUMNS);

describe('rule extensionNumberDuplicate (extension-number/duplicate)', () => {
  it('reports every later use of a number, pointing at the first', () => {
    const text = file(
      header,
      user('a@miitel.jp', '201'),
      user('b@miitel.jp', '202'),
      user('c@miitel.jp', '201'),
      user('d@miitel.jp', '201'),
    );
    const third = at(text, 'c@miitel.jp,Jane Smith,') + 'c@miitel.jp,Jane Smith,'.length;
    const fourth = at(text, 'd@miitel.jp,Jane Smith,') + 'd@miitel.jp,Jane Smith,'.length;
    const first = { offset: at(text, '201'), length: 3, message: 'First use of this extension number.' };
    const message = 'Extension number "201" is already used on line 2: each user needs a different one.';
    assert.deepEqual(check(text, {}, extensionNumberDuplicateRule), [
      {
        code: 'extension-number/duplicate',
        severity: 'error',
        offset: third,
        length: 3,
        message,
        data: { firstLine: 2 },
        related: [first],
      },
      {
        code: 'extension-number/duplicate',
        severity: 'error',
        offset: fourth,
        length: 3,
        message,
        data: { firstLine: 2 },
        related: [first],
      },
    ]);
  });

  it('compares canonical values: a full-width or spaced repeat is a repeat, 0201 is another number', () => {
    const text = file(header, user('a@miitel.jp', '201'), user('b@miitel.jp', '"２０１ "'), user('c@miitel.jp', '0201'));
    assert.deepEqual(
      check(text, {}, extensionNumberDuplicateRule).map((p) => [p.code, p.offset, p.length]),
      [['extension-number/duplicate', at(text, '２０１'), 3]],
    );
  });

  it('leaves malformed numbers to extension-number/format', () => {
    const text = file(header, user('a@miitel.jp', '12'), user('b@miitel.jp', '12'));
    assert.deepEqual(check(text, {}, extensionNumberDuplicateRule), []);
  });
});
