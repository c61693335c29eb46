/**
 * The VS Code client's strings (client/src/messages.ts, plain functions without the vscode API):
 * the same English as before they went through the localisation layer, and a bundle and plural
 * rules of another language taking effect.
 */
import * as assert from 'node:assert/strict';
import { clientText, editorText, problemsText, splitText, statusText, templateText } from '../../../client/src/messages';
import { columnText, statusView } from '../../../client/src/statusText';
import { encodingLabel } from '../../../shared/encodings';
import { configureL10n } from '../../../shared/l10n';
import { commandOutcomeText } from '../../../shared/commandOutcomes';

describe('client messages', () => {
  afterEach(() => configureL10n('en', undefined));

  it('says "user" in the singular for exactly one, in the status bar and its tooltip', () => {
    assert.equal(editorText.statusUsers(0), '0 users');
    assert.equal(editorText.statusUsers(1), '1 user');
    assert.equal(editorText.statusUsers(12), '12 users');
    assert.equal(statusText.tooltip(1, 'Create users'), 'MiiTel CSV (Create users): 1 user. Click to list the problems of this file.');
  });

  it("shows the format, the users and the caret's column with the meaning of its code, never counts VS Code shows itself", () => {
    const info = { isMiitel: true, users: 9, formatName: 'Create users', encoding: 'utf-8' };
    assert.deepEqual(statusView(info), {
      text: '$(account) 9 users · Create users',
      tooltip: 'MiiTel CSV (Create users): 9 users. Click to list the problems of this file.',
    });
    const timeZone = { column: 5, columns: 24, name: 'Time zone', code: '0', meaning: '(GMT+9:00) Tokyo' };
    assert.deepEqual(statusView(info, timeZone), {
      text: '$(account) 9 users · Create users  $(symbol-field) Time zone · 5/24 · 0 = (GMT+9:00) Tokyo',
      tooltip: 'MiiTel CSV (Create users): 9 users. Click to list the problems of this file.\nThe caret is in column 5 of 24: Time zone.',
    });
    // The Password column: its name only (the server never sends its value).
    assert.equal(columnText({ column: 3, columns: 11, name: 'Password' }), 'Password · 3/11');
    assert.equal(
      problemsText.placeholder(1, 'users.csv') + ' / ' + problemsText.placeholder(7, 'users.csv'),
      '1 problem in users.csv: choose it to go to it / 7 problems in users.csv: choose one to go to it',
    );
    assert.equal(problemsText.position(4, 12), 'Ln 4, Col 12');
    assert.equal(commandOutcomeText.nothingToSplit('users.csv', 100), 'users.csv has no more than 100 users: nothing to split.');
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
