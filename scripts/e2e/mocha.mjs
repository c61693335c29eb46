// Runs mocha test files in this Node process (for the tests that need no editor, such as the
// package check), with the project's usual timeout. Resolves with the number of failures.
import Mocha from 'mocha';

/** Runs `files` with the spec reporter; resolves with the number of failed tests. */
export async function runMocha(files) {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 20_000 });
  for (const file of files) mocha.addFile(file);
  return new Promise((resolve) => mocha.run(resolve));
}
