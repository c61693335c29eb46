import * as assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic, Range } from 'vscode-languageserver-protocol';
import { TestClient, workspaceClient } from './harness';

const HEADER =
  'Login ID,User name,Password,Locale,Time zone,Administrative privileges,Monitoring privileges,' +
  'MiiTel Analytics Download recorded audio files,MiiTel Analytics Export call history as CSV,' +
  'MiiTel Analytics Export contact data as CSV,MiiTel Phone Enable';

/** Three users: Suzuki has time zone 99, the third row repeats Sato's Login ID. */
const TWO_MISTAKES = [
  HEADER,
  'sato@miitel.jp,Sato Taro,Xd7!kP2q,0,0,0,0,0,0,0,1',
  'suzuki@miitel.jp,Suzuki Hanako,Qm4#tR8w,1,99,0,0,0,0,0,1',
  'sato@miitel.jp,Sato Jiro,Lp9$vB3n,0,0,0,0,0,0,0,1',
  '',
].join('\n');

/** The range of the `occurrence`-th (0-based) `needle` in `text`, counted in UTF-16 units per line. */
function rangeOf(text: string, needle: string, occurrence = 0): Range {
  let offset = -1;
  for (let i = 0; i <= occurrence; i++) offset = text.indexOf(needle, offset + 1);
  assert.ok(offset >= 0, `${needle} #${occurrence} not in the text`);
  const position = (at: number) => {
    const before = text.slice(0, at);
    const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
    return { line: before.split(/\r\n|\r|\n/).length - 1, character: at - lineStart };
  };
  return { start: position(offset), end: position(offset + needle.length) };
}

/** Code and range of each diagnostic, in order: what a user sees in the Problems panel. */
const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.map((d) => ({ code: d.code, range: d.range }));

/** How a client of each kind obtains the diagnostics that follow an action. */
interface Mode {
  readonly name: string;
  readonly pull: boolean;
  diagnosticsAfter(client: TestClient, uri: string, action: () => Promise<unknown>): Promise<Diagnostic[]>;
  /** Notifies a settings change and waits until the server reacts (refresh request, or new push). */
  afterSettingsChange(client: TestClient, uri: string, settings: Record<string, unknown>): Promise<Diagnostic[]>;
}

const PULL: Mode = {
  name: 'a client that pulls diagnostics (like VS Code)',
  pull: true,
  async diagnosticsAfter(client, uri, action) {
    await action();
    return client.pull(uri);
  },
  async afterSettingsChange(client, uri, settings) {
    const refreshed = client.nextRefresh();
    await client.changeConfiguration(settings);
    await refreshed;
    return client.pull(uri);
  },
};

const PUSH: Mode = {
  name: 'a client that only accepts pushed diagnostics (like Neovim)',
  pull: false,
  async diagnosticsAfter(client, uri, action) {
    const published = client.nextPublish(uri);
    await action();
    return (await published).diagnostics;
  },
  async afterSettingsChange(client, uri, settings) {
    const published = client.nextPublish(uri);
    await client.changeConfiguration(settings);
    return (await published).diagnostics;
  },
};

