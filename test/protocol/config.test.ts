/**
 * The organisation config through the protocol: writing or changing `.miitel-csv.json` (the
 * editor's watcher reports it) re-checks an open CSV; an open config gets its problems as
 * diagnostics; `miitelCsv.configFile: ignore` leaves it out; the template request takes its defaults.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { TemplateRequest } from '../../shared/protocol';
import { workspaceClient } from './harness';

const CSV = 'Login ID,User name,Password,Locale,Time zone\r\nsato@other.jp,佐藤 太郎,pHNK29BhZXcU,0,0\r\n';
const domainFindings = (diagnostics: readonly Diagnostic[]) =>
  diagnostics.filter((d) => d.code === 'login-id/domain').map((d) => ({ range: d.range, message: d.message }));
const SATO = { start: { line: 1, character: 0 }, end: { line: 1, character: 'sato@other.jp'.length } };

describe('protocol: the organisation config', () => {
  const workspace = workspaceClient('miitel-config-', { pull: true });
  const configUri = () => workspace.uriOf('.miitel-csv.json');
  const writeConfig = async (config: unknown) => {
    const refreshed = workspace.client.nextRefresh();
    writeFileSync(fileURLToPath(configUri()), typeof config === 'string' ? config : JSON.stringify(config));
    await workspace.client.filesChanged([configUri()]);
    await refreshed;
  };
  afterEach(async () => {
    rmSync(fileURLToPath(configUri()), { force: true });
    await workspace.client.filesChanged([configUri()]);
  });

  it('re-checks an open CSV when the config is written and changed', async () => {
    const uri = workspace.uriOf('users.csv');
    writeFileSync(fileURLToPath(uri), CSV);
    await workspace.client.open(uri, CSV);
    assert.deepEqual(domainFindings(await workspace.client.pull(uri)), []);
    await writeConfig({ loginIdDomains: ['example.com'] });
    assert.deepEqual(domainFindings(await workspace.client.pull(uri)), [
      { range: SATO, message: 'The domain "other.jp" of this Login ID is not the organisation\'s: use example.com.' },
    ]);
    await writeConfig({ loginIdDomains: ['example.com', 'other.jp'] });
    assert.deepEqual(domainFindings(await workspace.client.pull(uri)), []);
    await workspace.client.close(uri);
  });

  it('reads, for a CSV outside every workspace folder, the config in its own folder only (where the check-this-file command writes it)', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'miitel-outside-'));
    try {
      mkdirSync(join(outside, 'sub'));
      const csv = join(outside, 'sub', 'users.csv');
      writeFileSync(csv, CSV);
      // A config above the file's folder is not looked for: no walking up unknown folders.
      writeFileSync(join(outside, '.miitel-csv.json'), JSON.stringify({ loginIdDomains: ['above.jp'] }));
      const uri = pathToFileURL(csv).href;
      await workspace.client.open(uri, CSV);
      assert.deepEqual(domainFindings(await workspace.client.pull(uri)), []);
      const refreshed = workspace.client.nextRefresh();
      const own = pathToFileURL(join(outside, 'sub', '.miitel-csv.json')).href;
      writeFileSync(fileURLToPath(own), JSON.stringify({ loginIdDomains: ['example.com'] }));
      await workspace.client.filesChanged([own]);
      await refreshed;
      assert.deepEqual(domainFindings(await workspace.client.pull(uri)), [
        { range: SATO, message: 'The domain "other.jp" of this Login ID is not the organisation\'s: use example.com.' },
      ]);
      await workspace.client.close(uri);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('wins over the settings for what it sets; the settings fill in the rest', async () => {
    const uri = workspace.uriOf('precedence.csv');
    const refreshed = workspace.client.nextRefresh();
    await workspace.client.changeConfiguration({ rules: { 'login-id/domain': 'info', 'value/whitespace': 'off' } });
    await refreshed;
    await workspace.client.open(uri, CSV);
    await writeConfig({ loginIdDomains: ['example.com'], rules: { 'login-id/domain': 'warning' } });
    const severities = (await workspace.client.pull(uri)).filter((d) => d.code === 'login-id/domain').map((d) => d.severity);
    assert.deepEqual(severities, [2]);
    await writeConfig({ loginIdDomains: ['example.com'] });
    const personal = (await workspace.client.pull(uri)).filter((d) => d.code === 'login-id/domain').map((d) => d.severity);
    assert.deepEqual(personal, [3]);
    await workspace.client.close(uri);
  });

  it('leaves the config out with miitelCsv.configFile: ignore', async () => {
    const uri = workspace.uriOf('ignored.csv');
    await workspace.client.open(uri, CSV);
    await writeConfig({ loginIdDomains: ['example.com'] });
    assert.equal(domainFindings(await workspace.client.pull(uri)).length, 1);
    const refreshed = workspace.client.nextRefresh();
    await workspace.client.changeConfiguration({ configFile: 'ignore' });
    await refreshed;
    assert.deepEqual(domainFindings(await workspace.client.pull(uri)), []);
    await workspace.client.close(uri);
  });

  it('reports the problems of an open config in it, as it is typed, and logs those of the file on disk', async () => {
    const text = '{\n  "maxUsersPerFile": "100",\n  "loginIdDomains": ["example.com"]\n}\n';
    await writeConfig(text);
    await workspace.client.open(configUri(), text, 'json');
    const diagnostics = await workspace.client.pull(configUri());
    assert.deepEqual(
      diagnostics.map((d) => ({ range: d.range, severity: d.severity, message: d.message })),
      [
        {
          range: { start: { line: 1, character: 21 }, end: { line: 1, character: 26 } },
          severity: 1,
          message: '"maxUsersPerFile" must be a whole number.',
        },
      ],
    );
    await workspace.client.change(configUri(), '{"format": "auto"}');
    assert.deepEqual(await workspace.client.pull(configUri()), []);
    await workspace.client.close(configUri());
    // The valid keys of the file on disk are used; the problem is in the log, with its place.
    const uri = workspace.uriOf('half.csv');
    await workspace.client.open(uri, CSV);
    assert.equal(domainFindings(await workspace.client.pull(uri)).length, 1);
    const file = join(workspace.folder, '.miitel-csv.json');
    assert.ok(
      workspace.client.logs.some((line) => line.includes(`${file}:2:22: "maxUsersPerFile" must be a whole number.`)),
      workspace.client.logs.join('\n'),
    );
    // Shown once, however many documents use the config.
    const file2 = workspace.uriOf('half2.csv');
    await workspace.client.open(file2, CSV);
    await workspace.client.pull(file2);
    assert.deepEqual(workspace.client.shown, [
      `The organisation config ${file} has problems: the keys with them are not used. Open it to see them; the "MiiTel CSV" output lists them.`,
    ]);
    await workspace.client.close(file2);
    await workspace.client.close(uri);
  });

  it('gives the template request the config defaults of the folder written to', async () => {
    await writeConfig({ template: { locale: '1', values: { 'Administrative privileges': '1' } } });
    const result = await workspace.client.request(TemplateRequest, {
      rows: 1,
      encoding: 'utf-8',
      folder: pathToFileURL(workspace.folder).href,
    });
    assert.ok(result && 'text' in result);
    assert.match(result.text.split('\r\n')[1] ?? '', /^,,[A-Za-z0-9]{12},1,0,1,0,0,0,0,0$/);
  });
});

describe('protocol: the organisation config, pushed diagnostics', () => {
  const workspace = workspaceClient('miitel-config-push-', { pull: false });

  it('publishes again when the config is written', async () => {
    const uri = workspace.uriOf('users.csv');
    const opened = workspace.client.nextPublish(uri);
    await workspace.client.open(uri, CSV);
    assert.deepEqual(domainFindings((await opened).diagnostics), []);
    const configUri = workspace.uriOf('.miitel-csv.json');
    writeFileSync(fileURLToPath(configUri), JSON.stringify({ loginIdDomains: ['example.com'] }));
    const republished = workspace.client.nextPublish(uri);
    await workspace.client.filesChanged([configUri]);
    assert.deepEqual(domainFindings((await republished).diagnostics), [
      { range: SATO, message: 'The domain "other.jp" of this Login ID is not the organisation\'s: use example.com.' },
    ]);
    await workspace.client.close(uri);
  });
});
