import type { ChartSpec } from "./sheet-layout/chart-spec";
import type { NumberFormat } from "./format-figures";

/**
 * The review sheet as a declarative layout: every cell with its value or native formula, its
 * style and number format, plus merges, conditional formats, charts, column widths, frozen rows
 * and print settings. Both writers — office-js in the task pane and ExcelJS for the `.xlsx` —
 * only translate this; they decide nothing about the review.
 *
 * Rows and columns are 0-based here; `a1()` turns them into Excel addresses.
 */
export type CellStyle = "title" | "subtitle" | "note" | "section" | "header" | "label" | "body" | "total" | "finding" | "status";

/** Number formats by meaning; `numberFormats` (format-figures.ts) maps them to Excel format codes. */
export type { NumberFormat } from "./format-figures";
export { numberFormats } from "./format-figures";

export interface LayoutCell {
  readonly row: number;
  readonly column: number;
  /**
   * A value, written as a value whatever it holds: text from the operator's data that starts with
   * "=", "+", "-" or "@" stays text, never becomes a formula.
   */
  readonly value?: string | number | boolean | null;
  /** A native Excel formula (with the leading "="), only ever built by the layout itself. */
  readonly formula?: string;
  /** The value the formula evaluates to, as the engine computed it (cached in files, checked in tests). */
  readonly result?: string | number | null;
  readonly style?: CellStyle;
  readonly format?: NumberFormat;
}

export type ConditionalFormat =
  /** Three-colour scale over a numeric range: low red, middle yellow, high green (the cohort heatmap). */
  | { readonly kind: "colorScale"; readonly range: string }
  /** Fills for status cells: met green, near amber, missed red, matched on the localized labels. */
  | { readonly kind: "statusFill"; readonly range: string; readonly labels: { readonly met: string; readonly near: string; readonly missed: string } };

/**
 * A cell the operator may change by typing (a target of the review): Excel's Refresh keeps what
 * was typed there (see excel-workbook.ts). `key` names it across builds, wherever it lands.
 */
export interface LayoutInput {
  readonly key: string;
  readonly row: number;
  readonly column: number;
  readonly format?: NumberFormat;
}

export interface SheetLayout {
  readonly name: string;
  /** Column widths in characters, from column A. */
  readonly columnWidths: readonly number[];
  readonly cells: readonly LayoutCell[];
  /** The Excel format code of each `NumberFormat` on this sheet (see `numberFormats`: money in the review's currency). */
  readonly numberFormats: Readonly<Record<NumberFormat, string>>;
  /** Merged ranges, e.g. "A1:H1". */
  readonly merges: readonly string[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly charts: readonly ChartSpec[];
  /** Rows frozen at the top (the title block). */
  readonly frozenRows: number;
  /** Rows that start a new page when printed, whatever room is left above (the details after page 1's summary). */
  readonly pageStarts?: readonly number[];
  readonly print: { readonly orientation: "landscape"; readonly paperSize: "A4"; readonly fitToWidth: true };
  /** The cells the operator may type into (the targets); none when absent. */
  readonly inputs?: readonly LayoutInput[];
}

/** "A", "B", … "AA" for a 0-based column. */
export function columnName(column: number): string {
  let name = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The A1 address of a 0-based cell, relative ("B7") or absolute ("$B$7"). */
export function a1(row: number, column: number, absolute = false): string {
  return absolute ? `$${columnName(column)}$${row + 1}` : `${columnName(column)}${row + 1}`;
}

/** A range such as "B7:B11". */
export function a1Range(fromRow: number, fromColumn: number, toRow: number, toColumn: number, absolute = false): string {
  return `${a1(fromRow, fromColumn, absolute)}:${a1(toRow, toColumn, absolute)}`;
}

/** A sheet-qualified absolute reference for chart series: 'Sheet name'!$B$7:$B$11. */
export function sheetRef(sheet: string, fromRow: number, fromColumn: number, toRow: number, toColumn: number): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1Range(fromRow, fromColumn, toRow, toColumn, true)}`;
}

/** 0-based bounds of a range. */
export interface CellBounds {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** 0-based row and column of an A1 cell address such as "B7" or "$B$7". */
export function parseCellAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]{1,3})\$?([1-9]\d*)$/.exec(address);
  if (!match) throw new Error(`"${address}" is not an A1 cell address`);
  const column = [...match[1]].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}

/** "A1:H1" (or one cell) as 0-based bounds. */
export function parseRangeAddress(range: string): CellBounds {
  const [from, to = from] = range.split(":");
  const a = parseCellAddress(from);
  const b = parseCellAddress(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}
