/**
 * Row heights of the review sheet, in points, as both writers (ExcelJS and office-js) set them: each row gets the
 * least height of the styles in it, or more when a wrapping cell (a header, a finding) runs over
 * several lines. Excel does not grow a row for wrapped text in a merged range, so the lines are
 * estimated from the text's width against the column's (or merged columns') width.

 */
import { parseRangeAddress, type SheetLayout } from "../sheet-layout";
import { REVIEW_FONT_SIZES, REVIEW_ROW_HEIGHTS, WRAPPING_STYLES } from "./review-cell-styles";

/** Excel's default column width, in characters. */
const DEFAULT_COLUMN_WIDTH = 8.43;

/** East Asian wide characters take about two columns' worth of a digit's width. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || code >= 0x20000;
    width += wide ? 2 : 1;
  }
  return width;
}

/** Height in points of every row that holds a layout cell. */
export function reviewRowHeights(layout: SheetLayout): Map<number, number> {
  const columnWidth = (column: number) => layout.columnWidths[column] ?? DEFAULT_COLUMN_WIDTH;
  const spans = new Map<string, number>();
  for (const range of layout.merges) {
    const { top, left, right } = parseRangeAddress(range);
    let width = 0;
    for (let column = left; column <= right; column++) width += columnWidth(column);
    spans.set(`${top}:${left}`, width);
  }
  const heights = new Map<number, number>();
  for (const cell of layout.cells) {
    const style = cell.style ?? "body";
    let height = REVIEW_ROW_HEIGHTS[style];
    // A formula's text is its result (a live finding's sentence).
    const shown = cell.value ?? cell.result;
    const text = shown === undefined || shown === null ? "" : String(shown);
    if (WRAPPING_STYLES.has(style) && text !== "") {
      // A column width counts digits of the 11-point default font; about one is cell padding.
      const available = Math.max(1, (spans.get(`${cell.row}:${cell.column}`) ?? columnWidth(cell.column)) - 1);
      const size = REVIEW_FONT_SIZES[style];
      const lines = text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil((displayWidth(line) * size) / 11 / available)), 0);
      if (lines > 1) height = Math.max(height, Math.ceil(lines * size * 1.45 + 6));
    }
    heights.set(cell.row, Math.max(heights.get(cell.row) ?? 0, height));
  }
  return heights;
}
