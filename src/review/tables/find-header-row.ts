import { excelErrorText, isBlankCell, type CellGrid } from "../../engine/cells/cell-value";
import { parseDateCell } from "../../engine/cells/parse-date";
import { parseNumberCell } from "../../engine/cells/parse-number";
import { lookupHeader } from "./match-header";

/** Where a table starts in a grid. */
export interface TableStart {
  /** 0-based index of the header row; `null` when the table has none. */
  readonly headerRow: number | null;
  /** 0-based index of the first row below the header (of the first non-blank row without one). */
  readonly firstDataRow: number;
}

/**
 * Rows searched for the header. Exports put a few lines above it (生意参谋: the shop, the period,
 * the report's name); a hand-made sheet may put a title.
 */
const HEADER_SEARCH_ROWS = 12;
/** Data rows below a candidate header compared with it when no header is recognised. */
const LOOK_BELOW_ROWS = 20;

/**
 * Finds the header row of a table.
 *
 * First the row with the most headers the dictionary knows, among the first twelve: it must have
 * two of them, or one when that is half its cells (a one- or two-column sheet). Otherwise the
 * first non-blank row, when it looks like a header: all text, no number or date, no value twice,
 * and either a column where the rows below hold numbers or dates under its text, or none of its
 * values found again below it. Otherwise there is no header row: the data starts at the first
 * non-blank row.
 *
 * Reads at most the first few dozen rows.
 *
 * @example findHeaderRow([["店铺：小鹿家"], ["订单编号", "实付金额"], ["3012…", 88]]) // { headerRow: 1, firstDataRow: 2 }
 */
export function findHeaderRow(grid: CellGrid): TableStart {
  const first = firstNonBlankRow(grid, 0, HEADER_SEARCH_ROWS * 4);
  if (first === null) return { headerRow: null, firstDataRow: grid.length };

  let bestRow = -1;
  let bestScore = 0;
  const last = Math.min(grid.length, first + HEADER_SEARCH_ROWS);
  for (let r = first; r < last; r++) {
    const score = headerRowScore(grid[r]);
    if (score > bestScore) {
      bestScore = score;
      bestRow = r;
    }
  }
  if (bestRow >= 0) return { headerRow: bestRow, firstDataRow: bestRow + 1 };
  if (looksLikeHeader(grid, first)) return { headerRow: first, firstDataRow: first + 1 };
  return { headerRow: null, firstDataRow: first };
}

/** The first row at or after `from` with a non-blank cell, looking at most `limit` rows. */
export function firstNonBlankRow(grid: CellGrid, from: number, limit: number): number | null {
  const end = Math.min(grid.length, from + limit);
  for (let r = from; r < end; r++) if (!isBlankRow(grid[r])) return r;
  return null;
}

export function isBlankRow(row: readonly unknown[] | undefined): boolean {
  if (row === undefined) return true;
  for (const cell of row) if (!isBlankCell(cell)) return false;
  return true;
}

/** Sum of the confidences of the known headers in a row, 0 when the row does not qualify. */
function headerRowScore(row: readonly unknown[]): number {
  let cells = 0;
  let known = 0;
  let score = 0;
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    cells++;
    if (typeof cell !== "string") continue;
    const lookup = lookupHeader(cell);
    if (!lookup.known) continue;
    known++;
    score += lookup.matches.length === 0 ? 0.5 : lookup.matches[0].confidence;
  }
  return known >= 2 || (known === 1 && cells <= 2) ? score : 0;
}

function isPlainText(cell: unknown): boolean {
  return typeof cell === "string" && excelErrorText(cell) === null && parseNumberCell(cell) === undefined && parseDateCell(cell) === undefined;
}

function isNumberOrDate(cell: unknown): boolean {
  return typeof parseNumberCell(cell) === "number" || typeof parseDateCell(cell) === "number";
}

function looksLikeHeader(grid: CellGrid, r: number): boolean {
  const row = grid[r];
  const seen = new Set<string>();
  for (const cell of row) {
    if (isBlankCell(cell)) continue;
    if (!isPlainText(cell)) return false;
    const text = (cell as string).trim();
    if (seen.has(text)) return false;
    seen.add(text);
  }
  const below: (readonly unknown[])[] = [];
  for (let next = r + 1; next < grid.length && below.length < LOOK_BELOW_ROWS && next < r + 1 + LOOK_BELOW_ROWS * 4; next++) {
    if (!isBlankRow(grid[next])) below.push(grid[next]);
  }
  if (below.length === 0) return true;
  let valuesRepeatBelow = false;
  for (let c = 0; c < row.length; c++) {
    if (isBlankCell(row[c])) continue;
    const text = (row[c] as string).trim();
    let typed = 0;
    let filled = 0;
    for (const data of below) {
      const cell = data[c];
      if (isBlankCell(cell)) continue;
      filled++;
      if (isNumberOrDate(cell)) typed++;
      else if (typeof cell === "string" && cell.trim() === text) valuesRepeatBelow = true;
    }
    if (filled > 0 && typed >= 0.8 * filled) return true;
  }
  return !valuesRepeatBelow;
}
