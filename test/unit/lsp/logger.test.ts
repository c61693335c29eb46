import * as assert from 'node:assert/strict';
import { ResponseError } from 'vscode-languageserver';
import { describeError } from '../../../server/src/lsp/logger';

describe('describeError', () => {
  it('describes expected conditions in words, without a stack trace', () => {
    const eisdir = Object.assign(new Error('EISDIR: illegal operation on a directory, read'), { code: 'EISDIR' });
    assert.equal(describeError(eisdir), 'Error (file system error EISDIR)');
    assert.equal(describeError(new ResponseError(-32601, 'Unhandled method')), 'the editor answered with error -32601');
  });

  it('keeps the name and frames of a bug, never its message (which may quote a cell)', () => {
    const described = describeError(new TypeError('cannot read "Hunter2Pass"'));
    assert.match(described, /^TypeError\n\s+at /);
    assert.doesNotMatch(described, /Hunter2Pass/);
  });
});
