/**
 * The Getting Started walkthrough's manifest: four steps whose texts are localised, each with an
 * SVG picture that VS Code can draw in the walkthrough's webview and that needs no translation.
 */
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

// Compiled to out/test/unit: the project root is three levels up.
const root = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

interface Step {
  id: string;
  title: string;
  description: string;
  media: { svg?: string; altText?: string };
  completionEvents?: string[];
}
const manifest = JSON.parse(read('package.json')) as { contributes: { walkthroughs: { id: string; steps: Step[] }[] } };
const walkthrough = manifest.contributes.walkthroughs[0];

describe('the Getting Started walkthrough (manifest)', () => {
  it('has one walkthrough of four steps: generate, fill in, fix, upload', () => {
    assert.equal(manifest.contributes.walkthroughs.length, 1);
    assert.equal(walkthrough?.id, 'gettingStarted');
    assert.deepEqual(
      walkthrough?.steps.map((s) => s.id),
      ['generateTemplate', 'fillIn', 'fixProblems', 'upload'],
    );
  });

  it('links each step to what completes it: the commands it offers, a MiiTel CSV opened, the MiiTel link', () => {
    const events = Object.fromEntries((walkthrough?.steps ?? []).map((s) => [s.id, s.completionEvents]));
    assert.deepEqual(events, {
      generateTemplate: ['onCommand:miitelCsv.generateTemplate'],
      fillIn: ['onContext:miitelCsv.isUserCsv'],
      fixProblems: ['onCommand:miitelCsv.fixAll', 'onCommand:workbench.actions.view.problems'],
      upload: ['onLink:https://account.miitel.jp/v1/signin'],
    });
    const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;
    const text = (key: string) => nls[key.slice(1, -1)] ?? '';
    const description = (id: string) => text(walkthrough?.steps.find((s) => s.id === id)?.description ?? '');
    // Each button is a line of its own (VS Code draws such a line as a button).
    assert.match(description('generateTemplate'), /\n\[Generate user template\]\(command:miitelCsv\.generateTemplate\)$/);
    assert.match(description('fixProblems'), /\n\[Fix all safe problems\]\(command:miitelCsv\.fixAll\)$/);
    assert.match(description('upload'), /\n\[Open MiiTel Analytics\]\(https:\/\/account\.miitel\.jp\/v1\/signin\)$/);
    assert.match(description('upload'), /\*\*User\*\* › \*\*User List\*\* › \*\*Add new user\*\* › \*\*Add multiple users\*\*/);
  });

  it('gives the Japanese upload step the menu names MiiTel shows in Japanese', () => {
    const ja = JSON.parse(read('package.nls.ja.json')) as Record<string, string>;
    assert.match(
      ja['walkthrough.upload.description'] ?? '',
      /\*\*\[MiiTel Admin を開く\]\*\* .*\*\*\[ユーザー\]\*\* > \*\*\[ユーザー設定\]\*\*/,
    );
  });

  it('draws each picture with theme colours in attributes, one <svg>, no text, no style sheet', () => {
    const shipped = read('.vscodeignore').split('\n');
    for (const step of walkthrough?.steps ?? []) {
      const file = step.media.svg ?? '';
      assert.ok(existsSync(path.join(root, file)), `${step.id}: ${file}`);
      assert.ok(shipped.includes('!media/walkthrough/*.svg') && file.startsWith('media/walkthrough/'), `${file} is packaged`);
      assert.match(step.media.altText ?? '', /^%walkthrough\.\w+\.altText%$/);
      const svg = read(file);
      assert.equal(svg.match(/<svg\b/g)?.length, 1, `${file}: one <svg> element`);
      assert.match(svg, /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 400 300">/);
      // The webview's Content-Security-Policy drops <style> and style="" (they would draw black).
      assert.doesNotMatch(svg, /<style|\sstyle=|\sclass=/, file);
      assert.doesNotMatch(svg, /<text|<image|href=/, `${file}: no words to translate, nothing fetched`);
      assert.match(svg, /fill="var\(--vscode-[\w-]+, #[0-9a-f]{3,6}\)"/, `${file}: theme colours with a fallback`);
    }
  });
});
