/** Ids of the client commands the server refers to (in code actions) or the manifest contributes. */
export const COMMANDS = {
  /** Split a file with too many users: arguments `[uri, maxUsers]`. */
  splitFile: 'miitelCsv.splitFile',
} as const;
