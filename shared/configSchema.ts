/**
 * The organisation config file `.miitel-csv.json`: its keys and the one definition of what each
 * may hold, as a JSON Schema. The same object is written to `schemas/miitel-csv.schema.json` (for
 * VS Code's completion, hovers and validation, through `contributes.jsonValidation`) and drives the
 * loader's validation (server/src/service/config/), so the two cannot drift apart: a unit test
 * compares the shipped file with {@link configSchema}, and `npm run schema` writes it.
 *
 * Descriptions are English: VS Code does not localise schemas contributed through `jsonValidation`.
 */
import { DIAGNOSTIC_CODES } from './codes';
import { CODE_SETS, DEFAULT_FORMAT, FORMATS, PRODUCTS, SEATS } from './formats/index';
import type { ProductId, SeatId } from './formats/types';

/** The file name looked for from a CSV's folder upward. */
export const CONFIG_FILE_NAME = '.miitel-csv.json';

/** Default values of generated templates. */
export interface TemplateDefaults {
  /** Locale code of every row. */
  readonly locale?: string;
  /** Time zone code of every row. */
  readonly timeZone?: string;
  /** Header → value of every row, for code columns. */
  readonly values?: Readonly<Record<string, string>>;
}

/** The config as validated: every key optional, each present one of the right shape. */
export interface OrganisationConfig {
  readonly format?: 'auto' | 'create' | 'update';
  /** Glob patterns relative to the config file's folder. */
  readonly files?: readonly string[];
  readonly subscriptions?: readonly ProductId[];
  readonly seats?: Readonly<Partial<Record<SeatId, number>>>;
  /** Path relative to the config file's folder (or absolute). */
  readonly existingLoginIds?: string;
  readonly rules?: Readonly<Record<string, 'off' | 'error' | 'warning' | 'info'>>;
  readonly maxUsersPerFile?: number;
  readonly headerAliases?: Readonly<Record<string, string>>;
  readonly loginIdDomains?: readonly string[];
  readonly template?: TemplateDefaults;
}

/** The subset of JSON Schema the config uses (and the loader's validator understands). */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  description?: string;
  type?: 'object' | 'array' | 'string' | 'integer' | 'boolean';
  enum?: readonly string[];
  properties?: Record<string, JsonSchema>;
  /** `false`: no other key; a schema: what every other key's value must be. */
  additionalProperties?: false | JsonSchema;
  items?: JsonSchema;
  uniqueItems?: boolean;
  minimum?: number;
  minLength?: number;
}

const SEVERITIES = ['error', 'warning', 'info', 'off'] as const;

/** Every canonical header of every built-in format (targets of `headerAliases`). */
function canonicalHeaders(): string[] {
  return [...new Set(FORMATS.flatMap((f) => f.columns.map((c) => c.header)))];
}

/** The code columns of the default format, each with its allowed codes (`template.values`). */
function templateValueProperties(): Record<string, JsonSchema> {
  const properties: Record<string, JsonSchema> = {};
  for (const column of DEFAULT_FORMAT.columns) {
    if (column.kind !== 'code' || column.codeSet === undefined) continue;
    properties[column.header] = {
      type: 'string',
      enum: CODE_SETS[column.codeSet].map((v) => v.code),
      description: `Value of "${column.header}" in every row of a generated template.`,
    };
  }
  return properties;
}

const codesOf = (set: 'locale' | 'timeZone') => CODE_SETS[set].map((v) => v.code);

/** The JSON Schema of `.miitel-csv.json`. */
export function configSchema(): JsonSchema {
  const seatProperties = Object.fromEntries(
    Object.keys(SEATS).map((seat): [string, JsonSchema] => [
      seat,
      { type: 'integer', minimum: 0, description: `Remaining seats of kind "${seat}".` },
    ]),
  );
  const ruleProperties = Object.fromEntries(
    DIAGNOSTIC_CODES.map((code): [string, JsonSchema] => [code, { type: 'string', enum: SEVERITIES, description: `Severity of ${code}.` }]),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'MiiTel CSV organisation config (.miitel-csv.json)',
    description:
      'Shared settings for checking MiiTel user CSV files, read by the VS Code extension and the miitel-csv CLI. Paths are relative to this file.',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string', description: 'The JSON Schema of this file.' },
      format: {
        type: 'string',
        enum: ['auto', 'create', 'update'],
        description: 'Which MiiTel format the files are: "auto" tells by the header.',
      },
      files: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        uniqueItems: true,
        description: 'Glob patterns, relative to this file, of files always checked as MiiTel user CSVs.',
      },
      subscriptions: {
        type: 'array',
        items: { type: 'string', enum: Object.keys(PRODUCTS) },
        uniqueItems: true,
        description: 'Optional products the organisation subscribes to: a missing column of one of them is an error.',
      },
      seats: {
        type: 'object',
        properties: seatProperties,
        additionalProperties: false,
        description: 'Remaining seats of the contract per kind; a kind left out is not limited.',
      },
      existingLoginIds: {
        type: 'string',
        minLength: 1,
        description: 'A file, relative to this file, listing the Login IDs already in use: one per line, or a CSV with a Login ID column.',
      },
      rules: {
        type: 'object',
        properties: ruleProperties,
        additionalProperties: false,
        description: 'Severity per diagnostic code ("off" silences it).',
      },
      maxUsersPerFile: { type: 'integer', minimum: 1, description: 'Most users one file may hold (MiiTel accepts 100).' },
      headerAliases: {
        type: 'object',
        additionalProperties: { type: 'string', enum: canonicalHeaders() },
        description: 'Other header texts of your files → the MiiTel header they stand for, e.g. {"ログインID": "Login ID"}.',
      },
      loginIdDomains: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        uniqueItems: true,
        description: 'Domains a Login ID must belong to (e.g. "example.com"); a Login ID outside them is an error. Empty: any.',
      },
      template: {
        type: 'object',
        additionalProperties: false,
        description: 'Defaults of generated templates.',
        properties: {
          locale: { type: 'string', enum: codesOf('locale'), description: 'Locale code of every row (0 Japanese, 1 English).' },
          timeZone: { type: 'string', enum: codesOf('timeZone'), description: 'Time zone code of every row (0 Tokyo).' },
          values: {
            type: 'object',
            properties: templateValueProperties(),
            additionalProperties: false,
            description: 'Values of code columns in every row, by header.',
          },
        },
      },
    },
  };
}
