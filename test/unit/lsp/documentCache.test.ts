import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache, foldEdit, trackEdits } from '../../../server/src/lsp/documentCache';
import { type MiitelDocument, parseMiitel } from '../../../server/src/service/miitelDocument';
import type { TextEdit } from '../../../shared/csv/parser';

/** What a feature sees of a parse: every record's cells and the users. */
const view = (doc: MiitelDocument) => ({
  records: doc.csv.records.map((r) => ({ start: r.start, end: r.end, line: r.line, cells: r.cells.map((c) => ({ ...c })) })),
  errors: doc.csv.errors,
  rows: doc.rows.map((r) => [r.recordIndex, r.userNumber, r.unusedTemplate]),
});

describe('DocumentCache', () => {
  const text = 'Login ID,User name\r\na@x.jp,A\r\n';

  it('parses a version once and returns the same model for it', () => {
    const cache = new DocumentCache();
    const document = trackEdits(cache).create('file:///a.csv', 'csv', 1, text);
    const first = cache.get(document);
    assert.equal(cache.get(document), first);
    assert.equal(first.rows.length, 1);
  });

  it('parses again for a new version', () => {
    const cache = new DocumentCache();
    const document = trackEdits(cache).create('file:///a.csv', 'csv', 1, text);
    const first = cache.get(document);
    TextDocument.update(document, [{ text: `${text}b@x.jp,B\r\n` }], 2);
    const second = cache.get(document);
    assert.notEqual(second, first);
    assert.equal(second.rows.length, 2);
  });

  it('forgets a closed document and everything on clear', () => {
    const cache = new DocumentCache();
    const documents = trackEdits(cache);
    cache.get(documents.create('file:///a.csv', 'csv', 1, text));
    cache.get(documents.create('file:///b.csv', 'csv', 1, text));
    cache.evict('file:///a.csv');
    assert.equal(cache.size, 1);
    cache.clear();
    assert.equal(cache.size, 0);
  });
});

