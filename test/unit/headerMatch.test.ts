/**
 * Tolerant header matching for detection (shared/formats/headerMatch.ts): the spellings people
 * write are counted as the column they mean; unrelated words and short near-words are not.
 */
import * as assert from 'node:assert/strict';
import { CREATE_USERS } from '../../shared/formats/index';
import { headerKey, matchColumn, maxTypoDistance, recognisedColumns, typoDistance } from '../../shared/formats/headerMatch';

const idOf = (text: string) => matchColumn(CREATE_USERS, text)?.id;

describe('header matching for detection', () => {
  it('computes the optimal string alignment distance, a swap of neighbours counting 1', () => {
    assert.equal(typoDistance('loginid', 'loginid'), 0);
    assert.equal(typoDistance('pasword', 'password'), 1);
    assert.equal(typoDistance('lcoale', 'locale'), 1, 'swap');
    assert.equal(typoDistance('kitten', 'sitting'), 3);
    assert.equal(typoDistance('', 'abc'), 3);
    assert.equal(typoDistance('日本語', '日本'), 1, 'code points');
    assert.equal(typoDistance('abcdef', 'uvwxyz', 1), 2, 'stops past the limit');
  });

  it('gives the same answer within a limit as without one, past it limit + 1', () => {
    const words = [
      '',
      'a',
      'ab',
      'ba',
      'abc',
      'acb',
      'loginid',
      'logind',
      'lgoinid',
      'username',
      'usrename',
      'timezone',
      'tmiezone',
      'xyz',
    ];
    for (const a of words) {
      for (const b of words) {
        const full = typoDistance(a, b);
        for (const limit of [0, 1, 2, 3]) assert.equal(typoDistance(a, b, limit), Math.min(full, limit + 1), `${a} ${b} ${limit}`);
      }
    }
  });

  it('allows no typo in keys under 5 code points, 1 up to 12, 2 beyond', () => {
    assert.deepEqual([4, 5, 12, 13, 40].map(maxTypoDistance), [0, 1, 1, 2, 2]);
  });

  it('compares keys without case, width, spaces, hyphens, underscores and dots', () => {
    assert.equal(headerKey(' Ｌｏｇｉｎ-ID '), 'loginid');
    assert.equal(headerKey('time_zone.'), 'timezone');
  });

  it('matches every common spelling of Login ID, User name and Time zone', () => {
    for (const text of ['Login ID', 'login id', 'LoginID', 'Login-ID', 'login_id', 'Login Id.', 'Logn ID', 'Login e-mail']) {
      assert.equal(idOf(text), 'loginId', text);
    }
    for (const text of ['User name', 'User Name', 'Username', 'user-name', 'Usre name', 'Full name']) {
      assert.equal(idOf(text), 'userName', text);
    }
    for (const text of ['Time zone', 'Timezone', 'Time Zone', 'TimeZone', 'Time-zone', 'Tiem zone', 'TZ']) {
      assert.equal(idOf(text), 'timeZone', text);
    }
  });

  it('matches small typos in the other headers, two in long ones', () => {
    assert.equal(idOf('Pasword'), 'password');
    assert.equal(idOf('Locales'), 'locale');
    assert.equal(idOf('Administrative privilege'), 'admin');
    assert.equal(idOf('MiiTel Phone Enabled'), 'phone');
    assert.equal(idOf('Miitel Phone Mobile Enabel'), 'phoneMobile');
    assert.equal(idOf('MiiTel Phone Mobile Enable'), 'phoneMobile', 'the exact header wins over a near one');
  });

  it('rejects unrelated words and near-words too short or too far', () => {
    for (const text of [
      'Name',
      'ID',
      'Login',
      'User',
      'Time',
      'Zone',
      'Date',
      'Email',
      'Phone',
      'Department',
      'Pass',
      'Local time',
      'User ID',
      '',
      '   ',
    ]) {
      assert.equal(idOf(text), undefined, text);
    }
  });

  it('counts the distinct columns a header names', () => {
    assert.deepEqual(
      [...recognisedColumns(CREATE_USERS, ['LoginID', 'User Name', 'Timezone', 'Name', 'Login ID'])],
      ['loginId', 'userName', 'timeZone'],
    );
  });
});
