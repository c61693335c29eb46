import * as assert from 'node:assert/strict';
import { documentSelector } from '../../../client/src/documentSelector';

describe('client: document selector', () => {
  it('sends CSVs, the organisation config (for its diagnostics) and the files of miitelCsv.files', () => {
    assert.deepEqual(documentSelector([{ uri: 'file:///w', patterns: ['exports/*.txt', '/abs/*.tsv', ' '] }]), [
      { scheme: 'file', language: 'csv' },
      { scheme: 'untitled', language: 'csv' },
      { scheme: 'file', pattern: '**/.miitel-csv.json' },
      { scheme: 'file', pattern: { baseUri: 'file:///w', pattern: 'exports/*.txt' } },
      { scheme: 'file', pattern: '/abs/*.tsv' },
    ]);
  });
});
