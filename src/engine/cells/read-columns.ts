import type { MessageKey } from "../../i18n/messages";
import { metricError, type MetricError } from "../metric-error";
import { describeCell, excelErrorText, isBlankCell, type CellGrid } from "./cell-value";
import { parseDateCell } from "./parse-date";
import { parseNumberCell } from "./parse-number";
import { orderStatusKind } from "../order-status";
import { KeyEncoder, keyOfCell, UNREADABLE_KEY } from "./key-encoder";
import { hashKey, sortedKeyCodes } from "./sorted-key-codes";

/** A cell that could not be read: its 0-based index in the column and what it held. */
export interface UnreadableCell {
  readonly index: number;
  readonly found: string;
  /** `error` when the cell held an Excel error value, `text` for anything else unreadable. */
  readonly reason: "error" | "text";
}

/** Numbers of one column; `NaN` marks a blank cell (an unreadable cell is also NaN, and listed). */
export interface NumberColumn {
  readonly values: Float64Array;
  readonly unreadable: readonly UnreadableCell[];
}

/** Text keys of one column (buyer ids, channels, SKUs) encoded as integers: `-1` marks a blank. */
export interface KeyColumn {
  readonly codes: Int32Array;
  /** `names[code]` is the text of a key, in order of first appearance. */
  readonly names: readonly string[];
  readonly unreadable: readonly UnreadableCell[];
}

/**
 * Rows `start` to `end` (exclusive) of one column of a grid, read where they are: a million-row
 * range is never copied into another array before it is read.
 */
export interface CellColumn {
  readonly grid: CellGrid;
  readonly column: number;
  readonly start: number;
  readonly end: number;
}

/** Column `column` of `grid`, from row `start` (default 0) to `end` (default the last row). */
export function gridColumn(grid: CellGrid, column: number, start = 0, end = grid.length): CellColumn {
  return { grid, column, start, end: Math.max(start, end) };
}

/** A list of cells as a column (copied into n × 1 rows: for short lists, such as a row of months). */
export function listColumn(cells: readonly unknown[]): CellColumn {
  return gridColumn(cells.map((cell) => [cell]), 0);
}

/** The number of cells of a column. */
export function columnLength(source: CellColumn): number {
  return source.end - source.start;
}

/** The cell at `index` (0-based within the column); a row shorter than the column is a blank. */
export function cellAt(source: CellColumn, index: number): unknown {
  return source.grid[source.start + index][source.column];
}

/**
 * A single-column (n × 1) or single-row (1 × n) range as a column. Anything wider is an error: a
 * metric never guesses which column was meant. Excel passes rectangular arrays, so the width is
 * checked on the first and last rows only.
 */
export function vectorColumn(grid: CellGrid, what: MessageKey): CellColumn | MetricError {
  const rows = grid.length;
  if (rows === 0) return gridColumn([], 0);
  if (rows === 1) return grid[0].length === 1 ? gridColumn(grid, 0) : listColumn(grid[0]);
  for (const row of [grid[0], grid[rows - 1]]) {
    if (row.length !== 1) return metricError("VALUE", "cell.notOneColumn", { what, rows, columns: row.length });
  }
  return gridColumn(grid, 0);
}

function unreadableCell(index: number, value: unknown): UnreadableCell {
  return { index, found: describeCell(value), reason: excelErrorText(value) === null ? "text" : "error" };
}

/** Reads a column of amounts, costs, quantities … (see `parseNumberCell` for the formats). */
export function readNumberColumn(source: CellColumn): NumberColumn {
  const { grid, column, start } = source;
  const values = new Float64Array(columnLength(source));
  const unreadable: UnreadableCell[] = [];
  for (let i = 0; i < values.length; i++) {
    const cell = grid[start + i][column];
    if (typeof cell === "number" && Number.isFinite(cell)) {
      values[i] = cell;
      continue;
    }
    const parsed = parseNumberCell(cell);
    if (parsed === null) values[i] = NaN;
    else if (parsed === undefined) {
      values[i] = NaN;
      unreadable.push(unreadableCell(i, cell));
    } else values[i] = parsed;
  }
  return { values, unreadable };
}

/**
 * The sum and the count of the numbers of a column, in one pass and without keeping the column:
 * what GMV and AOV need of a million amounts. Rows whose `counted` mask is 0 are left out;
 * blanks add nothing. The first unreadable cell (of any row) is returned instead of a sum.
 */
export function sumNumberColumn(source: CellColumn, counted?: Uint8Array): { total: number; count: number } | UnreadableCell {
  const { grid, column, start } = source;
  const length = columnLength(source);
  let total = 0;
  let count = 0;
  for (let i = 0; i < length; i++) {
    const cell = grid[start + i][column];
    let value: number;
    if (typeof cell === "number" && cell - cell === 0) value = cell;
    else {
      const parsed = parseNumberCell(cell);
      if (parsed === null) continue;
      if (parsed === undefined) return unreadableCell(i, cell);
      value = parsed;
    }
    if (counted === undefined || counted[i] === 1) {
      total += value;
      count++;
    }
  }
  return { total, count };
}

/** Reads a column of dates or date-times as Excel serials (see `parseDateCell`). */
export function readDateColumn(source: CellColumn): NumberColumn {
  const { grid, column, start } = source;
  const values = new Float64Array(columnLength(source));
  const unreadable: UnreadableCell[] = [];
  for (let i = 0; i < values.length; i++) {
    const cell = grid[start + i][column];
    const parsed = parseDateCell(cell);
    if (parsed === null) values[i] = NaN;
    else if (parsed === undefined) {
      values[i] = NaN;
      unreadable.push(unreadableCell(i, cell));
    } else values[i] = parsed;
  }
  return { values, unreadable };
}

