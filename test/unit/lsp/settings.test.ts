import * as assert from 'node:assert/strict';
import type { Connection } from 'vscode-languageserver';
import type { Logger } from '../../../server/src/lsp/logger';
import { SettingsStore } from '../../../server/src/lsp/settings';
import { resolveSettings } from '../../../shared/settings';

describe('SettingsStore', () => {
  let warnings: string[];
  const logger: Logger = { info: () => undefined, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
  // A client that pushes its settings: the store never asks the connection.
  const store = () => new SettingsStore({} as Connection, logger, false);

  beforeEach(() => (warnings = []));

  it('compiles miitelCsv.files once per settings change and reports a refused pattern once, in words', () => {
    const settings = store();
    const long = `**/${'x'.repeat(2000)}`;
    settings.changed({ miitelCsv: { files: [long, 'users/*.csv'] } });
    const first = settings.filePatterns(resolveSettings({ files: [long, 'users/*.csv'] }));
    const again = settings.filePatterns(resolveSettings({ files: [long, 'users/*.csv'] }));
    assert.equal(again, first, 'compiled again for the same patterns');
    assert.equal(first.globs.length, 1);
    assert.equal(warnings.length, 1);
    assert.match(warnings[0] ?? '', /miitelCsv\.files pattern "\*\*\/x+…" is not used: it is longer than 1024 characters/);

    settings.changed({ miitelCsv: { files: [long] } });
    assert.notEqual(settings.filePatterns(resolveSettings({ files: [long, 'users/*.csv'] })), first, 'kept across a change');
  });

  it('logs a setting outside its schema once per change, naming it, however many documents read it', () => {
    const settings = store();
    settings.changed({ miitelCsv: { maxProblems: 0 } });
    settings.changed({ miitelCsv: { maxProblems: 0 } });
    assert.deepEqual(warnings, [
      'The setting miitelCsv.maxProblems is outside what it allows; using 1 instead.',
      'The setting miitelCsv.maxProblems is outside what it allows; using 1 instead.',
    ]);
  });
});
