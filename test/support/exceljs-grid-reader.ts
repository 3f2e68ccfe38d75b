/**
 * The command line's former .xlsx reader, on ExcelJS's streaming WorkbookReader: the oracle that
 * the reader of src/cli/read-xlsx.ts is held against (same grids for workbooks ExcelJS writes).
 * It has none of the new reader's limits: give it only small, friendly files.
 */
import ExcelJS from "exceljs";
import type { GridSheet } from "../../src/cli/read-xlsx";

/** Excel serial of 1970-01-01, and milliseconds per day. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/**
 * A date cell as the Excel serial it is stored as (1900 date system, time as the fraction): ExcelJS
 * turns date-formatted numbers into Dates at UTC, and the engine reads serials. Serials before
 * 1900-03-01 are one lower, for Excel's fictional 1900-02-29.
 */
export function serialFromDate(date: Date): number {
  const serial = date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return serial < 61 ? serial - 1 : serial;
}

/**
 * One cell's value as the engine reads it: a formula gives its cached result, rich text its plain
 * text, a hyperlink its text, an error its text (`"#N/A"`), a date its serial; empty is `""`.
 */
export function plainCellValue(value: unknown): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    // The streaming reader parses an error result of a formula (t="e") as a number: NaN.
    return Number.isNaN(value) ? "#VALUE!" : value;
  }
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "#VALUE!" : serialFromDate(value);
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.error === "string") return record.error;
    if (Array.isArray(record.richText)) return record.richText.map((run: { text?: unknown }) => (typeof run.text === "string" ? run.text : "")).join("");
    if ("formula" in record || "sharedFormula" in record) return plainCellValue(record.result);
    if ("text" in record) return plainCellValue(record.text);
  }
  return String(value);
}

/** The rows of one worksheet as a dense grid: row r of the sheet at index r − 1, empty rows as `[]`. */
async function readWorksheet(worksheet: ExcelJS.stream.xlsx.WorksheetReader, onRow: () => void): Promise<unknown[][]> {
  const grid: unknown[][] = [];
  for await (const row of worksheet) {
    const values = row.values as unknown[];
    const cells = new Array<unknown>(Math.max(0, values.length - 1));
    for (let c = 1; c < values.length; c++) cells[c - 1] = plainCellValue(values[c]);
    while (grid.length < row.number - 1) grid.push([]);
    grid[row.number - 1] = cells;
    onRow();
  }
  return grid;
}

/**
 * Reads every worksheet of an .xlsx file, in the workbook's tab order, with ExcelJS's streaming
 * reader (a million-row export does not have to fit in memory as ExcelJS objects twice over).
 * Throws ExcelJS's error, unchanged, for a file that is not a readable .xlsx package.
 *
 * @param onRow called after each row read, for progress
 */
export async function readXlsxSheetsWithExcelJs(file: string, onRow: () => void = () => undefined): Promise<GridSheet[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { sharedStrings: "cache", styles: "cache", hyperlinks: "ignore", worksheets: "emit", entries: "ignore" });
  const sheets: { name: string; id: number; grid: unknown[][] }[] = [];
  for await (const worksheet of reader) {
    const named = worksheet as unknown as { name?: string; id?: number };
    const grid = await readWorksheet(worksheet, onRow);
    sheets.push({ name: named.name ?? `Sheet${sheets.length + 1}`, id: Number(named.id ?? sheets.length + 1), grid });
  }
  // Worksheets stream in package order; tabs are in the workbook's order.
  const tabOrder = ((reader as unknown as { model?: { sheets?: { name?: string }[] } }).model?.sheets ?? []).map((sheet) => sheet.name);
  const position = (name: string) => {
    const index = tabOrder.indexOf(name);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return sheets
    .map((sheet, order) => ({ ...sheet, order }))
    .sort((a, b) => position(a.name) - position(b.name) || a.order - b.order)
    .map(({ name, grid }) => ({ name, grid }));
}
