// Writes dist/README.md, the README that `npm run package` puts in the .vsix (vsce --readme-path)
// and that VS Code shows on the extension's Details page.
//
// That page renders the README in a webview whose Content-Security-Policy allows images only from
// `https:` and `data:`, and it opens only http(s), mailto and (for built-in extensions) command
// links. There is no base address: a relative image or link resolves against the webview itself,
// never against the installed extension's folder (checked in code-server 1.100: a broken image).
// Without a public repository for vsce to point relative paths at, the packaged README therefore
// carries its images as data: URIs and shows links to the project's own files as plain text.
// Absolute links stay as they are, and so do in-page links (`#section`: the page gives headings
// GitHub's ids) whose heading is in the packaged README. Only the README is shown there, so the
// Japanese README's section for administrators is appended, and the link to README.ja.md leads to it.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const IMAGE_TYPES = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif' };
/** A Markdown link or image: `[text](target)` or `![alt](target)`, the text without brackets. */
const LINK = /(!?)\[([^\]]*)\]\(([^)\s]+)\)/g;

/** Whether `target` is relative to the README's folder (not a scheme, not an in-page `#anchor`). */
export const isRelative = (target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith('#');

/** `target` (a relative image path) as a data: URI of the file's bytes. */
function dataUri(target, folder) {
  const file = path.join(folder, decodeURI(target));
  const type = IMAGE_TYPES[path.extname(file).toLowerCase()];
  // VS Code's sanitiser keeps data: images, but vsce refuses SVG ones (they can hold scripts).
  if (!type) throw new Error(`README image ${target}: only PNG, JPEG and GIF images can be packaged`);
  return `data:${type};base64,${readFileSync(file).toString('base64')}`;
}

/** The heading of the Japanese administrators' section in the packaged README, and its id. */
const JAPANESE_HEADING = '## 管理者の方へ（日本語）';
const JAPANESE_ID = '管理者の方へ日本語';

/** A heading's id as VS Code's Details page (and GitHub) makes it. */
export const headingId = (heading) =>
  heading
    .replace(/^#+ /, '')
    .replace(/`/g, '')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/\s/g, '-');

/** Rewrites the links and images of one stretch of prose (no code in it); `ids`: the headings' ids. */
function rewriteProse(text, folder, ids) {
  return text.replace(LINK, (all, bang, label, target) => {
    if (target === 'README.ja.md') return `[${label}](#${JAPANESE_ID})`;
    if (target.startsWith('#')) return ids.has(decodeURIComponent(target.slice(1))) ? all : label;
    if (!isRelative(target)) return all;
    if (bang) return `![${label}](${dataUri(target, folder)})`;
    return label; // a file of the project, which is not in the package: its name stays, as text
  });
}

/** README.ja.md's section for administrators (`## 管理者の方へ` up to the next `## `), retitled. */
function japaneseSection(folder) {
  const ja = readFileSync(path.join(folder, 'README.ja.md'), 'utf8');
  const start = ja.indexOf('\n## 管理者の方へ\n');
  if (start < 0) throw new Error('README.ja.md has no "## 管理者の方へ" section');
  const end = ja.indexOf('\n## ', start + 1);
  return `${JAPANESE_HEADING}\n${ja.slice(ja.indexOf('\n', start + 1) + 1, end < 0 ? undefined : end).trimEnd()}\n`;
}

/**
 * The packaged form of `readme` (README.md in `folder`) with README.ja.md's section for
 * administrators appended: relative images inlined, relative links turned into their text. Fenced code blocks and inline code spans are left alone (a span may be a
 * link's text, so spans are masked while the links are rewritten, then put back).
 */
export function packagedReadme(readme, folder) {
  const markdown = `${readme.trimEnd()}\n\n${japaneseSection(folder)}`;
  const ids = new Set(
    markdown
      .replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, '')
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map(headingId),
  );
  const parts = markdown.split(/(^```[^\n]*\n[\s\S]*?^```[^\n]*$)/m);
  return parts
    .map((part, i) => {
      if (i % 2 === 1) return part;
      const spans = [];
      const masked = part.replace(/``[^\n]*?``|`[^`\n]*`/g, (span) => `\u0000${spans.push(span) - 1}\u0000`);
      return rewriteProse(masked, folder, ids).replace(/\u0000(\d+)\u0000/g, (_, n) => spans[Number(n)]);
    })
    .join('');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = path.join(root, 'dist', 'README.md');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, packagedReadme(readFileSync(path.join(root, 'README.md'), 'utf8'), root));
  console.log(`Wrote ${path.relative(root, out)} (the README of the package)`);
}
