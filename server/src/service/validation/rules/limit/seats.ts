/**
 * `limit/seats`: the file needs more seats than the contract has left (`miitelCsv.seats`).
 * MiiTel rejects the upload at the row where a limit is reached, so every row (or cell) past the
 * limit is reported. Unused template rows are not counted: they are not users anyone means to add.
 */
import type { SeatId } from '../../../../../../shared/formats/index';
import type { UserRow } from '../../../miitelDocument';
import { messages } from '../../../messages';
import { code, type DocumentRule } from '../../types';

/** Data of `limit/seats`. */
export interface SeatsData {
  readonly seat: SeatId;
  readonly limit: number;
}

/** No quick fix: which users go without the seat is the admin's call. */
const codes = { 'limit/seats': code<SeatsData>('error') };

/** The value that turns a seat column on for a user. */
const ENABLED = '1';

/**
 * Each kind reports in text order, and the runner keeps only the first `maxProblems` problems by
 * position, so each stops after that many reports (later ones could never be shown).
 */
export const seatsRule: DocumentRule<typeof codes> = {
  name: 'seats',
  codes,
  check({ doc, settings, countUnreported }, report) {
    // Most files have no limits set: then this costs nothing per row.
    if (Object.values(settings.seats).every((limit) => limit === undefined)) return;
    const users: UserRow[] = [];
    for (let i = 0; i < doc.rowCount; i++) {
      const row = doc.row(i);
      if (!row.unusedTemplate) users.push(row);
    }
    const max = settings.maxProblems;

    const userLimit = settings.seats.users;
    if (userLimit !== undefined) {
      const data = { seat: 'users' as const, limit: userLimit };
      for (const { record } of users.slice(userLimit, userLimit + max)) {
        const message = messages.seatsUsers(userLimit);
        report('limit/seats', { offset: record.start, length: record.end - record.start }, message, data);
      }
      countUnreported?.('limit/seats', users.length - userLimit - max);
    }

    for (const column of doc.format.columns) {
      const seat = column.seat;
      const limit = seat === undefined ? undefined : settings.seats[seat];
      if (seat === undefined || limit === undefined || !doc.positions.has(column.id)) continue;
      const data = { seat, limit };
      let used = 0;
      for (const row of users) {
        const cell = doc.cell(row, column.id);
        if (cell?.value !== ENABLED) continue;
        used++;
        if (used <= limit) continue;
        // Past the cap: counted for the totals, not built.
        if (used <= limit + max) report('limit/seats', cell, messages.seats(seat, limit), data);
      }
      countUnreported?.('limit/seats', used - limit - max);
    }
  },
};
