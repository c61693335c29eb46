/**
 * Generated passwords, for quick fixes and the template: 12 characters from a CSPRNG
 * (`crypto.randomInt`), with upper- and lower-case letters and digits, so they meet every MiiTel
 * rule, never need CSV quoting, and avoid look-alike characters (0/O, 1/l/I) people copy by hand.
 */
import type * as Crypto from 'node:crypto';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const DIGITS = '23456789';
const ALL = UPPER + LOWER + DIGITS;

/** Length of generated passwords (MiiTel's template uses 12). */
export const GENERATED_PASSWORD_LENGTH = 12;

let crypto: typeof Crypto | undefined;

/**
 * `crypto.randomInt`, with node:crypto loaded at the first password: loading it took 3.5 ms of
 * every start of the CLI, which generates passwords only for fixes and templates.
 */
function randomInt(max: number): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  crypto ??= require('node:crypto') as typeof Crypto;
  return crypto.randomInt(max);
}

const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)];

/** One new password, different from every password in `taken`. */
export function generatePassword(taken: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const chars = [pick(UPPER), pick(LOWER), pick(DIGITS)];
    while (chars.length < GENERATED_PASSWORD_LENGTH) chars.push(pick(ALL));
    // Fisher–Yates with the same CSPRNG, so the guaranteed classes are not always in front.
    for (let i = chars.length - 1; i > 0; i--) {
      const j = randomInt(i + 1);
      [chars[i], chars[j]] = [chars[j], chars[i]];
    }
    const password = chars.join('');
    if (!taken.has(password)) return password;
  }
}
