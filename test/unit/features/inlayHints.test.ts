import * as assert from 'node:assert/strict';
import { allowedValues, CREATE_USERS, UPDATE_USERS, type ColumnId, type CsvFormat } from '../../../shared/formats/index';
import { configureL10n } from '../../../shared/l10n';
import { LANGUAGES } from '../../../shared/languages';
import { loadLanguage } from '../../../server/src/localization';
import { codeHintLabel, getInlayHints, LINE_HINT_BUDGET } from '../../../server/src/service/features/inlayHints';
import { ALL_COLUMNS, fieldAt, file, row, templateHeader, UPDATE_COLUMNS } from '../helpers';
import { withCaret } from './caret';

describe('inlay hints', () => {
  const text = file(
    templateHeader(['loginId', 'userName', 'locale', 'timeZone', 'admin']),
    'a@b.jp,"山田\n太郎",1,6,1‸',
    'c@d.jp,Ito,0,99,"0"',
  );

  it('shows the meaning after a Locale or Time zone cell, at its end (after a closing quote), none after a flag', () => {
    const { document, doc } = withCaret(text);
    const all = { start: { line: 0, character: 0 }, end: document.positionAt(document.getText().length) };
    const hints = getInlayHints(document, doc, all);
    const t = document.getText();
    // 99 is not a time zone and Administrative privileges is a 0/1 flag: no hint after either.
    assert.deepEqual(
      hints.map((h) => [document.offsetAt(h.position), h.label, h.tooltip]),
      [
        [t.indexOf('\r\n'), ' ▸ Create users', 'Read as a MiiTel "Create users" file.'],
        [t.indexOf(',1,6,1') + 2, ' English', 'English'],
        [t.indexOf(',6,1') + 2, ' Jakarta', '(GMT+7:00) Jakarta'],
        [t.indexOf('Ito,0') + 5, ' 日本語', 'Japanese'],
      ],
    );
    assert.ok(hints.every((h) => h.paddingLeft === undefined && h.paddingRight === undefined));
  });

  it('computes only the requested range', () => {
    const { document, doc } = withCaret(file(templateHeader(['loginId', 'locale', 'timeZone']), 'a@b.jp,1,6‸', 'c@d.jp,0,13'));
    const secondRow = document.getText().indexOf('c@d.jp');
    const hints = getInlayHints(document, doc, {
      start: document.positionAt(secondRow),
      end: document.positionAt(document.getText().length),
    });
    assert.deepEqual(
      hints.map((h) => h.label),
      [' 日本語', ' Honolulu'],
    );
  });

  it('names the format after the header row, and gives no other hint there', () => {
    const { document, doc } = withCaret(file(templateHeader(), '‸'));
    const hints = getInlayHints(document, doc, { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } });
    assert.deepEqual(
      hints.map((h) => [h.position, h.label, h.tooltip]),
      [[{ line: 0, character: templateHeader().length }, ' ▸ Create users', 'Read as a MiiTel "Create users" file.']],
    );
    const update = withCaret(file(templateHeader(UPDATE_COLUMNS), '‸'));
    assert.deepEqual(
      getInlayHints(update.document, update.doc, { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } }).map((h) => h.label),
      [' ▸ Update users'],
    );
  });
});

describe('inlay hints on a full template row', () => {
  it('hints Locale, Time zone and the three Meetings ranges, each at its cell end, and no 0/1 flag', () => {
    const line = row({ locale: '1', timeZone: '11', meetingsAccessPermission: '0', meetingsSharedLink: '1', meetingsDownload: '2' });
    const { document, doc } = withCaret(file(templateHeader(), line + '‸'));
    const text = document.getText();
    const end = (id: ColumnId, value: string) => document.positionAt(fieldAt(text, line, id) + value.length);
    assert.deepEqual(
      getInlayHints(document, doc, { start: { line: 1, character: 0 }, end: { line: 3, character: 0 } }).map((h) => [
        h.position,
        h.label,
        h.tooltip,
      ]),
      [
        [end('locale', '1'), ' English', 'English'],
        [end('timeZone', '11'), ' Los Angeles', '(GMT-8:00/-7:00) Los Angeles [PST/PDT]'],
        [end('meetingsAccessPermission', '0'), ' all', 'All'],
        [end('meetingsSharedLink', '1'), ' host', 'Host only'],
        [end('meetingsDownload', '2'), ' none', 'None'],
      ],
    );
  });

  /**
   * The row of `format` whose hints are longest in the current language: every hinted column holds
   * the code with the longest label. Its hints must fit VS Code's default line budget, or the last
   * ones would be cut off on screen.
   */
  function longestHints(format: CsvFormat, columns: readonly ColumnId[]) {
    const values: Partial<Record<ColumnId, string>> = {};
    for (const column of format.columns) {
      const longest = [...allowedValues(column)].sort((a, b) => codeHintLabel(b).length - codeHintLabel(a).length)[0];
      if (longest) values[column.id] = longest.code;
    }
    const { document, doc } = withCaret(file(templateHeader(columns), row(values, columns) + '‸'));
    return getInlayHints(document, doc, { start: { line: 1, character: 0 }, end: { line: 2, character: 0 } });
  }

  for (const language of LANGUAGES) {
    it(`fits the longest row's hints in ${LINE_HINT_BUDGET} characters, VS Code's default maximum per line (${language})`, () => {
      try {
        if (language !== 'en') assert.equal(loadLanguage(language).language, language);
        for (const [format, columns] of [
          [CREATE_USERS, ALL_COLUMNS],
          [UPDATE_USERS, UPDATE_COLUMNS],
        ] as const) {
          const hints = longestHints(format, columns);
          const labels = hints.map((h) => h.label as string);
          assert.equal(hints.length, 5, labels.join('|'));
          // VS Code counts a label's UTF-16 code units (`label.length`), and each padding as a decoration of its own.
          const total = labels.join('').length;
          assert.ok(total <= LINE_HINT_BUDGET, `${format.id} ${language}: ${total} characters: ${labels.join('|')}`);
          assert.ok(hints.every((h) => !h.paddingLeft && !h.paddingRight));
        }
      } finally {
        configureL10n('en', undefined);
      }
    });
  }
});
