import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { CREATE_USERS } from '../../../shared/formats/index';
import { featureText } from '../../../server/src/service/messages';
import { doHover } from '../../../server/src/service/features/hover';
import { type ParsedVersion, parse, validate } from '../../../server/src/service/languageService';
import { Validation } from '../../../server/src/service/validation/engine';
import { hashString, RowKeys } from '../../../server/src/service/validation/rowResults';
import { file, row, templateHeader } from '../helpers';
import { withCaret } from './caret';

/** Markdown as the reader sees it: backslash escapes resolved (emphasis and code markers kept). */
function plain(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function hoverAt(marked: string) {
  const { document, doc, problems, offset } = withCaret(marked);
  const hover = doHover(document, doc, offset, problems);
  const markdown = (hover?.contents as MarkupContent | undefined)?.value ?? '';
  return { hover, document, markdown, problems, value: plain(markdown) };
}

describe('hover', () => {
  it('explains a time zone cell: its meaning and all 14 zones with their offsets', () => {
    const { hover, value, document } = hoverAt(file(templateHeader(), row({ timeZone: '‸6' })));
    assert.ok(hover);
    assert.match(value, /\*\*Time zone\*\* — Column 5 of the template, required in every file/);
    assert.match(value, /\*\*This cell:\*\* `6` → \(GMT\+7:00\) Jakarta/);
    for (const zone of ['(GMT+9:00) Tokyo', '(GMT-10:00) Honolulu [HAST]', '(GMT-5:00/-4:00) New York [EST/EDT]']) {
      assert.ok(value.includes(zone), zone);
    }
    assert.equal((value.match(/^\| `\d+` \|/gm) ?? []).length, 14);
    // The hover range is exactly the cell.
    const text = document.getText();
    const line1 = text.indexOf('\r\n') + 2;
    const cellStart = line1 + row().split(',').slice(0, 4).join(',').length + 1;
    assert.deepEqual(hover.range, { start: document.positionAt(cellStart), end: document.positionAt(cellStart + 1) });
  });

  it('on an invalid cell explains the column and its codes, without repeating the diagnostic VS Code shows above it', () => {
    const { value, problems } = hoverAt(file(templateHeader(), row({ timeZone: 'Tok‸io' })));
    const message = problems.find((p) => p.code === 'value/not-allowed')?.message;
    assert.equal(message, '"Tokio" is not allowed in Time zone: enter a code 0–13.');
    assert.ok(!value.includes(message), value);
    assert.doesNotMatch(value, /not allowed|Error|value\/not-allowed|This cell|→/);
    assert.match(value, /^\*\*Time zone\*\* — Column 5 of the template/);
    assert.match(value, /\| `6` \| \(GMT\+7:00\) Jakarta \|/);
  });

  it('on a header cell explains the column, its subscription and its dependency', () => {
    const { value } = hoverAt(file(templateHeader().replace('MiiTel Phone Mobile Enable', 'MiiTel Phone Mobile‸ Enable'), row()));
    assert.match(
      value,
      /\*\*MiiTel Phone Mobile Enable\*\* — Column 12 of the template, needed only with a MiiTel Phone Mobile subscription/,
    );
    assert.match(value, /Needs MiiTel Phone Enable = 1 in the same row\./);
    assert.match(value, /\| `0` \| No \|\n\| `1` \| Yes \|/);
    assert.doesNotMatch(value, /This cell/);
  });

  it('on the prerequisite column lists who needs it', () => {
    const { value } = hoverAt(file(templateHeader(), row({ phone: '‸1' })));
    assert.match(value, /\nMiiTel Phone Mobile Enable = 1 needs this column = 1\.( {2})?\n/);
    assert.match(value, /`1` → Yes/);
  });

  it('would name several columns that need one in a sentence of its own', () => {
    const [a, b] = CREATE_USERS.columns.filter((c) => c.id === 'callCenterAdmin' || c.id === 'meetingsBot');
    assert.ok(a && b);
    assert.equal(
      featureText.neededBy([a, b]),
      'Each of MiiTel Call Center CC Administrative privileges, MiiTel Meetings Use bot needs this column = 1 when set to 1.',
    );
  });

  it('counts other rows using the same Login ID, ignoring case', () => {
    const { value } = hoverAt(
      file(
        templateHeader(),
        row({ loginId: 'sato@‸miitel.jp' }),
        row({ loginId: 'SATO@miitel.jp', userName: 'Other' }),
        row({ loginId: 'ito@miitel.jp' }),
      ),
    );
    assert.match(value, /1 other row uses this Login ID\./);
    assert.match(value, /E-mail address format/);
  });

  it('counts the rows the duplicate rule counts: full-width and spaced spellings of the same Login ID too', () => {
    const { value, problems } = (() => {
      const marked = file(templateHeader(), row({ loginId: 'sato@‸miitel.jp' }), row({ loginId: 'ｓａｔｏ@miitel.jp', userName: 'Other' }));
      return { ...hoverAt(marked), problems: withCaret(marked).problems };
    })();
    assert.ok(problems.some((p) => p.code === 'login-id/duplicate'));
    assert.match(value, /1 other row uses this Login ID\./);
  });

  it('counts the other rows from the validation row keys when given them, and leaves the count out while they are incomplete', () => {
    const text = file(
      templateHeader(),
      ...['sato@miitel.jp', 'SATO@miitel.jp', 'ito@miitel.jp', 'Sato@miitel.jp'].map((loginId) => row({ loginId })),
    );
    const document = TextDocument.create('file:///h.csv', 'csv', 1, text);
    const offset = text.indexOf('sato@') + 2;
    const hoverText = (version: ParsedVersion) =>
      (doHover(document, version.doc, offset, [], version.rowResults)?.contents as MarkupContent).value;
    const validated = parse(text);
    validate(validated, DEFAULT_SETTINGS);
    assert.match(hoverText(validated), /2 other rows use this Login ID\./);
    // A validation stopped after its first slice: the keys of later rows are not known yet.
    const started = parse(text);
    started.rowResults = new Validation(started.doc, DEFAULT_SETTINGS).rowResults;
    const keys = RowKeys.forRecords(2);
    keys.set(1, hashString('sato@miitel.jp'));
    started.rowResults.keys.set('loginIdDuplicate', keys);
    assert.equal(started.rowResults.rowsChecked, false);
    assert.doesNotMatch(hoverText(started), /Login ID\./);
    // A large file whose background check has not begun (null): no count, and no pass over every row.
    const pending = parse(text);
    const pendingText = (doHover(document, pending.doc, offset, [], null)?.contents as MarkupContent).value;
    assert.doesNotMatch(pendingText, /Login ID\./);
    assert.match(pendingText, /Login ID/);
  });

  it('explains password rules without ever echoing the password', () => {
    const password = 'Qz7$kLm2';
    const { value } = hoverAt(file(templateHeader(), row({ password: `Qz7$‸kLm2` })));
    assert.match(value, /8 characters or more/);
    assert.match(value, /This password meets every rule\./);
    assert.ok(!value.includes(password));
    const short = hoverAt(file(templateHeader(), row({ password: 'Ab1‸x' })));
    // The too-short finding is VS Code's to show above the hover: no repeat, and no "meets every rule".
    assert.doesNotMatch(short.value, /Password has 4 characters|meets every rule|This cell/);
    assert.ok(!short.value.includes('Ab1x'));
  });

  it('counts User name characters by code point, after a Japanese name and inside a multi-line quoted cell', () => {
    const { value } = hoverAt(file(templateHeader(), row({ userName: '"佐藤\n太‸郎😀"' })));
    assert.match(value, /6 of 30 characters used\./);
  });

  it('works on a quoted cell spanning lines, from every line of it', () => {
    const text = file(templateHeader(), row({ userName: '"Jane\nSmith"' }));
    for (const needle of ['Jane', 'Smith']) {
      const marked = text.replace(needle, `${needle.slice(0, 2)}‸${needle.slice(2)}`);
      assert.match(hoverAt(marked).value, /\*\*User name\*\*/, needle);
    }
  });

  it('escapes markdown in an unknown header and gives no hover outside cells of known columns', () => {
    const { value, markdown } = hoverAt(file(templateHeader() + ',**Dept‸**', row() + ',x'));
    assert.match(value, /Unknown column "\*\*Dept\*\*": MiiTel does not know this header\./);
    assert.match(markdown, /"\\\*\\\*Dept\\\*\\\*"/);
    assert.equal(hoverAt(file(templateHeader() + ',Dept', row() + ',x‸')).hover, null);
    // A blank line below the data is no user and explains nothing.
    assert.equal(hoverAt(file(templateHeader(), row(), '‸')).hover, null);
  });
});
