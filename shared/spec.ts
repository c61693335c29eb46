/**
 * The MiiTel "Create multiple new users" CSV format as data.
 *
 * Source: MiiTel Admin help page "Add multiple users" (see ../shared/seeds) and
 * ../shared/spec/user-csv-formats.md, which marks the decisions taken where the source is silent.
 * Rules, hovers, completion and the template generator all read this module; no rule hard-codes a
 * column name.
 */

/** One allowed value of a code column. */
export interface CodeValue {
  /** The code written in the CSV, e.g. `"6"`. */
  readonly code: string;
  /** The label MiiTel shows, e.g. `"(GMT+7:00) Jakarta"`. */
  readonly label: string;
  /** A short name for inline hints, e.g. `"Jakarta"`. */
  readonly short: string;
  /** Words a person might type instead of the code (case-insensitive), for suggestions and fixes. */
  readonly aliases: readonly string[];
  /** IANA zone name, for time zones only [decision]. */
  readonly iana?: string;
}

/** Identifier of a set of allowed codes. */
export type CodeSetId = 'locale' | 'timeZone' | 'flag' | 'range';

/** An optional MiiTel product whose subscription makes a column required. */
export type ProductId = 'phoneMobile' | 'callCenter' | 'meetings' | 'meetingsBot' | 'recPod' | 'salesforce' | 'incomingWebhook';

/** A kind of seat the contract limits (remaining seats come from settings). */
export type SeatId = 'users' | 'phone' | 'phoneMobile' | 'callCenter' | 'meetings' | 'recPod' | 'salesforce' | 'incomingWebhook';

/** Stable identifier of a column. */
export type ColumnId =
  | 'loginId'
  | 'userName'
  | 'password'
  | 'locale'
  | 'timeZone'
  | 'admin'
  | 'monitoring'
  | 'analyticsDownloadAudio'
  | 'analyticsExportCallHistory'
  | 'analyticsExportContacts'
  | 'phone'
  | 'phoneMobile'
  | 'callCenter'
  | 'callCenterAdmin'
  | 'callCenterPredictiveDialer'
  | 'meetings'
  | 'meetingsBot'
  | 'meetingsAccessPermission'
  | 'meetingsSharedLink'
  | 'meetingsDownload'
  | 'meetingsExportCsv'
  | 'recPod'
  | 'salesforce'
  | 'incomingWebhook';

/** How a column's values are checked. */
export type ColumnKind = 'loginId' | 'text' | 'password' | 'code';

/** A rule between columns: when this column is `whenValue`, column `column` must be `value`. */
export interface Dependency {
  readonly column: ColumnId;
  readonly value: string;
  /** `requires`: MiiTel rejects the row (error); `recommended`: it works but makes little sense (warning). */
  readonly kind: 'requires' | 'recommended';
  readonly whenValue: string;
}

/** One column of the create-users CSV. */
export interface ColumnSpec {
  readonly id: ColumnId;
  /** 0-based position in MiiTel's template. */
  readonly index: number;
  /** Header text exactly as in MiiTel's template. */
  readonly header: string;
  readonly kind: ColumnKind;
  /** For `code` columns: the allowed values. */
  readonly codeSet?: CodeSetId;
  /** What the column controls, in one sentence. */
  readonly description: string;
  /** Columns 1–11: always present [decision]. */
  readonly required: boolean;
  /** Optional columns: needed when the organisation subscribes to any of these products. */
  readonly products?: readonly ProductId[];
  readonly dependencies?: readonly Dependency[];
  /** Example value from the help page ('' where it gives none). */
  readonly example: string;
  /** Value the template generator writes (and a missing column is filled with). */
  readonly defaultValue: string;
  /** Maximum length in Unicode code points, for text columns. */
  readonly maxLength?: number;
  /** Seat counted when the value is `1`. */
  readonly seat?: SeatId;
}

const flagValues: readonly CodeValue[] = [
  { code: '0', label: 'No', short: 'No', aliases: ['no', 'n', 'false', 'off', 'disabled', 'いいえ', 'なし', '無効', 'tidak'] },
  { code: '1', label: 'Yes', short: 'Yes', aliases: ['yes', 'y', 'true', 'on', 'enabled', 'はい', 'あり', '有効', 'ya'] },
];

