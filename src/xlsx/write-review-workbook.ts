/**
 * The review as an .xlsx file, written with ExcelJS: the review sheet first and active, translated
 * from its `SheetLayout` (values, native formulas with their cached results, number formats,
 * styles, merges, conditional formats, column widths, frozen rows, print setup), then the data
 * sheets as plain values, then the native charts (ExcelJS writes none, so `addChartsToWorkbook`
 * adds them to the written package as the last step).
 *
 * The writer decides nothing about the review; its only choices are how things look (the style
 * table in `review-cell-styles.ts`) and row heights, which the layout does not carry.
 *
 * Text is always written as text: a value that starts with "=", "+", "-" or "@" goes into the
 * shared-string table like any other string and never becomes a formula. Every text goes through
 * the one sanitizer (cell-text.ts): characters XML forbids removed, `_xHHHH_` escaped, text over
 * 32,767 characters cut and reported (`describeCut`); a number Excel cannot store is written as #NUM!.
 *
 * Runs in the browser and in Node.
 *
 * @example
 * const xlsx = await writeReviewWorkbook({ review: layoutReviewSheet(summary, findings, options), dataSheets: [{ name: "订单", rows }] });
 */
import ExcelJS from "exceljs";
import { columnName, parseRangeAddress, type CellStyle, type ConditionalFormat, type LayoutCell, type SheetLayout } from "../review/sheet-layout";
import { addChartsToWorkbook } from "./chart-parts";
import { addAddinTaskpane, type AddinStore } from "./addin-parts";
import { fileFormula } from "./formula-text";
import { displayWidth, reviewRowHeights } from "../review/sheet-layout/review-row-heights";
import { CELL_TEXT_LIMIT, cleanText, removeForbiddenChars, textCut, type TextCut } from "../review/sheet-layout/cell-text";
import { escapeOoxmlText } from "./cell-text";
import { cleanLayoutTexts } from "../review/sheet-layout/layout-text";
import { reviewRowBreaks } from "../review/sheet-layout/page-breaks";
import { REVIEW_PRINT_MARGINS } from "../review/sheet-layout/print-page";
import { COLOR_SCALE, DATA_CELL_STYLE, DATA_HEADER_STYLE, REVIEW_CELL_STYLES, STATUS_FILLS } from "../review/sheet-layout/review-cell-styles";

/** A table of the operator's data, header row first. */
export interface DataSheet {
  readonly name: string;
  readonly rows: readonly (readonly unknown[])[];
  /** The Excel number format of the numbers of each column below the header (e.g. "¥#,##0.00"); none: General. */
  readonly columnFormats?: readonly (string | undefined)[];
}

export interface ReviewWorkbookInput {
  readonly review: SheetLayout;
  /** Written after the review sheet, in this order. */
  readonly dataSheets?: readonly DataSheet[];
  /** Document author; default "EC Review". */
  readonly creator?: string;
  /**
   * Told of each text that was cut to its limit; the text it returns is written as a note below
   * the review (at most `CUT_NOTES_SHOWN` of them), so the review says which text was cut.
   */
  readonly describeCut?: (cut: TextCut) => string;
  /**
   * Where the colleagues' Excel installs EC Review from: the workbook then opens its task pane for
   * whoever has it (addin-parts.ts). Absent: the workbook names no add-in.
   */
  readonly addinStore?: AddinStore;
}

/** Excel's limits (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const MAX_SHEET_NAME_LENGTH = 31;
/** At most this many cut texts are noted on the review sheet. */
const CUT_NOTES_SHOWN = 10;

const PAPER_SIZES = { A4: 9 } as const;
/** Sheet name at the left of every printed page's foot, "page / pages" at the right, in 8 points. */
const PRINT_FOOTER = "&L&8&A&R&8&P / &N";

/**
 * Writes the workbook and returns the .xlsx bytes.
 *
 * Throws, naming the sheet and cell, when the input cannot be written faithfully: an invalid or
 * duplicate sheet name, two layout cells at one address, a cell with both a value and a formula,
 * a cell hidden under a merge, a data value that is not a string, number, boolean, Date or empty,
 * or an invalid chart. Text from the data never makes it throw: it is cleaned and cut (see above).
 */
