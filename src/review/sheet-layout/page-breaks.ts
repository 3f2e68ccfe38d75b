/**
 * Where the printed review sheet starts a new page: the manual row breaks both writers write, so
 * that a section heading is never left alone at the foot of a page and no chart is cut in two.
 *
 * `rowBreaks` is the pagination itself, over plain figures: each row's height, the title rows
 * repeated at the top of every page, the spans of rows that must stay on one page, and the height
 * a page holds. `reviewPaging` reads those figures off a review layout, whatever rows and charts
 * it has: the row heights the writers set (`reviewRowHeights`), the charts' anchors, the headings
 * and table headers by their styles, and the page from the print setup (`print-page.ts`: A4
 * landscape, the margins, fitted to one page wide at the scale the column widths give).
 *
 * Every page end gets a manual break, not only the ones Excel would place differently: the review
 * then pages the same in Excel, in Excel on the web and in LibreOffice, whose fonts may make the
 * fitted scale smaller (a page then holds the same rows with room to spare), never larger.
 */
import { parseRangeAddress, type CellStyle, type SheetLayout } from "../sheet-layout";
import { fitToWidthScale, printableArea } from "./print-page";
import { reviewRowHeights } from "./review-row-heights";

/** Rows `top` to `bottom` (0-based, inclusive) print on one page: no break falls between them. */
export interface RowSpan {
  readonly top: number;
  readonly bottom: number;
}

export interface PagingInput {
  /** The height in points of each row printed, from row 0; the last entry is the last row printed. */
  readonly rowHeights: readonly number[];
  /** Rows 0 to `titleRows` − 1 print at the top of every page (Excel's print titles). */
  readonly titleRows: number;
  /** Spans no break may cut. They may overlap: overlapping spans hold together as one. */
  readonly keepTogether: readonly RowSpan[];
  /** The height a page holds, in the sheet's points: the printable height divided by the print scale. */
  readonly pageHeight: number;
  /** Rows that start a new page whatever room is left above them (the page after the executive summary). */
  readonly pageStarts?: readonly number[];
}

/** Excel's row height for Calibri 11, the Normal font of the written file, in points (`defaultRowHeight`). */
export const DEFAULT_ROW_HEIGHT = 15;
/**
 * The share of a page left unused: Excel draws rows in whole pixels and printers round again, so
 * a page planned to the last point could spill its last row onto a page of its own.
 */
export const PAGE_SLACK = 0.03;
/** A section heading stays with this many rows below it (its table header and first row, or its first findings). */
export const HEADING_KEEP_ROWS = 2;
/** A table header stays with this many rows of its table. */
export const TABLE_FIRST_ROWS = 2;
/**
 * A table no taller than this share of a page is never split; a longer one is, after its first
 * rows. A table cut after two rows reads badly; moved whole to the next page, it leaves the page
 * before at least a quarter full.
 */
export const SHORT_TABLE_SHARE = 0.75;
/** At most this many one-cell rows (a heading, a caption, a note) above a table header stay with it. */
const CAPTION_ROWS = 3;

/**
 * The rows that start a new page, ascending: a manual break goes above each. A page is filled
 * while the next span (or row) fits below the title rows; the span that does not fit starts the
 * next page. A span taller than a page on its own is cut where each page fills, as Excel would.
 *
 * @example
 * rowBreaks({ rowHeights: [20, 10, 10, 10, 10], titleRows: 1, keepTogether: [{ top: 2, bottom: 3 }], pageHeight: 45 }) // [2, 4]
 */
export function rowBreaks(input: PagingInput): number[] {
  const { rowHeights: heights, titleRows } = input;
  const last = heights.length - 1;
  let titleHeight = 0;
  for (let row = 0; row < Math.min(titleRows, heights.length); row++) titleHeight += heights[row];
  const room = input.pageHeight - titleHeight;
  if (!(room > 0)) return [];
  const starts = new Set((input.pageStarts ?? []).filter((row) => row > titleRows && row <= last));
  // A span across a forced page start holds together on each side of it.
  const spans = mergedSpans(input.keepTogether, titleRows, last).flatMap((span) => {
    const cuts = [...starts].filter((row) => row > span.top && row <= span.bottom).sort((a, b) => a - b);
    return [span.top, ...cuts].map((top, k) => ({ top, bottom: k < cuts.length ? cuts[k] - 1 : span.bottom }));
  });
  const spanHeight = (span: RowSpan) => {
    let height = 0;
    for (let row = span.top; row <= span.bottom; row++) height += heights[row];
    return height;
  };
  const breaks: number[] = [];
  let used = 0;
  let next = 0;
  for (let row = titleRows; row <= last;) {
    const span = spans[next]?.top === row ? spans[next++] : { top: row, bottom: row };
    const height = spanHeight(span);
    if (used > 0 && (starts.has(span.top) || used + height > room)) {
      breaks.push(span.top);
      used = 0;
    }
    if (height <= room) {
      used += height;
    } else {
      for (let r = span.top; r <= span.bottom; r++) {
        if (used > 0 && used + heights[r] > room) {
          breaks.push(r);
          used = 0;
        }
        used += heights[r];
      }
    }
    row = span.bottom + 1;
  }
  return breaks;
}

