/** The quick fix the password codes share: a freshly generated password, unique in the file. */
import { replaceCell } from '../../../features/textChange';
import { fixText as t } from '../../../messages';
import type { MiitelDocument } from '../../../miitelDocument';
import { generatePassword } from '../../../password';
import type { Fix, FixContext } from '../../types';

/** Passwords already in the file, so a generated one is unique in it. */
function passwordsIn(doc: MiitelDocument): Set<string> {
  return new Set(doc.rows.map((r) => doc.cell(r, 'password')?.value ?? ''));
}

/**
 * Replaces the password cell with a generated password. Not in fix-all: it replaces the password
 * the administrator chose (and may already have handed out).
 */
export function newPasswordFix({ doc, cell, fix }: FixContext<unknown>): Fix[] {
  return cell ? [fix(t.newPassword, [replaceCell(cell, generatePassword(passwordsIn(doc)))])] : [];
}
