import * as assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, DocumentSymbol, Hover, MarkupContent, TextEdit } from 'vscode-languageserver-protocol';
import { allowedValues, CREATE_USERS, type ColumnId, type ColumnSpec } from '../../shared/formats/index';
import { TestClient, workspaceClient } from './harness';
import { applyEdits, HEADER, offsetAfter, offsetOf, plain, positionAt, rangeAt, rangeOf } from './text';

const COLUMN_BY_ID = Object.fromEntries(CREATE_USERS.columns.map((c) => [c.id, c])) as Record<ColumnId, ColumnSpec>;
const COLUMNS = CREATE_USERS.columns;

/** The hover's markdown as a reader sees it (escapes resolved). */
function shown(hover: Hover | null): string {
  assert.ok(hover, 'a hover');
  const contents = hover.contents as MarkupContent;
  assert.equal(contents.kind, 'markdown');
  return plain(contents.value);
}

/** The rows of the allowed-values table in a hover, as `code label`. */
const tableRows = (value: string) => [...value.matchAll(/^\| `(\d+)` \| (.*) \|$/gm)].map((m) => `${m[1]} ${m[2]}`);

/** The Time zone table as the spec defines it. */
const TIME_ZONES = allowedValues(COLUMN_BY_ID.timeZone).map((v) => `${v.code} ${v.label}`);

function items(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  assert.ok(result, 'a completion result');
  return Array.isArray(result) ? result : result.items;
}

/** Where each field of the user line `line` ends, as offsets into `text` (fields split at commas: keep them comma-free). */
function fieldEnds(text: string, line: string): number[] {
  let at = offsetOf(text, line);
  return line.split(',').map((field, i) => (at += field.length + (i > 0 ? 1 : 0)));
}

