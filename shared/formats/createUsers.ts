/**
 * MiiTel's "Create multiple new users" CSV format ("Create users"; MiiTel Admin help page "Add multiple users"):
 * 24 columns, at most 100 users per file. Descriptions are English message keys (`msg`).
 */
import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../codes';
import { msg } from '../l10n';
import { characterSet, type ColumnInit, defineFormat } from './define';
import { MIN_KNOWN_HEADERS } from './headerMatch';
import type { ColumnId, CsvFormat, Dependency, ProductId } from './types';

function flag(id: ColumnId, header: string, description: string, extra: Partial<ColumnInit> = {}): ColumnInit {
  return { id, header, kind: 'code', codeSet: 'flag', description, example: '', ...extra };
}

function range(id: ColumnId, header: string, description: string, example: string, products: ProductId[]): ColumnInit {
  return { id, header, kind: 'code', codeSet: 'range', description, example, products };
}

const requiresOne = (column: ColumnId): Dependency => ({ column, value: '1', whenValue: '1', kind: 'requires' });

/** The columns in template order; the update format (updateUsers.ts) takes most of them from here. */
export const CREATE_COLUMNS: readonly ColumnInit[] = [
  {
    id: 'loginId',
    header: 'Login ID',
    kind: 'loginId',
    description: msg('ID the user logs in to MiiTel with, in e-mail address format. Must not already be in use.'),
    example: 'sato@miitel.jp',
    defaultValue: '',
  },
  {
    id: 'userName',
    header: 'User name',
    kind: 'text',
    description: msg('Name shown on the dashboard, in call history and on the MiiTel Phone screen.'),
    example: 'Jane Smith',
    maxLength: 30,
    defaultValue: '',
  },
  {
    id: 'password',
    header: 'Password',
    kind: 'password',
    description: msg('Password the user logs in to MiiTel with. The downloaded template already has one in every row.'),
    example: 'XdCxbG6XxctN',
    defaultValue: '',
  },
  {
    id: 'locale',
    header: 'Locale',
    kind: 'code',
    codeSet: 'locale',
    description: msg('Language the user will use MiiTel in.'),
    example: '0',
  },
  {
    id: 'timeZone',
    header: 'Time zone',
    kind: 'code',
    codeSet: 'timeZone',
    description: msg('Standard time zone of the area where the user works.'),
    example: '0',
  },
  flag('admin', 'Administrative privileges', msg('Whether the user has administrative privileges for MiiTel Admin.'), { example: '0' }),
  // [decision] MiiTel's permission page says monitoring also needs MiiTel Phone: a warning, not an error.
  flag('monitoring', 'Monitoring privileges', msg('Whether the user may use monitoring, whispering and group calls.'), {
    dependencies: [{ column: 'phone', value: '1', whenValue: '1', kind: 'recommended' }],
  }),
  flag(
    'analyticsDownloadAudio',
    'MiiTel Analytics Download recorded audio files',
    msg("Whether the user can download the call history's audio files."),
  ),
  flag(
    'analyticsExportCallHistory',
    'MiiTel Analytics Export call history as CSV',
    msg('Whether the user can download the call history as CSV.'),
  ),
  flag('analyticsExportContacts', 'MiiTel Analytics Export contact data as CSV', msg('Whether the user can download Contacts as CSV.')),
  flag(
    'phone',
    'MiiTel Phone Enable',
    msg('Whether the user can use MiiTel Phone. Counts against the MiiTel Phone seats of the contract.'),
    {
      seat: 'phone',
    },
  ),
  flag('phoneMobile', 'MiiTel Phone Mobile Enable', msg('Whether the user can use MiiTel Phone Mobile.'), {
    products: ['phoneMobile'],
    dependencies: [requiresOne('phone')],
    seat: 'phoneMobile',
  }),
  flag('callCenter', 'MiiTel Call Center Enable', msg('Whether the user can use MiiTel Call Center.'), {
    example: '0',
    products: ['callCenter'],
    seat: 'callCenter',
  }),
  flag(
    'callCenterAdmin',
    'MiiTel Call Center CC Administrative privileges',
    msg('Whether the user has administrative privileges for MiiTel Call Center.'),
    {
      products: ['callCenter'],
      dependencies: [requiresOne('callCenter')],
    },
  ),
  flag(
    'callCenterPredictiveDialer',
    'MiiTel Call Center Edit predictive dialer settings',
    msg('Whether the user can use the predictive dialer.'),
    {
      example: '0',
      products: ['callCenter'],
    },
  ),
  flag('meetings', 'MiiTel Meetings Enable', msg('Whether the user can use MiiTel Meetings.'), {
    example: '0',
    products: ['meetings'],
    seat: 'meetings',
  }),
  flag('meetingsBot', 'MiiTel Meetings Use bot', msg('Whether the user can use the MiiTel Meetings bot.'), {
    products: ['meetingsBot'],
    dependencies: [requiresOne('meetings')],
  }),
  range(
    'meetingsAccessPermission',
    'MiiTel Meetings Edit meeting access permission',
    msg('Range of meeting histories in which the user can set access restrictions.'),
    '1',
    ['meetings'],
  ),
  range(
    'meetingsSharedLink',
    'MiiTel Meetings Create external shared link',
    msg('Range of meeting histories the user can share by URL with external members.'),
    '1',
    ['meetings', 'recPod'],
  ),
  range('meetingsDownload', 'MiiTel Meetings Download files', msg('Range of meeting histories the user can download.'), '0', ['meetings']),
  flag('meetingsExportCsv', 'MiiTel Meetings Export video history as CSV', msg('Whether the user can export the video history as CSV.'), {
    example: '0',
    products: ['meetings', 'recPod'],
  }),
  flag('recPod', 'MiiTel RecPod Enable', msg('Whether the user can use MiiTel RecPod.'), {
    example: '0',
    products: ['recPod'],
    seat: 'recPod',
  }),
  flag('salesforce', 'Salesforce AppExchange Enable', msg('Whether the user can use MiiTel for Salesforce.'), {
    products: ['salesforce'],
    seat: 'salesforce',
  }),
  flag('incomingWebhook', 'Incoming Webhook Enable', msg('Whether the user can use Incoming Webhook.'), {
    example: '0',
    products: ['incomingWebhook'],
    seat: 'incomingWebhook',
  }),
];

/** Codes only the update format checks (an extension number, a Login ID that must exist). */
export const UPDATE_ONLY_CODES: readonly DiagnosticCode[] = ['extension-number/format', 'extension-number/duplicate', 'login-id/not-found'];

/** The create-users format. */
export const CREATE_USERS: CsvFormat = defineFormat({
  id: 'createUsers',
  displayName: msg('Create users'),
  columns: CREATE_COLUMNS,
  limits: {
    usersPerFile: 100,
    passwordMinLength: 8,
    // [decision]: `'` included.
    loginIdCharacters: characterSet("@!#$%&'*+-/=?^_`{|}~."),
    // Every printable ASCII punctuation character.
    passwordCharacters: characterSet('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-'),
  },
  // Every code applies when creating users, except the update format's own.
  rules: DIAGNOSTIC_CODES.filter((c) => !UPDATE_ONLY_CODES.includes(c)),
  template: { optionColumns: ['locale', 'timeZone'], passwordColumn: 'password', eol: '\r\n' },
  identifiedBy: (ids) => ids.size >= MIN_KNOWN_HEADERS,
});
