import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentCache } from '../../../server/src/lsp/documentCache';

describe('DocumentCache', () => {
  const text = 'Login ID,User name\r\na@x.jp,A\r\n';

  it('parses a version once and returns the same model for it', () => {
    const cache = new DocumentCache();
    const document = TextDocument.create('file:///a.csv', 'csv', 1, text);
    const first = cache.get(document);
    assert.equal(cache.get(document), first);
    assert.equal(first.rows.length, 1);
  });

  it('parses again for a new version', () => {
    const cache = new DocumentCache();
    const document = TextDocument.create('file:///a.csv', 'csv', 1, text);
    const first = cache.get(document);
    TextDocument.update(document, [{ text: `${text}b@x.jp,B\r\n` }], 2);
    const second = cache.get(document);
    assert.notEqual(second, first);
    assert.equal(second.rows.length, 2);
  });

  it('forgets a closed document and everything on clear', () => {
    const cache = new DocumentCache();
    cache.get(TextDocument.create('file:///a.csv', 'csv', 1, text));
    cache.get(TextDocument.create('file:///b.csv', 'csv', 1, text));
    cache.evict('file:///a.csv');
    assert.equal(cache.size, 1);
    cache.clear();
    assert.equal(cache.size, 0);
  });
});