for (const mode of [PULL, PUSH]) {
  describe(`protocol: diagnostics with ${mode.name}`, () => {
    const workspace = workspaceClient('miitel-protocol-', { pull: mode.pull });
    const uriOf = workspace.uriOf;
    let client: TestClient;
    let folder: string;
    before(() => {
      client = workspace.client;
      folder = workspace.folder;
    });

    it('announces pull diagnostics only to a client that pulls', () => {
      assert.equal(client.initializeResult?.capabilities.diagnosticProvider !== undefined, mode.pull);
    });

    it('reports a bad time zone and a duplicate Login ID on their cells, pointing back at the first use', async () => {
      const uri = uriOf('mistakes.csv');
      const diagnostics = await mode.diagnosticsAfter(client, uri, () => client.open(uri, TWO_MISTAKES));
      assert.deepEqual(summary(diagnostics), [
        // "suzuki@miitel.jp," 17 + "Suzuki Hanako," 14 + "Qm4#tR8w," 9 + "1," 2: 99 spans 42–44 on line 2.
        { code: 'value/not-allowed', range: { start: { line: 2, character: 42 }, end: { line: 2, character: 44 } } },
        { code: 'login-id/duplicate', range: { start: { line: 3, character: 0 }, end: { line: 3, character: 14 } } },
      ]);
      assert.deepEqual(diagnostics[0]?.range, rangeOf(TWO_MISTAKES, '99'));
      const [timeZone, duplicate] = diagnostics;
      assert.ok(timeZone && duplicate);
      assert.equal(timeZone.severity, 1);
      assert.equal(timeZone.source, 'miitel-csv');
      assert.deepEqual(timeZone.data, { column: 'timeZone', value: '99', allowed: [...Array(14).keys()].map(String) });
      assert.match(timeZone.message as string, /"99" is not allowed in Time zone/);
      assert.equal(duplicate.severity, 1);
      assert.deepEqual(duplicate.data, { loginId: 'sato@miitel.jp', firstLine: 2 });
      assert.deepEqual(duplicate.relatedInformation, [
        { location: { uri, range: rangeOf(TWO_MISTAKES, 'sato@miitel.jp', 0) }, message: 'First use of this Login ID.' },
      ]);
      await client.close(uri);
    });

    it('reports nothing at all for an unrelated CSV', async () => {
      const uri = uriOf('sales.csv');
      const text = 'date,amount,currency\n2026-01-01,"12,5",JPY\nbroken,"unclosed\n';
      assert.deepEqual(await mode.diagnosticsAfter(client, uri, () => client.open(uri, text)), []);
      await client.close(uri);
    });

    it('checks an unsaved (untitled) document by its header', async () => {
      const uri = 'untitled:Untitled-1';
      const diagnostics = await mode.diagnosticsAfter(client, uri, () => client.open(uri, TWO_MISTAKES));
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['value/not-allowed', 'login-id/duplicate'],
      );
      await client.close(uri);
    });

    it('counts characters in UTF-16 units on CRLF lines after a Japanese user name', async () => {
      const uri = uriOf('japanese.csv');
      const text = `${HEADER}\r\nsato@miitel.jp,佐藤 太郎,Xd7!kP2q,0,Tokyo,0,0,0,0,0,1\r\n`;
      const diagnostics = await mode.diagnosticsAfter(client, uri, () => client.open(uri, text));
      // "sato@miitel.jp," is 15 units, "佐藤 太郎," 6, "Xd7!kP2q," 9, "0," 2: Tokyo spans 32–37 on line 1.
      assert.deepEqual(summary(diagnostics), [
        { code: 'value/not-allowed', range: { start: { line: 1, character: 32 }, end: { line: 1, character: 37 } } },
      ]);
      assert.deepEqual(summary(diagnostics), [{ code: 'value/not-allowed', range: rangeOf(text, 'Tokyo') }]);
      const [tokyo] = diagnostics;
      assert.ok(tokyo);
      assert.equal((tokyo.data as { suggestion?: string }).suggestion, '0');
      await client.close(uri);
    });

    it('drops a fixed mistake after an edit', async () => {
      const uri = uriOf('edited.csv');
      const first = await mode.diagnosticsAfter(client, uri, () => client.open(uri, TWO_MISTAKES));
      assert.deepEqual(
        first.map((d) => d.code),
        ['value/not-allowed', 'login-id/duplicate'],
      );
      const fixed = TWO_MISTAKES.replace(',99,', ',6,');
      const second = await mode.diagnosticsAfter(client, uri, () => client.change(uri, fixed));
      assert.deepEqual(summary(second), [{ code: 'login-id/duplicate', range: rangeOf(fixed, 'sato@miitel.jp', 1) }]);
      await client.close(uri);
    });

    it('reads the settings of the document and re-validates when they change', async () => {
      const uri = uriOf('settings.csv');
      const before = await mode.diagnosticsAfter(client, uri, () => client.open(uri, TWO_MISTAKES));
      assert.deepEqual(
        before.map((d) => d.code),
        ['value/not-allowed', 'login-id/duplicate'],
      );
      assert.ok(client.configurationRequests.some((item) => item.scopeUri === uri && item.section === 'miitelCsv'));

      const after = await mode.afterSettingsChange(client, uri, { rules: { 'login-id/duplicate': 'off', 'value/not-allowed': 'warning' } });
      assert.deepEqual(
        after.map((d) => [d.code, d.severity]),
        [['value/not-allowed', 2]],
      );
      await client.close(uri);
    });

    it('checks a file named by miitelCsv.files even without a MiiTel header', async () => {
      // Settings are read per document, so a document opened now gets these.
      client.settings = { files: ['imports/*.csv'] };
      const uri = uriOf('imports/list.csv');
      const text = 'Login ID,Name\nsato@miitel.jp,Sato\n';
      const diagnostics = await mode.diagnosticsAfter(client, uri, () => client.open(uri, text));
      assert.ok(diagnostics.length > 0);
      assert.deepEqual(
        summary(diagnostics).find((d) => d.code === 'header/unknown-column'),
        {
          code: 'header/unknown-column',
          range: rangeOf(text, 'Name'),
        },
      );
      await client.close(uri);
    });

    it('reports Login IDs listed in miitelCsv.existingLoginIdsFile, and logs a missing file without failing', async () => {
      writeFileSync(path.join(folder, 'in-use.csv'), '\ufeffUser name,Login ID\r\nSuzuki,SUZUKI@miitel.jp\r\n');
      const uri = uriOf('in-use-check.csv');
      client.settings = { existingLoginIdsFile: 'in-use.csv', rules: { 'login-id/duplicate': 'off', 'value/not-allowed': 'off' } };
      const diagnostics = await mode.diagnosticsAfter(client, uri, () => client.open(uri, TWO_MISTAKES));
      assert.deepEqual(summary(diagnostics), [{ code: 'login-id/in-use', range: rangeOf(TWO_MISTAKES, 'suzuki@miitel.jp') }]);

      const missing = await mode.afterSettingsChange(client, uri, { existingLoginIdsFile: 'missing.txt', rules: client.settings.rules });
      assert.deepEqual(missing, []);
      assert.equal(client.logs.filter((line) => line.includes('missing.txt')).length, 1);
      await client.close(uri);
    });
  });
}

