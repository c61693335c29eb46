/**
 * Reads the text of `.miitel-csv.json` into an {@link OrganisationConfig}, validating it against
 * the one definition of the file, {@link configSchema} (shared/configSchema.ts), which VS Code also
 * gets as the file's JSON Schema. Pure: no file system. Every problem has the offsets of what is
 * wrong (the key of an unknown key, the value of a wrong one), from jsonc-parser's syntax tree.
 *
 * A syntax error makes the whole config unusable (only the first error is reported: the ones after
 * it are usually its echoes). Otherwise a key with a problem is left out and the others are used.
 */
import type * as JsoncParser from 'jsonc-parser';
import type { Node, ParseError } from 'jsonc-parser';
import { configSchema, type JsonSchema, type OrganisationConfig } from '../../../../shared/configSchema';
import { configText } from '../messages/config';

/** One problem of the config text. */
export interface ConfigProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
  /** The key path it is about (`seats.users`, `files[1]`), when it is about one. */
  readonly key?: string;
}

/** The config as read: what is usable of it, and every problem found. */
export interface ParsedConfig {
  readonly config: OrganisationConfig;
  readonly problems: readonly ConfigProblem[];
  /** True when the text is not JSON at all (then `config` is empty). */
  readonly syntaxError: boolean;
}

/** The schema, made at the first config read rather than whenever the server or the CLI starts. */
let defaultSchema: JsonSchema | undefined;

/**
 * jsonc-parser, loaded at the first config read (most folders have no config): a `require`, as an
 * import would run it at every start.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const jsonc = () => require('jsonc-parser') as typeof JsoncParser;

/** Parses and validates the text of a config file. */
export function parseConfig(text: string, schema: JsonSchema = (defaultSchema ??= configSchema())): ParsedConfig {
  // A BOM is not JSON but editors write one: read it as a space, keeping every offset.
  const source = text.startsWith('\ufeff') ? ` ${text.slice(1)}` : text;
  const errors: ParseError[] = [];
  const { parseTree, printParseErrorCode } = jsonc();
  const root = parseTree(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined || root === undefined) {
    const offset = first?.offset ?? 0;
    const message = configText.invalidJson(first ? printParseErrorCode(first.error) : 'ValueExpected');
    return { config: {}, problems: [{ offset, length: first?.length ?? 0, message }], syntaxError: true };
  }
  const problems: ConfigProblem[] = [];
  if (root.type !== 'object') {
    return { config: {}, problems: [{ offset: root.offset, length: root.length, message: configText.notAnObject() }], syntaxError: false };
  }
  const config = check(root, schema, '', problems) as OrganisationConfig;
  return { config, problems, syntaxError: false };
}

const NO_VALUE = Symbol('invalid');

/** The value of `node` if it matches `schema` (parts that do not are left out), else {@link NO_VALUE}. */
function check(node: Node, schema: JsonSchema, path: string, problems: ConfigProblem[]): unknown {
  const report = (at: Node, message: string) => problems.push({ offset: at.offset, length: at.length, message, key: path });
  if (schema.type !== undefined && !hasType(node, schema.type)) {
    report(node, configText.wrongType(path, schema.type));
    return NO_VALUE;
  }
  switch (node.type) {
    case 'object':
      return checkObject(node, schema, path, problems);
    case 'array':
      return checkArray(node, schema, path, problems);
    default: {
      const value: unknown = node.value;
      if (schema.enum !== undefined && !schema.enum.includes(value as string)) {
        report(node, configText.notInEnum(path, schema.enum));
        return NO_VALUE;
      }
      if (schema.minimum !== undefined && typeof value === 'number' && value < schema.minimum) {
        report(node, configText.belowMinimum(path, schema.minimum));
        return NO_VALUE;
      }
      if (schema.minLength !== undefined && typeof value === 'string' && value.trim().length < schema.minLength) {
        report(node, configText.empty(path));
        return NO_VALUE;
      }
      return value;
    }
  }
}

function checkObject(node: Node, schema: JsonSchema, path: string, problems: ConfigProblem[]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  const known = Object.keys(schema.properties ?? {}).filter((k) => k !== '$schema');
  for (const property of node.children ?? []) {
    const [keyNode, valueNode] = property.children ?? [];
    if (keyNode === undefined || valueNode === undefined) continue;
    const key = String(keyNode.value);
    const keyPath = path === '' ? key : `${path}.${key}`;
    const sub = schema.properties?.[key] ?? (schema.additionalProperties === false ? undefined : schema.additionalProperties);
    if (sub === undefined) {
      problems.push({ offset: keyNode.offset, length: keyNode.length, message: configText.unknownKey(key, known), key: keyPath });
      continue;
    }
    const value = check(valueNode, sub, keyPath, problems);
    if (value !== NO_VALUE) result[key] = value;
  }
  return result;
}

function checkArray(node: Node, schema: JsonSchema, path: string, problems: ConfigProblem[]): unknown[] {
  const result: unknown[] = [];
  (node.children ?? []).forEach((item, i) => {
    const itemPath = `${path}[${i}]`;
    const value = schema.items ? check(item, schema.items, itemPath, problems) : (item.value as unknown);
    if (value === NO_VALUE) return;
    if (schema.uniqueItems && result.includes(value)) {
      problems.push({ offset: item.offset, length: item.length, message: configText.repeated(path, String(value)), key: itemPath });
      return;
    }
    result.push(value);
  });
  return result;
}

function hasType(node: Node, type: NonNullable<JsonSchema['type']>): boolean {
  if (type === 'integer') return node.type === 'number' && Number.isInteger(node.value);
  return node.type === type;
}
