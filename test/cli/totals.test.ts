/**
 * The CLI's summary past the display cap (issue 12): every finding is counted, the ones not shown
 * are announced, and `--max-problems N` (0 = all) moves the cap.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');
const HEADER = 'Login ID,User name,Password,Locale,Time zone';
/** Rows, each with one error (time zone 99), and one warning-free header. */
const ROWS = 1500;

function check(args: readonly string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/miitel-csv.js'), 'check', ...args], {
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
  });
  const lines = r.stdout.split('\n').filter(Boolean);
  return { status: r.status, findings: lines.slice(0, -1), summary: lines.at(-1) ?? '', stdout: r.stdout, stderr: r.stderr };
}

describe('miitel-csv: totals past the display cap', () => {
  let dir = '';
  let file = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'miitel-cli-totals-'));
    file = join(dir, 'many.csv');
    const rows = Array.from({ length: ROWS }, (_, i) => `user${i}@miitel.jp,User ${i},Xd7!kP2q${i},0,99`);
    writeFileSync(file, `${[HEADER, ...rows].join('\n')}\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('counts every finding in the summary and says how many were not shown', () => {
    const all = check(['--max-problems', '0', file]);
    const total = all.findings.length;
    assert.ok(total > ROWS, `${total} findings`);
    const capped = check([file]);
    assert.equal(capped.status, 1);
    assert.equal(capped.findings.length, 1000);
    assert.equal(capped.summary.replace(/ \(.*\)$/, ''), all.summary);
    assert.match(capped.summary, new RegExp(`: ${total - 1} errors, 1 warning|: ${total} errors`));
    assert.ok(
      capped.summary.endsWith(`(${total - 1000} findings not shown: use --max-problems N to show more, 0 for all)`),
      capped.summary,
    );
    assert.doesNotMatch(all.summary, /not shown/);
  });

  it('takes --max-problems N as the cap, and the JSON counts the rest', () => {
    const few = check(['--max-problems', '5', file]);
    assert.equal(few.findings.length, 5);
    const json = check(['--format', 'json', '--max-problems', '5', file]);
    const [report] = (JSON.parse(json.stdout) as { files: { diagnostics: unknown[]; counts: Record<string, number>; notShown: number }[] })
      .files;
    assert.ok(report);
    assert.equal(report.diagnostics.length, 5);
    assert.equal(report.counts.error! + report.counts.warning! + report.counts.info!, report.notShown + 5);
  });

  it('refuses a --max-problems that is not a whole number', () => {
    const r = check(['--max-problems=-1', file]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /--max-problems expects a whole number, not "-1"/);
  });
});
