import * as assert from 'node:assert/strict';
import { freeTemplateName } from '../../../client/src/commands/templateName';

describe('client: template file name', () => {
  it('proposes users-template.csv in a folder without it', () => {
    assert.equal(freeTemplateName([]), 'users-template.csv');
    assert.equal(freeTemplateName(['users.csv', 'users-template-2.csv']), 'users-template.csv');
  });

  it('proposes the first users-template-N.csv not taken, N from 2', () => {
    assert.equal(freeTemplateName(['users-template.csv']), 'users-template-2.csv');
    assert.equal(freeTemplateName(['users-template.csv', 'users-template-2.csv', 'users-template-4.csv']), 'users-template-3.csv');
  });

  it('counts a name differing only in case as taken', () => {
    assert.equal(freeTemplateName(['Users-Template.CSV']), 'users-template-2.csv');
  });
});
