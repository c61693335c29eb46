/** `extension-number/format`: an Extension number that is not 3 to 6 ASCII digits (update files). */
import { replaceCell } from '../../../features/textChange';
import { fixText as t, messages } from '../../../messages';
import { code, type CellRule, ofKind } from '../../types';
import { shownValue } from '../../shown';
import { canonical, trimmedSpan } from '../../values';

/** Data of `extension-number/format`: the number a spreadsheet's `123.0` stands for, when the value may be shown. */
export interface ExtensionNumberFormatData {
  readonly suggestion?: string;
}

const codes = {
  // Fix-all: `123.0` is how a spreadsheet writes the number 123; nothing else is suggested.
  'extension-number/format': code<ExtensionNumberFormatData>(
    'error',
    ({ cell, data, fix }) => (cell && data.suggestion ? [fix(t.useValue(data.suggestion), [replaceCell(cell, data.suggestion)])] : []),
    'extensionNumber',
  ),
};

/** "Available numbers are from 3 to 6 digits." (MiiTel's help page). */
export const EXTENSION_NUMBER = /^[0-9]{3,6}$/;

/**
 * Checks the canonical value: spaces are `value/whitespace`'s and full-width digits
 * `value/full-width`'s (`１２３` is one finding, not two), an empty cell is `value/required`'s.
 */
export const extensionNumberFormatRule: CellRule<typeof codes> = {
  name: 'extensionNumberFormat',
  codes,
  columns: ofKind('extension'),
  clean(value) {
    if (EXTENSION_NUMBER.test(value)) return true;
    const canonicalValue = canonical(value);
    return canonicalValue === '' || EXTENSION_NUMBER.test(canonicalValue);
  },
  checkCell({ doc }, cell, column, report, _row, cells) {
    const value = canonical(cell.value);
    const shown = shownValue(doc, cells, column, value);
    // A spreadsheet writes 123 as `123.0`: the one repair that is obvious.
    const whole = /^([0-9]{3,6})\.0+$/.exec(value)?.[1];
    const suggestion = whole !== undefined && 'value' in shown ? whole : undefined;
    report(
      'extension-number/format',
      trimmedSpan(cell),
      () => messages.extensionNumberFormat(column, shown, suggestion),
      suggestion !== undefined ? { suggestion } : {},
    );
  },
};
