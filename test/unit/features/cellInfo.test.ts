import * as assert from 'node:assert/strict';
import { getCaretColumn } from '../../../server/src/service/features/cellInfo';
import { configureL10n } from '../../../shared/l10n';
import { ALL_COLUMNS, file, row, templateHeader } from '../helpers';
import { withCaret } from './caret';

const caret = (marked: string) => {
  const { doc, offset } = withCaret(marked);
  return getCaretColumn(doc, offset);
};
const H = templateHeader();

describe('caret column (status bar)', () => {
  afterEach(() => configureL10n('en', undefined));

  it('names the column, its position of the 24 and what the code means', () => {
    assert.deepEqual(caret(file(H, row({ timeZone: '‸0' }))), {
      column: 5,
      columns: 24,
      name: 'Time zone',
      code: '0',
      meaning: '(GMT+9:00) Tokyo',
    });
    // At the end of the cell too, and on the header line (no value there).
    assert.deepEqual(caret(file(H, row({ timeZone: '6‸' })))?.meaning, '(GMT+7:00) Jakarta');
    assert.deepEqual(caret(file(H.replace('Time zone', 'Time‸ zone'), row())), { column: 5, columns: 24, name: 'Time zone' });
  });

  it('gives no meaning for a value that is no code, nor for a text column', () => {
    assert.deepEqual(caret(file(H, row({ timeZone: 'Tok‸yo' }))), { column: 5, columns: 24, name: 'Time zone' });
    assert.deepEqual(caret(file(H, row({ userName: 'Jane‸ Smith' }))), { column: 2, columns: 24, name: 'User name' });
  });

  it('counts fields as the parser does: quoted commas and line breaks, semicolons, tabs', () => {
    const quoted = file(H, row({ userName: '"Sato, Taro\r\nJr."', locale: '1', admin: '‸1' }));
    assert.deepEqual(caret(quoted), { column: 6, columns: 24, name: 'Administrative privileges', code: '1', meaning: 'Yes' });
    const semicolons = file(H, row({ userName: '"Sato; Taro"', locale: '‸1' })).replaceAll(',', ';');
    assert.deepEqual(caret(semicolons), { column: 4, columns: 24, name: 'Locale', code: '1', meaning: 'English' });
    const tabs = file(H, row({ locale: '0‸' })).replaceAll(',', '\t');
    assert.deepEqual(caret(tabs), { column: 4, columns: 24, name: 'Locale', code: '0', meaning: 'Japanese' });
  });

  it('names a column whose header is written in other case or spacing as the template does, and an unknown header as written', () => {
    const aliased = file(H.replace('Time zone', ' TIME  ZONE'), row({ timeZone: '‸13' }));
    assert.deepEqual(caret(aliased), { column: 5, columns: 24, name: 'Time zone', code: '13', meaning: '(GMT-10:00) Honolulu [HAST]' });
    const unknown = file(`${H},Team`, `${row()},Sales‸`);
    assert.deepEqual(caret(unknown), { column: 25, columns: 25, name: 'Team' });
  });

  it('never returns a password: the Password column, and a code column of a row whose fields may be shifted', () => {
    assert.deepEqual(caret(file(H, row({ password: 'Xd7!k‸P2q' }))), { column: 3, columns: 24, name: 'Password' });
    // A comma in an unquoted name shifts every field: the password lands in Locale.
    const columns = ALL_COLUMNS.slice(0, 5);
    const shifted = file(templateHeader(columns), 'sato@miitel.jp,Sato, Taro,1‸,0,0');
    assert.deepEqual(caret(shifted), { column: 4, columns: 5, name: 'Locale' });
    // A field past the header's last one.
    assert.deepEqual(caret(file(templateHeader(columns), 'sato@miitel.jp,Sato Taro,Xd7!kP2q,0,0,extra‸')), {
      column: 6,
      columns: 5,
      name: '(no column)',
    });
  });

  it('says nothing on a blank line', () => {
    assert.equal(caret(file(H, '‸', row())), null);
  });

  it("renders the meaning in the server's language", () => {
    configureL10n('ja', { '(GMT+9:00) Tokyo': '(GMT+9:00) 東京' });
    assert.equal(caret(file(H, row({ timeZone: '0‸' })))?.meaning, '(GMT+9:00) 東京');
  });
});
