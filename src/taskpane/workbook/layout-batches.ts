/**
 * The review layout cut into what office.js writes in bulk: rectangular blocks of values,
 * formulas and number formats (one assignment each, `null` where a cell is left alone), the cells
 * of each look as lists of ranges, row heights and column widths as runs. Pure: no Office.
 *
 * A `null` inside a 2-D array leaves that cell as it is
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-blank-null-values), so one
 * block covers several cells of different kinds.
 */
import { a1, a1Range, columnName, parseRangeAddress, type CellBounds, type CellStyle, type LayoutCell, type SheetLayout } from "../../review/sheet-layout";
import { contentSide } from "./review-look";

/** Excel's limits (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_TEXT_LENGTH = 32_767;

/** A text value is written with the Text number format so that Excel keeps it as typed. */
export const TEXT_FORMAT = "@";

/** A rectangle of cells and what to write into it; each array is `null` when the block has nothing of that kind. */
export interface CellBlock {
  /** e.g. "A7:K15". */
  readonly address: string;
  readonly numberFormats: (string | null)[][] | null;
  readonly values: (string | number | boolean | null)[][] | null;
  readonly formulas: (string | null)[][] | null;
}

/** Rows and columns, 0-based, inclusive. */
/** `'运营复盘'!$B$19:$B$23` → the sheet name (quotes undone) and the address. */
export function parseSheetReference(reference: string): { sheet: string; address: string } {
  const bang = reference.lastIndexOf("!");
  if (bang < 1) throw new Error(`"${reference}" is not a sheet reference like 'Sheet'!$A$1:$A$5`);
  const quoted = reference.slice(0, bang);
  const sheet = quoted.startsWith("'") && quoted.endsWith("'") ? quoted.slice(1, -1).replace(/''/g, "'") : quoted;
  return { sheet, address: reference.slice(bang + 1) };
}

/**
 * Throws, naming the cell, when the layout cannot be written faithfully: a cell outside the
 * sheet, two cells at one address, a value and a formula in one cell, a formula without "=",
 * a number Excel cannot store, text longer than a cell holds.
 */
export function checkLayout(layout: SheetLayout): void {
  const taken = new Set<number>();
  for (const cell of layout.cells) {
    if (!Number.isInteger(cell.row) || cell.row < 0 || cell.row >= MAX_ROWS || !Number.isInteger(cell.column) || cell.column < 0 || cell.column >= MAX_COLUMNS) {
      throw new Error(`Sheet "${layout.name}": a cell at row ${cell.row}, column ${cell.column} is outside the sheet`);
    }
    const where = `Sheet "${layout.name}", cell ${a1(cell.row, cell.column)}`;
    const key = cell.row * MAX_COLUMNS + cell.column;
    if (taken.has(key)) throw new Error(`${where}: the layout has two cells here`);
    taken.add(key);
    if (cell.formula !== undefined) {
      if (cell.value !== undefined && cell.value !== null) throw new Error(`${where}: both a value and a formula`);
      if (!cell.formula.startsWith("=")) throw new Error(`${where}: a formula starts with "=": ${cell.formula}`);
    }
    if (typeof cell.value === "number" && !Number.isFinite(cell.value)) throw new Error(`${where}: ${cell.value} is not a number Excel can store`);
    if (typeof cell.value === "string" && cell.value.length > MAX_TEXT_LENGTH) {
      throw new Error(`${where}: text of ${cell.value.length} characters; an Excel cell holds at most ${MAX_TEXT_LENGTH}`);
    }
  }
}

/** The number format a cell is written with: Text for every text value, else the layout's format. */
function numberFormatOf(cell: LayoutCell, formats: SheetLayout["numberFormats"]): string | null {
  if (cell.formula === undefined && typeof cell.value === "string") return TEXT_FORMAT;
  return cell.format === undefined ? null : formats[cell.format];
}

/**
 * The layout's cells as blocks: each run of consecutive non-empty rows is one rectangle from its
 * leftmost to its rightmost cell. Text values get the Text format ("@") in `numberFormats`, which
 * the writer sets before `values`: Excel reads a string written to `Range.values` as if typed, so
 * "=…", "+…", "-…" would become formulas and "2025-06" a date
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member).
 */
