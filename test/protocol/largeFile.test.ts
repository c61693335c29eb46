/**
 * Large files and typing, end to end: a file above `miitelCsv.largeFileThreshold` is validated in
 * slices and gets one `file/too-large` finding on its header, otherwise the same findings; and after
 * each incremental change (the server parses again only around it and reuses the other rows'
 * findings) the diagnostics are exactly those of the same text opened afresh.
 */
import * as assert from 'node:assert/strict';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { CellInfoRequest } from '../../shared/protocol';
import { TestClient } from './harness';
import { HEADER, positionAt } from './text';

const ROW = (i: number) => `user${i}@miitel.jp,"佐藤 ${i}",Xd7!kP2q${i},0,0,0,0,0,0,0,1`;

/** 60 users: Tokyo as a word in user 7, user 30's Login ID repeated by user 31. */
function users(): string {
  const lines = [HEADER];
  for (let i = 0; i < 60; i++) lines.push(ROW(i));
  lines[8] = ROW(7).replace(',0,0,0,0,0,0,1', ',Tokyo,0,0,0,0,0,1');
  lines[32] = ROW(31).replace('user31@', 'user30@');
  return `${lines.join('\r\n')}\r\n`;
}

const summary = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range, message: d.message }));

describe('protocol: large files and typing', () => {
  let small: TestClient;
  let large: TestClient;

  before(async () => {
    small = await TestClient.start({ pull: true });
    // Far below the file's size: the file is "large", validated in slices.
    large = await TestClient.start({ pull: true, settings: { largeFileThreshold: 2000 } });
  });

  after(async () => {
    await small.stop();
    await large.stop();
  });

  it('validates a file above the threshold in slices: the same findings, plus file/too-large on the header', async () => {
    const text = users();
    await small.open('file:///small/users.csv', text);
    await large.open('file:///large/users.csv', text);
    const usual = await small.pull('file:///small/users.csv');
    const sliced = await large.pull('file:///large/users.csv');
    assert.deepEqual(
      usual.map((d) => d.code),
      ['value/not-allowed', 'login-id/duplicate'],
    );
    const tooLarge = sliced.filter((d) => d.code === 'file/too-large');
    assert.equal(tooLarge.length, 1);
    assert.equal(tooLarge[0]?.severity, 3);
    assert.deepEqual(tooLarge[0]?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: HEADER.length } });
    assert.deepEqual(summary(sliced.filter((d) => d.code !== 'file/too-large')), summary(usual));
  });

  it('answers hover, completion, inlay hints and the caret column right after the open, as for the same file small', async () => {
    const text = users();
    // Requests about line 4 before anything else: the large file is read only as far as that line yet.
    const ask = async (client: TestClient, uri: string, content = text, version = 1) => {
      const zone = positionAt(content, content.indexOf(',0,0,0', content.indexOf('3@miitel')) + 3);
      const lines = { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } };
      return {
        hover: await client.hover(uri, zone),
        completion: await client.complete(uri, zone),
        hints: await client.inlayHints(uri, lines),
        caret: await client.request(CellInfoRequest, { uri, version, position: zone }),
      };
    };
    await small.open('file:///small/early.csv', text);
    await large.open('file:///large/early.csv', text);
    const early = await ask(large, 'file:///large/early.csv');
    assert.match(JSON.stringify(early.hover), /Time zone/);
    assert.equal(early.caret?.name, 'Time zone');
    assert.deepEqual(early, await ask(small, 'file:///small/early.csv'));
    // An edit while the first parse is under way (a hover began it): the answers are of the edited text.
    const edited = text.replace('user3@', 'userX3@');
    const at = positionAt(text, text.indexOf('user3@') + 4);
    await large.open('file:///large/edited.csv', text);
    await large.hover('file:///large/edited.csv', { line: 1, character: 1 });
    await large.edit('file:///large/edited.csv', { start: at, end: { ...at, character: at.character + 1 } }, 'X3');
    await small.open('file:///small/edited.csv', edited);
    const { caret, ...answer } = await ask(large, 'file:///large/edited.csv', edited, 2);
    const { caret: smallCaret, ...smallAnswer } = await ask(small, 'file:///small/edited.csv', edited);
    assert.deepEqual(answer, smallAnswer);
    assert.deepEqual(caret, { ...smallCaret, version: 2 });
  });

  it('after each typed change, reports exactly what the same text opened afresh gets', async () => {
    const uri = 'file:///typing/users.csv';
    let text = users();
    await large.open(uri, text);
    await large.pull(uri);
    const at = (needle: string, from = 0) => text.indexOf(needle, from);
    // Typing in the middle of a name, fixing Tokyo, breaking a row, joining two lines, a new duplicate.
    const edits: { offset: number; length: number; insert: string }[] = [
      { offset: at('佐藤 20') + 2, length: 0, insert: 'x' },
      { offset: at('Tokyo'), length: 5, insert: '0' },
      { offset: at('user40@'), length: 0, insert: '"' },
      { offset: at('\r\n', at('user50@')), length: 2, insert: '' },
      { offset: at('user55@'), length: 6, insert: 'user1' },
      { offset: at('user40@') - 1, length: 1, insert: ',' },
    ];
    let fresh = 0;
    for (const { offset, length, insert } of edits) {
      const range: Range = { start: positionAt(text, offset), end: positionAt(text, offset + length) };
      text = text.slice(0, offset) + insert + text.slice(offset + length);
      await large.edit(uri, range, insert);
      const typed = await large.pull(uri);
      const other = `file:///fresh/users${fresh++}.csv`;
      await large.open(other, text);
      assert.deepEqual(summary(typed), summary(await large.pull(other)));
    }
  });
});
