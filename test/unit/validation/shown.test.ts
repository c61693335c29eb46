import * as assert from 'node:assert/strict';
import { CREATE_USERS } from '../../../shared/formats/index';
import { parseMiitel } from '../../../server/src/service/miitelDocument';
import { hiddenReason, isShifted, shownValue } from '../../../server/src/service/validation/shown';
import { file, row, templateHeader } from '../helpers';

const column = (id: 'locale' | 'password') => CREATE_USERS.column(id)!;

describe('shown: which cell values outputs may quote', () => {
  const doc = parseMiitel(
    file(templateHeader(), row({ locale: 'English' }), row({ userName: 'Sato, Taro' }), row().split(',').slice(1).join(',')),
  );
  const cells = [0, 1, 2].map((i) => doc.row(i).record.cells);

  it('quotes a value of a row with the header’s field count, except a password', () => {
    assert.equal(isShifted(doc, cells[0]!), false);
    assert.deepEqual(shownValue(doc, cells[0]!, column('locale'), 'English'), { value: 'English' });
    assert.deepEqual(shownValue(doc, cells[0]!, column('password'), 'x'), { hidden: 'password' });
  });

  it('hides every value of a row with more or fewer fields than the header', () => {
    for (const c of [cells[1]!, cells[2]!]) {
      assert.equal(isShifted(doc, c), true);
      assert.equal(hiddenReason(doc, c, column('locale')), 'shifted');
      assert.equal(hiddenReason(doc, c, undefined), 'shifted');
    }
  });
});
