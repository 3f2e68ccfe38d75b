/**
 * The printed page of the review sheet, as both writers set it up: the paper, the margins, and the
 * scale Excel prints at when the sheet is fitted to one page wide. The page breaks
 * (`page-breaks.ts`) are worked out from these figures, so they live in one place.
 *
 * Sizes are in points (1/72 inch). Column widths are in Excel's unit, characters of the Normal
 * font's widest digit: Calibri 11, which ExcelJS writes as the workbook's Normal font, has a
 * widest digit of 7 pixels at 96 pixels per inch.
 */
import type { SheetLayout } from "../sheet-layout";

/** Paper sizes, portrait width × height in points (ISO 216: A4 is 210 × 297 mm). */
export const PAPER_POINTS = { A4: { width: 595.28, height: 841.89 } } as const;

/**
 * The review's margins in inches (a little under Excel's "Normal" 0.7 / 0.75, so that more of the
 * review fits a page); the header and footer print inside the top and bottom margins.
 */
export const REVIEW_PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.55, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/** Excel's default column width, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;
const MAX_DIGIT_PIXELS = 7;
const POINTS_PER_PIXEL = 0.75;

/**
 * A column's width in points as Excel draws a width read from a file: whole pixels,
 * trunc(((256 × width + trunc(128 ÷ digit)) ÷ 256) × digit) (ECMA-376 Part 1, §18.3.1.13, `width`).
 * The task pane sets a column 5 pixels wider than this (`columnWidthPoints`), which makes the
 * fitted scale smaller and a printed page hold more rows: breaks worked out with this width hold there too.
 */
export function columnWidthPrintPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / MAX_DIGIT_PIXELS)) / 256) * MAX_DIGIT_PIXELS);
  return pixels * POINTS_PER_PIXEL;
}

/** The printable area of the review's page, in points of paper: the paper inside the margins. */
export function printableArea(print: SheetLayout["print"]): { width: number; height: number } {
  const paper = PAPER_POINTS[print.paperSize];
  const [width, height] = print.orientation === "landscape" ? [paper.height, paper.width] : [paper.width, paper.height];
  const m = REVIEW_PRINT_MARGINS;
  return { width: width - (m.left + m.right) * 72, height: height - (m.top + m.bottom) * 72 };
}

/**
 * The scale the sheet prints at, fitted to one page wide: the printable width over the width of
 * columns A to `lastColumn`, never above 100% (fitting only ever shrinks). Excel rounds it down to
 * a whole percent; the exact ratio is a hair larger, so a page worked out with it holds a hair
 * less than Excel's: on the safe side for the page breaks.
 */
export function fitToWidthScale(layout: Pick<SheetLayout, "columnWidths" | "print">, lastColumn: number): number {
  if (!layout.print.fitToWidth) return 1;
  let width = 0;
  for (let column = 0; column <= lastColumn; column++) width += columnWidthPrintPoints(layout.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH);
  return width <= 0 ? 1 : Math.min(1, printableArea(layout.print).width / width);
}
