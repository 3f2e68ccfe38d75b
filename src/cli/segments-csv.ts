/**
 * The outreach list (`segmentListTable`) as the CSV of `--segments-out`, for the tools that send
 * the messages and coupons: UTF-8 with a byte-order mark, which Excel needs to open Chinese text
 * as such (without it Excel on Chinese Windows reads the bytes as GBK), comma-separated, CRLF
 * line ends, fields quoted as RFC 4180 says (https://www.rfc-editor.org/rfc/rfc4180): when they
 * hold a comma, a quote, a line break or white space at an end.
 *
 * A text cell that Excel would take for a formula when it opens the file (one starting with =, +,
 * -, @, a tab or a carriage return: a buyer id from the operator's data may) is written with a
 * leading apostrophe, as OWASP advises against CSV injection
 * (https://owasp.org/www-community/attacks/CSV_Injection); the numbers are plain, the amount to
 * the cent, the date as YYYY-MM-DD.
 */
import { dateTimeLabel } from "../engine/calendar";
import { AMOUNT_COLUMN, LAST_ORDER_COLUMN, type SegmentListTable } from "../review/segment-list";

const BOM = "\uFEFF";
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** A text field as the CSV holds it: neutralized when Excel would run it, quoted when it must be. */
export function csvTextField(text: string): string {
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text of the outreach list, its byte-order mark first. */
export function segmentsCsv(table: SegmentListTable): string {
  const lines = [table.header.map(csvTextField).join(",")];
  for (const row of table.rows) {
    lines.push(row.map((cell, column) => {
      if (column === LAST_ORDER_COLUMN) return dateTimeLabel(cell as number).slice(0, 10);
      if (column === AMOUNT_COLUMN) return (cell as number).toFixed(2);
      return typeof cell === "number" ? String(cell) : csvTextField(cell);
    }).join(","));
  }
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
