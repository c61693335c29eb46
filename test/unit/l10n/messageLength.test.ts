/**
 * Messages that fit the Problems panel: every diagnostic the catalogue (and examples/users.csv)
 * raises says what is wrong and the likely fix in a first sentence of at most 100 characters in
 * English, and a message with a suggestion leads with it ("Did you mean …?"), since the panel cuts
 * a long message off at its end. The full list of codes is the hover's and the completion list's.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../../../server/src/service/languageService';
import { DEFAULT_SETTINGS } from '../../../shared/settings';
import { ROOT } from './bundles';
import { CATALOGUE } from './catalogue';

/** Up to the first full stop, question or exclamation mark that ends a sentence (one followed by a space). */
const firstSentence = (message: string) => message.split(/(?<=[.?!])\s/)[0] ?? message;

const FILES = [
  ...CATALOGUE,
  { text: readFileSync(join(ROOT, 'examples', 'users.csv'), 'utf8'), settings: DEFAULT_SETTINGS, options: {} },
  // Words the completion list also turns into codes, and a value nothing matches.
  {
    text: 'Login ID,User name,Password,Locale,Time zone,Administrative privileges\r\na@example.jp,A,Xd7!kP2q,english,jak,Mars\r\n',
    settings: DEFAULT_SETTINGS,
    options: {},
  },
];

describe('messages that fit', () => {
  const findings = () => FILES.flatMap(({ text, settings, options }) => checkText(text, settings, options).problems);

  it('every first sentence is at most 100 characters', () => {
    const long = findings()
      .map((p) => `${p.code}: ${firstSentence(p.message)}`)
      .filter((s) => firstSentence(s.slice(s.indexOf(': ') + 2)).length > 100);
    assert.deepEqual(long, []);
  });

  it('a finding with a suggestion leads with it, and none lists every time zone', () => {
    const all = findings();
    const suggested = all.filter((p) => (p.data as { suggestion?: string } | undefined)?.suggestion !== undefined);
    assert.ok(suggested.length >= 3, 'the files raise findings with suggestions');
    for (const p of suggested) assert.match(p.message, /^Did you mean /, p.message);
    for (const p of all) assert.doesNotMatch(p.message, /Jayapura.*Singapore/, p.message);
    assert.ok(all.some((p) => p.message === 'Did you mean 6 (GMT+7:00) Jakarta? "jak" is not allowed in Time zone.'));
    assert.ok(all.some((p) => p.message === '"Mars" is not allowed in Administrative privileges: enter 0 (No) or 1 (Yes).'));
  });
});