describe('DocumentCache after edits', () => {
  const unit = fc.constantFrom(',', '"', '\r\n', '\n', 'a', '1', ' ', '山');

  it('folds edits into one that leaves the text outside it unchanged', () => {
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 40 }),
        fc.array(fc.record({ at: fc.nat(), length: fc.nat({ max: 5 }), insert: fc.string({ unit, maxLength: 4 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        (initial, changes) => {
          let text = initial;
          let folded: TextEdit | undefined;
          for (const { at, length, insert } of changes) {
            const start = at % (text.length + 1);
            const end = Math.min(text.length, start + length);
            text = text.slice(0, start) + insert + text.slice(end);
            folded = foldEdit(folded, start, end, insert.length);
          }
          const { start, oldEnd, newEnd } = folded!;
          assert.equal(text.slice(0, start), initial.slice(0, start));
          assert.equal(text.slice(newEnd), initial.slice(oldEnd));
          assert.equal(newEnd - oldEnd, text.length - initial.length);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('follows the changes TextDocuments applies (several per event, several events between parses)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit, maxLength: 60 }),
        fc.array(
          fc.array(fc.record({ at: fc.nat(), length: fc.nat({ max: 5 }), insert: fc.string({ unit, maxLength: 4 }) }), {
            minLength: 1,
            maxLength: 3,
          }),
          { maxLength: 5 },
        ),
        fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }),
        (initial, events, parseAfter) => {
          const cache = new DocumentCache();
          const documents = trackEdits(cache);
          const document = documents.create('file:///a.csv', 'csv', 1, initial);
          cache.get(document);
          events.forEach((changes, i) => {
            const contentChanges = changes.map(({ at, length, insert }) => {
              // Positions of a change refer to the text after the changes before it in the same event.
              const text = document.getText();
              const start = document.positionAt(at % (text.length + 1));
              const end = document.positionAt(document.offsetAt(start) + length);
              return { range: { start, end }, text: insert };
            });
            documents.update(document, contentChanges, i + 2);
            if (parseAfter[i]) assert.deepEqual(view(cache.get(document)), view(parseMiitel(document.getText())));
          });
          assert.deepEqual(view(cache.get(document)), view(parseMiitel(document.getText())));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('parses the whole text again after a change that replaces it', () => {
    const text = 'Login ID,User name\r\na@x.jp,A\r\n';
    const cache = new DocumentCache();
    const documents = trackEdits(cache);
    const document = documents.create('file:///a.csv', 'csv', 1, text);
    cache.get(document);
    documents.update(document, [{ text: `${text}c@x.jp,C\r\n` }], 2);
    assert.deepEqual(view(cache.get(document)), view(parseMiitel(document.getText())));
    assert.equal(cache.get(document).rows.length, 2);
  });
});

describe('DocumentCache keyed on the parse options', () => {
  const update = 'Login ID,User name,Extension number,Locale,Time zone\r\na@x.jp,A,123,0,0\r\n';

  it('parses again when the options change (a settings change), and never serves a parse made with others', () => {
    const cache = new DocumentCache();
    const document = trackEdits(cache).create('file:///u.csv', 'csv', 1, update);
    const auto = cache.get(document, { format: 'auto' });
    assert.equal(auto.format.id, 'updateUsers');
    assert.equal(cache.get(document, {}), auto, 'auto is the default');
    const forced = cache.get(document, { format: 'create' });
    assert.notEqual(forced, auto);
    assert.equal(forced.format.id, 'createUsers');
    assert.equal(cache.get(document, { format: 'create' }), forced);
    assert.equal(cache.get(document, {}).format.id, 'updateUsers');
  });

  it('compares header aliases by content, and reparses an edit with the options it was parsed with', () => {
    const cache = new DocumentCache();
    const documents = trackEdits(cache);
    const text = 'ID,User name,Extension number,Locale\r\na@x.jp,A,123,0\r\n';
    const document = documents.create('file:///a.csv', 'csv', 1, text);
    const plain = cache.get(document);
    assert.equal(plain.positions.get('loginId'), undefined);
    const aliased = cache.get(document, { headerAliases: { ID: 'Login ID' } });
    assert.equal(aliased.positions.get('loginId'), 0);
    assert.equal(cache.get(document, { headerAliases: { ID: 'Login ID' } }), aliased, 'equal aliases in a new object: the same parse');
    // An edit past the header is reparsed from the aliased parse: still aliased.
    documents.update(
      document,
      [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'b@x.jp,B,124,0\r\n' }],
      2,
    );
    const edited = cache.get(document, { headerAliases: { ID: 'Login ID' } });
    assert.equal(edited.positions.get('loginId'), 0);
    assert.equal(edited.rowCount, 2);
    assert.equal(cache.get(document).positions.get('loginId'), undefined);
  });
});

describe('DocumentCache keyed on the open document and its text', () => {
  const URI = 'file:///a.csv';
  const OLD = 'Login ID,User name\r\na@x.jp,A\r\n';
  const NEW = 'Login ID,User name\r\n\r\nb@x.jp,B\r\nc@x.jp,C\r\n';

  it('serves the new text after a change that repeats the current version', () => {
    const cache = new DocumentCache();
    const documents = trackEdits(cache);
    const document = documents.create(URI, 'csv', 1, OLD);
    cache.get(document);
    documents.update(document, [{ text: NEW }], 1);
    assert.equal(cache.get(document).csv.text, NEW);
    // An incremental change at the same version too.
    const at = document.positionAt(NEW.indexOf('b@x.jp'));
    documents.update(document, [{ range: { start: at, end: at }, text: 'x' }], 1);
    assert.deepEqual(view(cache.get(document)), view(parseMiitel(document.getText())));
  });

  it('serves the new text after a second open of the same uri at the same version', () => {
    const cache = new DocumentCache();
    const documents = trackEdits(cache);
    cache.get(documents.create(URI, 'csv', 1, OLD));
    const reopened = documents.create(URI, 'csv', 1, NEW);
    assert.equal(cache.get(reopened).csv.text, NEW);
  });

  it('keeps nothing for a document asked about after it closed, and serves its reopened text', () => {
    const cache = new DocumentCache();
    const documents = trackEdits(cache);
    const closed = documents.create(URI, 'csv', 1, OLD);
    cache.evict(URI);
    // A check that started before the close reaches the cache after it.
    assert.equal(cache.get(closed).csv.text, OLD);
    assert.equal(cache.size, 0);
    const reopened = documents.create(URI, 'csv', 1, NEW);
    assert.equal(cache.get(reopened).csv.text, NEW);
  });
});

describe('DocumentCache over any sequence of opens, changes and closes', () => {
  const unit = fc.constantFrom(',', '"', '\r\n', 'a', '1', ' ');
  const op = fc.oneof(
    fc.record({ kind: fc.constant('open' as const), version: fc.constantFrom(1, 2), text: fc.string({ unit, maxLength: 20 }) }),
    fc.record({
      kind: fc.constant('change' as const),
      at: fc.nat(),
      length: fc.nat({ max: 4 }),
      insert: fc.string({ unit, maxLength: 3 }),
      whole: fc.boolean(),
      sameVersion: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('close' as const) }),
    fc.record({ kind: fc.constant('get' as const) }),
  );

  it('always serves the parse of the open text, and keeps nothing once closed', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const cache = new DocumentCache();
        const documents = trackEdits(cache);
        let open: TextDocument | undefined;
        let closed: TextDocument | undefined;
        for (const o of ops) {
          if (o.kind === 'open') open = documents.create('file:///a.csv', 'csv', o.version, o.text);
          else if (o.kind === 'close') {
            if (open) cache.evict(open.uri);
            closed = open ?? closed;
            open = undefined;
          } else if (o.kind === 'change' && open) {
            const text = open.getText();
            const start = open.positionAt(o.at % (text.length + 1));
            const end = open.positionAt(open.offsetAt(start) + o.length);
            const change = o.whole ? { text: o.insert } : { range: { start, end }, text: o.insert };
            documents.update(open, [change], open.version + (o.sameVersion ? 0 : 1));
          } else if (o.kind === 'get' && closed) {
            // A late check of a closed document: parsed, never kept.
            assert.equal(cache.get(closed).csv.text, closed.getText());
          }
          if (open) assert.deepEqual(view(cache.get(open)), view(parseMiitel(open.getText())));
          assert.equal(cache.size, open ? 1 : 0);
        }
      }),
      { numRuns: 500 },
    );
  });
});
