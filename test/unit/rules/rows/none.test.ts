import * as assert from 'node:assert/strict';
import { noRowsRule } from '../../../../server/src/service/validation/rules/rows/none';
import { check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, noRowsRule);

describe('rule noRows (rows/none)', () => {
  it('warns on the header line of a file with a header and no users', () => {
    const text = file(templateHeader());
    assert.deepEqual(problems(text), [
      {
        code: 'rows/none',
        severity: 'warning',
        offset: 0,
        length: templateHeader().length,
        message: 'No users to add: the file has a header but no user rows.',
      },
    ]);
  });

  it('warns without a final line break, and past empty lines', () => {
    assert.deepEqual(
      problems(templateHeader()).map((p) => [p.code, p.offset, p.length]),
      [['rows/none', 0, templateHeader().length]],
    );
    assert.deepEqual(
      problems(file(templateHeader(), '', ',,,', '')).map((p) => [p.code, p.offset, p.length]),
      [['rows/none', 0, templateHeader().length]],
    );
  });

  it('warns when every row is an unused template row: there is nobody to add either', () => {
    const text = file(templateHeader(), row({ loginId: '', userName: '' }), row({ loginId: '', userName: '', password: '' }));
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.offset, p.length]),
      [['rows/none', 0, templateHeader().length]],
    );
  });

  it('says nothing when a user row exists, or for an empty file', () => {
    assert.deepEqual(problems(file(templateHeader(), row())), []);
    assert.deepEqual(problems(file(templateHeader(), row({ loginId: '', userName: '' }), row({ userName: '' }))), []);
    assert.deepEqual(problems(''), []);
  });
});
