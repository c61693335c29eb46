/**
 * The .vsix that `npm run package` builds: exactly the files a user needs (the allowlist in
 * .vscodeignore), production bundles, a manifest VS Code 1.100 accepts, and a small download.
 * Run by the end-to-end runners right after packaging (it needs the .vsix, so it is not a unit test).
 */
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { type ZipEntry, zipEntries, zipEntryData } from './vsix';

// Compiled to out/test/e2e: the project root is three levels up.
const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  main: string;
  icon: string;
  engines: { vscode: string };
};
const vsixPath = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
const MAX_BYTES = 1_000_000;

describe('the .vsix package', () => {
  let zip: Buffer;
  let entries: ZipEntry[];
  const text = (name: string) => {
    const entry = entries.find((e) => e.name === name);
    assert.ok(entry, `${name} is not in the package`);
    return zipEntryData(zip, entry).toString('utf8');
  };

  before(() => {
    assert.ok(existsSync(vsixPath), `${vsixPath} is missing: run "npm run package" first`);
    zip = readFileSync(vsixPath);
    entries = zipEntries(zip);
  });

  it('holds exactly the bundles (client, server, table view), the manifest, the docs, the licence, the icon and the config schema', () => {
    const localisations = readdirSync(root).filter((f) => /^package\.nls(\..+)?\.json$/.test(f));
    const bundles = readdirSync(path.join(root, 'l10n')).filter((f) => /^bundle\.l10n(\.[A-Za-z0-9-]+)?\.json$/.test(f));
    const expected = [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/changelog.md',
      'extension/dist/client.js',
      'extension/docs/screenshot.png',
      'extension/docs/screenshot-ja.png',
      'extension/docs/table.png',
      'extension/docs/table-ja.png',
      'extension/README.ja.md',
      'extension/dist/server.js',
      'extension/dist/tableView.js',
      'extension/dist/tableView.css',
      'extension/images/icon.png',
      'extension/package.json',
      'extension/readme.md',
      'extension/schemas/miitel-csv.schema.json',
      ...localisations.map((f) => `extension/${f}`),
      ...bundles.map((f) => `extension/l10n/${f}`),
    ].sort();
    assert.deepEqual(entries.map((e) => e.name).sort(), expected);
  });

  it(`stays under ${MAX_BYTES / 1_000_000} MB`, () => {
    const size = statSync(vsixPath).size;
    assert.ok(size < MAX_BYTES, `${path.basename(vsixPath)} is ${size} bytes`);
  });

  it('ships production bundles: minified, without source map references', () => {
    for (const bundle of ['extension/dist/client.js', 'extension/dist/server.js', 'extension/dist/tableView.js']) {
      const code = text(bundle);
      assert.doesNotMatch(code, /sourceMappingURL/, bundle);
      assert.ok(code.split('\n').length < 100, `${bundle} has ${code.split('\n').length} lines: not minified`);
    }
  });

  it('has the server bundle where the client starts it from', () => {
    assert.equal(manifest.main, './dist/client.js');
    assert.match(text('extension/dist/client.js'), /"dist\/server\.js"/);
  });

  it('declares the same manifest, the VS Code engine and the icon', () => {
    assert.deepEqual(JSON.parse(text('extension/package.json')), JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')));
    const vsixManifest = text('extension.vsixmanifest');
    assert.match(vsixManifest, new RegExp(`Id="Microsoft\\.VisualStudio\\.Code\\.Engine" Value="\\${manifest.engines.vscode}"`));
    assert.match(vsixManifest, new RegExp(`<Icon>extension/${manifest.icon}</Icon>`));
    const icon = zipEntryData(zip, entries.find((e) => e.name === `extension/${manifest.icon}`) as ZipEntry);
    assert.equal(icon.subarray(1, 4).toString('ascii'), 'PNG');
    assert.equal(icon.readUInt32BE(16), 128, 'icon width');
    assert.equal(icon.readUInt32BE(20), 128, 'icon height');
  });
});
