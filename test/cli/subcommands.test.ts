/**
 * The commands themselves: per-command help (`help fix`, `fix --help`), a mistyped command
 * ("did you mean"), a file named where the command goes. The built launcher in a child process.
 */
import * as assert from 'node:assert/strict';
import { runCli, ROOT } from './runCli';

const run = (args: readonly string[]) => runCli(args, ROOT);
const HINT = 'Run "miitel-csv --help" for usage.\n';

describe('miitel-csv commands and their help (built CLI)', () => {
  it('prints the help of one command for help COMMAND and COMMAND --help alike', () => {
    for (const command of ['fix', 'split']) {
      const a = run(['help', command]);
      const b = run([command, '--help']);
      assert.equal(a.stdout, b.stdout);
      assert.ok(a.stdout.startsWith(`Usage: miitel-csv ${command} `), a.stdout);
      assert.deepEqual([a.status, b.status, a.stderr], [0, 0, '']);
    }
    assert.match(run(['help', 'fix']).stdout, /--dry-run/);
    assert.doesNotMatch(run(['help', 'fix']).stdout, /--rows N/);
    assert.match(run(['split', '-h']).stdout, /--size N/);
  });

  it("prints check's options for help check and check --help, template's for help template, both in the overview listing every command", () => {
    const check = run(['help', 'check']).stdout;
    assert.equal(run(['check', '--help']).stdout, check);
    assert.match(check, /^Usage: miitel-csv check \[options\] FILE\.\.\.$/m);
    assert.match(check, /^Options of check:$/m);
    assert.match(check, /^FILE \(check and fix\):$/m);
    assert.doesNotMatch(check, /--rows N|Options of template/);
    const template = run(['template', '--help']).stdout;
    assert.equal(run(['help', 'template']).stdout, template);
    assert.match(template, /^Options of template/m);
    assert.match(template, /^Organisation config/m);
    assert.doesNotMatch(template, /--max-problems|Options of check|^Codes:/m);
    const overview = run(['--help']).stdout;
    assert.match(overview, /^Options of check:$/m);
    assert.match(overview, /^Options of template/m);
    assert.equal(run(['help']).stdout, overview);
    assert.match(overview, /^ {2}miitel-csv fix \[--dry-run\]/m);
    assert.match(overview, /^ {2}miitel-csv split FILE/m);
    assert.match(overview, /^ {2}miitel-csv help COMMAND/m);
  });

  it('asks "did you mean" for a mistyped command (exit 2) instead of taking it as a file', () => {
    for (const [typed, meant] of [
      ['chek', 'check'],
      ['Check', 'check'],
      ['fxi', 'fix'],
      ['splt', 'split'],
      ['templte', 'template'],
    ]) {
      const r = run([typed!, 'examples/users.csv']);
      assert.deepEqual(
        [r.status, r.stdout, r.stderr],
        [2, '', `miitel-csv: unknown command "${typed}": did you mean "${meant}"?\n${HINT}`],
      );
    }
    assert.equal(run(['help', 'chek']).stderr, `miitel-csv: unknown command "chek": did you mean "check"?\n${HINT}`);
  });

  it('lists the commands for a word near none of them', () => {
    assert.equal(run(['lint']).stderr, `miitel-csv: unknown command "lint": the commands are check, fix, split, template, help\n${HINT}`);
  });

  it('still tells a file named without a command to use check, also one whose name is close to a command', () => {
    assert.equal(
      run(['examples/users.csv']).stderr,
      `miitel-csv: unknown command "examples/users.csv": use "miitel-csv check examples/users.csv"\n${HINT}`,
    );
    // An existing path wins over "did you mean": `examples` is a folder here.
    assert.equal(run(['examples']).stderr, `miitel-csv: unknown command "examples": use "miitel-csv check examples"\n${HINT}`);
  });

  it('says the commands in Japanese and Indonesian too', () => {
    const ja = runCli(['chek'], ROOT, { ...process.env, LC_ALL: 'ja_JP.UTF-8' });
    assert.equal(ja.stderr.split('\n')[0], 'miitel-csv: 不明なコマンド "chek" です。"check" のことですか?');
    const id = runCli(['help', 'split', '--lang', 'id'], ROOT);
    assert.ok(id.stdout.startsWith('Penggunaan: miitel-csv split'), id.stdout);
  });
});
