import * as assert from 'node:assert/strict';
import { parseLoginIdList } from '../../server/src/service/existingLoginIds';

describe('parseLoginIdList', () => {
  it('reads one Login ID per line, trimmed, with any line terminator, skipping blank lines', () => {
    assert.deepEqual(parseLoginIdList('a@x.jp\r\n  b@x.jp \n\nc@x.jp\rd@x.jp\n'), { ids: ['a@x.jp', 'b@x.jp', 'c@x.jp', 'd@x.jp'] });
  });

  it('drops repeats that differ only in case, keeping the first spelling', () => {
    assert.deepEqual(parseLoginIdList('Sato@X.jp\nsato@x.jp\nsuzuki@x.jp\n'), { ids: ['Sato@X.jp', 'suzuki@x.jp'] });
  });

  it('skips a BOM and unquotes a quoted line', () => {
    assert.deepEqual(parseLoginIdList('\ufeff"a@x.jp"\nb@x.jp'), { ids: ['a@x.jp', 'b@x.jp'] });
  });

  it('reads the Login ID column of a CSV export, wherever the column is', () => {
    const csv = 'User name,"Login ID",Locale\r\nSato,sato@x.jp,0\r\n"Suzuki, Ichiro",suzuki@x.jp,1\r\n,,\r\n';
    assert.deepEqual(parseLoginIdList(csv), { ids: ['sato@x.jp', 'suzuki@x.jp'] });
  });

  it('recognises the header whatever its case and spacing, after a BOM', () => {
    assert.deepEqual(parseLoginIdList('\ufeff login  ID ,Name\na@x.jp,A\n'), { ids: ['a@x.jp'] });
  });

  it('takes a line without a Login ID header as one whole Login ID per line', () => {
    assert.deepEqual(parseLoginIdList('email\na@x.jp\n'), { ids: ['email', 'a@x.jp'] });
  });

  it('skips short rows of a CSV export that lack the column', () => {
    assert.deepEqual(parseLoginIdList('Name,Login ID\nonly-name\nB,b@x.jp\n'), { ids: ['b@x.jp'] });
  });

  it('reads quoted fields of an export with commas, doubled quotes and line breaks, and stray quotes as written', () => {
    const csv = 'Login ID,User name\r\n"a@x.jp","Sato, ""Ken""\r\nSr."\r\nb"c@x.jp,B\r\n';
    assert.deepEqual(parseLoginIdList(csv), { ids: ['a@x.jp', 'b"c@x.jp'] });
  });

  it("refuses an export whose quote never closes, with csv-parse's reason, rather than read half of it", () => {
    assert.deepEqual(parseLoginIdList('Login ID,User name\na@x.jp,"Sato\nb@x.jp,B\n'), {
      error: 'it has a "Login ID" header but is not valid CSV: Quote Not Closed: the parsing is finished with an opening quote at line 3',
    });
    // A plain list has no CSV to break: a lone quote is part of its line.
    assert.deepEqual(parseLoginIdList('a@x.jp\n"b@x.jp\n'), { ids: ['a@x.jp', '"b@x.jp'] });
  });

  it('returns nothing for empty text', () => {
    assert.deepEqual(parseLoginIdList(''), { ids: [] });
    assert.deepEqual(parseLoginIdList('\r\n\r\n'), { ids: [] });
  });
});
