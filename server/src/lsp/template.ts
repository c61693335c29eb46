/**
 * `miitelCsv/template`: the text of a new user template, for the client's "Generate user template"
 * command. The generator and its option checks are the service's (the CLI uses them too); the
 * client encodes the text and writes the file, so it needs neither the service nor iconv-lite.
 */
import { type TemplateResult, TemplateRequest } from '../../../shared/protocol';
import { templateText } from '../service/messages';
import { generateTemplate, TEMPLATE_ENCODINGS, type TemplateOptions, templateOptionsError } from '../service/languageService';
import type { Feature } from './context';
import { runSafe } from './runSafe';
import type { TemplateDefaults } from '../../../shared/configSchema';
import { templateDefaults } from '../service/config/applyConfig';

/**
 * The template for `params`, or the first reason they cannot make one (the options first, then
 * the encoding, as the command always reported them). Checks every field at run time: the
 * command passes on another extension's argument object as it came.
 */
export function templateFor(params: unknown, defaults: TemplateDefaults = {}): TemplateResult {
  const p = (params ?? {}) as Record<string, unknown>;
  const options = {
    rows: p.rows,
    subscriptions: p.subscriptions,
    locale: p.locale ?? defaults.locale,
    timeZone: p.timeZone ?? defaults.timeZone,
    ...(defaults.values !== undefined ? { values: defaults.values } : {}),
  };
  const error =
    templateOptionsError(options) ?? (TEMPLATE_ENCODINGS.some((e) => e === p.encoding) ? undefined : templateText.badEncoding(p.encoding));
  return error === undefined ? { text: generateTemplate(options as TemplateOptions) } : { error };
}

/** Answers {@link TemplateRequest}. */
export const template: Feature = {
  register(context) {
    context.connection.onRequest(TemplateRequest, (params, token) =>
      runSafe<TemplateResult | null>(context.logger, 'Template', token, null, async () => {
        // The config of the folder written to gives the defaults; a file there stands for the folder.
        const folder = typeof params?.folder === 'string' ? params.folder : undefined;
        const located = folder === undefined ? undefined : await context.configs.forDocument(`${folder.replace(/\/$/, '')}/template.csv`);
        return templateFor(params, templateDefaults(located?.config));
      }),
    );
  },
};
