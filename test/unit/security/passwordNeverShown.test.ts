/**
 * No password leaves the file (issue 12): not through diagnostics, related information, hovers,
 * quick-fix titles, the outline or the CLI (text and JSON, fix --dry-run's diff), not even when an unquoted comma or a
 * missing or extra field shifts the password into another column.
 */
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import * as iconv from 'iconv-lite';
import type { MarkupContent } from 'vscode-languageserver-types';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { main } from '../../../server/src/cli';
import { checkText, doHover, getDocumentSymbols, getFixes } from '../../../server/src/service/languageService';
import { ALL_COLUMNS, file, row, templateHeader } from '../helpers';

/** Every text a user could see for `text`: service outputs, then the CLI's text and JSON. */
async function outputs(text: string, existingLoginIds: readonly string[] = []): Promise<string[]> {
  const { doc, problems } = checkText(text, DEFAULT_SETTINGS, { existingLoginIds });
  const document = TextDocument.create('file:///w/users.csv', 'csv', 1, text);
  const seen: string[] = [];
  for (const p of problems) {
    // `data` travels to the client too, and a protocol trace prints it.
    seen.push(p.message, JSON.stringify(p.data ?? null), ...(p.related ?? []).map((r) => r.message));
    seen.push(...getFixes(doc, p, document.uri).map((f) => f.title));
  }
  for (let offset = 0; offset <= text.length; offset++) {
    const hover = doHover(document, doc, offset, problems);
    if (hover) seen.push((hover.contents as MarkupContent).value);
  }
  seen.push(JSON.stringify(getDocumentSymbols(document, doc)));
  return [...seen, ...(await cli(text))];
}

