import * as assert from 'node:assert/strict';
import {
  compileFilePatterns,
  type DocumentLocation,
  firstRecordFields,
  hasMiitelHeader,
  isMiitelCsv as isMiitelCsvCompiled,
  matchesFilePatterns as matchesCompiled,
} from '../../server/src/service/detect';

/** The patterns compiled as the server does once per settings change, then matched. */
const matchesFilePatterns = (location: DocumentLocation, patterns: readonly string[]) =>
  matchesCompiled(location, compileFilePatterns(patterns));
const isMiitelCsv = (text: string, location: DocumentLocation, patterns: readonly string[]) =>
  isMiitelCsvCompiled(text, location, compileFilePatterns(patterns));

const FULL_HEADER =
  'Login ID,User name,Password,Locale,Time zone,Administrative privileges,Monitoring privileges,' +
  'MiiTel Analytics Download recorded audio files,MiiTel Analytics Export call history as CSV,' +
  'MiiTel Analytics Export contact data as CSV,MiiTel Phone Enable';

describe('detect', () => {
  describe('firstRecordFields', () => {
    it('splits the first line only, removing quotes and undoing doubled quotes', () => {
      assert.deepEqual(firstRecordFields('a,"b,c","say ""hi""",\r\nx,y'), ['a', 'b,c', 'say "hi"', '']);
    });

    it('skips a BOM and keeps a quoted line break inside the first record', () => {
      assert.deepEqual(firstRecordFields('\ufeff"Login\nID",b\nc'), ['Login\nID', 'b']);
    });

    it('returns one empty field for empty text', () => {
      assert.deepEqual(firstRecordFields(''), ['']);
    });
  });

  describe('hasMiitelHeader', () => {
    it('accepts the template header, with or without a BOM and with CRLF rows after it', () => {
      assert.equal(hasMiitelHeader(`${FULL_HEADER}\r\na@b.jp,A,Xy12Zw98,0,0,0,0,0,0,0,1\r\n`), true);
      assert.equal(hasMiitelHeader(`\ufeff${FULL_HEADER}`), true);
    });

    it('accepts Login ID plus exactly three other known headers, in any order, case and spacing', () => {
      assert.equal(hasMiitelHeader(' time  ZONE ,login id,"User name",Locale,Extra'), true);
    });

    it('rejects Login ID with only two other known headers', () => {
      assert.equal(hasMiitelHeader('Login ID,User name,Locale,Department,Phone'), false);
    });

    it('does not count a repeated header twice', () => {
      assert.equal(hasMiitelHeader('Login ID,User name,User name,User name,Locale'), false);
    });

    it('rejects known headers without Login ID', () => {
      assert.equal(hasMiitelHeader('User name,Password,Locale,Time zone,Administrative privileges'), false);
    });

    it('rejects headers that appear only after the first line', () => {
      assert.equal(hasMiitelHeader(`id,name\n${FULL_HEADER}`), false);
    });

    it('rejects an unrelated CSV and empty text', () => {
      assert.equal(hasMiitelHeader('date,amount,currency\n2026-01-01,12.5,JPY\n'), false);
      assert.equal(hasMiitelHeader(''), false);
    });
  });

  describe('matchesFilePatterns', () => {
    const folder = '/home/u/project';

    it('matches a pattern relative to the workspace folder', () => {
      const location = { path: '/home/u/project/users/new.csv', folder };
      assert.equal(matchesFilePatterns(location, ['users/*.csv']), true);
      assert.equal(matchesFilePatterns(location, ['./users/*.csv']), true);
      assert.equal(matchesFilePatterns(location, ['other/*.csv']), false);
      assert.equal(matchesFilePatterns(location, ['*.csv']), false);
    });

    it('matches a ** pattern at any depth, also outside any folder', () => {
      assert.equal(matchesFilePatterns({ path: '/home/u/project/a/b/imports/x.csv', folder }, ['**/imports/*.csv']), true);
      assert.equal(matchesFilePatterns({ path: '/tmp/imports/x.csv' }, ['**/imports/*.csv']), true);
      assert.equal(matchesFilePatterns({ path: '/tmp/imports/x.txt' }, ['**/imports/*.csv']), false);
    });

    it('ignores a relative pattern without ** for a document outside any folder', () => {
      assert.equal(matchesFilePatterns({ path: '/tmp/users/x.csv' }, ['users/*.csv']), false);
    });

    it('matches absolute patterns, POSIX and Windows (backslashes and drive letter case included)', () => {
      assert.equal(matchesFilePatterns({ path: '/data/in/u.csv' }, ['/data/in/*.csv']), true);
      assert.equal(matchesFilePatterns({ path: '/data/out/u.csv' }, ['/data/in/*.csv']), false);
      assert.equal(matchesFilePatterns({ path: 'c:\\Data\\u.csv' }, ['C:\\Data\\*.csv']), true);
      assert.equal(matchesFilePatterns({ path: 'c:\\Data\\u.csv', folder: 'C:\\Data' }, ['*.csv']), true);
    });

    it('matches dot directories and files', () => {
      assert.equal(matchesFilePatterns({ path: '/home/u/project/.work/.u.csv', folder }, ['**/*.csv']), true);
    });

    it('matches nothing without a path (untitled) or without patterns', () => {
      assert.equal(matchesFilePatterns({}, ['**/*.csv']), false);
      assert.equal(matchesFilePatterns({ path: '/home/u/project/u.csv', folder }, []), false);
      assert.equal(matchesFilePatterns({ path: '/home/u/project/u.csv', folder }, ['', '  ']), false);
    });
  });

  describe('isMiitelCsv', () => {
    it('is true by header alone, by pattern alone, and false for neither', () => {
      const location = { path: '/p/users/a.csv', folder: '/p' };
      assert.equal(isMiitelCsv(FULL_HEADER, {}, []), true);
      assert.equal(isMiitelCsv('a,b\n1,2', location, ['users/**']), true);
      assert.equal(isMiitelCsv('a,b\n1,2', location, ['other/**']), false);
    });
  });
});
