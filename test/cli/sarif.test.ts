/**
 * `miitel-csv check --format sarif` (issue 17): a SARIF 2.1.0 log that the official schema accepts
 * and GitHub code scanning takes: the fields it requires, positions as the text format gives them,
 * no file content and no password, fingerprints that survive rows inserted above a finding.
 */
import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { Log, Result } from 'sarif';
import { DIAGNOSTIC_CODES } from '../../shared/codes';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { stablePlace } from '../../server/src/cli/fingerprint';
import { checkText } from '../../server/src/service/languageService';
import { ROOT, runCli } from './runCli';

const EXAMPLE = 'examples/users.csv';
const CLEAN = 'test/fixtures/cli/clean.csv';
/** The 11 required columns; each row below sets Locale and Time zone, the rest 0. */
const HEADER =
  'Login ID,User name,Password,Locale,Time zone,Administrative privileges,Monitoring privileges,MiiTel Analytics Download recorded audio files,MiiTel Analytics Export call history as CSV,MiiTel Analytics Export contact data as CSV,MiiTel Phone Enable';
const row = (loginId: string, name: string, password: string, timeZone: number) =>
  `${loginId},${name},${password},0,${timeZone},0,0,0,0,0,0`;

/**
 * The SARIF 2.1.0 schema as Microsoft's SARIF matchers package ships it (@microsoft/jest-sarif,
 * lib/schemas/sarif-2.1.0-rtm.5.json: 2.1.0-rtm.5 is the OASIS standard's schema). It declares
 * draft-04; Ajv reads it as draft-07, which validates these keywords the same.
 */
function sarifValidator() {
  const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const official = JSON.parse(readFileSync(schemaFile, 'utf8')) as Record<string, unknown>;
  const { id, ...rest } = official;
  // unicodeRegExp off: the schema's `language` pattern has a stray `]` that only a non-Unicode
  // regular expression accepts (as a literal), as the JSON Schema validators of its time read it.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile({ ...rest, $schema: 'http://json-schema.org/draft-07/schema#', $id: id as string });
}

function sarif(args: readonly string[], cwd = ROOT) {
  const r = runCli(['check', '--format', 'sarif', ...args], cwd);
  return { ...r, log: JSON.parse(r.stdout) as Log };
}

const results = (log: Log): Result[] => log.runs[0]?.results ?? [];
const fingerprint = (r: Result) => r.partialFingerprints?.['miitelCsvFinding/v1'];

