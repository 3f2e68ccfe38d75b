import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { CliError, type CliNotice } from "./cli-error";
import { decodeText, type TextEncoding } from "./decode-text";
import { parseCsv } from "./parse-csv";
import { readXlsxSheets, XlsxReadError, type GridSheet } from "./read-xlsx";

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
}

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
  if (TEXT_EXTENSIONS.has(extension)) {
    const bytes = await readFile(fullPath).catch((error: Error) => {
      throw new CliError("cli.error.unreadableFile", { file, detail: error.message });
    });
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    const grid = parseCsv(decoded.text, { delimiter: extension === ".tsv" ? "\t" : undefined, onRows });
    sheets = [{ name: path.basename(file, path.extname(file)), grid }];
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

  const notices: CliNotice[] = [];
  for (const sheet of sheets) {
    const renamed = renameDuplicateHeaders(sheet.grid);
    if (renamed.length > 0) notices.push({ key: "cli.notice.duplicateHeaders", params: { file, sheet: sheet.name, renamed: renamed.join(", ") } });
  }
  const rows = sheets.reduce((sum, sheet) => sum + sheet.grid.length, 0);
  onRows(rows);
  return { file, format: TEXT_EXTENSIONS.has(extension) ? "csv" : "xlsx", encoding, sheets, rows, notices };
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
  const renamed: string[] = [];
  for (let c = 0; c < header.length; c++) {
    const name = key(header[c]);
    if (name === null || name === "") continue;
    if (!seen.has(name)) {
      seen.add(name);
      continue;
    }
    let n = 2;
    while (taken.has(`${name} (${n})`)) n++;
    const unique = `${name} (${n})`;
    taken.add(unique);
    seen.add(unique);
    header[c] = unique;
    renamed.push(`${name} → ${unique}`);
  }
  return renamed;
}
