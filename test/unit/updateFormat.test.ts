import * as assert from 'node:assert/strict';
import { CREATE_USERS, detectFormat, UPDATE_USERS } from '../../shared/formats/index';
import { DEFAULT_SETTINGS, type MiitelCsvSettings } from '../../shared/settings';
import { hasMiitelHeader, isMiitelCsv, compileFilePatterns } from '../../server/src/service/detect';
import { checkText, fixAll, getFixes, parse } from '../../server/src/service/languageService';
import { applyChanges } from '../../server/src/service/features/textChange';
import { ALL_COLUMNS, at, file, row, templateHeader, UPDATE_COLUMNS } from './helpers';

const settings = (overrides: Partial<MiitelCsvSettings> = {}): MiitelCsvSettings => ({ ...DEFAULT_SETTINGS, ...overrides });
const updateHeader = templateHeader(UPDATE_COLUMNS);
const updateRow = (values: Parameters<typeof row>[0] = {}) => row(values, UPDATE_COLUMNS);

describe('the update-users format', () => {
  it('has Login ID, User name, Extension number, then the create columns from Locale on, in order, and no Password', () => {
    assert.deepEqual(UPDATE_COLUMNS, ['loginId', 'userName', 'extensionNumber', ...ALL_COLUMNS.slice(ALL_COLUMNS.indexOf('locale'))]);
    assert.equal(UPDATE_USERS.column('extensionNumber')?.header, 'Extension number');
    assert.equal(UPDATE_USERS.column('extensionNumber')?.example, '123');
    assert.equal(UPDATE_USERS.column('password'), undefined);
    // The shared columns are the create format's own: codes, products, dependencies.
    for (const id of ALL_COLUMNS.slice(ALL_COLUMNS.indexOf('locale'))) {
      const [u, c] = [UPDATE_USERS.column(id), CREATE_USERS.column(id)];
      assert.deepEqual(
        [u?.header, u?.codeSet, u?.products, u?.dependencies, u?.seat],
        [c?.header, c?.codeSet, c?.products, c?.dependencies, c?.seat],
      );
      assert.equal(u!.index, c!.index, `${id} is at the same template position`);
    }
    assert.equal(UPDATE_USERS.displayName, 'Update users');
    assert.equal(CREATE_USERS.displayName, 'Create users');
  });

  it('checks no password code, nor login-id/in-use; the create format checks none of the update codes', () => {
    for (const code of [
      'login-id/in-use',
      'password/too-short',
      'password/invalid-character',
      'password/sequential',
      'password/single-class',
    ]) {
      assert.ok(!UPDATE_USERS.rules.includes(code as never), code);
      assert.ok(CREATE_USERS.rules.includes(code as never), code);
    }
    for (const code of ['extension-number/format', 'extension-number/duplicate', 'login-id/not-found']) {
      assert.ok(UPDATE_USERS.rules.includes(code as never), code);
      assert.ok(!CREATE_USERS.rules.includes(code as never), code);
    }
  });

  describe('detection', () => {
    it('reads a header with Extension number and no Password as an update file', () => {
      assert.equal(detectFormat(UPDATE_USERS.columns.map((c) => c.header)), UPDATE_USERS);
      assert.equal(detectFormat(['Login ID', 'User name', 'Extension number', 'Locale']), UPDATE_USERS);
      assert.equal(parse(file(updateHeader, updateRow())).doc.format, UPDATE_USERS);
    });

    it('reads a header with Password as a create file, Extension number or not', () => {
      assert.equal(detectFormat(CREATE_USERS.columns.map((c) => c.header)), CREATE_USERS);
      assert.equal(detectFormat(['Login ID', 'User name', 'Password', 'Extension number', 'Locale']), CREATE_USERS);
      assert.equal(detectFormat(['Login ID', 'User name', 'Locale', 'Time zone']), CREATE_USERS);
    });

    it('reads neither from a header with fewer than three known columns, and an update file from three without Login ID', () => {
      assert.equal(detectFormat(['Login ID', 'Extension number', 'Department']), undefined);
      // Three known headers are enough without Login ID (tolerant detection): this one is an update file.
      assert.equal(detectFormat(['Extension number', 'User name', 'Locale', 'Time zone']), UPDATE_USERS);
      assert.equal(detectFormat(['Extension number', 'Department', 'Locale']), undefined);
      assert.equal(hasMiitelHeader('Login ID,Extension number,Department\r\n'), false);
      assert.equal(hasMiitelHeader(`${updateHeader}\r\n`), true);
    });
  });

  describe('checked', () => {
    it('fires no password rule on an update file, and reports an update file’s own mistakes', () => {
      const text = file(
        updateHeader,
        updateRow({ loginId: 'sato@miitel.jp', extensionNumber: '12' }),
        updateRow({ loginId: 'ito@miitel.jp', extensionNumber: '12' }),
      );
      assert.deepEqual(
        checkText(text, settings()).problems.map((p) => [p.code, p.offset]),
        [
          ['extension-number/format', at(text, ',12,') + 1],
          ['extension-number/format', at(text, ',12,', 2) + 1],
        ],
      );
    });

    it('does not apply login-id/in-use to an update file: a listed Login ID is what it needs', () => {
      const text = file(
        updateHeader,
        updateRow({ loginId: 'sato@miitel.jp' }),
        updateRow({ loginId: 'new@miitel.jp', extensionNumber: '124' }),
      );
      assert.deepEqual(
        checkText(text, settings(), { existingLoginIds: ['sato@miitel.jp'] }).problems.map((p) => [p.code, p.offset, p.length]),
        [['login-id/not-found', at(text, 'new@'), 'new@miitel.jp'.length]],
      );
      const create = file(templateHeader(), row({ loginId: 'sato@miitel.jp' }));
      assert.deepEqual(
        checkText(create, settings(), { existingLoginIds: ['sato@miitel.jp'] }).problems.map((p) => p.code),
        ['login-id/in-use'],
      );
    });

    it("fixes a spreadsheet's 123.0 to 123 (the whole text compared)", () => {
      const text = file(updateHeader, updateRow({ extensionNumber: '123.0' }));
      const version = parse(text);
      const [problem] = checkText(text, settings()).problems;
      assert.equal(problem?.code, 'extension-number/format');
      const [fix] = getFixes(version.doc, problem);
      assert.equal(fix?.title, 'Change to "123"');
      assert.equal(applyChanges(text, fix.changes), file(updateHeader, updateRow({ extensionNumber: '123' })));
    });
  });

  describe('settings.format', () => {
    it('forces the update format on a file whose header would be read as create', () => {
      const text = file(templateHeader(), row());
      const forced = checkText(text, settings({ format: 'update' }));
      assert.equal(forced.doc.format, UPDATE_USERS);
      assert.deepEqual(
        forced.problems.map((p) => [p.code, p.offset, p.length, p.message]),
        [
          ['header/missing-column', 0, templateHeader().length, 'Missing required column "Extension number" (column 3 of the template).'],
          [
            'header/unknown-column',
            at(text, 'Password'),
            'Password'.length,
            'Unknown column "Password": MiiTel does not know this header.',
          ],
        ],
      );
      assert.ok(!forced.problems.some((p) => p.code.startsWith('password/')));
    });

    it('forces the create format on an update header, and auto tells by the header', () => {
      const text = file(updateHeader, updateRow());
      assert.equal(checkText(text, settings({ format: 'create' })).doc.format, CREATE_USERS);
      assert.equal(checkText(text, settings({ format: 'auto' })).doc.format, UPDATE_USERS);
      assert.ok(checkText(text, settings({ format: 'create' })).problems.some((p) => p.code === 'header/unknown-column'));
    });
  });

  describe('settings.headerAliases', () => {
    const aliased = (header: string) => header.replace('Login ID', 'ログインID').replace('User name', '"ユーザー名"');

    it('makes a team header text name its column at its position: no unknown column, its values checked', () => {
      const text = file(aliased(templateHeader()), row({ loginId: 'sato@miitel' }));
      const aliases = settings({ headerAliases: { ログインID: 'Login ID', ' ユーザー名 ': 'user  name' } });
      const { doc, problems } = checkText(text, aliases);
      assert.equal(doc.positions.get('loginId'), 0);
      assert.equal(doc.positions.get('userName'), 1);
      assert.deepEqual(
        problems.map((p) => [p.code, p.offset, p.length]),
        [['login-id/format', at(text, 'sato@miitel'), 'sato@miitel'.length]],
      );
      // Without the aliases the columns are unknown, and Login ID is missing.
      const codes = checkText(text, settings()).problems.map((p) => p.code);
      assert.ok(codes.includes('header/unknown-column') && codes.includes('header/missing-column'));
    });

    it('lets a file be recognised, and its format told, by aliased headers', () => {
      const text = file(aliased(updateHeader), updateRow());
      const options = { headerAliases: { ログインID: 'Login ID', ユーザー名: 'User name', 内線番号: 'Extension number' } };
      const patterns = compileFilePatterns([]);
      assert.equal(isMiitelCsv('ログインID,ユーザー名,内線番号,Locale\r\n', {}, patterns), false);
      assert.equal(isMiitelCsv('ログインID,ユーザー名,内線番号,Locale\r\n', {}, patterns, options), true);
      assert.equal(parse(text.replace('Extension number', '内線番号'), options).doc.format, UPDATE_USERS);
    });

    it('is used by fix-all, which would otherwise rename the aliased columns', () => {
      const text = file(aliased(templateHeader()), row({ timeZone: 'Tokyo' }));
      const aliases = settings({ headerAliases: { ログインID: 'Login ID', ユーザー名: 'User name' } });
      assert.equal(fixAll(text, aliases), file(aliased(templateHeader()), row({ timeZone: '0' })));
    });
  });
});
