import type { MessageKey } from "../i18n/messages";
import { type CellGrid, describeCell, excelErrorText, isBlankCell } from "../engine/cells/cell-value";
import { parseDateCell } from "../engine/cells/parse-date";
import { parseNumberCell } from "../engine/cells/parse-number";
import {
  columnLength, readCountedMask, readStatusColumn, sumNumberColumn, readDateColumn, readKeyColumn, readNumberColumn, vectorColumn,
  type CellColumn, type KeyColumn, type UnreadableCell,
} from "../engine/cells/read-columns";
import { isMetricError, metricError, type MetricError } from "../engine/metric-error";

/**
 * One range argument of a custom function, flattened to a vector, with what is needed to name
 * a cell in an error message: the sheet address Excel gave (with `@requiresParameterAddresses`)
 * or, without it, the position within the range.
 */
export interface RangeArgument {
  /** The range's cells, read in place. */
  readonly column: CellColumn;
  readonly length: number;
  readonly what: MessageKey;
  /** A single row of more than one cell (B2:E2): results per cell spill along the row. */
  readonly horizontal: boolean;
  /** Column letters and first row of the range on its sheet, when Excel told us. */
  readonly origin?: { readonly column: string; readonly row: number; readonly horizontal: boolean };
}

/** `Sheet1!B2:B100` → column B, row 2. Whole-column references (`B:B`) start at row 1. */
export function parseRangeOrigin(address: string | undefined): { column: string; row: number } | undefined {
  if (typeof address !== "string") return undefined;
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const match = /^([A-Za-z]{1,3})(\d+)?/.exec(local);
  if (match === null) return undefined;
  return { column: match[1].toUpperCase(), row: match[2] === undefined ? 1 : Number(match[2]) };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const letter of letters) n = n * 26 + (letter.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let letters = "";
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/** Where cell `index` of the range is, as message parameters (`where.cell` or `where.row`). */
export function cellLocation(range: RangeArgument, index: number): { where: MessageKey; cell?: string; row?: number } {
  const origin = range.origin;
  if (origin === undefined) return { where: "where.row", row: index + 1 };
  if (origin.horizontal) return { where: "where.cell", cell: `${columnLetters(columnNumber(origin.column) + index)}${origin.row}` };
  return { where: "where.cell", cell: `${origin.column}${origin.row + index}` };
}

/** Turns a range parameter (a 2-D array, or a single value) into a `RangeArgument`. */
export function rangeArgument(value: unknown, what: MessageKey, address?: string): RangeArgument | MetricError {
  const grid: CellGrid = Array.isArray(value) ? (Array.isArray(value[0]) || value.length === 0 ? (value as CellGrid) : [value]) : [[value]];
  const column = vectorColumn(grid, what);
  if (isMetricError(column)) return column;
  const length = columnLength(column);
  const origin = parseRangeOrigin(address);
  const horizontal = grid.length === 1 && length > 1;
  return { column, length, what, horizontal, origin: origin === undefined ? undefined : { ...origin, horizontal } };
}

/**
 * One result per cell of `range`, shaped like it: a column for a column, a row for a row, so that
 * =EC.GROWTH(C2:N2, B2:M2) spills across the month columns instead of down over the next rows.
 * Excel cannot show an empty array, so no cells give one blank cell.
 */
export function spillLike<T>(range: RangeArgument, results: T[]): (T | string)[][] {
  if (results.length === 0) return [[""]];
  return range.horizontal ? [results] : results.map((result) => [result]);
}

/** An error when `others` do not have as many rows as `reference`. */
export function checkAligned(reference: RangeArgument, ...others: (RangeArgument | undefined)[]): MetricError | null {
  for (const other of others) {
    if (other !== undefined && other.length !== reference.length) {
      return metricError("VALUE", "cell.lengthMismatch", { what: other.what, found: other.length, reference: reference.what, expected: reference.length });
    }
  }
  return null;
}

function unreadableError(range: RangeArgument, cell: UnreadableCell, key: MessageKey): MetricError {
  const location = cellLocation(range, cell.index);
  if (cell.reason === "error") return metricError("VALUE", "cell.errorValue", { ...location, found: cell.found });
  return metricError("VALUE", key, { ...location, found: cell.found, what: readingNoun(range.what) });
}

/** The singular noun for reading one cell of a range ("an amount" for "The amounts"). */
function readingNoun(what: MessageKey): MessageKey {
  switch (what) {
    case "what.costs": return "what.cost";
    case "what.spendAmounts": return "what.spend";
    case "what.amounts": return "what.amount";
    case "what.stocks": return "what.stock";
    case "what.unitsSold": return "what.units";
    default: return "what.number";
  }
}

/** The numbers of a range; the first unreadable cell is a #VALUE! error naming it. */
export function readNumbers(range: RangeArgument): Float64Array | MetricError {
  const column = readNumberColumn(range.column);
  if (column.unreadable.length > 0) return unreadableError(range, column.unreadable[0], "cell.unreadableNumber");
  return column.values;
}

/**
 * The sum and count of a range's numbers in one pass, leaving out rows whose `counted` mask is 0;
 * the first unreadable cell is a #VALUE! error naming it.
 */
export function sumNumbers(range: RangeArgument, counted?: Uint8Array): { total: number; count: number } | MetricError {
  const sums = sumNumberColumn(range.column, counted);
  return "index" in sums ? unreadableError(range, sums, "cell.unreadableNumber") : sums;
}

/** The dates of a range as Excel serials; the first unreadable cell is a #VALUE! error naming it. */
export function readDates(range: RangeArgument): Float64Array | MetricError {
  const column = readDateColumn(range.column);
  if (column.unreadable.length > 0) return unreadableError(range, column.unreadable[0], "cell.unreadableDate");
  return column.values;
}

/** The ids of a range, dictionary-encoded; an Excel error value in it is a #VALUE! error. */
export function readKeys(range: RangeArgument): KeyColumn | MetricError {
  const column = readKeyColumn(range.column);
  if (column.unreadable.length > 0) return unreadableError(range, column.unreadable[0], "cell.unreadableKey");
  return column;
}

/** The counted-order mask of an optional status range. */
export function readCounted(range: RangeArgument | undefined): Uint8Array | undefined | MetricError {
  if (range === undefined) return undefined;
  const { mask, unreadable } = readCountedMask(range.column);
  if (unreadable.length > 0) return unreadableError(range, unreadable[0], "cell.unreadableKey");
  return mask;
}

/**
 * The status verdict of each row of an optional status range (see `readStatusColumn`): what
 * `orderColumnsOfRows` needs to decide whether an order of several rows counts.
 */
export function readStatuses(range: RangeArgument | undefined): Uint8Array | undefined | MetricError {
  if (range === undefined) return undefined;
  const { verdicts, unreadable } = readStatusColumn(range.column);
  if (unreadable.length > 0) return unreadableError(range, unreadable[0], "cell.unreadableKey");
  return verdicts;
}

/**
 * An error for the first row that has an amount and a counted status but lacks `required`
 * (a buyer, a date, a channel …): such an order cannot be placed, and dropping it would change
 * the result silently. When the entries are orders of several rows, `rowOf` gives the row each
 * starts on: the message names that row's cell.
 */
export function firstMissing(
  amounts: Float64Array, counted: Uint8Array | undefined, isMissing: (index: number) => boolean, range: RangeArgument, key: MessageKey,
  rowOf?: Int32Array,
): MetricError | null {
  for (let i = 0; i < amounts.length; i++) {
    if (amounts[i] === amounts[i] && (counted === undefined || counted[i] === 1) && isMissing(i)) {
      return metricError("VALUE", key, cellLocation(range, rowOf === undefined ? i : rowOf[i]));
    }
  }
  return null;
}

/** True when an optional parameter was left out (Excel passes `null` or `undefined`, or an empty cell). */
export function isOmitted(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0 || (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && isBlankCell(value[0][0]));
  return isBlankCell(value);
}

/**
 * Where a scalar argument is, for a message: its cell when Excel gave the address, otherwise the
 * argument's name ("The target margin: …"); it has no rows to count.
 */
function scalarLocation(what: MessageKey, address: string | undefined): { where: MessageKey; cell?: string; argument?: MessageKey } {
  const origin = parseRangeOrigin(address);
  return origin === undefined ? { where: "where.argument", argument: what } : { where: "where.cell", cell: `${origin.column}${origin.row}` };
}

/** The one cell of a scalar parameter (or of a one-cell range); `null` when it is a larger range. */
function scalarCell(value: unknown): { cell: unknown } | null {
  if (!Array.isArray(value)) return { cell: value };
  if (value.length !== 1 || !Array.isArray(value[0]) || value[0].length !== 1) return null;
  return { cell: value[0][0] };
}

/**
 * A single number from a scalar parameter or a one-cell range, read like any cell
 * (`"12%"` is 0.12). Left out → `fallback`, or #VALUE! when there is none.
 * `address` (from `parameterAddresses`) names the cell in the message.
 */
export function readScalar(value: unknown, what: MessageKey, fallback?: number, address?: string): number | MetricError {
  if (isOmitted(value)) {
    return fallback !== undefined ? fallback : metricError("VALUE", "cell.notScalar", { what });
  }
  const scalar = scalarCell(value);
  if (scalar === null) return metricError("VALUE", "cell.notScalar", { what });
  const { cell } = scalar;
  if (excelErrorText(cell) !== null) return metricError("VALUE", "cell.errorValue", { ...scalarLocation(what, address), found: describeCell(cell) });
  const parsed = parseNumberCell(cell);
  if (parsed === null || parsed === undefined) return metricError("VALUE", "cell.unreadableNumber", { ...scalarLocation(what, address), found: describeCell(cell), what: "what.number" });
  return parsed;
}

/**
 * A single date (as an Excel serial) from a scalar parameter or a one-cell range, read like a
 * date cell. Left out → `undefined`.
 */
export function readScalarDate(value: unknown, what: MessageKey, address?: string): number | undefined | MetricError {
  if (isOmitted(value)) return undefined;
  const scalar = scalarCell(value);
  if (scalar === null) return metricError("VALUE", "cell.notOneCell", { what });
  const { cell } = scalar;
  if (excelErrorText(cell) !== null) return metricError("VALUE", "cell.errorValue", { ...scalarLocation(what, address), found: describeCell(cell) });
  const parsed = parseDateCell(cell);
  if (parsed === null || parsed === undefined) return metricError("VALUE", "cell.unreadableDate", { ...scalarLocation(what, address), found: describeCell(cell) });
  return parsed;
}

/** The sum of a range of numbers, or of a single number; blanks add nothing. */
export function readTotal(value: unknown, what: MessageKey, address?: string): number | MetricError {
  const range = rangeArgument(value, what, address);
  if (isMetricError(range)) return range;
  const sums = sumNumbers(range);
  return isMetricError(sums) ? sums : sums.total;
}
