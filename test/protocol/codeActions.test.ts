import * as assert from 'node:assert/strict';
import type { CodeAction, Command, Diagnostic } from 'vscode-languageserver-protocol';
import { type TestClient, workspaceClient } from './harness';
import { applyWorkspaceEdit, HEADER, rangeOf } from './text';

/** Narrows the answer to code action literals (the server never sends bare commands to a client that takes literals). */
function literals(actions: (Command | CodeAction)[] | null): CodeAction[] {
  assert.ok(actions, 'a code action list');
  for (const a of actions) assert.equal(typeof a.command === 'string', false, `${a.title} is a bare Command`);
  return actions as CodeAction[];
}

const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * A CRLF file with quoted multi-line cells (one with doubled quotes) and five mistakes: a locale
 * and a time zone spelled out, spaces around a flag, a full-width digit, and a repeated Login ID.
 * Only the last one needs a human.
 */
function users(values: { locale: string; zone: string; admin: string; phone: string }): string {
  return [
    HEADER,
    `sato@miitel.jp,"Sato\r\nTaro",Xd7!kP2q,${values.locale},${values.zone},${values.admin},0,0,0,0,${values.phone}`,
    'suzuki@miitel.jp,"Suzuki ""Hana""\r\nHanako",Qm4#tR8w,1,6,0,0,0,0,0,1',
    'sato@miitel.jp,Sato Jiro,Lp9$vB3n,0,0,0,0,0,0,0,1',
    '',
  ].join('\r\n');
}
const MISTAKES = users({ locale: 'English', zone: 'Tokyo', admin: ' 1', phone: '１' });

