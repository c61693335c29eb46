/** The editor features on an update-users file: each names the format, and explains its own columns. */
import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { doComplete } from '../../../server/src/service/features/completion';
import { getDocumentSymbols } from '../../../server/src/service/features/documentSymbols';
import { doHover } from '../../../server/src/service/features/hover';
import { statusText } from '../../../client/src/messages';
import { file, row, templateHeader, UPDATE_COLUMNS } from '../helpers';
import { withCaret } from './caret';

const header = templateHeader(UPDATE_COLUMNS);

function hoverAt(marked: string): string {
  const { document, doc, problems, offset } = withCaret(marked);
  const markdown = (doHover(document, doc, offset, problems)?.contents as MarkupContent | undefined)?.value ?? '';
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

describe('features on an update-users file', () => {
  it('hover on Extension number: its place, purpose, rules and the format', () => {
    const value = hoverAt(file(header.replace('Extension number', 'Extension‸ number'), row({}, UPDATE_COLUMNS)));
    assert.match(
      value,
      /^\*\*Extension number\*\* — Column 3 of the template, required in every file\n\nNumber used for extension calls to the user: 3 to 6 digits\./,
    );
    assert.match(value, /\n- 3 to 6 digits \(0–9\), leading zeros kept\.\n- Must be unique in this file\.\n/);
    assert.match(value, /\n\*Read as a MiiTel "Update users" file\.\*$/);
  });

  it('hover on a Login ID says it must exist; on a create file that it must be new', () => {
    const update = hoverAt(file(header, row({ loginId: 'sa‸to@miitel.jp' }, UPDATE_COLUMNS)));
    assert.match(update, /Must be the Login ID of an existing MiiTel user, and unique in this file/);
    assert.match(update, /ID of the existing user whose details the row changes/);
    assert.doesNotMatch(update, /Must not already be in use/);
    const create = hoverAt(file(templateHeader(), row({ loginId: 'sa‸to@miitel.jp' })));
    assert.match(create, /Must not already be in use in MiiTel/);
    assert.match(create, /\*Read as a MiiTel "Create users" file\.\*$/);
  });

  it('hover on an invalid Extension number explains the rules without repeating the diagnostic', () => {
    const value = hoverAt(file(header, row({ extensionNumber: '1‸2' }, UPDATE_COLUMNS)));
    assert.match(value, /3 to 6 digits \(0–9\), leading zeros kept\./);
    assert.doesNotMatch(value, /must be 3 to 6 digits|extension-number\/format|Error/);
  });

  it('completion in the header offers the missing update columns, labelled with the format', () => {
    const columns = UPDATE_COLUMNS.filter((c) => c !== 'timeZone');
    const { document, doc, offset } = withCaret(file(`${templateHeader(columns)},‸`, row({}, columns)));
    const items = doComplete(document, doc, offset)?.items ?? [];
    assert.deepEqual(
      items.map((i) => [i.label, i.labelDetails?.description]),
      [['Time zone', 'Update users']],
    );
  });

  it('the outline names the format in the Header entry', () => {
    const { document, doc } = withCaret(file(header, row({}, UPDATE_COLUMNS)) + '‸');
    assert.deepEqual(
      getDocumentSymbols(document, doc)
        .flatMap((s) => [s, ...(s.children ?? [])])
        .map((s) => [s.name, s.detail]),
      [
        ['Header', 'Update users'],
        ['sato@miitel.jp — Jane Smith', 'user 1'],
      ],
    );
  });

  it('the status bar tooltip names the format the server reports', () => {
    assert.equal(statusText.tooltip(2, 'Update users'), 'MiiTel CSV (Update users): 2 users. Click to list the problems of this file.');
  });
});