const rangeValues: readonly CodeValue[] = [
  { code: '0', label: 'All', short: 'All', aliases: ['all', 'すべて', '全て', 'semua'] },
  { code: '1', label: 'Host only', short: 'Host only', aliases: ['host only', 'host', 'hostonly', 'host-only', 'ホストのみ'] },
  { code: '2', label: 'None', short: 'None', aliases: ['none', 'なし', 'tidak ada'] },
];

const localeValues: readonly CodeValue[] = [
  { code: '0', label: 'Japanese', short: 'Japanese', aliases: ['japanese', 'ja', 'jp', 'ja-jp', '日本語', 'japnese'] },
  { code: '1', label: 'English', short: 'English', aliases: ['english', 'en', 'en-us', '英語', 'inggris'] },
];

function zone(code: number, label: string, short: string, iana: string, extra: string[] = []): CodeValue {
  return { code: String(code), label, short, iana, aliases: [short.toLowerCase(), iana.toLowerCase(), ...extra] };
}

const timeZoneValues: readonly CodeValue[] = [
  zone(0, '(GMT+9:00) Tokyo', 'Tokyo', 'Asia/Tokyo', ['東京', 'jst', 'japan']),
  zone(1, '(GMT+9:00) Jayapura', 'Jayapura', 'Asia/Jayapura', ['wit']),
  zone(2, '(GMT+8:00) Singapore', 'Singapore', 'Asia/Singapore', ['シンガポール', 'sgt']),
  zone(3, '(GMT+8:00) Manilla', 'Manilla', 'Asia/Manila', ['manila', 'pht']),
  zone(4, '(GMT+8:00) Makassar', 'Makassar', 'Asia/Makassar', ['wita']),
  zone(5, '(GMT+7:00) Pontianak', 'Pontianak', 'Asia/Pontianak'),
  zone(6, '(GMT+7:00) Jakarta', 'Jakarta', 'Asia/Jakarta', ['ジャカルタ', 'wib']),
  zone(7, '(GMT-5:00/-4:00) New York [EST/EDT]', 'New York', 'America/New_York', ['ニューヨーク', 'est', 'edt', 'eastern']),
  zone(8, '(GMT-6:00/-5:00) Chicago [CST/CDT]', 'Chicago', 'America/Chicago', ['cst', 'cdt', 'central']),
  zone(9, '(GMT-7:00) Phoenix [MST]', 'Phoenix', 'America/Phoenix'),
  zone(10, '(GMT-7:00/-6:00) Denver [MST/MDT]', 'Denver', 'America/Denver', ['mst', 'mdt', 'mountain']),
  zone(11, '(GMT-8:00/-7:00) Los Angeles [PST/PDT]', 'Los Angeles', 'America/Los_Angeles', ['pst', 'pdt', 'pacific']),
  zone(12, '(GMT-9:00/-8:00) Anchorage [AKST/AKDT]', 'Anchorage', 'America/Anchorage', ['akst', 'akdt', 'alaska']),
  zone(13, '(GMT-10:00) Honolulu [HAST]', 'Honolulu', 'Pacific/Honolulu', ['hast', 'hawaii', 'ホノルル']),
];

/** The allowed values of each code set. */
export const CODE_SETS: Readonly<Record<CodeSetId, readonly CodeValue[]>> = {
  locale: localeValues,
  timeZone: timeZoneValues,
  flag: flagValues,
  range: rangeValues,
};

/** Display names of the optional products, as the help page names them. */
export const PRODUCTS: Readonly<Record<ProductId, string>> = {
  phoneMobile: 'MiiTel Phone Mobile',
  callCenter: 'MiiTel Call Center',
  meetings: 'MiiTel Meetings',
  meetingsBot: 'MiiTel Meetings bot usage option',
  recPod: 'MiiTel RecPod',
  salesforce: 'MiiTel Salesforce',
  incomingWebhook: 'Incoming Webhook',
};

