/**
 * The config edit of "MiiTel CSV: Check this file as a user CSV" (client/src/commands/configFiles.ts):
 * the file's path added to `files` of `.miitel-csv.json`, the rest of the file kept as it was.
 */
import * as assert from 'node:assert/strict';
import { addFileToConfig, configFolders, filesEntry } from '../../../client/src/commands/configFiles';
import { compileFilePatterns, matchesFilePatterns } from '../../../server/src/service/detect';

describe('client: adding a file to the config', () => {
  it('creates the config with only files when there is none (or it is blank)', () => {
    const created = { kind: 'added', text: '{\n  "files": ["users/new.csv"]\n}\n' };
    assert.deepEqual(addFileToConfig(undefined, 'users/new.csv'), created);
    assert.deepEqual(addFileToConfig(' \n', 'users/new.csv'), created);
  });

  it('adds files to a config without it, keeping the other keys, comments and indentation', () => {
    const text = '{\n    // Our organisation\n    "seats": { "users": 10 },\n    "rules": {}\n}\n';
    assert.deepEqual(addFileToConfig(text, 'a.csv'), {
      kind: 'added',
      text: '{\n    // Our organisation\n    "seats": { "users": 10 },\n    "rules": {},\n    "files": [\n        "a.csv"\n    ]\n}\n',
    });
  });

  it('appends to an existing files list, the keys after it untouched', () => {
    const text = '{\n  "format": "auto",\n  "files": [\n    "a.csv"\n  ],\n  "seats": { "users": 3 }\n}\n';
    assert.deepEqual(addFileToConfig(text, 'sub/b.csv'), {
      kind: 'added',
      text: '{\n  "format": "auto",\n  "files": [\n    "a.csv",\n    "sub/b.csv"\n  ],\n  "seats": { "users": 3 }\n}\n',
    });
    assert.deepEqual(addFileToConfig('{\n  "files": []\n}', 'b.csv'), { kind: 'added', text: '{\n  "files": [\n    "b.csv"\n  ]\n}' });
  });

  it('keeps tabs and CRLF line breaks', () => {
    assert.deepEqual(addFileToConfig('{\r\n\t"seats": 3\r\n}\r\n', 'x.csv'), {
      kind: 'added',
      text: '{\r\n\t"seats": 3,\r\n\t"files": [\r\n\t\t"x.csv"\r\n\t]\r\n}\r\n',
    });
  });

  it('changes nothing when the path is already listed', () => {
    assert.deepEqual(addFileToConfig('{"files": ["a.csv", "b.csv"]}', 'b.csv'), { kind: 'present' });
  });

  it('refuses a config that is no JSON object or whose files is no list of paths', () => {
    assert.deepEqual(addFileToConfig('[1]', 'a.csv'), { kind: 'invalid', reason: 'not-object' });
    assert.deepEqual(addFileToConfig('{"files": [', 'a.csv'), { kind: 'invalid', reason: 'not-object' });
    assert.deepEqual(addFileToConfig('{"files": "a.csv"}', 'a.csv'), { kind: 'invalid', reason: 'files-not-list' });
    assert.deepEqual(addFileToConfig('{"files": [1]}', 'a.csv'), { kind: 'invalid', reason: 'files-not-list' });
  });

  it("looks for the config from the file's folder up to the workspace folder, nearest first", () => {
    assert.deepEqual(configFolders('/w/a/b', '/w'), ['/w/a/b', '/w/a', '/w']);
    assert.deepEqual(configFolders('/w', '/w/'), ['/w']);
    assert.deepEqual(configFolders('/wx/a', '/w'), ['/wx/a'], 'a sibling folder is not inside');
    assert.deepEqual(configFolders('/tmp/a', undefined), ['/tmp/a'], 'outside any workspace folder: its own folder');
  });

  it('writes the path relative to the config folder, glob characters escaped', () => {
    assert.equal(filesEntry('/w', '/w/users/new.csv'), 'users/new.csv');
    assert.equal(filesEntry('/w/', '/w/new.csv'), 'new.csv');
    assert.equal(filesEntry('/w', '/w/[draft] users*{1}.csv'), '\\[draft\\] users\\*\\{1\\}.csv');
  });

  it('writes an entry that the files patterns match to this file only', () => {
    const path = '/w/sub/[draft] users*{1,2}?.csv';
    const patterns = compileFilePatterns([filesEntry('/w', path)]);
    assert.equal(matchesFilePatterns({ path, folder: '/w' }, patterns), true);
    assert.equal(matchesFilePatterns({ path: '/w/sub/d users1x.csv', folder: '/w' }, patterns), false);
  });
});
