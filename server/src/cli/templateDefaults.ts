/** The `template` command's options with the organisation config's defaults filled in. */
import type { OrganisationConfig } from '../../../shared/configSchema';
import type { TemplateCliOptions } from './args';
import type { TemplateOptions } from '../service/languageService';

/**
 * The template options: the flags first, then the config's `template` (`locale`, `timeZone`,
 * `values`) and `subscriptions`, then the format's defaults.
 */
export function withTemplateDefaults(options: TemplateCliOptions, config: OrganisationConfig | undefined): TemplateOptions {
  const template = options.template;
  const defaults = config?.template;
  const subscriptions = options.given.subscriptions ? template.subscriptions : (config?.subscriptions ?? template.subscriptions);
  const locale = template.locale ?? defaults?.locale;
  const timeZone = template.timeZone ?? defaults?.timeZone;
  return {
    rows: template.rows,
    ...(subscriptions !== undefined ? { subscriptions } : {}),
    ...(locale !== undefined ? { locale } : {}),
    ...(timeZone !== undefined ? { timeZone } : {}),
    ...(defaults?.values !== undefined ? { values: defaults.values } : {}),
  };
}
