import * as assert from 'node:assert/strict';
import { parseLoginIdList } from '../../server/src/service/existingLoginIds';

describe('parseLoginIdList', () => {
  it('reads one Login ID per line, trimmed, with any line terminator, skipping blank lines', () => {
    assert.deepEqual(parseLoginIdList('a@x.jp\r\n  b@x.jp \n\nc@x.jp\rd@x.jp\n'), ['a@x.jp', 'b@x.jp', 'c@x.jp', 'd@x.jp']);
  });

  it('drops repeats that differ only in case, keeping the first spelling', () => {
    assert.deepEqual(parseLoginIdList('Sato@X.jp\nsato@x.jp\nsuzuki@x.jp\n'), ['Sato@X.jp', 'suzuki@x.jp']);
  });

  it('skips a BOM and unquotes a quoted line', () => {
    assert.deepEqual(parseLoginIdList('\ufeff"a@x.jp"\nb@x.jp'), ['a@x.jp', 'b@x.jp']);
  });

  it('reads the Login ID column of a CSV export, wherever the column is', () => {
    const csv = 'User name,"Login ID",Locale\r\nSato,sato@x.jp,0\r\n"Suzuki, Ichiro",suzuki@x.jp,1\r\n,,\r\n';
    assert.deepEqual(parseLoginIdList(csv), ['sato@x.jp', 'suzuki@x.jp']);
  });

  it('recognises the header whatever its case and spacing, after a BOM', () => {
    assert.deepEqual(parseLoginIdList('\ufeff login  ID ,Name\na@x.jp,A\n'), ['a@x.jp']);
  });

  it('takes a line without a Login ID header as one whole Login ID per line', () => {
    assert.deepEqual(parseLoginIdList('email\na@x.jp\n'), ['email', 'a@x.jp']);
  });

  it('skips short rows of a CSV export that lack the column', () => {
    assert.deepEqual(parseLoginIdList('Name,Login ID\nonly-name\nB,b@x.jp\n'), ['b@x.jp']);
  });

  it('returns nothing for empty text', () => {
    assert.deepEqual(parseLoginIdList(''), []);
    assert.deepEqual(parseLoginIdList('\r\n\r\n'), []);
  });
});
