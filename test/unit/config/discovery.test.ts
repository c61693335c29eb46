import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findConfigFile, readConfigFile } from '../../../server/src/configFile';

describe('organisation config: discovery', () => {
  let root = '';
  const put = (relative: string, text = '{}') => {
    const file = join(root, relative);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, text);
    return file;
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'miitel-config-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('finds the nearest config from the folder upward', async () => {
    const outer = put('.miitel-csv.json');
    const inner = put('team/.miitel-csv.json');
    mkdirSync(join(root, 'team/2025/april'), { recursive: true });
    assert.equal(await findConfigFile(join(root, 'team/2025/april'), 'repository'), inner);
    assert.equal(await findConfigFile(join(root, 'team'), 'repository'), inner);
    assert.equal(await findConfigFile(root, 'repository'), outer);
  });

  it('in the editor: stops at the workspace folder, and finds none outside it', async () => {
    put('.miitel-csv.json');
    mkdirSync(join(root, 'project/data'), { recursive: true });
    const folder = join(root, 'project');
    assert.equal(await findConfigFile(join(folder, 'data'), { folder }), undefined);
    const own = put('project/.miitel-csv.json');
    assert.equal(await findConfigFile(join(folder, 'data'), { folder }), own);
    assert.equal(await findConfigFile(root, { folder }), undefined);
  });

  it('in the CLI: stops at the folder holding .git (a file, in a worktree, counts too)', async () => {
    put('.miitel-csv.json');
    mkdirSync(join(root, 'repo/.git'), { recursive: true });
    mkdirSync(join(root, 'repo/data'), { recursive: true });
    assert.equal(await findConfigFile(join(root, 'repo/data'), 'repository'), undefined);
    put('worktree/.git', 'gitdir: elsewhere');
    mkdirSync(join(root, 'worktree/data'), { recursive: true });
    assert.equal(await findConfigFile(join(root, 'worktree/data'), 'repository'), undefined);
    // A config beside .git is still the repository's.
    const own = put('repo/.miitel-csv.json');
    assert.equal(await findConfigFile(join(root, 'repo/data'), 'repository'), own);
  });

  it('skips a folder named like the config', async () => {
    mkdirSync(join(root, 'a/.miitel-csv.json'), { recursive: true });
    const outer = put('.miitel-csv.json');
    assert.equal(await findConfigFile(join(root, 'a'), 'repository'), outer);
  });

  it('reads a config with its folder, problems and stamp; refuses what is not a regular file', async () => {
    const file = put('team/.miitel-csv.json', '{"maxUsersPerFile": 10, "x": 1}');
    const read = await readConfigFile(file);
    assert.ok('located' in read);
    assert.equal(read.located.folder, join(root, 'team'));
    assert.deepEqual(read.located.config, { maxUsersPerFile: 10 });
    assert.equal(read.parsed.problems.length, 1);
    const missing = await readConfigFile(join(root, 'none.json'), 'none.json');
    assert.deepEqual(missing, { refused: 'none.json: no such file' });
  });
});
