/**
 * The document cache reading a large text in slices: requests meanwhile get the records read up to
 * their line, never records of another text; an edit during the parse continues from it into the
 * new text's version; whatever happens, what is served equals a full parse of the open text.
 */
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache, type Parsing, trackEdits } from '../../../server/src/lsp/documentCache';
import { VersionState } from '../../../server/src/lsp/versionState';
import { type MiitelDocument, parseMiitel } from '../../../server/src/service/miitelDocument';

/** What a feature sees of a parse: every record's cells and the users. */
const view = (doc: MiitelDocument) => ({
  format: doc.format.id,
  records: doc.csv.records.map((r) => ({ start: r.start, end: r.end, line: r.line, cells: r.cells.map((c) => ({ ...c })) })),
  errors: doc.csv.errors,
  rows: doc.rows.map((r) => [r.recordIndex, r.userNumber, r.unusedTemplate]),
});

/** The full parse of `text` as far as the records that start at or before `offset`. */
const viewThrough = (text: string, offset: number) => {
  const full = view(parseMiitel(text));
  const records = full.records.filter((r) => r.start <= offset);
  const next = full.records[records.length]?.start ?? Infinity;
  return {
    format: full.format,
    records,
    errors: full.errors.filter((e) => e.offset < next),
    rows: full.rows.filter(([index]) => (index as number) < records.length),
  };
};

const URI = 'file:///users.csv';
/** Enough rows for several slices of reading. */
const BIG = `Login ID,User name,Time zone\r\n${Array.from({ length: 10_000 }, (_, i) => `u${i}@x.jp,"N ${i}",${i % 14}`).join('\r\n')}\r\n`;
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));
const isParsing = (part: VersionState | Parsing | undefined): part is Parsing => part !== undefined && !(part instanceof VersionState);

describe('DocumentCache reading a large text in slices', () => {
  it('answers from the records read so far, then serves the full parse', async () => {
    const cache = new DocumentCache();
    const document = trackEdits(cache).create(URI, 'csv', 1, BIG);
    const part = cache.at(document, {}, true);
    assert.ok(isParsing(part));
    const offset = BIG.indexOf('u4@x.jp');
    const doc = part.steps.through(offset);
    assert.equal(doc.csv.recordCount, 6);
    assert.equal(part.steps.done, false);
    assert.deepEqual(view(doc), viewThrough(BIG, offset));
    const state = await cache.stateInSlices(document, {}, true);
    assert.ok(state);
    assert.deepEqual(view(state.doc), view(parseMiitel(BIG)));
    assert.equal(cache.at(document, {}, true), state);
    // The line starts found meanwhile stay with the version (requests go on converting with them).
    assert.equal(state.lines, part.lines);
  });

  it('never answers from the older text after an edit during the parse, and continues into the new text', async () => {
    const cache = new DocumentCache();
    const documents = trackEdits(cache);
    const document = documents.create(URI, 'csv', 1, BIG);
    // Its first slice runs now; the parse is under way until a later turn of the event loop at least.
    const running = cache.stateInSlices(document, {}, true);
    const at = document.positionAt(BIG.indexOf('u7@x.jp'));
    documents.update(document, [{ range: { start: at, end: at }, text: 'x' }], 2);
    assert.equal(cache.at(document, {}, true), undefined);
    const state = await running;
    assert.ok(state);
    assert.equal(state.version, 2);
    assert.deepEqual(view(state.doc), view(parseMiitel(document.getText())));
    // Reparsed from the version read in slices: its line starts are of the older text.
    assert.equal(state.lines, undefined);
  });

  it('drops the parse after a change replacing the whole text, a close, or other options', async () => {
    const cache = new DocumentCache();
    const documents = trackEdits(cache);
    const document = documents.create(URI, 'csv', 1, BIG);
    const running = cache.stateInSlices(document, {}, true);
    documents.update(document, [{ text: 'Login ID,User name\r\na@x.jp,A\r\n' }], 2);
    assert.deepEqual(view((await running)!.doc), view(parseMiitel(document.getText())));

    const other = documents.create(URI, 'csv', 1, BIG);
    const closing = cache.stateInSlices(other, {}, true);
    cache.evict(URI);
    assert.equal(await closing, undefined);
    assert.equal(cache.size, 0);

    // A request with the old settings and one with the new: each gets its own, neither waits for ever.
    const third = documents.create(URI, 'csv', 1, BIG);
    const [auto, forced] = await Promise.all([
      cache.stateInSlices(third, {}, true),
      cache.stateInSlices(third, { format: 'update' }, true),
    ]);
    assert.equal(auto?.doc.format.id, 'createUsers');
    assert.equal(forced?.doc.format.id, 'updateUsers');
    assert.deepEqual(view(cache.state(third, { format: 'update' }).doc), view(parseMiitel(BIG, { format: 'update' })));
  });

  it('finishes a parse under way at once when a request needs the whole version', () => {
    const cache = new DocumentCache();
    const document = trackEdits(cache).create(URI, 'csv', 1, BIG);
    assert.ok(isParsing(cache.at(document, {}, true)));
    assert.deepEqual(view(cache.get(document)), view(parseMiitel(BIG)));
    assert.ok(cache.at(document, {}, true) instanceof VersionState);
  });
});

