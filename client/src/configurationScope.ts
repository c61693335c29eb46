/**
 * Tells the server where `miitelCsv.existingLoginIdsFile` comes from. A workspace or folder setting
 * is written by whoever made the repository, so the server reads such a path only inside the
 * workspace folder (a cloned repository must not probe `/etc/shadow` membership); a user setting may
 * name any file. The language client answers `workspace/configuration` with the merged value only,
 * so this middleware adds `existingLoginIdsFileFromWorkspace` from `inspect()`, always overwriting
 * whatever the settings files say under that name.
 */
import { Uri, workspace } from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

const SECTION = 'miitelCsv';

/** Middleware for `workspace/configuration` marking workspace-level Login ID list paths. */
export function configurationScopeMiddleware(): Middleware {
  return {
    workspace: {
      configuration: async (params, token, next) => {
        const result = await next(params, token);
        if (!Array.isArray(result)) return result;
        return result.map((value: unknown, i) => {
          const item = params.items[i];
          if (item?.section !== SECTION || !value || typeof value !== 'object' || Array.isArray(value)) return value;
          return { ...value, existingLoginIdsFileFromWorkspace: fromWorkspace(item.scopeUri) };
        });
      },
    },
  };
}

/** Whether the effective `existingLoginIdsFile` for `scopeUri` is set in workspace or folder settings. */
function fromWorkspace(scopeUri: string | undefined): boolean {
  const scope = scopeUri === undefined ? undefined : Uri.parse(scopeUri);
  const inspected = workspace.getConfiguration(SECTION, scope).inspect<string>('existingLoginIdsFile');
  return inspected?.workspaceFolderValue !== undefined || inspected?.workspaceValue !== undefined;
}
