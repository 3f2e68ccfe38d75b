/**
 * The command line's .xlsx reader: its own zip layer (./zip-parts.ts) and XML tokenizer
 * (./xml-scanner.ts), so that every limit is checked while the file is read — a row or column
 * beyond Excel's, a part that unpacks past its cap, a string longer than a cell can hold — and a
 * hostile or broken file is refused with a message (XlsxReadError), never with an out-of-memory.
 *
 * What it returns is what the engine reads: each worksheet as a dense grid, row r at index r − 1,
 * cells as numbers, strings, booleans and `""`; a formula gives its cached value, an error its text
 * (`#N/A`), a date its Excel serial (the stored number: styles are not read), rich text and
 * hyperlinks their text.
 */
import { XlsxReadError } from "./xlsx-read-error";
import { ZipParts, type UnzipLimits, type ZipEntry } from "./zip-parts";
import { XmlScanner, attributeOf, decodeCellText, decodeXmlEntities, type XmlHandler } from "./xml-scanner";

export { XlsxReadError } from "./xlsx-read-error";

/** A sheet's cells as Excel's `Range.values` gives them: numbers, strings, booleans, `""` for empty. */
export interface GridSheet {
  readonly name: string;
  readonly grid: unknown[][];
}

/** Excel's own limits: rows, columns (XFD), characters in a cell. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const MAX_CELL_CHARACTERS = 32_767;
/**
 * Most cells the grids may hold, counting the empty ones left of each row's last cell (a million
 * rows of 100 columns): a sheet with a stray cell in column XFD on every row would otherwise
 * take gigabytes as a dense grid.
 */
export const MAX_GRID_CELLS = 100_000_000;

const MB = 1 << 20;
/**
 * Unpacking caps. A worksheet is read as a stream, so its size costs time, not memory: 3 GB is a
 * million rows of some 80 columns. The shared strings are all held, so their part is capped
 * lower. Real parts pack 5–50 times; DEFLATE's most is about 1,030, a zip bomb's ratio. A
 * worksheet of identical rows without cell references packs some 250 times, and a worksheet's
 * reading is bounded by the row, column and grid-cell caps whatever it unpacks to, so worksheets
 * are refused only near DEFLATE's most.
 */
export const UNZIP_LIMITS: UnzipLimits = { partBytes: 3 * 1024 * MB, totalBytes: 6 * 1024 * MB, ratio: 200, ratioFloorBytes: 16 * MB };
export const SHARED_STRINGS_BYTES = 512 * MB;
export const WORKSHEET_RATIO = 1000;
/** Raw characters of one text before decoding (`&#x10FFFF;` is 10 for one character). */
const MAX_RAW_TEXT = MAX_CELL_CHARACTERS * 10;

const REL_OFFICE_DOCUMENT = "/officeDocument";
const REL_WORKSHEET = "/worksheet";
const REL_SHARED_STRINGS = "/sharedStrings";
const REL_STYLES = "/styles";
/** Days from the 1904 date system's day 0 to the 1900 system's: a 1904 workbook's serial + this. */
const DATE_1904_OFFSET = 1462;

interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/**
 * Reads every worksheet of an .xlsx file, in the workbook's tab order. Throws XlsxReadError for a
 * file that is not a readable workbook or breaks a limit.
 *
 * @param onRow called after each row read, for progress
 * @param maxGridCells the grid-cell cap, lowered by tests
 */
