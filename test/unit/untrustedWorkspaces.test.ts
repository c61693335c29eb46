import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

// Compiled to out/test/unit: the repository root is three levels up.
const root = path.resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  capabilities?: { untrustedWorkspaces?: { supported?: unknown; restrictedConfigurations?: unknown; description?: unknown } };
};
const nls = JSON.parse(readFileSync(path.join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;

describe('package.json: behaviour in untrusted workspaces', () => {
  it('is limited: the workspace may not name the Login ID list or the files to check', () => {
    const untrusted = manifest.capabilities?.untrustedWorkspaces;
    assert.equal(untrusted?.supported, 'limited');
    assert.deepEqual(untrusted.restrictedConfigurations, ['miitelCsv.existingLoginIdsFile', 'miitelCsv.files']);
    const key = /^%(.+)%$/.exec(String(untrusted.description))?.[1];
    assert.ok(key !== undefined && nls[key]?.includes('Restricted Mode'));
  });
});
