import * as assert from 'node:assert/strict';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { workspaceClient } from './harness';
import { applyWorkspaceEdit, HEADER, offsetOf, rangeAt, rangeOf } from './text';

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
const semi = (line: string) => line.replace(/,/g, ';');
const USER = 'sato@miitel.jp,"Sato, Taro",Xd7!kP2q,0,Tokyo,0,0,0,0,0,1';
/** A semicolon file: the comma inside the user name needs no quotes there. */
const SEMICOLONS = `${semi(HEADER)}\r\n${semi(USER).replace('"Sato; Taro"', 'Sato, Taro')}\r\n`;

describe('protocol: a file separated by semicolons', () => {
  const workspace = workspaceClient('miitel-delimiter-', { pull: true });

  it('gets csv/delimiter on line 1 and its rows checked as if commas, and the quick fix rewrites it with commas', async () => {
    const client = workspace.client;
    const uri = workspace.uriOf('semicolons.csv');
    await client.open(uri, SEMICOLONS);
    const diagnostics = await client.pull(uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range, d.message]),
      [
        ['csv/delimiter', rangeAt(SEMICOLONS, 0, HEADER.length), 'This file is separated by semicolons; MiiTel needs commas.'],
        ['value/not-allowed', rangeOf(SEMICOLONS, 'Tokyo'), diagnostics[1]?.message],
      ],
    );
    const delimiter = diagnostics[0]!;
    const [fix, ...others] = (await client.codeActions(uri, delimiter.range, [delimiter], ['quickfix'])) as CodeAction[];
    assert.deepEqual(others, []);
    assert.equal(fix?.title, 'Rewrite the file with commas');
    assert.equal(fix?.isPreferred, true);
    assert.equal(applyWorkspaceEdit(SEMICOLONS, uri, fix?.edit), `${HEADER}\r\n${USER}\r\n`);

    // Fix-all: the rewrite first, the time zone in the next round.
    const [fixAll] = (await client.codeActions(uri, START, [], ['source.fixAll.miitelCsv'])) as CodeAction[];
    assert.equal(applyWorkspaceEdit(SEMICOLONS, uri, fixAll?.edit), `${HEADER}\r\n${USER.replace('Tokyo', '0')}\r\n`);
    await client.close(uri);
  });

  it('reads the whole file again with commas when an edit inside line 1 turns the header into commas', async () => {
    const client = workspace.client;
    const uri = workspace.uriOf('typing.csv');
    await client.open(uri, SEMICOLONS);
    assert.equal((await client.pull(uri))[0]?.code, 'csv/delimiter');
    // Pasted over the header but its first character, as an incremental change.
    await client.edit(uri, rangeAt(SEMICOLONS, 1, HEADER.length - 1), HEADER.slice(1));
    const text = `${HEADER}${SEMICOLONS.slice(HEADER.length)}`;
    const row = offsetOf(text, 'sato@');
    // The row is now read at commas: too few fields for the header, and no csv/delimiter.
    const diagnostics = await client.pull(uri);
    assert.deepEqual(
      [diagnostics[0]?.code, diagnostics[0]?.range],
      ['csv/field-count', rangeAt(text, row, text.indexOf('\r\n', row) - row)],
    );
    assert.equal(diagnostics.filter((d) => d.code === 'csv/delimiter').length, 0);
    await client.close(uri);
  });
});