export function cellBlocks(layout: SheetLayout): CellBlock[] {
  const byRow = new Map<number, LayoutCell[]>();
  for (const cell of layout.cells) {
    const isEmpty = cell.formula === undefined && (cell.value === undefined || cell.value === null) && cell.format === undefined;
    if (isEmpty) continue;
    const row = byRow.get(cell.row);
    if (row) row.push(cell);
    else byRow.set(cell.row, [cell]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const blocks: CellBlock[] = [];
  for (let start = 0; start < rows.length;) {
    let end = start;
    while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
    const cells = rows.slice(start, end + 1).flatMap((row) => byRow.get(row)!);
    blocks.push(blockOf(cells, rows[start], rows[end], layout.numberFormats));
    start = end + 1;
  }
  return blocks;
}

function blockOf(cells: readonly LayoutCell[], top: number, bottom: number, formats: SheetLayout["numberFormats"]): CellBlock {
  let left = Infinity;
  let right = -Infinity;
  for (const cell of cells) {
    left = Math.min(left, cell.column);
    right = Math.max(right, cell.column);
  }
  const grid = <T>() => Array.from({ length: bottom - top + 1 }, () => new Array<T | null>(right - left + 1).fill(null));
  const numberFormats = grid<string>();
  const values = grid<string | number | boolean>();
  const formulas = grid<string>();
  let hasFormat = false;
  let hasValue = false;
  let hasFormula = false;
  for (const cell of cells) {
    const r = cell.row - top;
    const c = cell.column - left;
    const format = numberFormatOf(cell, formats);
    if (format !== null) {
      numberFormats[r][c] = format;
      hasFormat = true;
    }
    if (cell.formula !== undefined) {
      formulas[r][c] = cell.formula;
      hasFormula = true;
    } else if (cell.value !== undefined && cell.value !== null) {
      values[r][c] = cell.value;
      hasValue = true;
    }
  }
  return {
    address: top === bottom && left === right ? a1(top, left) : a1Range(top, left, bottom, right),
    numberFormats: hasFormat ? numberFormats : null,
    values: hasValue ? values : null,
    formulas: hasFormula ? formulas : null,
  };
}

/** The key of a look: the cell style and, for styles that align by content, the side. */
export type LookKey = `${CellStyle}` | `${CellStyle}|left` | `${CellStyle}|right`;

export function lookKeyOf(style: CellStyle, side: "left" | "right" | undefined): LookKey {
  return side === undefined ? style : `${style}|${side}`;
}

export function parseLookKey(key: LookKey): { style: CellStyle; side?: "left" | "right" } {
  const [style, side] = key.split("|") as [CellStyle, "left" | "right" | undefined];
  return side === undefined ? { style } : { style, side };
}

/**
 * The ranges of each look: cells of one look next to each other in a row become one range, and a
 * cell at the top-left of a merge stands for the whole merged range (so a section's rule and a
 * header's fill run across it).
 */
export function lookAreas(layout: SheetLayout): Map<LookKey, string[]> {
  const merges = new Map<number, CellBounds>();
  for (const range of layout.merges) {
    const bounds = parseRangeAddress(range);
    merges.set(bounds.top * MAX_COLUMNS + bounds.left, bounds);
  }
  const sorted = [...layout.cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const areas = new Map<LookKey, string[]>();
  let run: { key: LookKey; row: number; left: number; right: number } | null = null;
  const flush = () => {
    if (run === null) return;
    const list = areas.get(run.key) ?? [];
    list.push(run.left === run.right ? a1(run.row, run.left) : a1Range(run.row, run.left, run.row, run.right));
    areas.set(run.key, list);
    run = null;
  };
  for (const cell of sorted) {
    const key = lookKeyOf(cell.style ?? "body", contentSide(cell));
    const merge = merges.get(cell.row * MAX_COLUMNS + cell.column);
    if (merge !== undefined) {
      flush();
      const list = areas.get(key) ?? [];
      list.push(a1Range(merge.top, merge.left, merge.bottom, merge.right));
      areas.set(key, list);
      continue;
    }
    if (run !== null && run.key === key && run.row === cell.row && run.right === cell.column - 1) {
      run.right = cell.column;
      continue;
    }
    flush();
    run = { key, row: cell.row, left: cell.column, right: cell.column };
  }
  flush();
  return areas;
}

/** Joins addresses with commas into lists of at most `maxLength` characters (an address argument's limit is 8,192). */
export function joinAddresses(addresses: readonly string[], maxLength = 8000): string[] {
  const lists: string[] = [];
  let current = "";
  for (const address of addresses) {
    if (current !== "" && current.length + 1 + address.length > maxLength) {
      lists.push(current);
      current = "";
    }
    current = current === "" ? address : `${current},${address}`;
  }
  if (current !== "") lists.push(current);
  return lists;
}

/** Columns of equal width next to each other: "B:K" and the width in characters. */
export function columnWidthRuns(widths: readonly number[]): { columns: string; width: number }[] {
  const runs: { columns: string; width: number }[] = [];
  for (let start = 0; start < widths.length;) {
    let end = start;
    while (end + 1 < widths.length && widths[end + 1] === widths[start]) end++;
    runs.push({ columns: `${columnName(start)}:${columnName(end)}`, width: widths[start] });
    start = end + 1;
  }
  return runs;
}

/**
 * A column width in characters (as the layout and the file format count it) in points, which
 * `RangeFormat.columnWidth` takes (the reference does not say; the docs team did:
 * https://github.com/OfficeDev/office-js/issues/187): characters times the 7-pixel digit of the
 * default 11-point font plus 5 pixels of padding
 * (https://learn.microsoft.com/openspecs/office_standards/ms-oi29500/727f4736-6cba-40e3-b4d3-ce319885780e),
 * at 96 pixels per inch.
 */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/** Rows of equal height: the height in points and the rows as "3:3,5:7". */
export function rowHeightRuns(heights: ReadonlyMap<number, number>): { rows: string[]; height: number }[] {
  const byHeight = new Map<number, number[]>();
  for (const [row, height] of heights) byHeight.set(height, [...(byHeight.get(height) ?? []), row]);
  return [...byHeight.entries()].sort((a, b) => a[0] - b[0]).map(([height, rows]) => {
    rows.sort((a, b) => a - b);
    const ranges: string[] = [];
    for (let start = 0; start < rows.length;) {
      let end = start;
      while (end + 1 < rows.length && rows[end + 1] === rows[end] + 1) end++;
      ranges.push(`${rows[start] + 1}:${rows[end] + 1}`);
      start = end + 1;
    }
    return { rows: ranges, height };
  });
}
