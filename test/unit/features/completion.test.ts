import * as assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { doComplete } from '../../../server/src/service/features/completion';
import { file, row, templateHeader } from '../helpers';
import { withCaret } from './caret';

function completeAt(marked: string) {
  const { document, doc, offset } = withCaret(marked);
  return { list: doComplete(document, doc, offset), document };
}

/** The document text after applying one completion's edit. */
function apply(document: TextDocument, edit: TextEdit): string {
  return TextDocument.applyEdits(document, [edit]);
}

describe('completion', () => {
  it('offers the 14 time zones labelled with their meaning, current value preselected', () => {
    const { list } = completeAt(file(templateHeader(), row({ timeZone: '6‸' })));
    assert.ok(list);
    assert.deepEqual(
      list.items.map((i) => i.label),
      ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13'],
    );
    const jakarta = list.items[6];
    assert.ok(jakarta);
    assert.equal(jakarta.labelDetails?.description, '(GMT+7:00) Jakarta');
    assert.equal(jakarta.preselect, true);
    assert.equal(list.items.filter((i) => i.preselect).length, 1);
  });

  it('lets a meaning filter the codes: "jak" matches Jakarta and inserts 6 over the whole cell', () => {
    const { list, document } = completeAt(file(templateHeader(), row({ timeZone: 'jak‸' })));
    assert.ok(list);
    const matching = list.items.filter((i) => (i.filterText ?? '').toLowerCase().includes('jak'));
    assert.deepEqual(
      matching.map((i) => i.label),
      ['6'],
    );
    assert.equal(apply(document, matching[0]?.textEdit as TextEdit), file(templateHeader(), row({ timeZone: '6' })));
  });

  it('keeps the quotes of a quoted cell valid and works after a Japanese name in a CRLF file', () => {
    const { list, document } = completeAt(file(templateHeader(), row({ userName: '"佐藤, 花子"', locale: '"英‸語"' })));
    assert.ok(list);
    const english = list.items.find((i) => i.label === '1')!;
    assert.equal(english.detail, 'English');
    assert.ok(english.filterText?.includes('英語'));
    assert.equal(apply(document, english.textEdit as TextEdit), file(templateHeader(), row({ userName: '"佐藤, 花子"', locale: '"1"' })));
  });

  it('offers Yes/No in a flag cell and All/Host only/None in a range cell', () => {
    assert.deepEqual(
      completeAt(file(templateHeader(), row({ admin: '‸' }))).list?.items.map((i) => i.detail),
      ['No', 'Yes'],
    );
    assert.deepEqual(
      completeAt(file(templateHeader(), row({ meetingsDownload: '‸0' }))).list?.items.map((i) => i.detail),
      ['All', 'Host only', 'None'],
    );
  });

  it('in the header row offers the missing column names (and the one being edited)', () => {
    const header = templateHeader(['loginId', 'userName', 'password', 'locale']) + ',Ti‸';
    const { list, document } = completeAt(file(header));
    assert.ok(list);
    const labels = list.items.map((i) => i.label);
    assert.equal(labels.length, 20);
    assert.ok(!labels.includes('Login ID'));
    const tz = list.items.find((i) => i.label === 'Time zone')!;
    assert.equal(apply(document, tz.textEdit as TextEdit), file(templateHeader(['loginId', 'userName', 'password', 'locale', 'timeZone'])));
  });

  it('offers nothing in free-text cells', () => {
    assert.equal(completeAt(file(templateHeader(), row({ userName: 'Ja‸ne' }))).list, null);
  });
});
