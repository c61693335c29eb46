/** The sentence a message appends when it may not quote a cell's value (see validation/shown.ts). */
import { t } from '../../../../shared/l10n';
import type { HiddenReason } from '../validation/shown';

/** Why a value is not quoted, as a sentence to append. */
export const hiddenNote = (reason: HiddenReason) =>
  reason === 'password'
    ? t('Passwords are never shown.')
    : t(
        "The value is not shown: this row has a different number of fields from the header, so its values look shifted and it may be another column's value, such as the password.",
      );