describe('DocumentCache in slices over any sequence of events', () => {
  const unit = fc.constantFrom(',', '"', '\r\n', 'a', '1', ' ');
  const op = fc.oneof(
    fc.record({ kind: fc.constant('open' as const), text: fc.string({ unit, maxLength: 20 }) }),
    fc.record({
      kind: fc.constant('change' as const),
      at: fc.nat(),
      length: fc.nat({ max: 4 }),
      insert: fc.string({ unit, maxLength: 3 }),
      whole: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('close' as const) }),
    fc.record({ kind: fc.constantFrom('tick' as const, 'get' as const, 'slices' as const) }),
    fc.record({ kind: fc.constant('at' as const), offset: fc.nat() }),
  );

  it('serves only the open text, read as a full parse reads it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 14 }), async (ops) => {
        const cache = new DocumentCache();
        const documents = trackEdits(cache);
        let open: TextDocument | undefined;
        /** The texts the open document has had. */
        let history: string[] = [];
        const runs: Promise<unknown>[] = [];
        for (const o of ops) {
          if (o.kind === 'open') {
            open = documents.create(URI, 'csv', 1, o.text);
            history = [o.text];
          } else if (o.kind === 'close') {
            if (open) cache.evict(open.uri);
            open = undefined;
          } else if (o.kind === 'tick') await tick();
          else if (!open) continue;
          else if (o.kind === 'change') {
            const text = open.getText();
            const start = open.positionAt(o.at % (text.length + 1));
            const end = open.positionAt(open.offsetAt(start) + o.length);
            documents.update(open, [o.whole ? { text: o.insert } : { range: { start, end }, text: o.insert }], open.version + 1);
            history.push(open.getText());
          } else if (o.kind === 'get') assert.deepEqual(view(cache.get(open)), view(parseMiitel(open.getText())));
          else if (o.kind === 'slices') {
            // The state of the text the document had when the parse ended (callers check it is still current).
            const texts = history;
            runs.push(
              cache.stateInSlices(open, {}, true).then((state) => {
                if (!state) return;
                assert.ok(texts.includes(state.text));
                assert.deepEqual(view(state.doc), view(parseMiitel(state.text)));
              }),
            );
          } else if (o.kind === 'at') {
            const text = open.getText();
            const part = cache.at(open, {}, true);
            const offset = o.offset % (text.length + 1);
            if (part instanceof VersionState) assert.deepEqual(view(part.doc), view(parseMiitel(text)));
            else if (part) assert.deepEqual(view(part.steps.through(offset)), viewThrough(text, offset));
          }
        }
        await Promise.all(runs);
      }),
      { numRuns: 500 },
    );
  });
});