/** Display names of the seat kinds. */
export const SEATS: Readonly<Record<SeatId, string>> = {
  users: 'users',
  phone: 'MiiTel Phone',
  phoneMobile: 'MiiTel Phone Mobile',
  callCenter: 'MiiTel Call Center',
  meetings: 'MiiTel Meetings',
  recPod: 'MiiTel RecPod',
  salesforce: 'MiiTel for Salesforce',
  incomingWebhook: 'Incoming Webhook',
};

type ColumnInit = Omit<ColumnSpec, 'index' | 'required' | 'defaultValue'> & {
  required?: boolean;
  defaultValue?: string;
};

function flag(id: ColumnId, header: string, description: string, extra: Partial<ColumnInit> = {}): ColumnInit {
  return { id, header, kind: 'code', codeSet: 'flag', description, example: '', ...extra };
}

function range(id: ColumnId, header: string, description: string, example: string, products: ProductId[]): ColumnInit {
  return { id, header, kind: 'code', codeSet: 'range', description, example, products };
}

const requiresOne = (column: ColumnId): Dependency => ({ column, value: '1', whenValue: '1', kind: 'requires' });

const columns: ColumnInit[] = [
  {
    id: 'loginId',
    header: 'Login ID',
    kind: 'loginId',
    description: 'ID the user logs in to MiiTel with, in e-mail address format. Must not already be in use.',
    example: 'sato@miitel.jp',
    defaultValue: '',
  },
  {
    id: 'userName',
    header: 'User name',
    kind: 'text',
    description: 'Name shown on the dashboard, in call history and on the MiiTel Phone screen.',
    example: 'Jane Smith',
    maxLength: 30,
    defaultValue: '',
  },
  {
    id: 'password',
    header: 'Password',
    kind: 'password',
    description: 'Password the user logs in to MiiTel with. The downloaded template already has one in every row.',
    example: 'XdCxbG6XxctN',
    defaultValue: '',
  },
  {
    id: 'locale',
    header: 'Locale',
    kind: 'code',
    codeSet: 'locale',
    description: 'Language the user will use MiiTel in.',
    example: '0',
  },
  {
    id: 'timeZone',
    header: 'Time zone',
    kind: 'code',
    codeSet: 'timeZone',
    description: 'Standard time zone of the area where the user works.',
    example: '0',
  },
  flag('admin', 'Administrative privileges', 'Whether the user has administrative privileges for MiiTel Admin.', { example: '0' }),
  // [decision] MiiTel's permission page says monitoring also needs MiiTel Phone: a warning, not an error.
  flag('monitoring', 'Monitoring privileges', 'Whether the user may use monitoring, whispering and group calls.', {
    dependencies: [{ column: 'phone', value: '1', whenValue: '1', kind: 'recommended' }],
  }),
  flag(
    'analyticsDownloadAudio',
    'MiiTel Analytics Download recorded audio files',
    "Whether the user can download the call history's audio files.",
  ),
  flag(
    'analyticsExportCallHistory',
    'MiiTel Analytics Export call history as CSV',
    'Whether the user can download the call history as CSV.',
  ),
  flag('analyticsExportContacts', 'MiiTel Analytics Export contact data as CSV', 'Whether the user can download Contacts as CSV.'),
  flag('phone', 'MiiTel Phone Enable', 'Whether the user can use MiiTel Phone. Counts against the MiiTel Phone seats of the contract.', {
    seat: 'phone',
  }),
  flag('phoneMobile', 'MiiTel Phone Mobile Enable', 'Whether the user can use MiiTel Phone Mobile.', {
    products: ['phoneMobile'],
    dependencies: [requiresOne('phone')],
    seat: 'phoneMobile',
  }),
  flag('callCenter', 'MiiTel Call Center Enable', 'Whether the user can use MiiTel Call Center.', {
    example: '0',
    products: ['callCenter'],
    seat: 'callCenter',
  }),
  flag(
    'callCenterAdmin',
    'MiiTel Call Center CC Administrative privileges',
    'Whether the user has administrative privileges for MiiTel Call Center.',
    {
      products: ['callCenter'],
      dependencies: [requiresOne('callCenter')],
    },
  ),
  flag(
    'callCenterPredictiveDialer',
    'MiiTel Call Center Edit predictive dialer settings',
    'Whether the user can use the predictive dialer.',
    {
      example: '0',
      products: ['callCenter'],
    },
  ),
  flag('meetings', 'MiiTel Meetings Enable', 'Whether the user can use MiiTel Meetings.', {
    example: '0',
    products: ['meetings'],
    seat: 'meetings',
  }),
  flag('meetingsBot', 'MiiTel Meetings Use bot', 'Whether the user can use the MiiTel Meetings bot.', {
    products: ['meetingsBot'],
    dependencies: [requiresOne('meetings')],
  }),
  range(
    'meetingsAccessPermission',
    'MiiTel Meetings Edit meeting access permission',
    'Range of meeting histories in which the user can set access restrictions.',
    '1',
    ['meetings'],
  ),
  range(
    'meetingsSharedLink',
    'MiiTel Meetings Create external shared link',
    'Range of meeting histories the user can share by URL with external members.',
    '1',
    ['meetings', 'recPod'],
  ),
  range('meetingsDownload', 'MiiTel Meetings Download files', 'Range of meeting histories the user can download.', '0', ['meetings']),
  flag('meetingsExportCsv', 'MiiTel Meetings Export video history as CSV', 'Whether the user can export the video history as CSV.', {
    example: '0',
    products: ['meetings', 'recPod'],
  }),
  flag('recPod', 'MiiTel RecPod Enable', 'Whether the user can use MiiTel RecPod.', { example: '0', products: ['recPod'], seat: 'recPod' }),
  flag('salesforce', 'Salesforce AppExchange Enable', 'Whether the user can use MiiTel for Salesforce.', {
    products: ['salesforce'],
    seat: 'salesforce',
  }),
  flag('incomingWebhook', 'Incoming Webhook Enable', 'Whether the user can use Incoming Webhook.', {
    example: '0',
    products: ['incomingWebhook'],
    seat: 'incomingWebhook',
  }),
];

