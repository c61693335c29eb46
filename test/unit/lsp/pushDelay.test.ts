import * as assert from 'node:assert/strict';
import { CHANGE_DEBOUNCE_MS, changeDelay, FAST_CHECK_MS } from '../../../server/src/lsp/pushDiagnostics';

describe('pushed diagnostics: the pause after an edit', () => {
  it('is none for a document below largeFileThreshold whose last check was fast', () => {
    assert.equal(changeDelay({ ms: 3, large: false }), 0);
    assert.equal(changeDelay({ ms: FAST_CHECK_MS, large: false }), 0);
  });

  it('is the debounce for a slow check, a large file, or a document not checked yet', () => {
    assert.equal(changeDelay({ ms: FAST_CHECK_MS + 1, large: false }), CHANGE_DEBOUNCE_MS);
    assert.equal(changeDelay({ ms: 1, large: true }), CHANGE_DEBOUNCE_MS);
    assert.equal(changeDelay(undefined), CHANGE_DEBOUNCE_MS);
  });
});
