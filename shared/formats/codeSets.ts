/**
 * The vocabularies formats share: the allowed values of each code set, the optional products and
 * the seat kinds. Labels and names are English message keys (marked with `msg`), rendered where
 * they are shown.
 */
import { msg } from '../l10n';
import type { CodeSetId, CodeValue, ColumnSpec, ProductId, SeatId } from './types';

const flagValues: readonly CodeValue[] = [
  { code: '0', label: msg('No'), short: msg('No'), aliases: ['no', 'n', 'false', 'off', 'disabled', 'いいえ', 'なし', '無効', 'tidak'] },
  { code: '1', label: msg('Yes'), short: msg('Yes'), aliases: ['yes', 'y', 'true', 'on', 'enabled', 'はい', 'あり', '有効', 'ya'] },
];

// The inlay hint words are lowercase keys of their own ("all", not "All"): Indonesian needs a
// shorter word in a hint than in a label ("tidak", not "Tidak ada"), and a key has one translation.
const rangeValues: readonly CodeValue[] = [
  { code: '0', label: msg('All'), short: msg('All'), hint: msg('all'), aliases: ['all', 'すべて', '全て', 'semua'] },
  {
    code: '1',
    label: msg('Host only'),
    short: msg('Host only'),
    hint: msg('host'),
    aliases: ['host only', 'host', 'hostonly', 'host-only', 'ホストのみ'],
  },
  { code: '2', label: msg('None'), short: msg('None'), hint: msg('none'), aliases: ['none', 'なし', 'tidak ada'] },
];

const localeValues: readonly CodeValue[] = [
  {
    code: '0',
    label: msg('Japanese'),
    short: msg('Japanese'),
    endonym: '日本語',
    aliases: ['japanese', 'ja', 'jp', 'ja-jp', '日本語', 'japnese'],
  },
  { code: '1', label: msg('English'), short: msg('English'), endonym: 'English', aliases: ['english', 'en', 'en-us', '英語', 'inggris'] },
];

function zone(code: number, label: string, short: string, iana: string, extra: string[] = []): CodeValue {
  return { code: String(code), label, short, iana, aliases: [short.toLowerCase(), iana.toLowerCase(), ...extra] };
}

const timeZoneValues: readonly CodeValue[] = [
  zone(0, msg('(GMT+9:00) Tokyo'), msg('Tokyo'), 'Asia/Tokyo', ['東京', 'jst', 'japan']),
  zone(1, msg('(GMT+9:00) Jayapura'), msg('Jayapura'), 'Asia/Jayapura', ['wit']),
  zone(2, msg('(GMT+8:00) Singapore'), msg('Singapore'), 'Asia/Singapore', ['シンガポール', 'sgt']),
  zone(3, msg('(GMT+8:00) Manilla'), msg('Manilla'), 'Asia/Manila', ['manila', 'pht']),
  zone(4, msg('(GMT+8:00) Makassar'), msg('Makassar'), 'Asia/Makassar', ['wita']),
  zone(5, msg('(GMT+7:00) Pontianak'), msg('Pontianak'), 'Asia/Pontianak'),
  zone(6, msg('(GMT+7:00) Jakarta'), msg('Jakarta'), 'Asia/Jakarta', ['ジャカルタ', 'wib']),
  zone(7, msg('(GMT-5:00/-4:00) New York [EST/EDT]'), msg('New York'), 'America/New_York', ['ニューヨーク', 'est', 'edt', 'eastern']),
  zone(8, msg('(GMT-6:00/-5:00) Chicago [CST/CDT]'), msg('Chicago'), 'America/Chicago', ['cst', 'cdt', 'central']),
  zone(9, msg('(GMT-7:00) Phoenix [MST]'), msg('Phoenix'), 'America/Phoenix'),
  zone(10, msg('(GMT-7:00/-6:00) Denver [MST/MDT]'), msg('Denver'), 'America/Denver', ['mst', 'mdt', 'mountain']),
  zone(11, msg('(GMT-8:00/-7:00) Los Angeles [PST/PDT]'), msg('Los Angeles'), 'America/Los_Angeles', ['pst', 'pdt', 'pacific']),
  zone(12, msg('(GMT-9:00/-8:00) Anchorage [AKST/AKDT]'), msg('Anchorage'), 'America/Anchorage', ['akst', 'akdt', 'alaska']),
  zone(13, msg('(GMT-10:00) Honolulu [HAST]'), msg('Honolulu'), 'Pacific/Honolulu', ['hast', 'hawaii', 'ホノルル']),
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
  phoneMobile: msg('MiiTel Phone Mobile'),
  callCenter: msg('MiiTel Call Center'),
  meetings: msg('MiiTel Meetings'),
  meetingsBot: msg('MiiTel Meetings bot usage option'),
  recPod: msg('MiiTel RecPod'),
  salesforce: msg('MiiTel Salesforce'),
  incomingWebhook: msg('Incoming Webhook'),
};

/** Display names of the seat kinds. */
export const SEATS: Readonly<Record<SeatId, string>> = {
  users: msg('users'),
  phone: msg('MiiTel Phone'),
  phoneMobile: msg('MiiTel Phone Mobile'),
  callCenter: msg('MiiTel Call Center'),
  meetings: msg('MiiTel Meetings'),
  recPod: msg('MiiTel RecPod'),
  salesforce: msg('MiiTel for Salesforce'),
  incomingWebhook: msg('Incoming Webhook'),
};

/** The allowed values of a code column (empty for other kinds). */
export function allowedValues(column: ColumnSpec): readonly CodeValue[] {
  return column.codeSet ? CODE_SETS[column.codeSet] : [];
}

/** Whether the organisation's subscriptions make this column needed (a required column always is). */
export function isColumnSubscribed(column: ColumnSpec, subscriptions: readonly ProductId[]): boolean {
  return column.products === undefined || column.products.some((p) => subscriptions.includes(p));
}