/** The spans clipped to rows `first`…`last`, sorted, overlapping ones joined. */
function mergedSpans(spans: readonly RowSpan[], first: number, last: number): RowSpan[] {
  const clipped = spans
    .map((span) => ({ top: Math.max(first, span.top), bottom: Math.min(last, span.bottom) }))
    .filter((span) => span.top <= span.bottom)
    .sort((a, b) => a.top - b.top);
  const merged: RowSpan[] = [];
  for (const span of clipped) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && span.top <= previous.bottom) merged[merged.length - 1] = { top: previous.top, bottom: Math.max(previous.bottom, span.bottom) };
    else merged.push(span);
  }
  return merged;
}

/**
 * The pagination figures of a review layout:
 * - every row down to the last one holding a cell or a chart, at the height the writers give it;
 * - the frozen title rows, which the writers repeat at the top of every page;
 * - kept together: each chart's rows; each section heading with the rows below it; each table
 *   header with the one-cell rows right above it (heading, caption, note) and its first rows, or
 *   with its whole table when that is short; a table's last two rows (no total alone on a page);
 * - the page: the printable height at the fitted scale, less `PAGE_SLACK`.
 */
export function reviewPaging(layout: SheetLayout): PagingInput {
  const stylesByRow = new Map<number, { styles: Set<CellStyle>; cells: number; onlyColumnA: boolean }>();
  let lastRow = -1;
  let lastColumn = 0;
  for (const cell of layout.cells) {
    const entry = stylesByRow.get(cell.row) ?? { styles: new Set<CellStyle>(), cells: 0, onlyColumnA: true };
    entry.styles.add(cell.style ?? "body");
    entry.cells++;
    entry.onlyColumnA &&= cell.column === 0;
    stylesByRow.set(cell.row, entry);
    lastRow = Math.max(lastRow, cell.row);
    lastColumn = Math.max(lastColumn, cell.column);
  }
  for (const range of layout.merges) {
    const { bottom, right } = parseRangeAddress(range);
    lastRow = Math.max(lastRow, bottom);
    lastColumn = Math.max(lastColumn, right);
  }
  for (const chart of layout.charts) {
    lastRow = Math.max(lastRow, chart.anchor.toRow - 1);
    lastColumn = Math.max(lastColumn, chart.anchor.toColumn - 1);
  }

  const written = reviewRowHeights(layout);
  const rowHeights = Array.from({ length: lastRow + 1 }, (_, row) => written.get(row) ?? DEFAULT_ROW_HEIGHT);
  const titleRows = Math.min(layout.frozenRows, rowHeights.length);
  let titleHeight = 0;
  for (let row = 0; row < titleRows; row++) titleHeight += rowHeights[row];
  const pageHeight = (printableArea(layout.print).height / fitToWidthScale(layout, lastColumn)) * (1 - PAGE_SLACK);
  const room = pageHeight - titleHeight;

  const has = (row: number, style: CellStyle) => stylesByRow.get(row)?.styles.has(style) === true;
  // A row of one cell in column A: a heading, a caption, a note, a finding.
  const isOneCell = (row: number) => {
    const entry = stylesByRow.get(row);
    return entry !== undefined && entry.cells === 1 && entry.onlyColumnA;
  };
  const heightOf = (top: number, bottom: number) => rowHeights.slice(top, bottom + 1).reduce((sum, height) => sum + height, 0);

  const keepTogether: RowSpan[] = layout.charts.map((chart) => ({ top: chart.anchor.fromRow, bottom: chart.anchor.toRow - 1 }));
  for (const row of [...stylesByRow.keys()].sort((a, b) => a - b)) {
    if (has(row, "section")) keepTogether.push({ top: row, bottom: row + HEADING_KEEP_ROWS });
    if (!has(row, "header")) continue;
    let top = row;
    while (top > titleRows && row - top < CAPTION_ROWS && isOneCell(top - 1)) top--;
    // The table: the rows below its header down to the first empty row, heading or next header.
    let end = row;
    while (stylesByRow.has(end + 1) && !has(end + 1, "section") && !has(end + 1, "header")) end++;
    keepTogether.push({ top, bottom: heightOf(row, end) <= room * SHORT_TABLE_SHARE ? end : Math.min(end, row + TABLE_FIRST_ROWS) });
    if (end > row + 1) keepTogether.push({ top: end - 1, bottom: end });
  }
  return { rowHeights, titleRows, keepTogether, pageHeight, pageStarts: layout.pageStarts ?? [] };
}

/** The manual row breaks of a review layout: the rows that start a new page when it is printed. */
export function reviewRowBreaks(layout: SheetLayout): number[] {
  return rowBreaks(reviewPaging(layout));
}
