/** The template wizard's and the Shift_JIS warning's English, and a Japanese bundle taking effect. */
import * as assert from 'node:assert/strict';
import { shiftJisText, templateText } from '../../../client/src/messages';
import { configureL10n } from '../../../shared/l10n';

describe('client messages: template wizard and Shift_JIS warning', () => {
  afterEach(() => configureL10n('en', undefined));

  it('titles the steps, and names products by what they add, in the singular for one column', () => {
    assert.equal(templateText.title(), 'Generate user template');
    assert.equal(templateText.productsPlaceholder(), 'Products in your MiiTel contract (their columns are added)');
    assert.doesNotMatch(templateText.productsPlaceholder(), /miitelCsv\./, 'no setting id');
    assert.equal(templateText.productColumns(['Incoming Webhook Enable']), 'Adds the column Incoming Webhook Enable');
    assert.equal(
      templateText.productColumns(['MiiTel Meetings Enable', 'MiiTel Meetings Use bot']),
      'Adds 2 columns: MiiTel Meetings Enable, MiiTel Meetings Use bot',
    );
  });

  it('warns of a Shift_JIS template saved as UTF-8, with both choices on its buttons', () => {
    assert.equal(
      shiftJisText.savedAsOther('users-template.csv', 'UTF-8'),
      'users-template.csv was generated as Shift_JIS but was saved as UTF-8: programs that expect Shift_JIS, such as Japanese Excel, will show its Japanese text garbled.',
    );
    assert.equal(shiftJisText.keepShiftJis(), 'Keep Shift_JIS');
    assert.equal(shiftJisText.keepOther('UTF-8'), 'Keep UTF-8');
    configureL10n('ja', { 'Keep {0}': '{0} のままにする' });
    assert.equal(shiftJisText.keepOther('UTF-8'), 'UTF-8 のままにする');
  });
});
