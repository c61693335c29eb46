import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { headerResolver, parseOptionsOf, sameParseOptions } from '../../server/src/service/parseOptions';
import { parse, reparse } from '../../server/src/service/languageService';

describe('parse options', () => {
  it('come from the settings: the forced format and the header aliases', () => {
    assert.deepEqual(parseOptionsOf({ ...DEFAULT_SETTINGS, format: 'update', headerAliases: { ID: 'Login ID' } }), {
      format: 'update',
      headerAliases: { ID: 'Login ID' },
    });
  });

  it('compare by content, auto being the default format', () => {
    assert.ok(sameParseOptions({}, { format: 'auto', headerAliases: {} }));
    assert.ok(sameParseOptions({ headerAliases: { a: 'Login ID', b: 'User name' } }, { headerAliases: { b: 'User name', a: 'Login ID' } }));
    assert.ok(!sameParseOptions({}, { format: 'create' }));
    assert.ok(!sameParseOptions({ headerAliases: { a: 'Login ID' } }, { headerAliases: { a: 'User name' } }));
    assert.ok(!sameParseOptions({ headerAliases: { a: 'Login ID' } }, { headerAliases: { a: 'Login ID', b: 'User name' } }));
    assert.ok(!sameParseOptions({ headerAliases: { a: 'Login ID', b: 'User name' } }, { headerAliases: { a: 'Login ID' } }));
  });

  it('map an alias to its canonical header ignoring case and spacing, and leave other texts alone', () => {
    const resolve = headerResolver({ headerAliases: { ' ログイン　ID ': 'Login ID', Email: 'Login ID' } });
    assert.equal(resolve('ログイン ID'), 'Login ID');
    assert.equal(resolve('EMAIL'), 'Login ID');
    assert.equal(resolve('User name'), 'User name');
  });

  it('stay with a version through a reparse', () => {
    const text = 'ID,User name,Locale,Time zone\r\na@x.jp,A,0,0\r\n';
    const first = parse(text, { headerAliases: { ID: 'Login ID' } });
    assert.equal(first.doc.positions.get('loginId'), 0);
    const edited = `${text}b@x.jp,B,0,0\r\n`;
    const next = reparse(first, { start: text.length, oldEnd: text.length, newEnd: edited.length }, edited);
    assert.deepEqual(next.options, { headerAliases: { ID: 'Login ID' } });
    assert.equal(next.doc.positions.get('loginId'), 0);
    assert.equal(next.doc.rowCount, 2);
  });
});