describe('miitel-csv check --format sarif', () => {
  const validate = sarifValidator();

  it('prints a log the official SARIF 2.1.0 schema accepts, and exits 1 as the text format does', () => {
    const r = sarif([EXAMPLE]);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, '');
    assert.ok(validate(r.log), JSON.stringify(validate.errors, null, 2));
    // The schema has teeth: a level SARIF does not know, or a result without a message, is refused.
    const badLevel = JSON.parse(r.stdout) as Log;
    badLevel.runs[0]!.results![0]!.level = 'info' as Result.level;
    assert.equal(validate(badLevel), false);
    const noMessage = JSON.parse(r.stdout) as Log;
    delete (noMessage.runs[0]!.results![0] as Partial<Result>).message;
    assert.equal(validate(noMessage), false);
  });

  it('has the fields GitHub code scanning requires, every code as a rule', () => {
    const { log } = sarif([EXAMPLE]);
    assert.equal(log.version, '2.1.0');
    assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
    assert.equal(log.runs.length, 1);
    const run = log.runs[0]!;
    const driver = run.tool.driver;
    assert.equal(driver.name, 'miitel-csv');
    assert.equal(driver.version, (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    assert.equal(driver.informationUri, undefined, 'the package has no public home page to name');
    assert.deepEqual(
      driver.rules?.map((rule) => rule.id),
      [...DIAGNOSTIC_CODES],
    );
    for (const rule of driver.rules ?? []) {
      assert.ok(rule.shortDescription?.text && rule.fullDescription?.text && rule.help?.text, rule.id);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration?.level ?? ''), rule.id);
    }
    assert.equal(driver.rules?.find((rule) => rule.id === 'dependency/recommended')?.defaultConfiguration?.level, 'warning');
    // The words of the code's explanation page (docs/rules/password-too-short.md): title, meaning, fix.
    assert.deepEqual(
      driver.rules?.find((rule) => rule.id === 'password/too-short'),
      {
        id: 'password/too-short',
        shortDescription: { text: 'The password is shorter than 8 characters' },
        fullDescription: { text: 'MiiTel requires passwords of 8 characters or more.' },
        help: {
          text: 'MiiTel requires passwords of 8 characters or more.\n\nEnter another password, or use the quick fix "Replace with a new generated password" and tell the user their new password safely.',
        },
        defaultConfiguration: { level: 'error' },
      },
    );
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: `${pathToFileURL(ROOT).href}/` } });
  });

  it('gives each finding its code, level, message and the region the text format prints', () => {
    const { log } = sarif([EXAMPLE]);
    const text = runCli(['check', EXAMPLE], ROOT)
      .stdout.split('\n')
      .filter((l) => l.startsWith(`${EXAMPLE}:`));
    const rules = log.runs[0]!.tool.driver.rules!;
    const found = results(log);
    assert.equal(found.length, 7);
    assert.deepEqual(
      found.map((r) => {
        const location = r.locations?.[0]?.physicalLocation;
        const region = location?.region;
        assert.deepEqual(location?.artifactLocation, { uri: EXAMPLE, uriBaseId: '%SRCROOT%' });
        assert.equal(rules[r.ruleIndex!]?.id, r.ruleId);
        assert.equal(r.locations?.length, 1);
        return `${EXAMPLE}:${region?.startLine}:${region?.startColumn} ${r.level} ${r.ruleId} ${r.message.text}`;
      }),
      text,
    );
    const short = found.find((r) => r.ruleId === 'password/too-short');
    assert.deepEqual(short?.locations?.[0]?.physicalLocation?.region, { startLine: 7, startColumn: 38, endLine: 7, endColumn: 45 });
  });

  it('maps the severities to error, warning and note', () => {
    const warning = sarif(['test/fixtures/cli/warnings-only.csv']);
    assert.equal(warning.status, 0);
    assert.deepEqual(
      results(warning.log).map((r) => [r.ruleId, r.level]),
      [['dependency/recommended', 'warning']],
    );
    const info = sarif(['--rule', 'dependency/recommended=info', 'test/fixtures/cli/warnings-only.csv']);
    assert.deepEqual(
      results(info.log).map((r) => r.level),
      ['note'],
    );
  });

  it('holds neither a password nor the file content: no snippet, no artifact contents', () => {
    const raw = sarif([EXAMPLE]).stdout;
    const lines = readFileSync(join(ROOT, EXAMPLE), 'utf8').split(/\r?\n/).filter(Boolean);
    // The Password column of every row: the 22nd field from the end (of 24; "Smith, Jane" holds a
    // comma, so count from the end). "Tq7mB2x" is the one of the password/too-short finding.
    const passwords = lines.slice(1).map((line) => line.split(',').at(-22)!);
    assert.ok(passwords.includes('Tq7mB2x'));
    for (const password of passwords.filter(Boolean)) assert.ok(!raw.includes(password), `password ${password} is in the log`);
    for (const line of lines) assert.ok(!raw.includes(line), `line "${line}" is in the log`);
    assert.doesNotMatch(raw, /"snippet"|"contents"|"contextRegion"|"artifacts"/);
  });

  it('prints a valid log without results for a file without problems (exit 0), and an empty run when no file can be read (exit 2)', () => {
    const clean = sarif([CLEAN]);
    assert.equal(clean.status, 0);
    assert.deepEqual(results(clean.log), []);
    assert.ok(validate(clean.log));
    const missing = sarif(['no-such-file.csv']);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'miitel-csv: no-such-file.csv: no such file\n');
    assert.deepEqual(results(missing.log), []);
    assert.ok(validate(missing.log));
  });

  describe('paths and fingerprints', () => {
    let dir = '';
    const rows = [
      row('ok.one@example.com', 'One', 'Xd7!kP2qA', 0),
      row('bad.tz@example.com', 'Two', 'Yc8!mQ3rB', 99),
      row('short.pw@example.com', 'Three', 'Zb9!nR4', 0),
    ];
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'miitel-cli-sarif-'));
      mkdirSync(join(dir, 'users dir'));
      mkdirSync(join(dir, 'elsewhere'));
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it('writes a path relative to the working directory as a URI reference, and one outside it as a file: URI', () => {
      writeFileSync(join(dir, 'users dir', 'ユーザー #1.csv'), `${[HEADER, ...rows].join('\n')}\n`);
      const inside = sarif(['./users dir/ユーザー #1.csv'], dir);
      assert.ok(validate(inside.log), JSON.stringify(validate.errors));
      const location = results(inside.log)[0]?.locations?.[0]?.physicalLocation?.artifactLocation;
      assert.deepEqual(location, { uri: 'users%20dir/%E3%83%A6%E3%83%BC%E3%82%B6%E3%83%BC%20%231.csv', uriBaseId: '%SRCROOT%' });
      const outside = sarif(['../users dir/ユーザー #1.csv'], join(dir, 'elsewhere'));
      const absolute = results(outside.log)[0]?.locations?.[0]?.physicalLocation?.artifactLocation;
      assert.equal(absolute?.uriBaseId, undefined);
      assert.equal(absolute?.uri, pathToFileURL(join(dir, 'users dir', 'ユーザー #1.csv')).href);
    });

    it('gives the same fingerprints on every run, and keeps them when rows are inserted above', () => {
      const file = join(dir, 'users.csv');
      writeFileSync(file, `${[HEADER, ...rows].join('\n')}\n`);
      const first = results(sarif([file], dir).log);
      const again = results(sarif([file], dir).log);
      assert.deepEqual(first.map(fingerprint), again.map(fingerprint));
      assert.deepEqual(
        first.map((r) => r.ruleId),
        ['value/not-allowed', 'password/too-short'],
      );
      assert.equal(new Set(first.map(fingerprint)).size, first.length);
      for (const f of first) assert.match(fingerprint(f) ?? '', /^[0-9a-f]{64}$/);

      // Two users inserted above, one of them with an error of the same code: the old findings move
      // down two lines and keep their fingerprints; the new one has its own.
      writeFileSync(
        file,
        `${[HEADER, row('new.one@example.com', 'New', 'Wa6!jS5tC', 98), row('new.two@example.com', 'Two', 'Vb5!kT6uD', 0), ...rows].join('\n')}\n`,
      );
      const moved = results(sarif([file], dir).log);
      assert.deepEqual(
        moved.map((r) => [r.ruleId, r.locations?.[0]?.physicalLocation?.region?.startLine]),
        [
          ['value/not-allowed', 2],
          ['value/not-allowed', 5],
          ['password/too-short', 6],
        ],
      );
      assert.deepEqual(moved.slice(1).map(fingerprint), first.map(fingerprint));
      assert.ok(!first.map(fingerprint).includes(fingerprint(moved[0]!)));
    });

    it('tells apart two findings of one code on rows with the same Login ID', () => {
      const file = join(dir, 'users.csv');
      writeFileSync(
        file,
        `${[HEADER, row('same@example.com', 'A', 'Xd7!kP2qA', 99), row('same@example.com', 'B', 'Yc8!mQ3rB', 99)].join('\n')}\n`,
      );
      const found = results(sarif([file], dir).log).filter((r) => r.ruleId === 'value/not-allowed');
      assert.equal(found.length, 2);
      assert.notEqual(fingerprint(found[0]!), fingerprint(found[1]!));
    });
  });

  it('writes the rules and messages in the language asked for', () => {
    const { log } = sarif(['--lang', 'ja', EXAMPLE]);
    assert.equal(log.runs[0]?.language, 'ja');
    assert.match(results(log)[0]?.message.text ?? '', /[\u3040-\u30ff]/);
    assert.match(log.runs[0]?.tool.driver.rules?.[0]?.shortDescription?.text ?? '', /[\u3040-\u30ff]/);
  });

  describe('the stable place a fingerprint hashes', () => {
    const text = `${[HEADER, row('Short.PW@example.com', 'User', 'Zb9!nR4', 0), row('', 'No ID', 'Xd7!kP2qA', 0)].join('\n')}\n,extra`;
    const { doc, problems } = checkText(text, DEFAULT_SETTINGS);
    const placeOf = (code: string) => stablePlace(doc, problems.find((p) => p.code === code)!.offset);

    it('is the Login ID (folded as duplicates are compared) and the column, never the password', () => {
      assert.equal(placeOf('password/too-short'), 'user:short.pw@example.com|password');
      assert.equal(stablePlace(doc, text.indexOf('Zb9!nR4') + 3), 'user:short.pw@example.com|password');
      assert.ok(!placeOf('password/too-short').includes('Zb9'));
    });

    it('is the column in the header, an empty Login ID for a row without one, and "file" past every record', () => {
      assert.equal(stablePlace(doc, HEADER.indexOf('Time zone')), 'header|timeZone');
      assert.equal(placeOf('value/required'), 'user:|loginId');
      assert.equal(stablePlace(doc, text.length + 5), 'file');
    });
  });
});
