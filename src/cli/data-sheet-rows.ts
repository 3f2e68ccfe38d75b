import { isBlankCell } from "../engine/cells/cell-value";
import type { DataSheet } from "../xlsx/write-review-workbook";

/** Excel serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;
/** Serials of 1900-03-01 and 9999-12-31: the range in which a serial maps to a Date without Excel's 1900 leap-day quirk. */
const FIRST_PLAIN_SERIAL = 61;
const MAX_SERIAL = 2_958_465;

/**
 * A table as a data sheet of the review workbook: the rows as read, with the date columns' serial
 * numbers turned into Dates (so that the sheet shows 2025-06-01 10:22, not 45809.43), blank cells
 * left empty and the blank rows after the last row with data dropped. Date text stays text, as the
 * operator's export wrote it.
 *
 * @param dateColumns 0-based columns holding dates or times
 * @param firstDataRow rows above it (the header) are copied unchanged
 */
export function dataSheet(name: string, grid: readonly (readonly unknown[])[], dateColumns: readonly number[], firstDataRow: number): DataSheet {
  let end = grid.length;
  while (end > 0 && grid[end - 1].every(isBlankCell)) end--;
  const rows: unknown[][] = new Array(end);
  for (let r = 0; r < end; r++) {
    const row = grid[r].map((cell) => (isBlankCell(cell) ? null : cell));
    if (r >= firstDataRow) {
      for (const column of dateColumns) {
        const cell = row[column];
        if (typeof cell === "number" && cell >= FIRST_PLAIN_SERIAL && cell <= MAX_SERIAL) {
          // Rounded to the second: serials carry float noise that would show as 10:21:59.
          row[column] = new Date(Math.round((cell - UNIX_EPOCH_SERIAL) * 86_400) * 1000);
        }
      }
    }
    rows[r] = row;
  }
  return { name, rows };
}
