/** The kinds of fix fix-all applies, in a module of their own: the messages name them too, and import nothing of the rules. */

/**
 * What fix-all (`source.fixAll.miitelCsv`) applies, each the kind its summary counts: fixes that
 * keep what the administrator meant, with one correct answer. A code declares one only when its
 * preferred fix is such; the others (a shortened name, a withdrawn or granted permission, a new
 * password) stay quick fixes the user chooses one by one.
 */
export type FixAllKind =
  'delimiter' | 'fieldCount' | 'header' | 'missingColumn' | 'templateRow' | 'whitespace' | 'fullWidth' | 'code' | 'extensionNumber';

/** The problems fix-all fixed, by kind (kinds with none left out). */
export type FixAllCounts = Partial<Record<FixAllKind, number>>;
