import * as assert from 'node:assert/strict';
import { fieldCountRule } from '../../../../server/src/service/validation/rules/csv/field-count';
import { at, check, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, fieldCountRule);

describe('rule fieldCount (csv/field-count)', () => {
  it('reports a row with too few fields on the whole record', () => {
    const short = row().split(',').slice(0, -1).join(',');
    const text = file(templateHeader(), short);
    assert.deepEqual(problems(text), [
      {
        code: 'csv/field-count',
        severity: 'error',
        offset: at(text, 'sato@'),
        length: short.length,
        message: 'This row has 23 fields but the header has 24: add the missing 1 field (commas).',
        data: { expected: 24, actual: 23 },
      },
    ]);
  });

  it('names the separator the file uses: tabs in a tab-separated file, semicolons in a semicolon one', () => {
    for (const [delimiter, name] of [
      ['\t', 'tabs'],
      [';', 'semicolons'],
    ] as const) {
      const text = file(templateHeader().split(',').join(delimiter), row().split(',').slice(0, -2).join(delimiter));
      assert.deepEqual(
        problems(text).map((p) => p.message),
        [`This row has 22 fields but the header has 24: add the missing 2 fields (${name}).`],
      );
    }
  });

  it('reports too many fields on the extra fields, not on the comma before them', () => {
    const text = file(templateHeader(), `${row()},extra,more`);
    const [p, ...rest] = problems(text);
    assert.deepEqual(rest, []);
    assert.ok(p);
    assert.equal(p.code, 'csv/field-count');
    assert.equal(p.severity, 'error');
    assert.equal(p.offset, at(text, 'extra'));
    assert.equal(p.length, 'extra,more'.length);
    assert.equal(p.message, 'This row has 26 fields but the header has 24: remove the 2 extra fields.');
    assert.deepEqual(p.data, { expected: 24, actual: 26 });
  });

  it('marks trailing commas when the extra fields are empty', () => {
    const line = `${row()},,`;
    const text = file(templateHeader(), line);
    const [p, ...rest] = problems(text);
    assert.deepEqual(rest, []);
    assert.ok(p);
    assert.equal(p.offset, at(text, line) + line.length - 2);
    assert.equal(p.length, 2);
    assert.deepEqual(p.data, { expected: 24, actual: 26 });
  });

  it('reports each bad row and leaves the others', () => {
    const short = row({ loginId: 'b@example.com' }).split(',').slice(0, 20).join(',');
    const text = file(templateHeader(), row(), short, row({ loginId: 'c@example.com' }));
    assert.deepEqual(
      problems(text).map((p) => [p.offset, p.length]),
      [[at(text, 'b@example.com'), short.length]],
    );
  });

  it('compares with the header, not with the template (a file without optional columns)', () => {
    const columns = ['loginId', 'userName', 'password'] as const;
    const text = file(templateHeader(columns), row({}, columns), row({ loginId: 'b@example.com' }, columns));
    assert.deepEqual(problems(text), []);
  });

  it('counts a quoted comma as part of its field', () => {
    const text = file(templateHeader(), row({ userName: '"Smith, Jane"' }));
    assert.deepEqual(problems(text), []);
  });

  it('ignores completely empty records, which are not users', () => {
    const text = file(templateHeader(), '', ',,,', row());
    assert.deepEqual(problems(text), []);
  });

  it('says nothing when there is no header to compare with', () => {
    assert.deepEqual(problems(''), []);
    assert.deepEqual(problems(file('', row())), []);
  });
});
