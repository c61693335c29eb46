/**
 * `miitelCsv/newUserValues`: what the table view's "Add user" and "Duplicate" write in a new row:
 * fresh passwords from the template's CSPRNG generator (the client cannot import it, and it must
 * be the same one) and the organisation config's template defaults. The passwords never appear in
 * a log line: a failure logs only that the request failed.
 */
import { type NewUserValues, NewUserValuesRequest } from '../../../shared/protocol';
import { CREATE_USERS } from '../../../shared/formats/index';
import { templateDefaults } from '../service/config/applyConfig';
import { generatePassword } from '../service/password';
import type { Feature } from './context';
import { runSafe } from './runSafe';

/** Most passwords one request makes (a duplicate of every row of a full file, with room to spare). */
const MAX_PASSWORDS = 1000;

/** Answers {@link NewUserValuesRequest}. */
export const newUserValues: Feature = {
  register(context) {
    context.connection.onRequest(NewUserValuesRequest, (params, token) =>
      runSafe<NewUserValues | null>(context.logger, 'New user values', token, null, async () => {
        if (typeof params?.uri !== 'string') return null;
        const count = Math.min(MAX_PASSWORDS, Math.max(1, Math.floor(Number(params.passwords) || 1)));
        const document = context.documents.get(params.uri);
        const existing = document ? new Set(existingPasswords(document.getText())) : new Set<string>();
        const passwords: string[] = [];
        for (let i = 0; i < count; i++) {
          const password = generatePassword(existing);
          existing.add(password);
          passwords.push(password);
        }
        const located = await context.configs.forDocument(params.uri);
        return { passwords, values: defaultValues(templateDefaults(located?.config)) };
      }),
    );
  },
};

/** Header → value of the template defaults: Locale and Time zone by their headers, then the config's values. */
function defaultValues(defaults: ReturnType<typeof templateDefaults>): Record<string, string> {
  const values: Record<string, string> = {};
  const locale = CREATE_USERS.column('locale')?.header;
  const timeZone = CREATE_USERS.column('timeZone')?.header;
  if (locale && defaults.locale !== undefined) values[locale] = defaults.locale;
  if (timeZone && defaults.timeZone !== undefined) values[timeZone] = defaults.timeZone;
  return { ...values, ...defaults.values };
}

/**
 * Every field of the text that could be a password (12 characters without separators): a new one
 * must differ from them all. Over-collecting costs nothing; the generator only skips these.
 */
function existingPasswords(text: string): string[] {
  return text.split(/[,;\t\r\n"]/).filter((field) => field.length === 12);
}
