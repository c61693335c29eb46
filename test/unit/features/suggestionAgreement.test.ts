/**
 * The `value/not-allowed` finding and the completion list read a typed value the same way
 * (server/src/service/codeMatch.ts): the code the finding suggests is the one completion
 * preselects and sorts first, and the quick fixes offer the codes in the completion list's order.
 */
import * as assert from 'node:assert/strict';
import type { ColumnId } from '../../../shared/formats/index';
import { doComplete } from '../../../server/src/service/features/completion';
import { getFixes } from '../../../server/src/service/features/fixes';
import { file, row, templateHeader } from '../helpers';
import { withCaret } from './caret';

/** What the finding on `value` and the completion in its cell say. */
function both(column: ColumnId, value: string) {
  const { document, doc, problems, offset } = withCaret(file(templateHeader(), row({ [column]: `${value}‸` })));
  const finding = problems.find((p) => p.code === 'value/not-allowed');
  assert.ok(finding, value);
  const list = doComplete(document, doc, offset);
  assert.ok(list, value);
  const sorted = [...list.items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  return {
    message: finding.message,
    suggestion: (finding.data as { suggestion?: string }).suggestion,
    fixes: getFixes(doc, finding, 'file:///test/users.csv').map((f) => f.title),
    preselected: list.items.filter((i) => i.preselect).map((i) => i.label),
    completionOrder: sorted.map((i) => i.label),
  };
}

describe('suggestions and completion agree', () => {
  const cases: [ColumnId, string, string, string][] = [
    ['timeZone', 'jak', '6', 'Did you mean 6 (GMT+7:00) Jakarta? "jak" is not allowed in Time zone.'],
    ['timeZone', 'tok', '0', 'Did you mean 0 (GMT+9:00) Tokyo? "tok" is not allowed in Time zone.'],
    ['timeZone', 'Tokyo', '0', 'Did you mean 0 (GMT+9:00) Tokyo? "Tokyo" is not allowed in Time zone.'],
    ['locale', 'english', '1', 'Did you mean 1 (English)? "english" is not allowed in Locale.'],
    ['admin', 'yes', '1', 'Did you mean 1 (Yes)? "yes" is not allowed in Administrative privileges.'],
    [
      'meetingsAccessPermission',
      'ホスト',
      '1',
      'Did you mean 1 (Host only)? "ホスト" is not allowed in MiiTel Meetings Edit meeting access permission.',
    ],
  ];
  for (const [column, value, code, message] of cases) {
    it(`${JSON.stringify(value)} in ${column}: the finding suggests ${code}, first, and completion preselects and sorts ${code} first`, () => {
      const shown = both(column, value);
      assert.equal(shown.message, message);
      assert.equal(shown.suggestion, code);
      assert.deepEqual(shown.preselected, [code]);
      assert.equal(shown.completionOrder[0], code);
      assert.equal(shown.fixes.length, 1);
      assert.match(shown.fixes[0] ?? '', new RegExp(`^Replace with ${code} `));
    });
  }

  it('"ma" starts two time zones: no guess, and both the fixes and completion put Manilla and Makassar first', () => {
    const shown = both('timeZone', 'ma');
    assert.equal(shown.suggestion, undefined);
    assert.equal(shown.message, '"ma" is not allowed in Time zone: enter a code 0–13.');
    assert.deepEqual(shown.preselected, []);
    assert.deepEqual(shown.completionOrder.slice(0, 3), ['3', '4', '0']);
    assert.deepEqual(shown.fixes.slice(0, 3), [
      'Replace with 3 (GMT+8:00) Manilla',
      'Replace with 4 (GMT+8:00) Makassar',
      'Replace with 0 (GMT+9:00) Tokyo',
    ]);
    assert.equal(shown.fixes.length, 14);
  });

  it('a value nothing matches keeps the table order in both', () => {
    const shown = both('timeZone', 'Mars');
    assert.equal(shown.suggestion, undefined);
    assert.deepEqual(shown.completionOrder.slice(0, 2), ['0', '1']);
    assert.deepEqual(shown.fixes.slice(0, 2), ['Replace with 0 (GMT+9:00) Tokyo', 'Replace with 1 (GMT+9:00) Jayapura']);
  });
});
