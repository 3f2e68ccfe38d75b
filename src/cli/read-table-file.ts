import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { CliError, type CliNotice } from "./cli-error";
import { binaryKind, decodeText, type TextEncoding } from "./decode-text";
import { CsvLimitError, MAX_CSV_FIELDS, MAX_CSV_ROWS, parseCsv, type CsvProblem } from "./parse-csv";
import type { SkippedRow } from "../review/order-table";
import { readXlsxSheets, XlsxReadError, type GridSheet } from "./read-xlsx";
import { listParams } from "./terminal-text";

export type { GridSheet } from "./read-xlsx";

/** An input file read into sheets of cells. */
export interface TableFile {
  /** The path as the user gave it, for messages. */
  readonly file: string;
  readonly format: "csv" | "xlsx";
  /** How a CSV's bytes were decoded. */
  readonly encoding?: TextEncoding;
  /** A CSV is one sheet, named after the file as Excel names it; an .xlsx has its sheets in tab order. */
  readonly sheets: GridSheet[];
  /** Rows read, over all sheets. */
  readonly rows: number;
  /** Things the user should know, e.g. duplicate column names that were renamed. */
  readonly notices: CliNotice[];
  /** Rows the CSV reader could not read (kept as blank placeholders), for the review's skipped list. */
  readonly skipped?: readonly SkippedRow[];
}

/** A CSV file larger than this is refused by its size, before it is read. */
export const MAX_CSV_BYTES = 512 * 1024 * 1024;

const TEXT_EXTENSIONS = new Set([".csv", ".tsv", ".txt"]);
const XLSX_EXTENSIONS = new Set([".xlsx", ".xlsm"]);
const LEGACY_EXTENSIONS = new Set([".xls", ".et"]);

/**
 * Reads an order, ad spend, traffic or cost file into sheets of cells the engine reads:
 *
 * - `.csv` (also `.tsv`, `.txt`): decoded as UTF-8, UTF-8 with BOM, UTF-16 with BOM or GBK/GB18030
 *   (see `decodeText`), delimiter sniffed, parsed by `parseCsv`; every cell stays text.
 * - `.xlsx` (`.xlsm`): every worksheet; formulas give their cached results, dates their Excel
 *   serials, rich text and hyperlinks their text, errors their text (see `plainCellValue`).
 *
 * Duplicate names in a sheet's first non-blank row are made unique ("金额", "金额 (2)") and
 * reported in `notices`, so that a column can be named unambiguously.
 *
 * Throws CliError for a missing file, a folder, an unsupported extension (with advice for .xls),
 * an empty file and an unreadable workbook.
 *
 * @param file the path as given on the command line
 * @param options `cwd` to resolve it against; `onRows` hears the rows read so far
 */
export async function readTableFile(file: string, options: { cwd: string; onRows?: (rows: number) => void }): Promise<TableFile> {
  await checkTableFile(file, options.cwd);
  const fullPath = path.resolve(options.cwd, file);
  const extension = path.extname(file).toLowerCase();
  const onRows = options.onRows ?? (() => undefined);
  let sheets: GridSheet[];
  let encoding: TextEncoding | undefined;
  let skipped: SkippedRow[] = [];
  let csvNotices: CliNotice[] = [];
  if (TEXT_EXTENSIONS.has(extension)) {
    const bytes = await readFile(fullPath).catch((error: Error) => {
      throw new CliError("cli.error.unreadableFile", { file, detail: error.message });
    });
    const read = readCsvBytes(bytes, file, extension === ".tsv" ? "\t" : undefined, onRows);
    encoding = read.encoding;
    sheets = [read.sheet];
    skipped = read.skipped;
    csvNotices = read.notices;
  } else {
    let rows = 0;
    sheets = await readXlsxSheets(fullPath, () => {
      if ((++rows & 0x3fff) === 0) onRows(rows);
    }).catch((error: Error) => {
      if (error instanceof XlsxReadError) throw new CliError(error.key, { ...error.params, file });
      throw new CliError("cli.error.unreadableXlsx", { file, detail: error.message });
    });
  }
  if (sheets.every((sheet) => sheet.grid.every(isBlankRow))) throw new CliError("cli.error.emptyFile", { file });

  const notices: CliNotice[] = [...csvNotices];
  for (const sheet of sheets) {
    const renamed = renameDuplicateHeaders(sheet.grid);
    // 16,383 renames are one line: how many, the first ten, and how many more.
    if (renamed.length > 0) notices.push({ key: "cli.notice.duplicateHeadersMany", params: { file, sheet: sheet.name, count: renamed.length.toLocaleString("en-US"), ...listParams("renamed", renamed) } });
  }
  const rows = sheets.reduce((sum, sheet) => sum + sheet.grid.length, 0);
  onRows(rows);
  return { file, format: TEXT_EXTENSIONS.has(extension) ? "csv" : "xlsx", encoding, sheets, rows, notices, skipped };
}

const ENCODING_NAMES: Record<TextEncoding, string> = { "utf-8": "UTF-8", "utf-8-bom": "UTF-8", "utf-16le": "UTF-16", "utf-16be": "UTF-16", gb18030: "GBK/GB18030" };
/** Rows named in one notice; the rest are counted. */
const ROWS_NAMED = 10;

/**
 * A CSV's bytes read into one sheet, refusing what is no text table (binary data, more rows than
 * Excel's 1,048,576 counted from the line breaks before parsing, a row of more than 16,384
 * fields), with the rows the reader had to read a quote of as text (a notice) and the rows it
 * could not read (skipped rows, kept as blank placeholders so that row numbers stay Excel's).
 */