/** All 24 columns in template order. */
export const COLUMNS: readonly ColumnSpec[] = columns.map((c, index) => ({
  ...c,
  index,
  required: c.products === undefined,
  // Code columns default to the help page's example, else to 0 (No / All / Japanese / Tokyo).
  defaultValue: c.defaultValue ?? (c.kind === 'code' ? c.example || '0' : ''),
}));

/** Columns by id. */
export const COLUMN_BY_ID: Readonly<Record<ColumnId, ColumnSpec>> = Object.fromEntries(COLUMNS.map((c) => [c.id, c])) as Record<
  ColumnId,
  ColumnSpec
>;

/** At most this many users in one file (the source's limit). */
export const MAX_USERS_PER_FILE = 100;

/** Minimum password length. */
export const PASSWORD_MIN_LENGTH = 8;

/** Symbols allowed in a Login ID besides ASCII letters and digits ([decision]: `'` included). */
export const LOGIN_ID_SYMBOLS = "@!#$%&'*+-/=?^_`{|}~.";

/** Symbols allowed in a password besides ASCII letters and digits: every printable ASCII punctuation character. */
export const PASSWORD_SYMBOLS = '^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-';

/**
 * Normalises a header cell for matching: case, surrounding and repeated whitespace (including
 * full-width spaces) are ignored [decision].
 */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

const columnByNormalizedHeader = new Map(COLUMNS.map((c) => [normalizeHeader(c.header), c]));

/** The column whose header matches `text`, ignoring case and spacing. */
export function findColumnByHeader(text: string): ColumnSpec | undefined {
  return columnByNormalizedHeader.get(normalizeHeader(text));
}

/** The allowed values of a code column (empty for other kinds). */
export function allowedValues(column: ColumnSpec): readonly CodeValue[] {
  return column.codeSet ? CODE_SETS[column.codeSet] : [];
}

/** Whether the organisation's subscriptions make this optional column needed. */
export function isColumnSubscribed(column: ColumnSpec, subscriptions: readonly ProductId[]): boolean {
  return column.products === undefined || column.products.some((p) => subscriptions.includes(p));
}
