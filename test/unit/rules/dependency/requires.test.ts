import * as assert from 'node:assert/strict';
import { dependencyRule } from '../../../../server/src/service/validation/rules/dependency/requires';
import type { ColumnId } from '../../../../shared/formats/index';
import { ALL_COLUMNS, at, check, fieldAt, file, row, templateHeader } from '../../helpers';

const problems = (text: string) => check(text, {}, dependencyRule);

describe('rule dependency (dependency/requires, dependency/recommended)', () => {
  it('reports MiiTel Phone Mobile = 1 without MiiTel Phone = 1, pointing at the prerequisite', () => {
    const line = row({ userName: '佐藤 太郎', phone: '0', phoneMobile: '1' });
    const text = file(templateHeader(), line);
    assert.deepEqual(problems(text), [
      {
        code: 'dependency/requires',
        severity: 'error',
        offset: fieldAt(text, line, 'phoneMobile'),
        length: 1,
        message: 'MiiTel Phone Mobile Enable = 1 needs MiiTel Phone Enable = 1 in the same row.',
        data: { column: 'phoneMobile', requiredColumn: 'phone', requiredValue: '1' },
        related: [{ offset: fieldAt(text, line, 'phone'), length: 1, message: 'MiiTel Phone Enable would need to be 1.' }],
      },
    ]);
  });

  it('warns about Monitoring = 1 without MiiTel Phone = 1', () => {
    const line = row({ monitoring: '1', phone: '0' });
    const text = file(templateHeader(), line);
    assert.deepEqual(
      problems(text).map((p) => [p.code, p.severity, p.offset, p.length, p.message, p.data]),
      [
        [
          'dependency/recommended',
          'warning',
          fieldAt(text, line, 'monitoring'),
          1,
          'Monitoring privileges = 1 has no effect without MiiTel Phone Enable = 1.',
          { column: 'monitoring', requiredColumn: 'phone', requiredValue: '1' },
        ],
      ],
    );
  });

  it('reads canonical values and covers the dependent value inside quotes and spaces', () => {
    const text = file(templateHeader(), row({ userName: '佐藤', callCenter: '０', callCenterAdmin: '" 1"' }));
    const found = problems(text);
    assert.deepEqual(
      found.map((p) => [p.code, p.offset, p.length, p.related?.map((r) => [r.offset, r.length])]),
      [['dependency/requires', at(text, '1"'), 1, [[at(text, '０'), 1]]]],
    );
  });

  it('reports a prerequisite column missing from the file, without a related location', () => {
    const columns: ColumnId[] = ALL_COLUMNS.filter((c) => c !== 'meetings');
    const line = row({ meetingsBot: '1' }, columns);
    const text = file(templateHeader(columns), line);
    assert.deepEqual(problems(text), [
      {
        code: 'dependency/requires',
        severity: 'error',
        offset: fieldAt(text, line, 'meetingsBot', columns),
        length: 1,
        message: 'MiiTel Meetings Use bot = 1 needs MiiTel Meetings Enable = 1 in the same row.',
        data: { column: 'meetingsBot', requiredColumn: 'meetings', requiredValue: '1' },
      },
    ]);
  });

  it('accepts met dependencies, a dependent of 0, and leaves an empty or invalid prerequisite to other rules', () => {
    const text = file(
      templateHeader(),
      row({ loginId: 'a@miitel.jp', phone: '1', phoneMobile: '1', monitoring: '1', meetings: '1', meetingsBot: '1' }),
      row({ loginId: 'b@miitel.jp', phone: '0', phoneMobile: '0', monitoring: '0', callCenter: '0', callCenterAdmin: '0' }),
      row({ loginId: 'c@miitel.jp', phone: '', phoneMobile: '1', callCenter: 'Yes', callCenterAdmin: '1' }),
    );
    assert.deepEqual(problems(text), []);
  });
});
