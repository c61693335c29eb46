import * as assert from 'node:assert/strict';
import { parseViewMessage } from '../../../../shared/table/view/protocol';

describe('table view: parseViewMessage', () => {
  it('takes the messages of the webview as they are', () => {
    const edit = { type: 'edit', version: 3, row: 0, column: 4, value: '6' };
    assert.deepEqual(parseViewMessage(edit), edit);
    assert.deepEqual(parseViewMessage({ type: 'delete', version: 1, rows: [0, 2] }), { type: 'delete', version: 1, rows: [0, 2] });
    assert.deepEqual(parseViewMessage({ type: 'undo', extra: 'ignored' }), { type: 'undo' });
    assert.deepEqual(parseViewMessage({ type: 'applyFix', id: 2 }), { type: 'applyFix', id: 2 });
  });

  it('refuses anything else: unknown types, missing or wrong fields, negative rows to delete', () => {
    for (const bad of [
      null,
      'edit',
      { type: 'eval' },
      { type: 'edit', version: 1, row: 0, column: 0 },
      { type: 'edit', version: 1, row: 0, column: -1, value: 'x' },
      { type: 'edit', version: 1, row: 0.5, column: 0, value: 'x' },
      { type: 'delete', version: 1, rows: [-1] },
      { type: 'duplicate', version: 1, rows: 'all' },
      { type: 'applyFix' },
    ]) {
      assert.equal(parseViewMessage(bad), undefined, JSON.stringify(bad));
    }
  });
});