/** Columns at least this long are sampled to choose how to encode them. */
const SORTED_CODES_MIN_ROWS = 65_536;
const SAMPLE_ROWS = 4_096;

/**
 * True when the first rows of a long column hold mostly distinct keys (more than a quarter of
 * them distinct: buyer ids, order ids), which `sortedKeyCodes` encodes faster than a `Map`;
 * channels, statuses and titles repeat and stay with `KeyEncoder`.
 */
function mostlyDistinct(source: CellColumn): boolean {
  const seen = new Set<string>();
  let keys = 0;
  const end = Math.min(columnLength(source), SAMPLE_ROWS);
  for (let i = 0; i < end; i++) {
    const key = keyOfCell(cellAt(source, i));
    if (typeof key !== "string") continue;
    keys++;
    seen.add(key);
  }
  return keys > 0 && seen.size * 4 > keys;
}

/**
 * Reads a column of identifiers into dictionary codes, in order of first appearance: numbers and
 * text are keys alike, surrounding white space is ignored, an Excel error value is unreadable (see
 * `keyOfCell`). Pass an `encoder` to share codes with other columns or chunks read before; without
 * one, a long column of mostly distinct keys is encoded by sorting (`sortedKeyCodes`), with the
 * same codes.
 */
export function readKeyColumn(source: CellColumn, encoder?: KeyEncoder): KeyColumn {
  const { grid, column, start } = source;
  const length = columnLength(source);
  const unreadable: UnreadableCell[] = [];
  if (encoder === undefined && length >= SORTED_CODES_MIN_ROWS && mostlyDistinct(source)) {
    const keys = new Array<string | null>(length);
    const hashes = new Uint32Array(length);
    for (let i = 0; i < length; i++) {
      const cell = grid[start + i][column];
      const key = keyOfCell(cell);
      if (key === undefined) {
        keys[i] = null;
        unreadable.push(unreadableCell(i, cell));
      } else {
        keys[i] = key;
        if (key !== null) hashes[i] = hashKey(key);
      }
    }
    const { codes, names } = sortedKeyCodes(keys, hashes);
    return { codes, names, unreadable };
  }
  const keyEncoder = encoder ?? new KeyEncoder();
  const codes = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    const cell = grid[start + i][column];
    const code = keyEncoder.codeOfCell(cell);
    if (code >= 0) codes[i] = code;
    else {
      codes[i] = -1;
      if (code === UNREADABLE_KEY) unreadable.push(unreadableCell(i, cell));
    }
  }
  return { codes, names: keyEncoder.names, unreadable };
}

/** `StatusVerdicts.of` for a status cell that cannot be read (an Excel error value, an object). */
export const UNREADABLE_STATUS = -1;
/** `StatusVerdicts.of`: closed, cancelled or fully refunded. */
export const CLOSED_STATUS = 0;
/** `StatusVerdicts.of`: an order that counts. */
export const COUNTED_STATUS = 1;
/** `StatusVerdicts.of`: placed but never paid. */
export const UNPAID_STATUS = 2;
/** `StatusVerdicts.of`: a blank cell (counts, unless another line of the order says otherwise). */
export const BLANK_STATUS = 3;

/**
 * What order statuses say (see `orderStatusKind`), each distinct text judged once:
 * `COUNTED_STATUS`, `CLOSED_STATUS`, `UNPAID_STATUS`, `BLANK_STATUS`, or `UNREADABLE_STATUS` for an
 * Excel error. A number or a boolean counts.
 */
export class StatusVerdicts {
  private readonly verdicts = new Map<string, number>();

  of(cell: unknown): number {
    if (typeof cell === "string") {
      let verdict = this.verdicts.get(cell);
      if (verdict === undefined) {
        verdict = excelErrorText(cell) !== null ? UNREADABLE_STATUS : isBlankCell(cell) ? BLANK_STATUS : STATUS_CODES[orderStatusKind(cell)];
        this.verdicts.set(cell, verdict);
      }
      return verdict;
    }
    if (cell === null || cell === undefined) return BLANK_STATUS;
    if (typeof cell === "number" || typeof cell === "boolean") return COUNTED_STATUS;
    return UNREADABLE_STATUS;
  }
}

const STATUS_CODES = { counted: COUNTED_STATUS, closed: CLOSED_STATUS, unpaid: UNPAID_STATUS } as const;

/**
 * Reads a status column into its verdicts (see `StatusVerdicts`), one byte a row; an unreadable
 * status is listed (its byte is `CLOSED_STATUS`: it does not count).
 */
export function readStatusColumn(source: CellColumn): { verdicts: Uint8Array; unreadable: readonly UnreadableCell[] } {
  const { grid, column, start } = source;
  const verdicts = new Uint8Array(columnLength(source));
  const unreadable: UnreadableCell[] = [];
  const judge = new StatusVerdicts();
  for (let i = 0; i < verdicts.length; i++) {
    const cell = grid[start + i][column];
    const verdict = judge.of(cell);
    if (verdict === UNREADABLE_STATUS) unreadable.push(unreadableCell(i, cell));
    else verdicts[i] = verdict;
  }
  return { verdicts, unreadable };
}

/**
 * Reads a status column into a mask: 1 for an order that counts, 0 for one that is closed,
 * cancelled, fully refunded or unpaid (see `orderStatusKind`). A blank status counts; an
 * unreadable one is listed and does not count.
 */
export function readCountedMask(source: CellColumn): { mask: Uint8Array; unreadable: readonly UnreadableCell[] } {
  const { verdicts, unreadable } = readStatusColumn(source);
  for (let i = 0; i < verdicts.length; i++) verdicts[i] = verdicts[i] === COUNTED_STATUS || verdicts[i] === BLANK_STATUS ? 1 : 0;
  return { mask: verdicts, unreadable };
}