/** The CLI's output for `text` in both formats (stdout and stderr). */
async function cli(text: string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'miitel-pw-'));
  try {
    writeFileSync(join(dir, 'users.csv'), text);
    const seen: string[] = [];
    // fix --dry-run prints the lines it would change (and their neighbours): passwords masked.
    for (const args of [
      ['check', '--format', 'text'],
      ['check', '--format', 'json'],
      ['fix', '--dry-run'],
    ]) {
      const io = {
        stdout: { write: (s: string | Uint8Array) => seen.push(String(s)) },
        stderr: { write: (s: string) => seen.push(s) },
        cwd: dir,
      };
      await main([...args, 'users.csv'], { ...io, env: { LC_ALL: 'C' } });
    }
    return seen;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The runs of 3 consecutive characters (code points) of `password` and of its NFKC form. */
function runsOf(password: string): string[] {
  const runs = new Set<string>();
  for (const form of [password, password.normalize('NFKC')]) {
    const chars = [...form];
    for (let i = 0; i + 3 <= chars.length; i++) runs.add(chars.slice(i, i + 3).join(''));
  }
  return [...runs];
}

function assertNotShown(seen: readonly string[], password: string): void {
  for (const run of runsOf(password)) {
    const leak = seen.find((s) => s.includes(run));
    assert.equal(leak, undefined, `${JSON.stringify(run)} of the password is shown in: ${leak}`);
  }
}

/** The example row's fields, with `password` in the Password column. */
const fields = (password: string) => row({ loginId: 'b@x.jp', userName: 'Jane Smith', password }).split(',');

describe('passwords are never shown back', () => {
  // Fixed passwords of rare capitals, so that no run of 3 is in the tool's own text ("unt" of
  // "Hunter2Pass" is in "Counts").
  it('an unquoted comma in the User name (the password lands in Locale)', async () => {
    const line = row({ loginId: 'b@x.jp', userName: 'Sato, Taro', password: 'QZ7#XV2W' });
    const seen = await outputs(file(templateHeader(), line));
    assert.ok(
      seen.some((s) => s.includes('The value in Locale is not allowed: enter 0 (Japanese) or 1 (English). The value is not shown')),
    );
    assertNotShown(seen, 'QZ7#XV2W');
  });

  it('an extra empty field before the password', async () => {
    const f = fields('QZ7#XV2W');
    f.splice(2, 0, '');
    assertNotShown(await outputs(file(templateHeader(), f.join(','))), 'QZ7#XV2W');
  });

  it('two missing fields put the password in the Login ID column, even for a Login ID already in use', async () => {
    const f = fields('ＱＺ７＃ＸＶ＠２ＷＱ.ＺＸ');
    f.splice(0, 2);
    const seen = await outputs(file(templateHeader(), f.join(',')), ['qz7#xv@2wq.zx']);
    assertNotShown(seen, 'ＱＺ７＃ＸＶ＠２ＷＱ.ＺＸ');
  });

  it('a full-width password in its own column', async () => {
    const seen = await outputs(file(templateHeader(), row({ password: 'ＱＺ７＃ＸＶ２Ｗ' })));
    assertNotShown(seen, 'ＱＺ７＃ＸＶ２Ｗ');
    // Not even one character: listing each distinct invalid character listed the whole password.
    for (const c of 'ＱＺ７＃ＸＶ２Ｗ') assert.ok(!seen.some((s) => s.includes(c)), c);
  });

  it('garbled text in a password cell is not quoted by encoding/mismatch, garbled text elsewhere still is', async () => {
    const password = 'ぱすわーどQZ7';
    const utf8 = file(templateHeader(), row({ password }), row({ loginId: 'c@x.jp', userName: 'さとう あおい' }));
    const garbled = iconv.decode(Buffer.from(utf8), 'shiftjis');
    const garbledPassword = iconv.decode(Buffer.from(password), 'shiftjis');
    const [mismatch] = checkText(garbled, DEFAULT_SETTINGS).problems.filter((p) => p.code === 'encoding/mismatch');
    assert.ok(mismatch);
    assert.ok(!mismatch.message.includes('"'), mismatch.message);
    assertNotShown(await outputs(garbled), garbledPassword);
    // The same garbling in a User name is quoted, as before.
    const name = iconv.decode(Buffer.from(file(templateHeader(), row({ userName: 'さとう あおい' }))), 'shiftjis');
    assert.match(checkText(name, DEFAULT_SETTINGS).problems.find((p) => p.code === 'encoding/mismatch')?.message ?? '', /shows as "/);
  });

  // Password characters that occur nowhere else in the row or in any fixed text of the tool, in a
  // run of 3: rare capitals, digits and symbols, and full-width forms, alternating with a rare
  // capital so that every run of 3 holds one (digit and symbol runs alone, like "100", could be
  // fixed text).
  const RARE = ['Q', 'X', 'Z', 'V', 'W', 'Ｑ', 'Ｘ', 'Ｚ'];
  const OTHER = [...'0123456789!#$%&*+-/:;<=>?@[]^_`{|}~', '０', '９', '＃', '＠', '　', ' ', 'é'];
  const password = fc
    .array(fc.tuple(fc.constantFrom(...RARE), fc.constantFrom(...RARE, ...OTHER)), { minLength: 2, maxLength: 8 })
    .map((pairs) => pairs.flat().join(''));
  const shift = fc.record({
    // Fields inserted before the Password column (where, and how many), or removed.
    at: fc.integer({ min: 0, max: 2 }),
    extra: fc.integer({ min: -2, max: 3 }),
  });

  it('a property: random shifts and random passwords', async () => {
    await fc.assert(
      fc.asyncProperty(password, shift, async (pw, { at, extra }) => {
        const f = fields(pw);
        if (extra >= 0) f.splice(at, 0, ...Array<string>(extra).fill(''));
        else f.splice(Math.min(at, 2 + extra), -extra);
        const text = file(templateHeader(), f.join(','), row({ loginId: 'c@x.jp' }));
        assertNotShown(await outputs(text, [pw.toLowerCase()]), pw);
      }),
      { numRuns: 60 },
    );
  });

  it('the rows used here keep their fields in the header order otherwise', () => {
    assert.equal(fields('x').length, ALL_COLUMNS.length);
  });
});
