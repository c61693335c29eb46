import * as assert from 'node:assert/strict';
import { generateTemplate, templateOptionsError } from '../../../server/src/service/languageService';
import { templateFor } from '../../../server/src/lsp/template';
import { templateDefaults } from '../../../server/src/service/config/applyConfig';

const secondLine = (text: string) => text.split('\r\n')[1] ?? '';

describe('organisation config: template defaults', () => {
  it('writes the values of code columns in every row; locale and timeZone win over their columns', () => {
    const text = generateTemplate({ rows: 2, timeZone: '3', values: { 'Time zone': '5', 'MiiTel Phone Enable': '1', Locale: '1' } });
    for (const row of text.split('\r\n').slice(1, 3)) assert.match(row, /^,,[A-Za-z0-9]{12},1,3,0,0,0,0,0,1$/);
  });

  it('refuses values for columns without codes and values outside their codes', () => {
    assert.equal(
      templateOptionsError({ rows: 1, values: { 'Login ID': 'a@b.jp' } }),
      'values may name only columns with codes, not "Login ID"',
    );
    assert.equal(templateOptionsError({ rows: 1, values: { Locale: '7' } }), 'values: Locale cannot be "7"');
    assert.equal(templateOptionsError({ rows: 1, values: ['1'] }), 'values must be an object of column header → value');
  });

  it("the template request takes the config's defaults for what its params leave out", () => {
    const defaults = templateDefaults({ template: { locale: '1', timeZone: '2', values: { 'Administrative privileges': '1' } } });
    const fromConfig = templateFor({ rows: 1, encoding: 'utf-8' }, defaults);
    assert.ok('text' in fromConfig);
    assert.match(secondLine(fromConfig.text), /^,,[A-Za-z0-9]{12},1,2,1,0,0,0,0,0$/);
    const chosen = templateFor({ rows: 1, encoding: 'utf-8', locale: '0' }, defaults);
    assert.ok('text' in chosen);
    assert.match(secondLine(chosen.text), /^,,[A-Za-z0-9]{12},0,2,1,0,0,0,0,0$/);
    assert.deepEqual(templateDefaults(undefined), { locale: undefined, timeZone: undefined, values: {} });
  });
});
