/**
 * The questions of "Generate user template", one step each, titled "Generate user template" with
 * VS Code's step count (1/5 … 5/5) and a Back button from the second step on: what MiiTel's
 * "Create & download" asks (encoding, rows), then the products of the contract and the default
 * Locale and Time zone. Going back keeps the answers given so far as the proposals.
 */
import { type QuickPickItem, type Uri, workspace } from 'vscode';
import { encodingLabel, MIITEL_ENCODINGS, type MiitelEncoding } from '../../../shared/encodings';
import { t } from '../../../shared/l10n';
import { CODE_SETS, type CodeSetId, DEFAULT_FORMAT, PRODUCTS, type ProductId, templateColumnsOf } from '../../../shared/formats/index';
import { templateText } from '../messages';
import { BACK, inputText, pickMany, pickOne, type StepPosition } from './wizardSteps';

/** Most rows of a template (of the default format, the one the command writes). */
export const MAX_USERS_PER_FILE = DEFAULT_FORMAT.limits.usersPerFile;

/** The wizard's answers. */
export interface TemplateAnswers {
  encoding: MiitelEncoding;
  rows: number;
  subscriptions: readonly ProductId[];
  locale: string;
  timeZone: string;
}

type Step = (answers: TemplateAnswers, position: StepPosition) => Promise<boolean | typeof BACK | undefined>;

/** Asks every step in turn; undefined as soon as one is dismissed. `folder` gives the settings' subscriptions. */
export async function askTemplateOptions(folder: Uri | undefined): Promise<TemplateAnswers | undefined> {
  const subscribed = workspace.getConfiguration('miitelCsv', folder).get<string[]>('subscriptions') ?? [];
  const answers: TemplateAnswers = {
    encoding: MIITEL_ENCODINGS[0] ?? 'utf-8',
    rows: 10,
    subscriptions: productIds().filter((id) => subscribed.includes(id)),
    locale: '0',
    timeZone: '0',
  };
  const steps: Step[] = [
    askEncoding,
    askRows,
    (a, p) => askProducts(a, p, subscribed),
    (a, p) => askCode(a, p, 'locale'),
    (a, p) => askCode(a, p, 'timeZone'),
  ];
  for (let index = 0; index < steps.length;) {
    const step = steps[index];
    if (!step) break;
    const answered = await step(answers, { title: templateText.title(), step: index + 1, totalSteps: steps.length });
    if (answered === undefined) return undefined;
    index = answered === BACK ? Math.max(0, index - 1) : index + 1;
  }
  return answers;
}

const askEncoding: Step = async (answers, position) => {
  const items = MIITEL_ENCODINGS.map((encoding) => ({
    label: encodingLabel(encoding),
    detail: templateText.encodingDetail(encoding),
    encoding,
  }));
  const chosen = await pickOne(
    position,
    templateText.encodingPlaceholder(),
    items,
    items.find((i) => i.encoding === answers.encoding),
  );
  if (chosen === BACK || chosen === undefined) return chosen;
  answers.encoding = chosen.encoding;
  return true;
};

const askRows: Step = async (answers, position) => {
  const rows = await inputText(position, templateText.rowsPrompt(MAX_USERS_PER_FILE), String(answers.rows), (value) =>
    parseRows(value) === undefined ? templateText.rowsInvalid(MAX_USERS_PER_FILE) : undefined,
  );
  if (rows === BACK || rows === undefined) return rows;
  answers.rows = parseRows(rows) ?? answers.rows;
  return true;
};

/** Each product by its name in the MiiTel contract, with the template columns it adds. */
async function askProducts(answers: TemplateAnswers, position: StepPosition, subscribed: readonly string[]) {
  const required = new Set(templateColumnsOf(DEFAULT_FORMAT, []).map((c) => c.id));
  const items = productIds().map((id) => {
    const added = templateColumnsOf(DEFAULT_FORMAT, [id]).filter((c) => !required.has(c.id));
    return {
      label: t(PRODUCTS[id]),
      description: subscribed.includes(id) ? templateText.productInSettings() : undefined,
      detail: templateText.productColumns(added.map((c) => c.header)),
      id,
    };
  });
  const chosen = await pickMany(
    position,
    templateText.productsPlaceholder(),
    items,
    items.filter((i) => answers.subscriptions.includes(i.id)),
  );
  if (chosen === BACK || chosen === undefined) return chosen;
  answers.subscriptions = chosen.map((i) => i.id);
  return true;
}

/** One code of a code set, labelled as MiiTel labels it; code 0, the column's default, comes first. */
async function askCode(answers: TemplateAnswers, position: StepPosition, set: Extract<CodeSetId, 'locale' | 'timeZone'>) {
  const items: (QuickPickItem & { code: string })[] = CODE_SETS[set].map((v) => ({ label: t(v.label), description: v.code, code: v.code }));
  const placeholder = set === 'locale' ? templateText.localePlaceholder() : templateText.timeZonePlaceholder();
  const chosen = await pickOne(
    position,
    placeholder,
    items,
    items.find((i) => i.code === answers[set]),
  );
  if (chosen === BACK || chosen === undefined) return chosen;
  answers[set] = chosen.code;
  return true;
}

function productIds(): ProductId[] {
  return Object.keys(PRODUCTS) as ProductId[];
}

/** The row count typed, when it is a whole number in range. */
export function parseRows(value: string): number | undefined {
  const trimmed = value.trim();
  if (!/^\d+$/.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return n >= 1 && n <= MAX_USERS_PER_FILE ? n : undefined;
}