function readCsvBytes(bytes: Buffer, file: string, delimiter: "\t" | undefined, onRows: (rows: number) => void) {
  const kind = binaryKind(bytes);
  if (kind !== null) throw new CliError(kind === "workbook" ? "cli.error.csvNotTextWorkbook" : "cli.error.csvNotText", { file });
  if (!(bytes[0] === 0xff && bytes[1] === 0xfe) && !(bytes[0] === 0xfe && bytes[1] === 0xff) && countLines(bytes) > MAX_CSV_ROWS) {
    throw new CliError("cli.error.csvTooManyRows", { file, limit: MAX_CSV_ROWS.toLocaleString("en-US") });
  }
  const decoded = decodeText(bytes);
  const name = path.basename(file, path.extname(file));
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(decoded.text, { delimiter, onRows, badRanges: decoded.badRanges });
  } catch (error) {
    if (!(error instanceof CsvLimitError)) throw error;
    if (error.limit === "rows") throw new CliError("cli.error.csvTooManyRows", { file, limit: MAX_CSV_ROWS.toLocaleString("en-US") });
    throw new CliError("cli.error.csvTooManyFields", { file, row: error.row, limit: MAX_CSV_FIELDS.toLocaleString("en-US") });
  }
  const encodingName = ENCODING_NAMES[decoded.encoding];
  const skipped: SkippedRow[] = [];
  const asText: number[] = [];
  for (const problem of parsed.problems) {
    if (problem.kind === "quoteAsText") asText.push(problem.row);
    else skipped.push({ sheet: name, row: problem.row, reason: SKIP_REASONS[problem.kind], params: { encoding: encodingName } });
  }
  const notices: CliNotice[] = [];
  if (asText.length > 0) {
    const named = asText.slice(0, ROWS_NAMED).join(", ");
    notices.push({ key: "csv.notice.quoteAsText", params: { file, count: asText.length, rows: asText.length > ROWS_NAMED ? `${named} …` : named } });
  }
  return { encoding: decoded.encoding, sheet: { name, grid: parsed.rows } as GridSheet, skipped, notices };
}

const SKIP_REASONS = { quoteUnreadable: "csv.skip.unclosedQuote", badEncoding: "csv.skip.badEncoding" } as const satisfies Record<Exclude<CsvProblem["kind"], "quoteAsText">, string>;

/** The rows the bytes' line breaks make (LF, or CR in a file without LF; a break at the very end adds none). */
function countLines(bytes: Buffer): number {
  const count = (byte: number) => {
    let lines = 0;
    for (let at = bytes.indexOf(byte); at !== -1; at = bytes.indexOf(byte, at + 1)) lines++;
    return lines;
  };
  let breaks = count(0x0a);
  let last = 0x0a;
  if (breaks === 0) {
    breaks = count(0x0d);
    last = 0x0d;
  }
  return breaks + (bytes.length > 0 && bytes[bytes.length - 1] !== last ? 1 : 0);
}

/**
 * The checks that need no reading, so that a run with several files fails at once on a missing
 * one: the file exists, is a file, has a readable type and is not empty. Throws CliError.
 */
export async function checkTableFile(file: string, cwd: string): Promise<void> {
  const extension = path.extname(file).toLowerCase();
  const info = await stat(path.resolve(cwd, file)).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") throw new CliError("cli.error.missingFile", { file });
    throw new CliError("cli.error.unreadableFile", { file, detail: error.message });
  });
  if (info.isDirectory()) throw new CliError("cli.error.notAFile", { file });
  if (LEGACY_EXTENSIONS.has(extension)) throw new CliError("cli.error.legacyXls", { file });
  if (!TEXT_EXTENSIONS.has(extension) && !XLSX_EXTENSIONS.has(extension)) {
    throw new CliError("cli.error.unsupportedExtension", { file, extension: extension === "" ? "(none)" : extension });
  }
  if (info.size === 0) throw new CliError("cli.error.emptyFile", { file });
  if (TEXT_EXTENSIONS.has(extension) && info.size > MAX_CSV_BYTES) {
    throw new CliError("cli.error.csvTooLarge", { file, size: Math.round(info.size / (1024 * 1024)).toLocaleString("en-US"), limit: MAX_CSV_BYTES / (1024 * 1024) });
  }
}

function isBlankRow(row: readonly unknown[]): boolean {
  for (const cell of row) if (cell !== "" && cell !== null && cell !== undefined && !(typeof cell === "string" && cell.trim() === "")) return false;
  return true;
}

/**
 * Makes the names in the first non-blank row unique, in place: the second "金额" becomes
 * "金额 (2)", the third "金额 (3)" (skipping names already taken). Returns the renames as
 * `"金额 → 金额 (2)"`.
 */
export function renameDuplicateHeaders(grid: unknown[][]): string[] {
  const header = grid.find((row) => !isBlankRow(row));
  if (header === undefined) return [];
  const key = (cell: unknown) => (typeof cell === "string" ? cell.trim() : null);
  const taken = new Set<string>();
  for (const cell of header) {
    const name = key(cell);
    if (name !== null && name !== "") taken.add(name);
  }
  const seen = new Set<string>();
  const nextNumber = new Map<string, number>();
  const renamed: string[] = [];
  for (let c = 0; c < header.length; c++) {
    const name = key(header[c]);
    if (name === null || name === "") continue;
    if (!seen.has(name)) {
      seen.add(name);
      continue;
    }
    // Counting on from the last number given to this name: 16,383 copies of one name take one pass, not 16,383².
    let n = nextNumber.get(name) ?? 2;
    while (taken.has(`${name} (${n})`)) n++;
    nextNumber.set(name, n + 1);
    const unique = `${name} (${n})`;
    taken.add(unique);
    seen.add(unique);
    header[c] = unique;
    renamed.push(`${name} → ${unique}`);
  }
  return renamed;
}
