/**
 * Which character separates the fields of a file: decided in shared/formats/delimiter.ts, which the
 * client's table view uses too, so both sides read a file with the same delimiter.
 */
export { detectDelimiter, splitFirstRecord } from '../../../shared/formats/delimiter';
