/**
 * The VS Code client's strings (client/src/messages.ts, plain functions without the vscode API):
 * the same English as before they went through the localisation layer, and a bundle and plural
 * rules of another language taking effect.
 */
import * as assert from 'node:assert/strict';
import { clientText, editorText, splitText, templateText } from '../../../client/src/messages';
import { encodingLabel } from '../../../shared/encodings';
import { configureL10n } from '../../../shared/l10n';

describe('client messages', () => {
  afterEach(() => configureL10n('en', undefined));

  it('says "user", "error" and "warning" in the singular for exactly one, in the status bar and its tooltip', () => {
    assert.equal(editorText.statusUsers(0), '0 users');
    assert.equal(editorText.statusUsers(1), '1 user');
    assert.equal(editorText.statusUsers(12), '12 users');
    assert.equal(
      editorText.statusTooltip(1, 0, 1, undefined),
      'MiiTel CSV: 1 user, 0 errors, 1 warning. Click to open the Problems panel.',
    );
    assert.equal(
      editorText.statusTooltip(2, 1, 2, 'Shift_JIS'),
      'MiiTel CSV: 2 users, 1 error, 2 warnings, Shift_JIS. Click to open the Problems panel.',
    );
  });

  it('keeps the English of the template prompts, the split command and the encoding fix', () => {
    assert.equal(templateText.rowsPrompt(100), 'Number of rows (one per new user), 1 to 100');
    assert.equal(templateText.rowsInvalid(100), 'Enter a whole number from 1 to 100.');
    assert.equal(templateText.encodingDetail('shift_jis'), 'Shift_JIS (CP932), as Japanese Excel saves CSV files');
    assert.equal(templateText.overwriteQuestion('users.csv'), 'users.csv already exists. Overwrite it with a new template?');
    assert.equal(templateText.exists('clean.csv'), 'clean.csv already exists: pass overwrite: true to replace it.');
    assert.equal(templateText.noFolder(), 'No folder to save the template in: pass folder or target.');
    assert.equal(splitText.overwriteQuestion(['a-2.csv']), 'a-2.csv already exists. Overwrite?');
    assert.equal(splitText.overwriteQuestion(['a-2.csv', 'a-3.csv']), 'a-2.csv, a-3.csv already exist. Overwrite?');
    assert.equal(splitText.done(1, ['a-2.csv']), 'Kept the first 1 user; wrote a-2.csv.');
    assert.equal(splitText.done(100, ['a-2.csv', 'a-3.csv']), 'Kept the first 100 users; wrote a-2.csv, a-3.csv.');
    assert.equal(
      editorText.reopenDirty('Shift_JIS'),
      'The file has unsaved changes, so it cannot be reopened as Shift_JIS: undo them or run "File: Revert File", then try again.',
    );
    assert.match(clientText.noServer(), /not running/);
    assert.deepEqual(
      (['utf-8', 'utf-8-bom', 'shift_jis'] as const).map((e) => encodingLabel(e)),
      ['UTF-8', 'UTF-8 with BOM', 'Shift_JIS'],
    );
  });

  it("renders another language's bundle with that language's plural rules", () => {
    configureL10n('ja', { '{0} users': '{0} 人', 'UTF-8 with BOM': 'UTF-8 (BOM 付き)' });
    // Japanese has one plural form, `other`, so one user takes it too.
    assert.equal(editorText.statusUsers(1), '1 人');
    assert.equal(encodingLabel('utf-8-bom'), 'UTF-8 (BOM 付き)');
    // A message the bundle lacks stays English.
    assert.equal(templateText.saveLabel(), 'Save template');
  });
});
