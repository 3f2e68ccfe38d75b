import type { MessageKey } from "../../i18n/messages";
import { metricError, type MetricError } from "../metric-error";
import { describeCell, excelErrorText, type CellGrid } from "./cell-value";
import { parseDateCell } from "./parse-date";
import { parseNumberCell } from "./parse-number";
import { isCountedStatus } from "../order-status";

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
 * The cells of a single-column (n × 1) or single-row (1 × n) range, in order.
 * Anything wider is an error: a metric never guesses which column was meant.
 */
export function flattenVector(grid: CellGrid, what: MessageKey): unknown[] | MetricError {
  const rows = grid.length;
  if (rows === 0) return [];
  if (rows === 1) return grid[0].slice();
  const cells = new Array<unknown>(rows);
  for (let i = 0; i < rows; i++) {
    const row = grid[i];
    if (row.length !== 1) return metricError("VALUE", "cell.notOneColumn", { what, rows, columns: row.length });
    cells[i] = row[0];
  }
  return cells;
}

function unreadableCell(index: number, value: unknown): UnreadableCell {
  return { index, found: describeCell(value), reason: excelErrorText(value) === null ? "text" : "error" };
}

/** Reads a column of amounts, costs, quantities … (see `parseNumberCell` for the formats). */
export function readNumberColumn(cells: readonly unknown[]): NumberColumn {
  const values = new Float64Array(cells.length);
  const unreadable: UnreadableCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
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

/** Reads a column of dates or date-times as Excel serials (see `parseDateCell`). */
export function readDateColumn(cells: readonly unknown[]): NumberColumn {
  const values = new Float64Array(cells.length);
  const unreadable: UnreadableCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const parsed = parseDateCell(cells[i]);
    if (parsed === null) values[i] = NaN;
    else if (parsed === undefined) {
      values[i] = NaN;
      unreadable.push(unreadableCell(i, cells[i]));
    } else values[i] = parsed;
  }
  return { values, unreadable };
}

/**
 * Reads a column of identifiers. Numbers and text are keys alike (`12345` and `"12345"` are the
 * same buyer); surrounding white space is ignored; an Excel error value is unreadable.
 */
export function readKeyColumn(cells: readonly unknown[]): KeyColumn {
  const codes = new Int32Array(cells.length);
  const names: string[] = [];
  const codeOf = new Map<string, number>();
  const unreadable: UnreadableCell[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    let key: string;
    if (typeof cell === "string") {
      // Trimmed once: white space alone is a blank cell (as isBlankCell has it), anything else the key.
      key = cell.trim();
      if (key.length === 0) {
        codes[i] = -1;
        continue;
      }
      if (excelErrorText(cell) !== null) {
        codes[i] = -1;
        unreadable.push(unreadableCell(i, cell));
        continue;
      }
    } else if (typeof cell === "number" && Number.isFinite(cell)) {
      key = String(cell);
    } else if (typeof cell === "boolean") {
      key = cell ? "TRUE" : "FALSE";
    } else if (cell === null || cell === undefined) {
      codes[i] = -1;
      continue;
    } else {
      codes[i] = -1;
      unreadable.push(unreadableCell(i, cell));
      continue;
    }
    let code = codeOf.get(key);
    if (code === undefined) {
      code = names.length;
      names.push(key);
      codeOf.set(key, code);
    }
    codes[i] = code;
  }
  return { codes, names, unreadable };
}

/**
 * Reads a status column into a mask: 1 for an order that counts, 0 for one that is closed,
 * cancelled or fully refunded (see `isCountedStatus`). A blank status counts.
 */
export function readCountedMask(cells: readonly unknown[]): { mask: Uint8Array; unreadable: readonly UnreadableCell[] } {
  const mask = new Uint8Array(cells.length);
  const unreadable: UnreadableCell[] = [];
  const verdictOf = new Map<string, boolean>();
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (typeof cell === "string") {
      let verdict = verdictOf.get(cell);
      if (verdict === undefined) {
        if (excelErrorText(cell) !== null) {
          unreadable.push(unreadableCell(i, cell));
          continue;
        }
        verdict = isCountedStatus(cell);
        verdictOf.set(cell, verdict);
      }
      mask[i] = verdict ? 1 : 0;
    } else if (cell === null || cell === undefined || typeof cell === "number" || typeof cell === "boolean") {
      mask[i] = 1;
    } else {
      unreadable.push(unreadableCell(i, cell));
    }
  }
  return { mask, unreadable };
}
