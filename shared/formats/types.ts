/**
 * The shape of a MiiTel user CSV format as data: its columns, how a header names them, its limits,
 * the rules that apply to it, its template and how a header line identifies it. Every rule,
 * feature, message and command reads the format of the document (or the one it is given), never a
 * global column list, so a second format is one more value of this type (see ./index.ts).
 *
 * Source: MiiTel Admin help page "Add multiple users". Where it is silent, the data records the
 * choice taken and marks it [decision] in a comment next to it.
 */
import type { DiagnosticCode } from '../codes';

/** One allowed value of a code column. */
export interface CodeValue {
  /** The code written in the CSV, e.g. `"6"`. */
  readonly code: string;
  /** The label MiiTel shows, e.g. `"(GMT+7:00) Jakarta"` (a message key, see `msg`). */
  readonly label: string;
  /** A short name, e.g. `"Jakarta"` (a message key): inlay hints and long code lists. */
  readonly short: string;
  /**
   * The word of an inlay hint when `short` would not fit one row's hint budget (a message key):
   * `"host"` for Host only. See server/src/service/features/inlayHints.ts.
   */
  readonly hint?: string;
  /**
   * Locale codes only: the language's own name (`"日本語"`, `"English"`), as language menus name it,
   * the same in every display language; not a message key.
   */
  readonly endonym?: string;
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

/** Stable identifier of a column, across formats (a format has some of them). */
export type ColumnId =
  | 'loginId'
  | 'userName'
  | 'password'
  | 'extensionNumber'
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
export type ColumnKind = 'loginId' | 'text' | 'password' | 'code' | 'extension';

/** A rule between columns: when this column is `whenValue`, column `column` must be `value`. */
export interface Dependency {
  readonly column: ColumnId;
  readonly value: string;
  /** `requires`: MiiTel rejects the row (error); `recommended`: it works but makes little sense (warning). */
  readonly kind: 'requires' | 'recommended';
  readonly whenValue: string;
}

/** One column of a format. */
export interface ColumnSpec {
  readonly id: ColumnId;
  /** 0-based position in MiiTel's template. */
  readonly index: number;
  /** Header text exactly as in MiiTel's template. */
  readonly header: string;
  /** Other header texts accepted for this column (matched like `header`, ignoring case and spacing). */
  readonly aliases: readonly string[];
  readonly kind: ColumnKind;
  /** For `code` columns: the allowed values. */
  readonly codeSet?: CodeSetId;
  /** What the column controls, in one sentence (a message key). */
  readonly description: string;
  /** Present in every file [decision]; the others only with a subscribed product. */
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

/** The characters a value may hold: ASCII letters, digits and `symbols`. */
export interface CharacterSet {
  /** The symbols allowed besides ASCII letters and digits. */
  readonly symbols: string;
  /** Matches values made only of allowed characters (a shortcut: such a value needs no per-character check). */
  readonly only: RegExp;
  /** Whether `c` (one code point) is allowed. */
  readonly has: (c: string) => boolean;
}

/** The numbers and character sets a format is checked against. */
export interface FormatLimits {
  /** At most this many users in one file (the default of `miitelCsv.maxUsersPerFile`). */
  readonly usersPerFile: number;
  /** Minimum password length, in code points. */
  readonly passwordMinLength: number;
  /** Characters a Login ID may hold. */
  readonly loginIdCharacters: CharacterSet;
  /** Characters a password may hold. */
  readonly passwordCharacters: CharacterSet;
}

/** Column ids whose value a template's rows take from the generator's options. */
export type TemplateOptionColumn = 'locale' | 'timeZone';

/** How the template generator writes a format's template. */
export interface TemplateDefinition {
  /** Columns whose value the person generating the template chooses for every row (their code set's codes). */
  readonly optionColumns: readonly TemplateOptionColumn[];
  /** The column each row gets a fresh generated password in, if any. */
  readonly passwordColumn?: ColumnId;
  /** Line break after every line, the last included (MiiTel's template uses CRLF, as Windows and Excel do). */
  readonly eol: string;
}

/** Identifier of a format. */
export type FormatId = 'createUsers' | 'updateUsers';

/** One MiiTel user CSV format. */
export interface CsvFormat {
  readonly id: FormatId;
  /** Name shown to people (a message key). */
  readonly displayName: string;
  /** Every column, in template order. */
  readonly columns: readonly ColumnSpec[];
  /** The column `id`, undefined when this format has none. */
  column(id: ColumnId): ColumnSpec | undefined;
  /** The column whose header (or an alias) matches `headerText`, ignoring case and spacing. */
  findColumn(headerText: string): ColumnSpec | undefined;
  readonly limits: FormatLimits;
  /** The diagnostic codes checked in files of this format; the others are never reported. */
  readonly rules: readonly DiagnosticCode[];
  readonly template: TemplateDefinition;
  /** Whether a first line whose fields are `headerFields` is this format's header. */
  identifies(headerFields: Iterable<string>): boolean;
}
