import * as assert from 'node:assert/strict';
import {
  compileFilePatterns,
  type DocumentLocation,
  firstRecordFields,
  hasMiitelHeader,
  knownHeaderCount,
  resemblesMiitelHeader,
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

    it('accepts exactly three known headers, in any order, case and spacing', () => {
      assert.equal(hasMiitelHeader(' time  ZONE ,login id,"User name",Extra'), true);
      assert.equal(hasMiitelHeader('User name,Password,Locale,Department'), true, 'Login ID is not needed');
    });

    it('accepts misspelled and aliased headers (the header rules then report them)', () => {
      assert.equal(hasMiitelHeader('LoginID,User Name,Timezone'), true);
      assert.equal(hasMiitelHeader('Login-ID,Username,Time Zone,Note'), true);
      assert.equal(hasMiitelHeader('login_id,Full name,Pasword'), true);
    });

    it('rejects two known headers, and one', () => {
      assert.equal(hasMiitelHeader('Login ID,User name,Department,Phone'), false);
      assert.equal(hasMiitelHeader('LoginID,Timezone,Department'), false);
      assert.equal(hasMiitelHeader('Name,Locale,Email'), false);
    });

    it('does not count a repeated header twice', () => {
      assert.equal(hasMiitelHeader('Login ID,User name,User name,Username,LoginID'), false);
    });

    it('looks at the first 64 fields only', () => {
      const filler = Array.from({ length: 64 }, (_, i) => `c${i}`).join(',');
      assert.equal(hasMiitelHeader(`${filler},Login ID,User name,Locale`), false);
      assert.equal(hasMiitelHeader(`Login ID,${filler},User name,Locale`), false);
      assert.equal(hasMiitelHeader(`Login ID,User name,Locale,${filler}`), true);
    });

    it('rejects headers that appear only after the first line', () => {
      assert.equal(hasMiitelHeader(`id,name\n${FULL_HEADER}`), false);
    });

    it('rejects an unrelated CSV and empty text', () => {
      assert.equal(hasMiitelHeader('date,amount,currency\n2026-01-01,12.5,JPY\n'), false);
      assert.equal(hasMiitelHeader(''), false);
    });
  });

  describe('knownHeaderCount and resemblesMiitelHeader', () => {
    it('counts the known headers of the create format: 3 checked, 2 resembling, 1 or 0 silent', () => {
      assert.equal(knownHeaderCount('LoginID,User name,Timezone,Department'), 3);
      assert.equal(resemblesMiitelHeader('LoginID,User name,Timezone,Department'), false);
      assert.equal(knownHeaderCount('LoginID,Department,Time Zone'), 2);
      assert.equal(resemblesMiitelHeader('LoginID,Department,Time Zone'), true);
      assert.equal(knownHeaderCount('id,Name,Locale,Email\n1,a,ja,a@b.jp'), 1);
      assert.equal(resemblesMiitelHeader('id,Name,Locale,Email\n1,a,ja,a@b.jp'), false);
      assert.equal(knownHeaderCount('date,amount,currency'), 0);
      assert.equal(resemblesMiitelHeader(''), false);
    });

    it('counts a column once however often it appears', () => {
      assert.equal(knownHeaderCount('Login ID,LoginID,login-id,Note'), 1);
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