export async function writeReviewWorkbook(input: ReviewWorkbookInput): Promise<Uint8Array> {
  const { dataSheets = [] } = input;
  const cleaned = cleanLayoutTexts(input.review);
  const cuts = [...cleaned.cuts];
  const review = withCutNotes(cleaned.layout, cuts, input.describeCut);
  checkSheetNames([review.name, ...dataSheets.map((sheet) => sheet.name)]);
  checkLayout(review);

  const workbook = new ExcelJS.Workbook();
  workbook.creator = fileText(input.creator ?? "EC Review", 255);
  workbook.lastModifiedBy = workbook.creator;
  workbook.views = [{ x: 0, y: 0, width: 28_800, height: 17_600, firstSheet: 0, activeTab: 0, visibility: "visible" }];

  writeReviewSheet(workbook.addWorksheet(review.name), review);
  for (const data of dataSheets) writeDataSheet(workbook.addWorksheet(data.name), data, cuts);
  // Cuts in the data sheets are found while writing them, after the review: told, not noted on the sheet.
  for (const cut of cuts.slice(cleaned.cuts.length)) input.describeCut?.(cut);

  const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
  const charted = review.charts.length === 0 ? xlsx : await addChartsToWorkbook(xlsx, [{ sheetName: review.name, charts: review.charts }]);
  return input.addinStore === undefined ? charted : addAddinTaskpane(charted, input.addinStore);
}

// ---- checks ------------------------------------------------------------------------------------

function checkSheetNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    // ExcelJS cuts longer names silently, which would break the charts' sheet references.
    if (name.length === 0 || name.length > MAX_SHEET_NAME_LENGTH) throw new Error(`Sheet name "${name}" must have 1 to ${MAX_SHEET_NAME_LENGTH} characters`);
    // The names are the review's own text: one that holds a character XML forbids is a mistake, not data.
    if (removeForbiddenChars(name) !== name) throw new Error(`Sheet name ${JSON.stringify(name)} holds a character XML does not allow`);
    if (/[*?:/\\[\]]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new Error(`Sheet name "${name}" may not contain * ? : / \\ [ ] nor start or end with '`);
    }
    if (seen.has(name.toLowerCase())) throw new Error(`Two sheets are named "${name}" (Excel compares sheet names ignoring case)`);
    seen.add(name.toLowerCase());
  }
}

/** Text as ExcelJS should write it into the file: already cleaned and cut, `_xHHHH_` escaped (ExcelJS escapes only markup). */
function fileText(text: string, limit = CELL_TEXT_LIMIT): string {
  return escapeOoxmlText(cleanText(text, limit).text);
}

/** The review with a note row for each cut text (told to `describe`), below its last row. */
function withCutNotes(layout: SheetLayout, cuts: readonly TextCut[], describe: ReviewWorkbookInput["describeCut"]): SheetLayout {
  if (cuts.length === 0 || describe === undefined) return layout;
  const notes = cuts.map((cut) => describe(cut));
  let row = layout.cells.reduce((last, cell) => Math.max(last, cell.row), -1) + 2;
  const added: LayoutCell[] = notes.slice(0, CUT_NOTES_SHOWN).map((text) => ({ row: row++, column: 0, value: cleanText(text).text, style: "note" as const }));
  return { ...layout, cells: [...layout.cells, ...added] };
}