describe('protocol: editor features (hover, completion, inlay hints, outline)', () => {
  const workspace = workspaceClient('miitel-features-', { pull: true });
  const uriOf = workspace.uriOf;
  let client: TestClient;
  before(() => {
    client = workspace.client;
  });

  it('announces every feature it serves', () => {
    const capabilities = client.initializeResult?.capabilities;
    assert.equal(capabilities?.hoverProvider, true);
    assert.deepEqual(capabilities?.completionProvider?.triggerCharacters, [',']);
    assert.ok(capabilities?.inlayHintProvider);
    assert.ok(capabilities?.documentSymbolProvider);
    assert.deepEqual(capabilities?.codeActionProvider, {
      codeActionKinds: ['quickfix', 'source.fixAll.miitelCsv'],
      resolveProvider: false,
    });
  });

  describe('hover', () => {
    it('on a Time zone cell: its meaning, the column and all 14 zones; the range is the cell', async () => {
      const uri = uriOf('hover-zone.csv');
      const text = `${HEADER}\nsato@miitel.jp,Sato Taro,Xd7!kP2q,0,6,0,0,0,0,0,1\n`;
      await client.open(uri, text);
      const cell = offsetOf(text, ',6,') + 1;
      const hover = await client.hover(uri, positionAt(text, cell));
      const value = shown(hover);
      assert.deepEqual(hover?.range, rangeAt(text, cell, 1));
      assert.match(value, /^\*\*Time zone\*\* — Column 5 of the template, required in every file/);
      assert.ok(value.includes('**This cell:** `6` → (GMT+7:00) Jakarta'), value);
      assert.equal(TIME_ZONES.length, 14);
      assert.deepEqual(tableRows(value), TIME_ZONES);
      assert.ok(TIME_ZONES.includes('13 (GMT-10:00) Honolulu [HAST]'));
      await client.close(uri);
    });

    it('on a header cell: the column and its values, nothing about a cell value', async () => {
      const uri = uriOf('hover-header.csv');
      const text = `${HEADER}\nsato@miitel.jp,Sato Taro,Xd7!kP2q,0,6,0,0,0,0,0,1\n`;
      await client.open(uri, text);
      const hover = await client.hover(uri, positionAt(text, offsetOf(text, 'zone')));
      const value = shown(hover);
      assert.deepEqual(hover?.range, rangeOf(text, 'Time zone'));
      assert.match(value, /^\*\*Time zone\*\* — Column 5 of the template, required in every file/);
      assert.deepEqual(tableRows(value), TIME_ZONES);
      assert.doesNotMatch(value, /This cell/);
      await client.close(uri);
    });

    it('on an invalid cell: the column, not its diagnostic again (VS Code shows that above the hover), and no meaning', async () => {
      const uri = uriOf('hover-invalid.csv');
      const text = `${HEADER}\nsato@miitel.jp,Sato Taro,Xd7!kP2q,0,99,0,0,0,0,0,1\n`;
      await client.open(uri, text);
      const diagnostics = await client.pull(uri);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range]),
        [['value/not-allowed', rangeOf(text, '99')]],
      );
      const [invalid] = diagnostics;
      assert.ok(invalid);
      const hover = await client.hover(uri, invalid.range.end);
      const value = shown(hover);
      assert.deepEqual(hover?.range, invalid.range);
      assert.ok(!value.includes(invalid.message as string), value);
      assert.doesNotMatch(value, /value\/not-allowed|\*\*Error:\*\*|This cell/);
      assert.match(value, /^\*\*Time zone\*\*/);
      assert.doesNotMatch(value, /→/);
      await client.close(uri);
    });

    it('on a User name cell with a quoted line break, from its second line', async () => {
      const uri = uriOf('hover-multiline.csv');
      const text = `${HEADER}\nsato@miitel.jp,"Sato\nTaro",Xd7!kP2q,0,6,0,0,0,0,0,1\n`;
      await client.open(uri, text);
      const position = positionAt(text, offsetOf(text, 'aro'));
      assert.equal(position.line, 2, 'the caret is on the second line of the cell');
      const hover = await client.hover(uri, position);
      const value = shown(hover);
      assert.deepEqual(hover?.range, rangeOf(text, '"Sato\nTaro"'));
      assert.match(value, /^\*\*User name\*\* — Column 2 of the template/);
      // "Sato", the line break and "Taro": 9 characters.
      assert.ok(value.includes('**This cell:** 9 of 30 characters used.'), value);
      await client.close(uri);
    });

    it('counts the range in UTF-16 units in a CRLF file with a Japanese user name before the cell', async () => {
      const uri = uriOf('hover-japanese.csv');
      // 😀 is one character but two UTF-16 units: a server counting code points or bytes would be off.
      const before = 'sato@miitel.jp,佐藤 太郎😀,Xd7!kP2q,0,';
      const text = `${HEADER}\r\n${before}6,0,0,0,0,0,1\r\n`;
      await client.open(uri, text);
      const cell = offsetAfter(text, before);
      const hover = await client.hover(uri, positionAt(text, cell + 1));
      assert.deepEqual(hover?.range, { start: { line: 1, character: before.length }, end: { line: 1, character: before.length + 1 } });
      assert.deepEqual(hover?.range, rangeAt(text, cell, 1));
      assert.ok(shown(hover).includes('`6` → (GMT+7:00) Jakarta'));
      await client.close(uri);
    });

    it('returns null in an unrelated CSV', async () => {
      const uri = uriOf('hover-sales.csv');
      const text = 'date,amount,currency\n2026-01-01,12,JPY\n';
      await client.open(uri, text);
      assert.equal(await client.hover(uri, positionAt(text, offsetOf(text, 'JPY'))), null);
      assert.equal(await client.hover(uri, positionAt(text, offsetOf(text, 'amount'))), null);
      await client.close(uri);
    });
  });

  describe('completion', () => {
    it('in a Time zone cell: the 14 codes, each replacing the whole cell', async () => {
      const uri = uriOf('complete-zone.csv');
      const text = `${HEADER}\nsato@miitel.jp,Sato Taro,Xd7!kP2q,0,Jak,0,0,0,0,0,1\n`;
      await client.open(uri, text);
      const list = items(await client.complete(uri, positionAt(text, offsetOf(text, 'Jak') + 2)));
      assert.deepEqual(
        list.map((i) => i.label),
        [...Array(14).keys()].map(String),
      );
      for (const item of list) assert.deepEqual((item.textEdit as TextEdit).range, rangeOf(text, 'Jak'), item.label);
      const jakarta = list.find((i) => i.label === '6');
      assert.equal(jakarta?.detail, '(GMT+7:00) Jakarta');
      assert.equal(applyEdits(text, [jakarta.textEdit as TextEdit]), `${HEADER}\nsato@miitel.jp,Sato Taro,Xd7!kP2q,0,6,0,0,0,0,0,1\n`);
      await client.close(uri);
    });

    it('in a quoted Time zone cell after a multi-line name in a CRLF file: keeps the quotes', async () => {
      const uri = uriOf('complete-quoted.csv');
      const line = (zone: string) => `sato@miitel.jp,"Sato\r\nTaro",Xd7!kP2q,0,${zone},0,0,0,0,0,1`;
      const text = `${HEADER}\r\n${line('"Tok"')}\r\n`;
      await client.open(uri, text);
      const list = items(await client.complete(uri, positionAt(text, offsetOf(text, 'Tok') + 3)));
      assert.equal(list.length, 14);
      const tokyo = list.find((i) => i.label === '0');
      assert.deepEqual((tokyo?.textEdit as TextEdit).range, rangeOf(text, '"Tok"'));
      assert.equal(applyEdits(text, [tokyo?.textEdit as TextEdit]), `${HEADER}\r\n${line('"0"')}\r\n`);
      await client.close(uri);
    });

    it('in the header row: the names of the missing columns', async () => {
      const uri = uriOf('complete-header.csv');
      const text = `${HEADER},MiiTel Pho\n`;
      await client.open(uri, text);
      // At the end of the typed "MiiTel Pho" (not in "MiiTel Phone Enable", which starts the same).
      const list = items(await client.complete(uri, positionAt(text, offsetAfter(text, `${HEADER},MiiTel Pho`))));
      const present = HEADER.split(',');
      const missing = COLUMNS.filter((c) => !present.includes(c.header)).map((c) => c.header);
      assert.equal(missing.length, 13);
      assert.deepEqual(
        list.map((i) => i.label),
        missing,
      );
      const mobile = list.find((i) => i.label === 'MiiTel Phone Mobile Enable');
      assert.equal(applyEdits(text, [mobile?.textEdit as TextEdit]), `${HEADER},MiiTel Phone Mobile Enable\n`);
      await client.close(uri);
    });
  });

  describe('inlay hints', () => {
    const users = [
      'sato@miitel.jp,Sato Taro,Xd7!kP2q,0,0,0,0,0,0,0,1',
      'suzuki@miitel.jp,Suzuki Hanako,Qm4#tR8w,1,6,1,0,0,0,0,1',
      'tanaka@miitel.jp,"Tanaka\nIchiro",Lp9$vB3n,0,13,0,1,0,1,0,1',
      'ito@miitel.jp,Ito Jun,Zr5%wC6m,1,7,0,0,0,0,0,1',
    ] as const;
    const text = `${HEADER}\n${users.join('\n')}\n`;
    /** Locale and Time zone are fields 3 and 4 of these lines; fields 5 to 10 are 0/1 flags, which get no hint. */
    const expected = (line: string, labels: string[]) =>
      fieldEnds(text, line)
        .slice(3, 5)
        .map((end, i) => ({ position: positionAt(text, end), label: ` ${labels[i]}` }));

    it('shows the meaning after the Locale and Time zone cells of the requested rows only', async () => {
      const uri = uriOf('hints.csv');
      await client.open(uri, text);
      // From the start of Suzuki's line to the start of Ito's: Suzuki and Tanaka (two lines) only.
      const range = { start: positionAt(text, offsetOf(text, users[1])), end: positionAt(text, offsetOf(text, users[3])) };
      const hints = await client.inlayHints(uri, range);
      assert.ok(hints);
      assert.deepEqual(
        hints.map((h) => ({ position: h.position, label: h.label })),
        [...expected(users[1], ['English', 'Jakarta']), ...expected(users[2], ['日本語', 'Honolulu'])],
      );
      const jakarta = hints.find((h) => h.label === ' Jakarta');
      assert.deepEqual(jakarta?.position, positionAt(text, offsetOf(text, ',6,') + 2));
      assert.equal(jakarta?.tooltip, '(GMT+7:00) Jakarta');
      // No padding: VS Code counts each one as a decoration of its own against its ~1,500 per update.
      assert.deepEqual([jakarta?.paddingLeft, jakarta?.paddingRight], [undefined, undefined]);
      await client.close(uri);
    });

    it('shows none with miitelCsv.inlayHints.enabled = false, and again once it is back on', async () => {
      const uri = uriOf('hints-off.csv');
      client.settings = { inlayHints: { enabled: false } };
      await client.open(uri, text);
      const whole = rangeAt(text, 0, text.length);
      assert.deepEqual(await client.inlayHints(uri, whole), []);

      const refreshed = client.nextInlayHintRefresh();
      await client.changeConfiguration({ inlayHints: { enabled: true } });
      await refreshed;
      // 2 per user (Locale, Time zone), and one naming the format after the header.
      assert.equal((await client.inlayHints(uri, whole))?.length, users.length * 2 + 1);
      await client.close(uri);
    });
  });

  describe('document symbols', () => {
    it('lists the header spanning the file (for sticky scroll), holding one symbol per user, a multi-line row spanning its lines', async () => {
      const uri = uriOf('outline.csv');
      const users = [
        'sato@miitel.jp,Sato Taro,Xd7!kP2q,0,0,0,0,0,0,0,1',
        'suzuki@miitel.jp,"Suzuki\r\nHanako",Qm4#tR8w,1,6,0,0,0,0,0,1',
        'ito@miitel.jp,Ito Jun,Zr5%wC6m,1,7,0,0,0,0,0,1',
      ] as const;
      const text = `${HEADER}\r\n${users.join('\r\n')}\r\n`;
      await client.open(uri, text);
      const symbols = (await client.documentSymbols(uri)) as DocumentSymbol[];
      const user = (line: string, loginId: string, name: string, n: number) => ({
        name: `${loginId} — ${name}`,
        detail: `user ${n}`,
        kind: 19, // SymbolKind.Object
        range: rangeOf(text, line),
        selectionRange: rangeOf(text, loginId),
      });
      assert.deepEqual(symbols, [
        {
          name: 'Header',
          detail: 'Create users',
          kind: 3 /* SymbolKind.Namespace */,
          range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
          selectionRange: rangeOf(text, HEADER),
          children: [
            user(users[0], 'sato@miitel.jp', 'Sato Taro', 1),
            user(users[1], 'suzuki@miitel.jp', 'Suzuki Hanako', 2),
            user(users[2], 'ito@miitel.jp', 'Ito Jun', 3),
          ],
        },
      ]);
      assert.deepEqual([symbols[0]?.children?.[1]?.range.start.line, symbols[0]?.children?.[1]?.range.end.line], [2, 3]);
      await client.close(uri);
    });
  });

  describe('robustness', () => {
    it('answers requests for a document that was never opened neutrally, and keeps answering', async () => {
      const uri = uriOf('never-opened.csv');
      const position = { line: 1, character: 2 };
      assert.equal(await client.hover(uri, position), null);
      assert.equal(await client.complete(uri, position), null);
      assert.deepEqual(await client.codeActions(uri, { start: position, end: position }), []);
      assert.deepEqual(await client.inlayHints(uri, { start: { line: 0, character: 0 }, end: position }), []);
      assert.deepEqual(await client.documentSymbols(uri), []);

      const opened = uriOf('opened-after.csv');
      const text = `${HEADER}\nsato@miitel.jp,Sato Taro,Xd7!kP2q,0,6,0,0,0,0,0,1\n`;
      await client.open(opened, text);
      assert.ok(shown(await client.hover(opened, positionAt(text, offsetOf(text, ',6,') + 1))).includes('Jakarta'));
      await client.close(opened);
    });
  });
});

describe('protocol: outline for a client without hierarchical symbols', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ pull: true, flatSymbols: true });
  });

  after(async () => {
    await client.stop();
  });

  it('answers flat SymbolInformation with the rows as locations', async () => {
    const uri = 'untitled:Untitled-1';
    const users = [
      'sato@miitel.jp,Sato Taro,Xd7!kP2q,0,0,0,0,0,0,0,1',
      'suzuki@miitel.jp,"Suzuki\nHanako",Qm4#tR8w,1,6,0,0,0,0,0,1',
    ] as const;
    const text = `${HEADER}\n${users.join('\n')}\n`;
    await client.open(uri, text);
    assert.deepEqual(await client.documentSymbols(uri), [
      { name: 'Header', kind: 3, location: { uri, range: rangeOf(text, HEADER) } },
      { name: 'sato@miitel.jp — Sato Taro', kind: 19, location: { uri, range: rangeOf(text, users[0]) } },
      { name: 'suzuki@miitel.jp — Suzuki Hanako', kind: 19, location: { uri, range: rangeOf(text, users[1]) } },
    ]);
    await client.close(uri);
  });
});
