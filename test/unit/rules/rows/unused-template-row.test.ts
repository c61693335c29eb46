import * as assert from 'node:assert/strict';
import { unusedTemplateRowRule } from '../../../../server/src/service/validation/rules/rows/unused-template-row';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, unusedTemplateRowRule);

describe('rule unusedTemplateRow (rows/unused-template-row)', () => {
  it('warns on a row holding only the pre-filled password and defaults, on the whole record', () => {
    const template = row({ loginId: '', userName: '', password: 'Tq8vWm3KpZ2x' });
    const text = file(templateHeader(), row(), template);
    assert.deepEqual(problems(text), [
      {
        code: 'rows/unused-template-row',
        severity: 'warning',
        offset: at(text, template),
        length: template.length,
        message: 'Unused template row: it has only the pre-filled password. Fill in Login ID and User name, or delete the row.',
      },
    ]);
  });

  it('warns on each unused row', () => {
    const a = row({ loginId: '', userName: '', password: 'Aa1Aa1Aa1xyz' });
    const b = row({ loginId: '', userName: '', password: 'Bb2Bb2Bb2xyz' });
    const text = file(templateHeader(), a, row(), b);
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length]),
      [
        [at(text, a), a.length],
        [at(text, b), b.length],
      ],
    );
  });

  it('leaves rows that have a Login ID or a User name, and rows without a password', () => {
    const text = file(
      templateHeader(),
      row(),
      row({ userName: '' }),
      row({ loginId: '' }),
      row({ loginId: '', userName: '', password: '' }),
      ',,,',
    );
    assert.deepEqual(problems(text), []);
  });
});