function checkLayout(layout: SheetLayout): void {
  const sheet = `Sheet "${layout.name}"`;
  const taken = new Set<string>();
  for (const cell of layout.cells) {
    if (!Number.isInteger(cell.row) || cell.row < 0 || cell.row >= MAX_ROWS || !Number.isInteger(cell.column) || cell.column < 0 || cell.column >= MAX_COLUMNS) {
      throw new Error(`${sheet}: a cell at row ${cell.row}, column ${cell.column} is outside the sheet`);
    }
    const where = `${sheet}, cell ${columnName(cell.column)}${cell.row + 1}`;
    const key = `${cell.row}:${cell.column}`;
    if (taken.has(key)) throw new Error(`${where}: the layout has two cells here`);
    taken.add(key);
    if (cell.formula !== undefined) {
      if (cell.value !== undefined && cell.value !== null) throw new Error(`${where}: both a value and a formula`);
      fileFormula(cell.formula);
    }
  }
  const merges = layout.merges.map((range) => ({ range, ...parseRangeAddress(range) }));
  for (const cell of layout.cells) {
    const merge = merges.find((m) => cell.row >= m.top && cell.row <= m.bottom && cell.column >= m.left && cell.column <= m.right);
    if (merge && (cell.row !== merge.top || cell.column !== merge.left)) {
      throw new Error(`${sheet}, cell ${columnName(cell.column)}${cell.row + 1}: it lies under merge ${merge.range}, which shows only its top-left cell`);
    }
  }
  for (const format of layout.conditionalFormats) format.range.split(" ").forEach(parseRangeAddress);
  if (!Number.isInteger(layout.frozenRows) || layout.frozenRows < 0) throw new Error(`${sheet}: frozenRows must be a whole number ≥ 0, got ${layout.frozenRows}`);
}

// ---- the review sheet --------------------------------------------------------------------------

function writeReviewSheet(sheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  layout.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const cell of layout.cells) writeLayoutCell(sheet.getCell(cell.row + 1, cell.column + 1), cell, layout.numberFormats);
  // After the cells: ExcelJS gives the merged-away cells the top-left cell's style, so a
  // section's rule or a header's fill runs across the whole range.
  for (const range of layout.merges) sheet.mergeCells(range);
  for (const [row, height] of reviewRowHeights(layout)) sheet.getRow(row + 1).height = height;

  let priority = 1;
  for (const format of layout.conditionalFormats) {
    const formatting = conditionalFormatting(format, priority);
    priority += formatting.rules.length;
    sheet.addConditionalFormatting(formatting);
  }

  const frozen = layout.frozenRows;
  // ExcelJS's view type lacks tabSelected, which marks the sheet selected when the file opens.
  const view = { ...(frozen > 0 ? { state: "frozen" as const, ySplit: frozen, topLeftCell: `A${frozen + 1}` } : { state: "normal" as const }), activeCell: "A1", showGridLines: false, tabSelected: true };
  sheet.views = [view];

  sheet.pageSetup = {
    paperSize: PAPER_SIZES[layout.print.paperSize],
    orientation: layout.print.orientation,
    fitToPage: true,
    fitToWidth: 1,
    // 0: as many pages down as the content needs (ECMA-376 Part 1 §18.3.1.63).
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { ...REVIEW_PRINT_MARGINS },
    ...(frozen > 0 ? { printTitlesRow: `1:${frozen}` } : {}),
  };
  sheet.headerFooter = { oddFooter: PRINT_FOOTER };
  // A manual break above each 0-based row `row`: ExcelJS's getRow is 1-based and breaks below the
  // row it is given (<brk id> is the 0-based row below the break, ECMA-376 Part 1, §18.3.1.3).
  // Columns 1 to the last: without them ExcelJS writes max="16838", past Excel's last column.
  for (const row of reviewRowBreaks(layout)) sheet.getRow(row).addPageBreak(1, MAX_COLUMNS);
}

/**
 * Styles whose cells align by content: text to the left with the labels' one-character indent,
 * numbers to the right. (No right indent: LibreOffice applies it to some right-aligned cells of a
 * row and not to others, which leaves the columns ragged.)
 */
const CONTENT_ALIGNED_STYLES: ReadonlySet<CellStyle> = new Set<CellStyle>(["body", "total"]);

/** Text to the left, numbers (and formulas with a number format) to the right, as Excel's General alignment does. */
function sideOf(cell: LayoutCell): "left" | "right" {
  if (cell.format === "text") return "left";
  if (cell.formula !== undefined) return typeof cell.result === "string" && cell.result !== "" ? "left" : "right";
  return typeof cell.value === "string" ? "left" : "right";
}

