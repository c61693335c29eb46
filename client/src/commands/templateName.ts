/**
 * The name the template command proposes: `users-template.csv`, else `users-template-2.csv`,
 * `-3`, … — the first that is not in the folder yet, so that accepting the proposal (two Enters)
 * never offers to replace a file the user already has. Pure: no vscode API, unit-tested.
 */

/** The first proposed name; the next ones insert `-2`, `-3`, … before `.csv`. */
export const TEMPLATE_FILE_NAME = 'users-template.csv';

/**
 * The first of `users-template.csv`, `users-template-2.csv`, … not among `existing` (the names in
 * the target folder). Compared without regard to case: on Windows and macOS `Users-Template.csv`
 * is the same file, and elsewhere a name differing only in case would be confusing anyway.
 */
export function freeTemplateName(existing: Iterable<string>): string {
  const taken = new Set([...existing].map((name) => name.toLowerCase()));
  // Ends: `taken` is finite, so some number past its size is free.
  for (let n = 1; ; n++) {
    const name = n === 1 ? TEMPLATE_FILE_NAME : TEMPLATE_FILE_NAME.replace(/\.csv$/, `-${n}.csv`);
    if (!taken.has(name)) return name;
  }
}
