/**
 * No password leaves the server (issue 12): diagnostics (with their data and related information),
 * hovers, code actions, document symbols and log lines of the real server, for rows whose fields
 * are shifted so that the password sits in another column, and for a full-width password.
 */
import * as assert from 'node:assert/strict';
import { type TestClient, workspaceClient } from './harness';
import { HEADER, positionAt } from './text';

/** Rare capitals, digits and symbols: no run of 3 of them is in the server's own text. */
const PASSWORD = 'QZ7#XV2W';
const FULL_WIDTH = 'ＱＺ７＃ＸＶ２Ｗ';

const FILE = [
  HEADER,
  // An unquoted comma in the User name: the password lands in Locale.
  `a@x.jp,Sato, Taro,${PASSWORD},0,0,0,0,0,0,0,1`,
  // An extra empty field: the password lands in Locale.
  `b@x.jp,Jane Smith,,${PASSWORD},0,0,0,0,0,0,0,1`,
  // Two missing fields: the password lands in Login ID.
  `${PASSWORD},0,0,0,0,0,0,0,1`,
  `c@x.jp,Jane Smith,${FULL_WIDTH},0,0,0,0,0,0,0,1`,
  '',
].join('\r\n');

function runsOf(password: string): string[] {
  const runs: string[] = [];
  for (const form of [password, password.normalize('NFKC')]) {
    const chars = [...form];
    for (let i = 0; i + 3 <= chars.length; i++) runs.push(chars.slice(i, i + 3).join(''));
  }
  return runs;
}

describe('protocol: passwords are never shown back', () => {
  const workspace = workspaceClient('miitel-passwords-', { pull: true });
  let client: TestClient;
  before(() => {
    client = workspace.client;
  });

  it('in diagnostics, hovers, code actions, symbols and logs', async () => {
    const uri = workspace.uriOf('shifted.csv');
    await client.open(uri, FILE);
    const diagnostics = await client.pull(uri);
    assert.ok(
      diagnostics.some(
        (d) =>
          d.code === 'value/not-allowed' && typeof d.message === 'string' && d.message.startsWith('The value in Locale is not allowed'),
      ),
    );
    assert.ok(diagnostics.some((d) => d.code === 'password/invalid-character'));
    const seen: unknown[] = [diagnostics];
    for (const d of diagnostics) seen.push(await client.codeActions(uri, d.range, [d]));
    for (let offset = 0; offset < FILE.length; offset++) {
      if (offset === 0 || FILE[offset - 1] === ',' || FILE[offset - 1] === '\n')
        seen.push(await client.hover(uri, positionAt(FILE, offset)));
    }
    seen.push(await client.documentSymbols(uri));
    seen.push(client.logs);
    await client.close(uri);
    const text = JSON.stringify(seen);
    for (const run of [...runsOf(PASSWORD), ...runsOf(FULL_WIDTH)]) assert.ok(!text.includes(run), `${run} is shown`);
    for (const c of FULL_WIDTH) assert.ok(!text.includes(c), `${c} is shown`);
  });
});
