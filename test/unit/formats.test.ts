import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { CREATE_USERS, DEFAULT_FORMAT, detectFormat, type CsvFormat } from '../../shared/formats/index';
import { characterSet, defineFormat } from '../../shared/formats/define';
import { parseMiitel } from '../../server/src/service/miitelDocument';
import { ParsedVersion } from '../../server/src/service/parsedVersion';
import { validate } from '../../server/src/service/validation/validate';
import { file, row, templateHeader } from './helpers';

describe('CSV formats', () => {
  it('finds a column by its header ignoring case and spacing, and nothing for other text', () => {
    assert.equal(CREATE_USERS.findColumn(' login  ID ')?.id, 'loginId');
    assert.equal(CREATE_USERS.findColumn('Ｌｏｇｉｎ　ＩＤ')?.id, 'loginId');
    assert.equal(CREATE_USERS.findColumn('Department'), undefined);
    assert.equal(CREATE_USERS.column('timeZone')?.header, 'Time zone');
  });

  it('finds a column by an accepted alias', () => {
    const format = defineFormat({
      id: 'createUsers',
      displayName: 'Test',
      columns: [{ id: 'loginId', header: 'Login ID', aliases: ['E-mail'], kind: 'loginId', description: 'd', example: '' }],
      limits: { usersPerFile: 1, passwordMinLength: 8, loginIdCharacters: characterSet('@.'), passwordCharacters: characterSet('') },
      rules: [],
      template: { optionColumns: [], eol: '\n' },
      identifiedBy: (ids) => ids.has('loginId'),
    });
    assert.equal(format.findColumn('e-mail')?.id, 'loginId');
    assert.deepEqual(format.columns[0]?.aliases, ['E-mail']);
    assert.equal(detectFormat(['E-mail']), undefined, 'only the built-in formats are detected');
  });

  it('identifies the create-users header by three known columns, matched tolerantly', () => {
    assert.equal(detectFormat(['Login ID', 'User name', 'Password', 'Locale']), CREATE_USERS);
    assert.equal(detectFormat(['User name', 'Password', 'Department', 'Locale']), CREATE_USERS);
    assert.equal(detectFormat(['LoginID', 'Username', 'Timezone']), CREATE_USERS);
    assert.equal(detectFormat(['Login ID', 'User name', 'Department']), undefined);
  });

  it('gives every parsed document a format: the one its header identifies, else the default one', () => {
    assert.equal(parseMiitel(file(templateHeader(), row())).format, CREATE_USERS);
    assert.equal(parseMiitel('a,b\r\n1,2\r\n').format, DEFAULT_FORMAT);
    assert.equal(parseMiitel('').format, DEFAULT_FORMAT);
  });

  it('reports only the codes the document format checks', () => {
    const text = file(templateHeader(), row({ loginId: 'sato@miitel.jp' }));
    const existing = ['sato@miitel.jp'];
    const codes = (format?: CsvFormat) =>
      validate(new ParsedVersion(parseMiitel(text, {}, format)), DEFAULT_SETTINGS, { existingLoginIds: existing }).map((p) => p.code);
    assert.deepEqual(codes(), ['login-id/in-use']);
    const withoutInUse: CsvFormat = { ...CREATE_USERS, rules: CREATE_USERS.rules.filter((c) => c !== 'login-id/in-use') };
    assert.deepEqual(codes(withoutInUse), []);
  });
});