export async function readXlsxSheets(file: string, onRow: () => void = () => undefined, maxGridCells = MAX_GRID_CELLS): Promise<GridSheet[]> {
  const zip = await ZipParts.open(file, UNZIP_LIMITS);
  try {
    const rootRels = zip.entry("_rels/.rels") ? await readRelationships(zip, "_rels/.rels") : [];
    const officeDocument = rootRels.find((rel) => rel.type.endsWith(REL_OFFICE_DOCUMENT) && !rel.external);
    const workbookPath = officeDocument ? resolveTarget("", officeDocument.target) : "xl/workbook.xml";
    const workbookEntry = zip.entry(workbookPath);
    if (workbookEntry === undefined) throw new XlsxReadError("cli.error.xlsx.notWorkbook");
    const { tabs, date1904 } = await readWorkbookSheets(zip, workbookEntry);
    const relsPath = relsPathOf(workbookPath);
    const rels = zip.entry(relsPath) ? await readRelationships(zip, relsPath) : [];
    const sharedRel = rels.find((rel) => rel.type.endsWith(REL_SHARED_STRINGS) && !rel.external);
    const sharedEntry = zip.entry(sharedRel ? resolveTarget(workbookPath, sharedRel.target) : "xl/sharedStrings.xml");
    const sharedStrings = sharedEntry ? await readSharedStrings(zip, sharedEntry) : [];
    // Dates are the serials as stored, which the engine reads in the 1900 system; a 1904 workbook's
    // date-formatted numbers are moved to it, so its styles are read (only then).
    const stylesRel = rels.find((rel) => rel.type.endsWith(REL_STYLES) && !rel.external);
    const stylesEntry = date1904 ? zip.entry(stylesRel ? resolveTarget(workbookPath, stylesRel.target) : "xl/styles.xml") : undefined;
    const dateStyles = stylesEntry ? await readDateStyles(zip, stylesEntry) : null;
    const budget = { cells: maxGridCells, limit: maxGridCells };
    const sheets: GridSheet[] = [];
    for (const tab of tabs) {
      const rel = rels.find((candidate) => candidate.id === tab.relId);
      if (rel === undefined || !rel.type.endsWith(REL_WORKSHEET) || rel.external) continue; // a chart sheet, a dialog sheet
      const partPath = resolveTarget(workbookPath, rel.target);
      const entry = zip.entry(partPath);
      if (entry === undefined) throw new XlsxReadError("cli.error.xlsx.damaged", { detail: `sheet "${tab.name}": no part ${partPath}` });
      sheets.push({ name: tab.name, grid: await readWorksheet(zip, entry, tab.name, sharedStrings, dateStyles, budget, onRow) });
    }
    return sheets;
  } finally {
    await zip.close();
  }
}

/** Feeds a part, unpacked and decoded (UTF-8, or UTF-16 with its BOM), through a scanner. */
async function scanPart(zip: ZipParts, entry: ZipEntry, handler: XmlHandler, ratio?: number): Promise<void> {
  const scanner = new XmlScanner(handler, entry.name);
  let decoder: TextDecoder | undefined;
  for await (const chunk of zip.unpack(entry, ratio)) {
    if (decoder === undefined) {
      const utf16 = chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff));
      decoder = new TextDecoder(utf16 ? (chunk[0] === 0xff ? "utf-16le" : "utf-16be") : "utf-8");
    }
    scanner.write(decoder.decode(chunk, { stream: true }));
  }
  if (decoder !== undefined) scanner.write(decoder.decode());
  scanner.end();
}

