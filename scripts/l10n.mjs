// Extracts every message key of the sources into l10n/bundle.l10n.json (English → English, sorted),
// the file @vscode/l10n-dev writes and translators copy to bundle.l10n.<lang>.json.
//
// A key is the first string-literal argument of `t(…)` (from shared/l10n.ts, or `vscode.l10n.t` in
// the client), the argument of `msg(…)`, or a literal form in the `plural(n, { one, other })` object.
// Run `npm run l10n` after changing a message; a unit test fails while the committed bundle is stale.
//
// Also exported for that test: `extractMessages(root)` returns the keys and the `t(…)` calls whose
// first argument is built in the call (a template with substitutions, a concatenation, a condition),
// which no extraction can see; such a text must be a literal or come from `msg()` data.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative, dirname, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The directories whose sources hold messages. */
export const SOURCE_DIRECTORIES = ['shared', 'server/src', 'client/src'];
/** Where the bundles live, relative to the repository root. */
export const BUNDLE_DIRECTORY = 'l10n';

/** @param {string} directory @returns {string[]} */
function sourceFiles(directory) {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.isFile() && entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** @param {ts.Node} node */
const literalText = (node) => (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : undefined);

/**
 * Local names bound to the layer's functions in `file`: imports from a module path ending in `l10n`
 * (shared/l10n.ts), and in that file itself its own declarations.
 * @param {ts.SourceFile} file
 */
function layerNames(file) {
  /** @type {Map<string, 't' | 'msg' | 'plural'>} */
  const names = new Map();
  const own = file.fileName.split(sep).join('/').endsWith('shared/l10n.ts');
  if (own) for (const name of /** @type {const} */ (['t', 'msg', 'plural'])) names.set(name, name);
  for (const statement of file.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    if (!/(^|\/)l10n$/.test(statement.moduleSpecifier.text)) continue;
    const bindings = statement.importClause?.namedBindings;
    if (!bindings || !ts.isNamedImports(bindings)) continue;
    for (const element of bindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      if (imported === 't' || imported === 'msg' || imported === 'plural') names.set(element.name.text, imported);
    }
  }
  return { names, own };
}

/**
 * What the call `node` is: one of the layer's functions, `t` also for `vscode.l10n.t` / `l10n.t`.
 * @param {ts.CallExpression} node @param {Map<string, string>} names
 */
function callKind(node, names) {
  const callee = node.expression;
  if (ts.isIdentifier(callee)) return names.get(callee.text);
  if (ts.isPropertyAccessExpression(callee) && callee.name.text === 't') {
    const target = callee.expression;
    const text = ts.isIdentifier(target) ? target.text : ts.isPropertyAccessExpression(target) ? target.name.text : '';
    if (text === 'l10n') return 't';
  }
  return undefined;
}

/**
 * The message keys of the sources under `root`, and the `t(…)` calls whose message no extraction can see.
 * @param {string} root
 * @returns {{ keys: string[], computed: { file: string, line: number, text: string }[] }}
 */
export function extractMessages(root) {
  const keys = new Set();
  /** @type {{ file: string, line: number, text: string }[]} */
  const computed = [];
  for (const path of SOURCE_DIRECTORIES.flatMap((d) => sourceFiles(join(root, d))).sort()) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const { names, own } = layerNames(file);
    /** @param {ts.Node} node */
    const visit = (node) => {
      if (ts.isCallExpression(node)) {
        const kind = callKind(node, names);
        const [first, second] = node.arguments;
        if (kind === 't' || kind === 'msg') {
          const text = first && literalText(first);
          if (text !== undefined) keys.add(text);
          else if (first && !own && isBuiltInCall(first)) {
            const { line } = file.getLineAndCharacterOfPosition(first.getStart(file));
            computed.push({ file: relative(root, path).split(sep).join('/'), line: line + 1, text: first.getText(file).slice(0, 80) });
          }
        } else if (kind === 'plural' && second && ts.isObjectLiteralExpression(second)) {
          for (const property of second.properties) {
            if (!ts.isPropertyAssignment(property)) continue;
            const text = literalText(property.initializer);
            if (text !== undefined) keys.add(text);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return { keys: [...keys].sort(), computed };
}

/** A first argument built in the call itself (rather than a name for a message kept in data). @param {ts.Expression} node */
function isBuiltInCall(node) {
  while (ts.isParenthesizedExpression(node)) node = node.expression;
  return ts.isTemplateExpression(node) || ts.isBinaryExpression(node) || ts.isConditionalExpression(node);
}

/** The English bundle for `keys`, as text: each key maps to itself. @param {readonly string[]} keys */
export function bundleText(keys) {
  return `${JSON.stringify(Object.fromEntries(keys.map((k) => [k, k])), undefined, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const { keys, computed } = extractMessages(root);
  for (const c of computed) console.warn(`${c.file}:${c.line}: t() needs a literal message or msg() data, not ${c.text}`);
  mkdirSync(join(root, BUNDLE_DIRECTORY), { recursive: true });
  writeFileSync(join(root, BUNDLE_DIRECTORY, 'bundle.l10n.json'), bundleText(keys));
  console.log(`${BUNDLE_DIRECTORY}/bundle.l10n.json: ${keys.length} messages`);
  if (computed.length > 0) process.exitCode = 1;
}