const styleCache = new Map<string, Partial<ExcelJS.Style>>();

/** The ExcelJS style of a layout cell: its style's look, its number format, its alignment. One object per combination. */
function cellStyle(cell: LayoutCell, formats: SheetLayout["numberFormats"]): Partial<ExcelJS.Style> {
  const style = cell.style ?? "body";
  const side = CONTENT_ALIGNED_STYLES.has(style) ? sideOf(cell) : undefined;
  const numFmt = cell.format === undefined ? undefined : formats[cell.format];
  // Keyed by the format code, not its name: one review's money is in ¥, the next one's in $.
  const key = `${style}|${numFmt ?? ""}|${side ?? ""}`;
  let found = styleCache.get(key);
  if (!found) {
    const base = REVIEW_CELL_STYLES[style];
    found = {
      ...base,
      ...(numFmt === undefined ? {} : { numFmt }),
      ...(side === undefined ? {} : { alignment: { ...base.alignment, horizontal: side, ...(side === "left" ? { indent: 1 } : {}) } }),
    };
    styleCache.set(key, found);
  }
  return found;
}

function writeLayoutCell(target: ExcelJS.Cell, cell: LayoutCell, formats: SheetLayout["numberFormats"]): void {
  if (cell.formula !== undefined) {
    // A result Excel cannot store is not cached: Excel computes the formula when it opens the file.
    const result = typeof cell.result === "string" ? fileText(cell.result) : typeof cell.result === "number" && !Number.isFinite(cell.result) ? undefined : cell.result ?? undefined;
    target.value = result === undefined ? { formula: fileFormula(cell.formula) } : { formula: fileFormula(cell.formula), result };
  } else if (typeof cell.value === "string") {
    target.value = fileText(cell.value);
  } else if (typeof cell.value === "number" && !Number.isFinite(cell.value)) {
    target.value = { error: "#NUM!" };
  } else {
    target.value = cell.value ?? null;
  }
  // Each cell gets its own copy: ExcelJS setters such as cell.numFmt mutate the style object in place.
  target.style = { ...cellStyle(cell, formats) };
}

function conditionalFormatting(format: ConditionalFormat, firstPriority: number): ExcelJS.ConditionalFormattingOptions {
  switch (format.kind) {
    case "colorScale":
      return {
        ref: format.range,
        rules: [{
          type: "colorScale",
          priority: firstPriority,
          cfvo: [{ type: "min" }, { type: "percentile", value: 50 }, { type: "max" }],
          color: [{ argb: COLOR_SCALE.low }, { argb: COLOR_SCALE.middle }, { argb: COLOR_SCALE.high }],
        }],
      };
    case "statusFill": {
      // Equality, not "contains": the zh-CN label for missed (未达成) contains the one for met (达成).
      const statuses = ["met", "near", "missed"] as const;
      return {
        ref: format.range,
        rules: statuses.map((status, i) => ({
          type: "cellIs" as const,
          operator: "equal" as const,
          priority: firstPriority + i,
          formulae: [`"${format.labels[status].replace(/"/g, '""')}"`],
          style: {
            fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: STATUS_FILLS[status].fill } },
            font: { color: { argb: STATUS_FILLS[status].font } },
          },
        })),
      };
    }
  }
}

// ---- row heights -------------------------------------------------------------------------------

// ---- data sheets -------------------------------------------------------------------------------

const DATE_FORMAT = "yyyy-mm-dd";
const DATE_TIME_FORMAT = "yyyy-mm-dd hh:mm:ss";
const DATA_DATE_STYLE: Partial<ExcelJS.Style> = { ...DATA_CELL_STYLE, numFmt: DATE_FORMAT };
const DATA_DATE_TIME_STYLE: Partial<ExcelJS.Style> = { ...DATA_CELL_STYLE, numFmt: DATE_TIME_FORMAT };
/**
 * Text that Excel would read as a formula or a signed number if someone edits the cell and
 * presses Enter gets the Text format "@", so it stays text then too.
 */
