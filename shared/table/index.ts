/**
 * The table view's state logic, pure and shared by whatever shows the table (the custom editor in
 * the client, its webview): a model of the text as cells with their exact ranges, and every change
 * the table makes as minimal text edits. No VS Code API and no DOM here, so all of it is unit-tested.
 *
 * The flow: `buildTableModel(text)` → the view shows `rows`/`cells` → a change becomes edits
 * (`setCellEdits`, `addRowEdits`, `duplicateUserRowEdits`, `deleteRowsEdits`) applied to the document
 * → the document's new text is read again with `buildTableModel`.
 */
export { fieldText, needsQuotes, quoted, recordText } from '../csv/quote';
export { setCellEdits } from './cellEdit';
export { addRowEdits, deleteRowsEdits, duplicateRowEdits } from './rowEdits';
export {
  applyTableEdits,
  buildTableModel,
  cellAtOffset,
  type TableCell,
  type TableRecord,
  type TableModel,
  type TableRow,
  type TableTextEdit,
} from './tableModel';
export { columnPositions, duplicateUserRowEdits, type NewUserOptions, newUserValues } from './userRows';