describe('protocol: code actions', () => {
  const workspace = workspaceClient('miitel-actions-', { pull: true });
  const uriOf = workspace.uriOf;
  let client: TestClient;
  before(() => {
    client = workspace.client;
  });

  it('reports the five mistakes of the fixture', async () => {
    const uri = uriOf('fixture.csv');
    await client.open(uri, MISTAKES);
    assert.deepEqual(
      (await client.pull(uri)).map((d) => [d.code, d.range]),
      [
        ['value/not-allowed', rangeOf(MISTAKES, 'English')],
        ['value/not-allowed', rangeOf(MISTAKES, 'Tokyo')],
        ['value/whitespace', rangeOf(MISTAKES, ' 1')],
        ['value/full-width', rangeOf(MISTAKES, '１')],
        ['login-id/duplicate', rangeOf(MISTAKES, 'sato@miitel.jp', 1)],
      ],
    );
    await client.close(uri);
  });

  it('offers a preferred quick fix for Tokyo in Time zone that changes only that cell', async () => {
    const uri = uriOf('quick-fix.csv');
    await client.open(uri, MISTAKES);
    const tokyo = (await client.pull(uri)).find((d) => d.code === 'value/not-allowed' && (d.data as { value: string }).value === 'Tokyo');
    assert.ok(tokyo);
    const actions = literals(await client.codeActions(uri, tokyo.range, [tokyo]));
    const quickFixes = actions.filter((a) => a.kind === 'quickfix');
    assert.equal(quickFixes.length, 1);
    const [fix] = quickFixes;
    assert.ok(fix);
    assert.equal(fix.title, 'Replace with 0 (GMT+9:00) Tokyo');
    assert.equal(fix.isPreferred, true);
    assert.deepEqual(fix.diagnostics, [tokyo]);
    // CRLF everywhere and the quoted cells (line breaks, doubled quotes) byte for byte.
    assert.equal(applyWorkspaceEdit(MISTAKES, uri, fix.edit), users({ locale: 'English', zone: '0', admin: ' 1', phone: '１' }));
    await client.close(uri);
  });

  it('links the fix to the finding even when the client sends no diagnostics (like Neovim)', async () => {
    const uri = uriOf('quick-fix-bare.csv');
    await client.open(uri, MISTAKES);
    const diagnostics = await client.pull(uri);
    const whitespace = diagnostics.find((d) => d.code === 'value/whitespace');
    assert.ok(whitespace);
    const [fix] = literals(await client.codeActions(uri, whitespace.range, [], ['quickfix']));
    assert.ok(fix);
    assert.deepEqual(fix.diagnostics, [whitespace]);
    assert.equal(applyWorkspaceEdit(MISTAKES, uri, fix.edit), users({ locale: 'English', zone: 'Tokyo', admin: '1', phone: '１' }));
    await client.close(uri);
  });

  it('fixes what keeps its meaning with source.fixAll.miitelCsv, counted in its title and the log, leaving only the duplicate Login ID', async () => {
    const uri = uriOf('fix-all.csv');
    await client.open(uri, MISTAKES);
    const actions = literals(await client.codeActions(uri, START, [], ['source.fixAll.miitelCsv']));
    assert.equal(actions.length, 1);
    const [fixAll] = actions;
    assert.ok(fixAll);
    assert.equal(fixAll.kind, 'source.fixAll.miitelCsv');
    assert.equal(fixAll.title, 'Fix 4 MiiTel CSV problems that keep their meaning');
    assert.ok(
      client.logs.includes(
        `Fix-all edit for ${uri}. Fixed 4 problems: 2 codes written as words or numbers, 1 value with spaces around it, 1 value in full-width characters`,
      ),
    );
    const fixed = applyWorkspaceEdit(MISTAKES, uri, fixAll.edit);
    assert.equal(fixed, users({ locale: '1', zone: '0', admin: '1', phone: '1' }));

    await client.change(uri, fixed);
    const after: Diagnostic[] = await client.pull(uri);
    assert.deepEqual(
      after.map((d) => [d.code, d.range]),
      [['login-id/duplicate', rangeOf(fixed, 'sato@miitel.jp', 1)]],
    );
    // Nothing left to fix: no action at all.
    assert.deepEqual(await client.codeActions(uri, START, [], ['source.fixAll.miitelCsv']), []);
    await client.close(uri);
  });

  it('offers fix-all disabled, saying why, on a file above miitelCsv.largeFileThreshold', async () => {
    const uri = uriOf('fix-all-large.csv');
    await client.changeConfiguration({ largeFileThreshold: 100 });
    await client.open(uri, MISTAKES);
    await client.pull(uri);
    const actions = literals(await client.codeActions(uri, START, [], ['source.fixAll.miitelCsv']));
    assert.equal(actions.length, 1);
    const [fixAll] = actions;
    assert.equal(fixAll?.edit, undefined);
    assert.match(fixAll?.disabled?.reason ?? '', /miitelCsv\.largeFileThreshold/);
    await client.close(uri);
  });

  it('answers the generic source.fixAll (editor.codeActionsOnSave) and source kinds with the same action, and quickfix without it', async () => {
    const uri = uriOf('fix-all-kinds.csv');
    await client.open(uri, MISTAKES);
    const specific = literals(await client.codeActions(uri, START, [], ['source.fixAll.miitelCsv']));
    assert.deepEqual(literals(await client.codeActions(uri, START, [], ['source.fixAll'])), specific);
    assert.deepEqual(literals(await client.codeActions(uri, START, [], ['source'])), specific);
    const tokyo = rangeOf(MISTAKES, 'Tokyo');
    assert.deepEqual(
      literals(await client.codeActions(uri, tokyo, [], ['quickfix'])).map((a) => a.kind),
      ['quickfix'],
    );
    await client.close(uri);
  });

  it('offers the miitelCsv.splitFile command for too many users', async () => {
    const uri = uriOf('too-many.csv');
    client.settings = { maxUsersPerFile: 2 };
    const text = [
      HEADER,
      'sato@miitel.jp,Sato Taro,Xd7!kP2q,0,0,0,0,0,0,0,1',
      'suzuki@miitel.jp,"Suzuki\r\nHanako",Qm4#tR8w,1,6,0,0,0,0,0,1',
      'ito@miitel.jp,Ito Jun,Zr5%wC6m,1,7,0,0,0,0,0,1',
      '',
    ].join('\r\n');
    await client.open(uri, text);
    const diagnostics = await client.pull(uri);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range]),
      [['rows/too-many', rangeOf(text, 'ito@miitel.jp,Ito Jun,Zr5%wC6m,1,7,0,0,0,0,0,1')]],
    );
    const [tooMany] = diagnostics;
    assert.ok(tooMany);
    const actions = literals(await client.codeActions(uri, tooMany.range, diagnostics));
    assert.deepEqual(actions, [
      {
        title: 'Split into files of 2 users',
        kind: 'quickfix',
        diagnostics,
        command: { title: 'Split into files of 2 users', command: 'miitelCsv.splitFile', arguments: [uri, 2] },
      },
      {
        title: 'Learn more about rows/too-many',
        command: { title: 'Learn more about rows/too-many', command: 'miitelCsv.showRuleDoc', arguments: [tooMany.codeDescription?.href] },
      },
    ]);
    await client.close(uri);
  });
});
