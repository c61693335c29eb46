import * as assert from 'node:assert/strict';
import { duplicateColumnRule } from '../../../../server/src/service/validation/rules/header/duplicate-column';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, duplicateColumnRule);

describe('rule duplicateColumn (header/duplicate-column)', () => {
  it('reports a repeated header, pointing back at the first occurrence', () => {
    const text = file(`${templateHeader()},login id`, `${row()},x@example.com`);
    assert.deepEqual(problems(text), [
      {
        code: 'header/duplicate-column',
        severity: 'error',
        offset: at(text, 'login id'),
        length: 'login id'.length,
        message: 'Column "Login ID" appears more than once: keep one of them.',
        data: { column: 'loginId' },
        related: [{ offset: 0, length: 'Login ID'.length, message: 'First occurrence of the column.' }],
      },
    ]);
  });

  it('reports every repeat after the first, each related to the first', () => {
    const text = file(`${templateHeader()},Locale,"LOCALE"`, `${row()},0,0`);
    const first = at(text, 'Locale');
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length, p.data, p.related?.map((r) => r.offset)]),
      [
        [at(text, 'Locale', 2), 6, { column: 'locale' }, [first]],
        [at(text, 'LOCALE'), 6, { column: 'locale' }, [first]],
      ],
    );
  });

  it('leaves repeated unknown headers to unknown-column', () => {
    const text = file(`${templateHeader()},Note,Note`, `${row()},a,b`);
    assert.deepEqual(problems(text), []);
  });

  it('accepts the template', () => {
    assert.deepEqual(problems(file(templateHeader(), row())), []);
  });
});
