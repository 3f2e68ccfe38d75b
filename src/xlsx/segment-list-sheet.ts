/**
 * The outreach list (`segmentListTable`) as a data sheet of the review workbook: header, one row
 * per buyer, the last order as a date, the amount in the review's currency format. Text stays
 * text (a buyer id that starts with "=" is never a formula), as on every data sheet.
 */
import { AMOUNT_COLUMN, LAST_ORDER_COLUMN, type SegmentListTable } from "../review/segment-list";
import type { DataSheet } from "./write-review-workbook";

/** Excel's last row: the header and this many buyers at most. */
const MAX_ROWS = 1_048_576;
/** Excel serial of 1970-01-01. */
const SERIAL_OF_UNIX_EPOCH = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * The sheet of the outreach list. `amountFormat` is the review's money format with cents
 * (`numberFormats(currency, locale).currencyCents`). Buyers beyond Excel's last row are left out
 * (a review holds at most as many buyers as orders, which a sheet already bounds).
 */
export function segmentListSheet(table: SegmentListTable, amountFormat: string): DataSheet {
  const rows: unknown[][] = [[...table.header]];
  for (const row of table.rows.slice(0, MAX_ROWS - 1)) {
    const cells: unknown[] = [...row];
    // Dates as the engine builds them: midnight UTC of the day, which the writer stores as that day.
    cells[LAST_ORDER_COLUMN] = new Date(Math.round((row[LAST_ORDER_COLUMN] - SERIAL_OF_UNIX_EPOCH) * MS_PER_DAY));
    rows.push(cells);
  }
  const columnFormats: (string | undefined)[] = table.header.map(() => undefined);
  columnFormats[AMOUNT_COLUMN] = amountFormat;
  return { name: table.name, rows, columnFormats };
}