async function readRelationships(zip: ZipParts, path: string): Promise<Relationship[]> {
  const rels: Relationship[] = [];
  await scanPart(zip, zip.entry(path) as ZipEntry, {
    open(name, tag) {
      if (name !== "Relationship") return;
      const attribute = (key: string) => decodeXmlEntities(attributeOf(tag, key) ?? "");
      rels.push({ id: attribute("Id"), type: attribute("Type"), target: attribute("Target"), external: attribute("TargetMode") === "External" });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** The sheets of workbook.xml, in tab order, and its date system; refuses a part whose root is not a workbook. */
async function readWorkbookSheets(zip: ZipParts, entry: ZipEntry): Promise<{ tabs: { name: string; relId: string }[]; date1904: boolean }> {
  const tabs: { name: string; relId: string }[] = [];
  let root: string | undefined;
  let date1904 = false;
  await scanPart(zip, entry, {
    open(name, tag) {
      if (root === undefined) {
        root = name;
        if (root !== "workbook") throw new XlsxReadError("cli.error.xlsx.notWorkbook");
      }
      if (name === "workbookPr") {
        const value = attributeOf(tag, "date1904");
        date1904 = value === "1" || value === "true";
      }
      if (name !== "sheet") return;
      tabs.push({ name: decodeXmlEntities(attributeOf(tag, "name") ?? `Sheet${tabs.length + 1}`), relId: decodeXmlEntities(attributeOf(tag, "id", true) ?? "") });
    },
    close() {},
    text() {},
  });
  if (root === undefined) throw new XlsxReadError("cli.error.xlsx.notWorkbook");
  return { tabs, date1904 };
}

/** Excel's built-in number formats that are dates or times (including the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A format code that shows a date or time: y, m, d, h, s outside quoted text and [brackets]. */
export function isDateFormat(code: string): boolean {
  return /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, "").replace(/\\./g, ""));
}

/** The cell style indexes (`s`) whose number format is a date or time. */
async function readDateStyles(zip: ZipParts, entry: ZipEntry): Promise<Set<number>> {
  const customDates = new Set<number>();
  const dateStyles = new Set<number>();
  let inCellXfs = false;
  let xf = 0;
  await scanPart(zip, entry, {
    open(name, tag) {
      if (name === "numFmt") {
        if (isDateFormat(decodeXmlEntities(attributeOf(tag, "formatCode") ?? ""))) customDates.add(Number(attributeOf(tag, "numFmtId")));
      } else if (name === "cellXfs") {
        inCellXfs = true;
      } else if (name === "xf" && inCellXfs) {
        const id = Number(attributeOf(tag, "numFmtId") ?? 0);
        if (BUILT_IN_DATE_FORMATS.has(id) || customDates.has(id)) dateStyles.add(xf);
        xf++;
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  });
  return dateStyles;
}

/** The shared strings, rich text as its plain text (phonetic runs left out). */
async function readSharedStrings(zip: ZipParts, entry: ZipEntry): Promise<string[]> {
  if (entry.uncompressedSize > SHARED_STRINGS_BYTES) {
    throw new XlsxReadError("cli.error.xlsx.partTooLarge", { part: entry.name, size: Math.ceil(entry.uncompressedSize / MB), limit: SHARED_STRINGS_BYTES / MB });
  }
  const strings: string[] = [];
  let inItem = false;
  let inText = false;
  let phonetic = 0;
  let raw = "";
  await scanPart(zip, entry, {
    open(name) {
      if (name === "si") {
        inItem = true;
        raw = "";
      } else if (name === "t" && inItem && phonetic === 0) inText = true;
      else if (name === "rPh") phonetic++;
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si") {
        const text = decodeCellText(raw);
        if (text.length > MAX_CELL_CHARACTERS) throw new XlsxReadError("cli.error.xlsx.sharedStringTooLong", { index: strings.length + 1, limit: MAX_CELL_CHARACTERS });
        strings.push(ownCopy(text));
        inItem = false;
        raw = "";
      }
    },
    text(source, from, to) {
      if (!inText) return;
      raw += source.slice(from, to);
      if (raw.length > MAX_RAW_TEXT) throw new XlsxReadError("cli.error.xlsx.sharedStringTooLong", { index: strings.length + 1, limit: MAX_CELL_CHARACTERS });
    },
  });
  return strings;
}

/**
 * The text as a string of its own. A slice of the decoded chunk it was read from would keep the
 * whole chunk (256 KB) alive in V8 — the whole part, over all the cells kept. Flattening a
 * concatenation copies the characters; the slice of that copy holds just the copy.
 */
function ownCopy(text: string): string {
  return text.length < 13 ? text : ` ${text}`.slice(1);
}

/** `A1` style name of a cell, for messages. */
export function cellName(row: number, column: number): string {
  let letters = "";
  for (let c = column; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return `${letters}${row}`;
}

/**
 * One worksheet as a dense grid. Rows and cells without an `r` follow the one before; a row or a
 * cell beyond Excel's limits is refused as soon as its tag is read, and the grid's cells (empty
 * ones left of a row's last cell included) are counted against `budget`.
 */
async function readWorksheet(
  zip: ZipParts, entry: ZipEntry, sheet: string, sharedStrings: readonly string[], dateStyles: ReadonlySet<number> | null, budget: { cells: number; readonly limit: number }, onRow: () => void,
): Promise<unknown[][]> {
  const grid: unknown[][] = [];
  let inSheetData = false;
  let rowNumber = 0;
  let row: unknown[] | null = null;
  let column = 0;
  let cellType = "n";
  let cellStyle: string | undefined;
  let cellRef = "";
  let capture = false;
  let raw: string | null = null;
  let inInline = false;
  let phonetic = 0;

  const spend = (cells: number) => {
    budget.cells -= cells;
    if (budget.cells < 0) throw new XlsxReadError("cli.error.xlsx.tooManyCells", { sheet, row: rowNumber, limit: budget.limit.toLocaleString("en-US") });
  };

  const cellValue = (): unknown => {
    const text = raw;
    switch (cellType) {
      case "s": {
        if (text === null) return "";
        const index = Number(text);
        const value = sharedStrings[index];
        if (value === undefined) throw new XlsxReadError("cli.error.xlsx.damaged", { detail: `sheet "${sheet}" cell ${cellRef}: no shared string ${text.trim()}` });
        return value;
      }
      case "inlineStr":
      case "str":
      case "e":
        return text === null ? "" : checkedText(decodeCellText(text));
      case "b":
        return text === null ? "" : text.trim() === "1" || text.trim() === "true";
      case "d": {
        if (text === null) return "";
        const time = Date.parse(text.trim().length <= 10 ? `${text.trim()}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(text.trim()) ? text.trim() : `${text.trim()}Z`);
        if (Number.isNaN(time)) return checkedText(decodeCellText(text));
        const serial = time / 86_400_000 + 25569;
        return serial < 61 ? serial - 1 : serial;
      }
      default: {
        if (text === null) return "";
        const trimmed = text.trim();
        if (trimmed === "") return "";
        const number = Number(trimmed);
        if (Number.isNaN(number)) return checkedText(decodeCellText(text));
        return dateStyles !== null && cellStyle !== undefined && dateStyles.has(Number(cellStyle)) ? number + DATE_1904_OFFSET : number;
      }
    }
  };
  const checkedText = (text: string) => {
    if (text.length > MAX_CELL_CHARACTERS) throw new XlsxReadError("cli.error.xlsx.cellTextTooLong", { sheet, cell: cellRef, limit: MAX_CELL_CHARACTERS });
    return ownCopy(text);
  };

  await scanPart(zip, entry, {
    open(name, tag) {
      if (!inSheetData) {
        if (name === "sheetData") inSheetData = true;
        return;
      }
      switch (name) {
        case "row": {
          const r = attributeOf(tag, "r");
          const number = r === undefined ? rowNumber + 1 : Number(r);
          if (!Number.isInteger(number) || number < 1) throw new XlsxReadError("cli.error.xlsx.damaged", { detail: `sheet "${sheet}": row number "${r}"` });
          if (number > MAX_ROWS) throw new XlsxReadError("cli.error.xlsx.rowBeyondLimit", { sheet, row: r ?? String(number) });
          rowNumber = number;
          row = [];
          column = 0;
          return;
        }
        case "c": {
          if (row === null) throw new XlsxReadError("cli.error.xlsx.damaged", { detail: `sheet "${sheet}": a cell outside a row` });
          const r = attributeOf(tag, "r");
          if (r === undefined) {
            column++;
            if (column > MAX_COLUMNS) throw new XlsxReadError("cli.error.xlsx.cellBeyondLimit", { sheet, cell: cellName(rowNumber, column) });
            cellRef = cellName(rowNumber, column);
          } else {
            let c = 0;
            let i = 0;
            for (; i < r.length; i++) {
              const code = r.charCodeAt(i) | 0x20; // lower case
              if (code < 0x61 || code > 0x7a) break;
              c = c * 26 + (code - 0x60);
              if (c > MAX_COLUMNS) throw new XlsxReadError("cli.error.xlsx.cellBeyondLimit", { sheet, cell: r });
            }
            if (i === 0) throw new XlsxReadError("cli.error.xlsx.damaged", { detail: `sheet "${sheet}": cell reference "${r}"` });
            if (i < r.length && Number(r.slice(i)) > MAX_ROWS) throw new XlsxReadError("cli.error.xlsx.cellBeyondLimit", { sheet, cell: r });
            column = c;
            cellRef = r;
          }
          cellType = attributeOf(tag, "t") ?? "n";
          if (dateStyles !== null) cellStyle = attributeOf(tag, "s");
          raw = null;
          inInline = false;
          phonetic = 0;
          return;
        }
        case "v":
          capture = true;
          raw ??= "";
          return;
        case "is":
          inInline = true;
          raw ??= "";
          return;
        case "t":
          if (inInline && phonetic === 0) capture = true;
          return;
        case "rPh":
          phonetic++;
          return;
      }
    },
    close(name) {
      if (!inSheetData) return;
      switch (name) {
        case "v":
        case "t":
          capture = false;
          return;
        case "rPh":
          phonetic--;
          return;
        case "is":
          inInline = false;
          return;
        case "c": {
          capture = false;
          const value = cellValue();
          const cells = row as unknown[];
          if (value === "" && column > cells.length) return; // an empty (styled) cell does not lengthen the row
          if (column > cells.length) {
            spend(column - cells.length);
            while (cells.length < column - 1) cells.push("");
            cells.push(value);
          } else {
            cells[column - 1] = value;
          }
          return;
        }
        case "row": {
          if (rowNumber > grid.length) spend(rowNumber - grid.length);
          while (grid.length < rowNumber - 1) grid.push([]);
          grid[rowNumber - 1] = row as unknown[];
          row = null;
          onRow();
          return;
        }
        case "sheetData":
          inSheetData = false;
          return;
      }
    },
    text(source, from, to) {
      if (!capture) return;
      raw += source.slice(from, to);
      if ((raw as string).length > MAX_RAW_TEXT) throw new XlsxReadError("cli.error.xlsx.cellTextTooLong", { sheet, cell: cellRef, limit: MAX_CELL_CHARACTERS });
    },
  }, WORKSHEET_RATIO);
  return grid;
}

/** The relationship part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** The part a relationship of `sourcePart` points to, as a zip path (no leading "/"). */
function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") base.pop();
    else base.push(segment);
  }
  return base.join("/");
}