describe('protocol: diagnostics with a client that neither pulls diagnostics nor answers workspace/configuration', () => {
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ pull: false, configuration: false });
  });

  after(async () => {
    await client.stop();
  });

  it('clears the published diagnostics when the document closes', async () => {
    const uri = 'file:///nowhere/closed.csv';
    const published = client.nextPublish(uri);
    await client.open(uri, TWO_MISTAKES);
    assert.equal((await published).diagnostics.length, 2);
    const cleared = client.nextPublish(uri);
    await client.close(uri);
    assert.deepEqual((await cleared).diagnostics, []);
  });

  it('validates with the defaults, then with the section sent in didChangeConfiguration', async () => {
    const uri = 'file:///nowhere/users.csv';
    const published = client.nextPublish(uri);
    await client.open(uri, TWO_MISTAKES);
    assert.deepEqual(
      (await published).diagnostics.map((d) => d.code),
      ['value/not-allowed', 'login-id/duplicate'],
    );

    const republished = client.nextPublish(uri);
    await client.changeConfiguration({ rules: { 'value/not-allowed': 'off' } });
    assert.deepEqual(
      (await republished).diagnostics.map((d) => d.code),
      ['login-id/duplicate'],
    );
    assert.deepEqual(client.configurationRequests, []);
  });
});