const DATA_TEXT_STYLE: Partial<ExcelJS.Style> = { ...DATA_CELL_STYLE, numFmt: "@" };
const FORMULA_LIKE = /^[=+\-@]/;
const DATA_COLUMN_WIDTH = { min: 8, max: 40 };
/** Column widths come from the header and this many rows below it. */
const ROWS_MEASURED = 200;

/**
 * A data value as ExcelJS should store it. Strings stay strings, so nothing the operator typed
 * becomes a formula; numbers stay numbers (a non-finite one becomes #NUM!, never 0); Dates stay
 * dates. ExcelJS writes a Date's UTC clock time, so dates are expected built with Date.UTC, as
 * the engine and sample shop build them.
 */
function dataValue(value: unknown, where: string, cuts: TextCut[], address: string): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") {
    const clean = cleanText(value);
    const cut = textCut(address, value, clean, CELL_TEXT_LIMIT);
    if (cut !== null) cuts.push(cut);
    return escapeOoxmlText(clean.text);
  }
  if (typeof value === "number") return Number.isFinite(value) ? value : { error: "#NUM!" };
  if (typeof value === "boolean") return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new Error(`${where}: an invalid Date`);
    return value;
  }
  // ExcelJS would read an object as a formula, hyperlink or rich text; nothing else is data.
  throw new Error(`${where}: cannot write a ${typeof value === "object" ? "object" : typeof value} value; data cells hold strings, numbers, booleans and Dates`);
}

function isMidnightUtc(date: Date): boolean {
  return date.getTime() % 86_400_000 === 0;
}

function writeDataSheet(sheet: ExcelJS.Worksheet, data: DataSheet, cuts: TextCut[]): void {
  const widths: number[] = [];
  // One shared style per column format, like the other data cell styles.
  const numberStyles = (data.columnFormats ?? []).map((numFmt) => (numFmt === undefined ? undefined : { ...DATA_CELL_STYLE, numFmt }));
  data.rows.forEach((values, r) => {
    const row = sheet.getRow(r + 1);
    values.forEach((value, c) => {
      const where = `Sheet "${data.name}", cell ${columnName(c)}${r + 1}`;
      const written = dataValue(value, where, cuts, `${data.name}!${columnName(c)}${r + 1}`);
      if (written === null) return;
      const cell = row.getCell(c + 1);
      cell.value = written;
      // Shared style objects: one per kind of cell, whatever the number of rows.
      cell.style = written instanceof Date ? (isMidnightUtc(written) ? DATA_DATE_STYLE : DATA_DATE_TIME_STYLE)
        : typeof written === "string" && FORMULA_LIKE.test(written) ? DATA_TEXT_STYLE
          : typeof written === "number" && r > 0 ? numberStyles[c] ?? DATA_CELL_STYLE : DATA_CELL_STYLE;
      if (r <= ROWS_MEASURED) {
        const width = written instanceof Date ? (isMidnightUtc(written) ? DATE_FORMAT : DATE_TIME_FORMAT).length : displayWidth(String(written));
        widths[c] = Math.max(widths[c] ?? 0, width);
      }
    });
  });
  const header = data.rows[0] ?? [];
  header.forEach((_, c) => (sheet.getCell(1, c + 1).style = { ...DATA_HEADER_STYLE }));
  widths.forEach((width, c) => (sheet.getColumn(c + 1).width = Math.min(DATA_COLUMN_WIDTH.max, Math.max(DATA_COLUMN_WIDTH.min, width + 2))));
  if (header.length > 0) {
    sheet.views = [{ state: "frozen", ySplit: 1, topLeftCell: "A2", activeCell: "A1" }];
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, data.rows.length), column: header.length } };
  }
  // Printed only on purpose (the review is the one selected sheet, and Excel prints the selected
  // sheets): then one page wide, the header row on every page, gridlines, page numbers.
  sheet.pageSetup = {
    paperSize: PAPER_SIZES.A4, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, showGridLines: true, margins: { ...REVIEW_PRINT_MARGINS },
    ...(header.length > 0 ? { printTitlesRow: "1:1" } : {}),
  };
  sheet.headerFooter = { oddFooter: PRINT_FOOTER };
}
