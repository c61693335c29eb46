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
  contributes: { walkthroughs: { steps: { media: { svg?: string; image?: string } }[] }[] };
};
const vsixPath = path.join(root, `${manifest.name}-${manifest.version}.vsix`);
const MAX_BYTES = 1_000_000;

/** The files the walkthrough's steps show (package.json `contributes.walkthroughs`). */
const walkthroughMedia = () =>
  manifest.contributes.walkthroughs.flatMap((w) => w.steps.map((s) => s.media.svg ?? s.media.image ?? '')).filter(Boolean);
/** The Markdown pages under `directory` (relative to the root), by path relative to the root. */
function rulePages(directory: string): string[] {
  return readdirSync(path.join(root, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = `${directory}/${entry.name}`;
    if (entry.isDirectory()) return rulePages(relative);
    return entry.name.endsWith('.md') ? [relative] : [];
  });
}

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

  it('holds exactly the bundles (client, server, table view), the manifest, the README and changelog, the licence, the icon, the config schema, the walkthrough pictures and the pages of the codes', () => {
    const localisations = readdirSync(root).filter((f) => /^package\.nls(\..+)?\.json$/.test(f));
    const bundles = readdirSync(path.join(root, 'l10n')).filter((f) => /^bundle\.l10n(\.[A-Za-z0-9-]+)?\.json$/.test(f));
    const expected = [
      '[Content_Types].xml',
      'extension.vsixmanifest',
      'extension/LICENSE.txt',
      'extension/changelog.md',
      'extension/dist/client.js',
      'extension/dist/server.js',
      'extension/dist/tableView.js',
      'extension/dist/tableView.css',
      'extension/images/icon.png',
      'extension/package.json',
      'extension/readme.md',
      'extension/schemas/miitel-csv.schema.json',
      ...walkthroughMedia().map((f) => `extension/${f}`),
      ...localisations.map((f) => `extension/${f}`),
      ...bundles.map((f) => `extension/l10n/${f}`),
      ...rulePages('docs/rules').map((f) => `extension/${f}`),
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

/**
 * The targets of the Markdown links and images of `markdown`, outside code blocks and code spans
 * (there `[a](b)` is text). Heading ids as VS Code's Details page makes them (GitHub's slugs).
 */
function linksOf(markdown: string): { image: boolean; target: string }[] {
  const prose = markdown.replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '').replace(/``[^\n]*?``|`[^`\n]*`/g, '``');
  return [...prose.matchAll(/(!?)\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => ({ image: m[1] === '!', target: m[2] ?? '' }));
}
const headingIds = (markdown: string) =>
  markdown
    .replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '')
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) =>
      line
        .replace(/^#+ /, '')
        .replace(/`/g, '')
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
        .replace(/\s/g, '-'),
    );

describe("the packaged README (the extension's Details page in VS Code)", () => {
  let readme: string;

  before(() => {
    const zip = readFileSync(vsixPath);
    const entry = zipEntries(zip).find((e) => e.name === 'extension/readme.md');
    assert.ok(entry, 'extension/readme.md is not in the package');
    readme = zipEntryData(zip, entry).toString('utf8');
  });

  // The Details page has no base address and loads images only from https: and data:, so a
  // relative image or link is broken there even when its file is in the package.
  it('has no relative image or link: images are data: PNGs, links absolute or to one of its headings', () => {
    const links = linksOf(readme);
    assert.ok(
      links.some((l) => l.image),
      'the README shows the screenshot',
    );
    const ids = new Set(headingIds(readme));
    for (const { image, target } of links) {
      if (image) {
        assert.match(target, /^data:image\/png;base64,/, `image ${target.slice(0, 80)}`);
        const png = Buffer.from(target.slice(target.indexOf(',') + 1), 'base64');
        assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG', 'the data: image is a whole PNG');
      } else if (target.startsWith('#')) assert.ok(ids.has(decodeURIComponent(target.slice(1))), `no heading for the link ${target}`);
      else assert.match(target, /^(https|mailto):/, `link ${target}`);
    }
  });

  it('is README.md with those links resolved, then the Japanese section for administrators, which its first link leads to', () => {
    const strip = (text: string) => text.replace(/!?\[([^\]]*)\]\([^)\s]+\)/g, '$1');
    const source = readFileSync(path.join(root, 'README.md'), 'utf8');
    assert.ok(strip(readme).startsWith(strip(source).trimEnd()), 'the packaged README differs from README.md in more than its links');
    assert.match(readme, /\(the column spec as data is shared\/formats\/createUsers\.ts\)/);
    assert.match(readme, /^\[日本語の説明はこちら\]\(#管理者の方へ日本語\)$/m);
    const japanese = readme.slice(readme.indexOf('\n## 管理者の方へ（日本語）\n'));
    assert.match(japanese, /拡張機能: VSIX からのインストール/);
    assert.match(japanese, /\[MiiTel Admin を開く\]/);
  });

  it('opens with the section for administrators, before the developer set-up', () => {
    const headings = readme.split('\n').filter((line) => line.startsWith('## '));
    assert.equal(headings[0], '## For administrators');
    assert.ok(headings.indexOf('## Set up on a fresh machine (developers)') > 0);
    assert.match(readme, /Extensions: Install from VSIX…/);
    assert.match(readme, /Open Walkthrough…/);
  });

  it("ships every picture of the walkthrough's steps", () => {
    const names = new Set(zipEntries(readFileSync(vsixPath)).map((e) => e.name));
    assert.equal(walkthroughMedia().length, 4);
    for (const file of walkthroughMedia()) assert.ok(names.has(`extension/${file}`), file);
  });
});
