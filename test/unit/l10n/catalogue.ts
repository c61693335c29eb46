/**
 * Files that together raise every diagnostic code, for the tests that render each message in every
 * language: a code added without a case here makes those tests fail, so none escapes them.
 */
import { DEFAULT_SETTINGS, type MiitelCsvSettings } from '../../../shared/settings';
import type { ValidateOptions } from '../../../server/src/service/languageService';
import { ALL_COLUMNS, file, row, templateHeader, UPDATE_COLUMNS } from '../helpers';

/** One file of the catalogue: its text, settings and validation options. */
export interface CatalogueCase {
  readonly text: string;
  readonly settings: MiitelCsvSettings;
  readonly options: ValidateOptions;
}

const settings = (overrides: Partial<MiitelCsvSettings> = {}): MiitelCsvSettings => ({ ...DEFAULT_SETTINGS, ...overrides });
const header = templateHeader();

/** The cases; together they raise each of DIAGNOSTIC_CODES at least once. */
export const CATALOGUE: readonly CatalogueCase[] = [
  {
    // Values: most cell rules, duplicates, dependencies, formula, unused template row.
    text: file(
      header,
      row({ loginId: 'sato@miitel', userName: '=HYPERLINK("x")', password: 'abc', locale: '5', timeZone: '１' }),
      row({ loginId: 'taro@exa mple.jp', userName: 'あ'.repeat(31), password: 'abcdefgh', admin: '' }),
      row({ loginId: 'dup@example.jp', password: 'ＡＢＣＤＥＦＧ１', phone: '0', phoneMobile: '1' }),
      row({ loginId: 'dup@example.jp', userName: ' Jane ', password: '12345678' }),
      row({ loginId: 'DUP@example.jp', password: 'Pass word1', meetings: '0', meetingsBot: '1' }),
      row({ loginId: 'used@example.jp', password: 'qwxzkmnpvb' }),
      row({ loginId: 'monitor@example.jp', monitoring: '1', phone: '0' }),
      row({ loginId: '', userName: '', password: 'pHNK29BhZXcU' }),
    ),
    settings: settings({ seats: { users: 2, phone: 1 } }),
    options: { existingLoginIds: ['used@example.jp'] },
  },
  {
    // The organisation config's domains.
    text: file(header, row({ loginId: 'sato@other.jp' })),
    settings: settings({ loginIdDomains: ['example.jp', 'example.com'] }),
    options: {},
  },
  {
    // Header: missing, unknown, duplicate and out-of-order columns; a row with too few fields.
    text: file(
      templateHeader([...ALL_COLUMNS.filter((c) => c !== 'recPod' && c !== 'password'), 'password', 'admin']) + ',Nickname',
      'a@example.jp,A',
    ),
    settings: settings({ subscriptions: ['recPod'] }),
    options: {},
  },
  {
    // A header and no users.
    text: file(header),
    settings: settings(),
    options: {},
  },
  {
    // Update format: a malformed (spreadsheet `123.0`) and a repeated extension number, a Login ID
    // that is not in use.
    text: file(
      templateHeader(UPDATE_COLUMNS),
      row({ loginId: 'sato@example.jp', extensionNumber: '123.0' }, UPDATE_COLUMNS),
      row({ loginId: 'ito@example.jp', extensionNumber: '456' }, UPDATE_COLUMNS),
      row({ loginId: 'kato@example.jp', extensionNumber: '456' }, UPDATE_COLUMNS),
    ),
    settings: settings(),
    options: { existingLoginIds: ['sato@example.jp', 'ito@example.jp'] },
  },
  {
    // CSV structure: a stray quote and a quote that never closes.
    text: file(header, row({ userName: 'Ja"ne' }), row({ userName: '"Jane' })),
    settings: settings(),
    options: {},
  },
  {
    // Delimiter: a header and rows separated by semicolons (and one by tabs, for the other message).
    text: file(header.replace(/,/g, ';'), row().replace(/,/g, ';')),
    settings: settings(),
    options: {},
  },
  {
    text: file(header.replace(/,/g, '\t'), row().replace(/,/g, '\t')),
    settings: settings(),
    options: {},
  },
  {
    // Size: more users than one upload, and a file past the large-file threshold.
    text: file(header, ...Array.from({ length: 3 }, (_, i) => row({ loginId: `u${i}@example.jp` }))),
    settings: settings({ maxUsersPerFile: 2, largeFileThreshold: 10 }),
    options: {},
  },
  {
    // Encoding: Shift_JIS bytes read as UTF-8, characters lost in the file itself, and a file in an
    // encoding MiiTel does not take.
    text: file(header, row({ userName: '\ufffd\ufffd' })),
    settings: settings(),
    options: { encoding: { decodedAs: 'utf-8', file: 'shift_jis' } },
  },
  {
    text: file(header, row({ userName: '\ufffd\ufffd' })),
    settings: settings(),
    options: { encoding: { decodedAs: 'utf-8', file: 'utf-8' } },
  },
  {
    text: file(header, row()),
    settings: settings(),
    options: { encoding: { decodedAs: 'utf-16', file: 'utf-16' } },
  },
];
