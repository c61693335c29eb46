/**
 * The names of a split file's parts, for the editor's "Split into files" and `miitel-csv split`
 * alike: `users.csv` keeps the first users and the others go to `users-2.csv`, `users-3.csv`, …
 */

/** The path of part `index` (0 for the first new file, named `-2`) of the file at `path` (a file system path or a URI path). */
export function splitPartPath(path: string, index: number): string {
  return `${path.replace(/\.csv$/i, '')}-${index + 2}.csv`;
}
