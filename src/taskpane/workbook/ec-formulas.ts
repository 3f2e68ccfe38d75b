/**
 * The share actions against Excel (`WorkbookGateway.checkEcFormulas`, `convertEcFormulas`,
 * `restoreEcFormulas`): finding the cells that hold an `EC.` formula, turning them into their
 * values with the formula kept beside them, and putting the formulas back.
 *
 * Finding them never reads every cell of a big sheet one by one: `getSpecialCells("Formulas")`
 * (ExcelApi 1.9) gives the formula cells of each used range as rectangles, and only their formulas
 * are read, at most `CELLS_PER_SYNC` cells a sync. Where Excel cannot list them (a sheet of more
 * than `MAX_AREAS` separate areas, or the call fails) the used range's formulas are read instead,
 * in the same chunks. Each `EC.` cell found is asked for its spill (`getSpillingToRangeOrNullObject`,
 * ExcelApi 1.12): a spilled result (EC.CHANNELS, EC.RETENTION …) is one `EC.` cell, its formula's,
 * whatever Excel reports for the cells it spills into.
 * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells,
 * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspillingtorangeornullobject-member(1))
 *
 * Converting keeps each formula, before its cell is changed, in the first place the host has: a
 * note on the cell (ExcelApi 1.18, `Worksheet.notes`), else a comment (ExcelApi 1.10,
 * `Worksheet.comments`), else a row of a hidden sheet EC Review owns (sheet, cell, formula,
 * spill). A cell that has a note (or comment) already keeps its formula on the hidden sheet, so that
 * nothing of the operator's is replaced. Only `EC.` formulas are ever converted or restored; a
 * cell still computing (#BUSY!) or showing an error is left as a formula and reported.
 * (https://learn.microsoft.com/javascript/api/excel/excel.notecollection, …/excel.commentcollection)
 */
import { a1, a1Range, parseCellAddress, parseRangeAddress, type CellBounds } from "../../review/sheet-layout";
import { translate, type Locale } from "../../i18n/messages";
import { isEcFormula, keptFormulaText, parseKeptFormula, refusalOf, restorableFormula, valueToWrite, type KeptFormula } from "./ec-formula-text";
import { isExcelApiSupported } from "./api-support";
import { OWNER_PROPERTY } from "./sheet-marks";
import type { ConvertResult, EcFormulaCell, EcFormulaCheck, FormulaScope, KeptIn, RestoreResult, ScopeLooked } from "./workbook-gateway";

/** The cells `checkEcFormulas` lists; the count per sheet counts them all. */
export const EC_FORMULA_LIST_LIMIT = 500;
/** Cells whose formulas or values are read or written in one sync: 20,000 formulas stay well under Excel's 5 MB. */
export const CELLS_PER_SYNC = 20_000;
/** More separate formula areas than this on a sheet: its used range is read instead of the areas listed. */
export const MAX_AREAS = 20_000;
/** Spill look-ups (one per `EC.` cell) queued in one sync. */
const LOOKUPS_PER_SYNC = 1_000;
/** Cells converted or restored in one sync. */
const CHANGES_PER_SYNC = 500;

/** Marks the hidden sheet that keeps converted formulas (with OWNER_PROPERTY). */
export const FORMULAS_SHEET_PROPERTY = { key: "ecReview.kind", value: "formulas" } as const;

const RANGE_FACTS = ["rowIndex", "columnIndex", "rowCount", "columnCount"];

interface RangeFacts {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** An `EC.` cell found on a sheet. */
interface FoundCell {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  /** The range its result spills into, the cell itself first; null when it does not spill. */
  readonly spill: CellBounds | null;
}

const boundsOf = (range: RangeFacts): CellBounds => ({
  top: range.rowIndex, left: range.columnIndex, bottom: range.rowIndex + range.rowCount - 1, right: range.columnIndex + range.columnCount - 1,
});

const contains = (outer: CellBounds, row: number, column: number) => row >= outer.top && row <= outer.bottom && column >= outer.left && column <= outer.right;
const intersects = (a: CellBounds, b: CellBounds) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
/** The cells a found (or kept) formula covers: its spill, or its cell. */
const extentOf = (cell: { row: number; column: number; spill: CellBounds | null }): CellBounds =>
  cell.spill ?? { top: cell.row, left: cell.column, bottom: cell.row, right: cell.column };

const rangeText = (bounds: CellBounds) => a1Range(bounds.top, bounds.left, bounds.bottom, bounds.right);

function cellOf(sheet: string, cell: FoundCell): EcFormulaCell {
  return { sheet, cell: a1(cell.row, cell.column), formula: cell.formula, ...(cell.spill === null ? {} : { spill: rangeText(cell.spill) }) };
}

/** `bounds` in blocks of whole rows of at most `cells` cells (one row at least). */
function rowBlocks(bounds: CellBounds, cells = CELLS_PER_SYNC): CellBounds[] {
  const width = bounds.right - bounds.left + 1;
  const rows = Math.max(1, Math.floor(cells / width));
  const blocks: CellBounds[] = [];
  for (let top = bounds.top; top <= bounds.bottom; top += rows) blocks.push({ ...bounds, top, bottom: Math.min(bounds.bottom, top + rows - 1) });
  return blocks;
}

const rangeAt = (sheet: Excel.Worksheet, bounds: CellBounds) =>
  sheet.getRangeByIndexes(bounds.top, bounds.left, bounds.bottom - bounds.top + 1, bounds.right - bounds.left + 1);

// ---- finding -------------------------------------------------------------------------------------

/** The parts of a sheet to read formulas from: its formula cells' areas, or its used range. */
async function formulaRegions(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<CellBounds[]> {
  const used = sheet.getUsedRangeOrNullObject();
  used.load(RANGE_FACTS);
  await context.sync();
  if (used.isNullObject) return [];
  try {
    const special = used.getSpecialCellsOrNullObject("Formulas");
    special.load("areaCount");
    await context.sync();
    if (special.isNullObject) return [];
    if (special.areaCount <= MAX_AREAS) {
      special.areas.load("items/rowIndex,items/columnIndex,items/rowCount,items/columnCount");
      await context.sync();
      return special.areas.items.map(boundsOf);
    }
  } catch {
    // Excel could not list the formula cells: the used range is read instead.
  }
  return [boundsOf(used)];
}

/**
 * The `EC.` cells of `regions`, their formulas read at most `CELLS_PER_SYNC` cells a sync. Their
 * values are read too: a text that starts with "=" (typed after an apostrophe, or in a cell
 * formatted as text) is its own formula text, where a formula's value is its result.
 */
async function ecCellsIn(context: Excel.RequestContext, sheet: Excel.Worksheet, regions: readonly CellBounds[]): Promise<{ row: number; column: number; formula: string }[]> {
  const found: { row: number; column: number; formula: string }[] = [];
  let batch: { range: Excel.Range; bounds: CellBounds }[] = [];
  let cells = 0;
  const flush = async () => {
    await context.sync();
    for (const { range, bounds } of batch) {
      range.formulas.forEach((row, r) => row.forEach((formula, c) => {
        if (isEcFormula(formula) && range.values[r][c] !== formula) found.push({ row: bounds.top + r, column: bounds.left + c, formula });
      }));
    }
    batch = [];
    cells = 0;
  };
  for (const region of regions) {
    for (const block of rowBlocks(region)) {
      const size = (block.bottom - block.top + 1) * (block.right - block.left + 1);
      if (batch.length > 0 && cells + size > CELLS_PER_SYNC) await flush();
      const range = rangeAt(sheet, block);
      range.load(["formulas", "values"]);
      batch.push({ range, bounds: block });
      cells += size;
    }
  }
  if (batch.length > 0) await flush();
  return found;
}

/** Every `EC.` cell of a sheet with its spill, row by row; a cell inside another's spill is that one's. */
async function ecCellsOfSheet(context: Excel.RequestContext, sheet: Excel.Worksheet): Promise<FoundCell[]> {
  const cells = await ecCellsIn(context, sheet, await formulaRegions(context, sheet));
  const withSpills: FoundCell[] = [];
  for (let from = 0; from < cells.length; from += LOOKUPS_PER_SYNC) {
    const part = cells.slice(from, from + LOOKUPS_PER_SYNC).map((cell) => {
      const spill = sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).getSpillingToRangeOrNullObject();
      spill.load(RANGE_FACTS);
      return { cell, spill };
    });
    await context.sync();
    for (const { cell, spill } of part) withSpills.push({ ...cell, spill: spill.isNullObject ? null : boundsOf(spill) });
  }
  const spilling = withSpills.filter((cell) => cell.spill !== null);
  return withSpills
    .filter((cell) => !spilling.some((other) => other !== cell && contains(other.spill!, cell.row, cell.column)))
    .sort((a, b) => a.row - b.row || a.column - b.column);
}

export async function checkEcFormulas(): Promise<EcFormulaCheck> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    const cells: EcFormulaCell[] = [];
    const sheets: { sheet: string; count: number }[] = [];
    for (const sheet of worksheets.items) {
      const found = await ecCellsOfSheet(context, sheet);
      if (found.length === 0) continue;
      sheets.push({ sheet: sheet.name, count: found.length });
      for (const cell of found.slice(0, EC_FORMULA_LIST_LIMIT - cells.length)) cells.push(cellOf(sheet.name, cell));
    }
    return { cells, sheets, total: sheets.reduce((sum, sheet) => sum + sheet.count, 0) };
  });
}

// ---- where the actions work ----------------------------------------------------------------------

interface Scope {
  readonly sheet: Excel.Worksheet;
  readonly looked: ScopeLooked;
  /** null: the whole sheet. */
  readonly bounds: CellBounds | null;
}

async function scopeOf(context: Excel.RequestContext, scope: FormulaScope): Promise<Scope> {
  if (scope.kind === "sheet") {
    const sheet = context.workbook.worksheets.getItem(scope.sheet);
    sheet.load("name");
    await context.sync();
    return { sheet, looked: { sheet: sheet.name }, bounds: null };
  }
  const range = context.workbook.getSelectedRange();
  range.load(RANGE_FACTS);
  const sheet = range.worksheet;
  sheet.load("name");
  await context.sync();
  const bounds = boundsOf(range);
  const single = bounds.top === bounds.bottom && bounds.left === bounds.right;
  return { sheet, looked: { sheet: sheet.name, range: single ? a1(bounds.top, bounds.left) : rangeText(bounds) }, bounds };
}

// ---- keeping the formulas ------------------------------------------------------------------------

/** Where this host keeps converted formulas. */
function keepMode(): KeptIn {
  if (isExcelApiSupported("1.18")) return "note";
  if (isExcelApiSupported("1.10")) return "comment";
  return "sheet";
}

interface CellNote {
  readonly row: number;
  readonly column: number;
  readonly content: string;
  readonly remove: () => void;
}

/** The notes (or comments) of a sheet with their cells: two syncs. */
async function cellNotes(context: Excel.RequestContext, sheet: Excel.Worksheet, kind: "note" | "comment"): Promise<CellNote[]> {
  const collection: Excel.NoteCollection | Excel.CommentCollection = kind === "note" ? sheet.notes : sheet.comments;
  collection.load("items/content");
  await context.sync();
  const located = (collection.items as (Excel.Note | Excel.Comment)[]).map((item) => {
    const location = item.getLocation();
    location.load(["rowIndex", "columnIndex"]);
    return { item, location };
  });
  await context.sync();
  return located.map(({ item, location }) => ({ row: location.rowIndex, column: location.columnIndex, content: item.content, remove: () => item.delete() }));
}

/** The hidden formulas sheet, when the workbook has one. */
async function findFormulasSheet(context: Excel.RequestContext): Promise<Excel.Worksheet | null> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const marks = worksheets.items.map((sheet) => {
    const owner = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY.key);
    const kind = sheet.customProperties.getItemOrNullObject(FORMULAS_SHEET_PROPERTY.key);
    owner.load("value");
    kind.load("value");
    return { sheet, owner, kind };
  });
  await context.sync();
  const found = marks.find(({ owner, kind }) => !owner.isNullObject && owner.value === OWNER_PROPERTY.value && !kind.isNullObject && kind.value === FORMULAS_SHEET_PROPERTY.value);
  return found?.sheet ?? null;
}

/** Columns of the formulas sheet: sheet, cell, formula, the range its result filled. */
const FORMULAS_SHEET_COLUMNS = 4;
type FormulasSheetRow = [sheet: string, cell: string, formula: string, spill: string];

/**
 * Appends rows to the hidden formulas sheet (made, hidden and marked, when there is none), as
 * text: a formula there is never calculated. One sync; returns the sheet's name.
 */
async function appendToFormulasSheet(context: Excel.RequestContext, locale: Locale, rows: readonly FormulasSheetRow[]): Promise<string> {
  let sheet = await findFormulasSheet(context);
  let next = 1;
  if (sheet === null) {
    const names = new Set(context.workbook.worksheets.items.map((item) => item.name.toLocaleLowerCase()));
    const base = translate(locale, "share.sheet.name");
    let name = base;
    for (let n = 2; names.has(name.toLocaleLowerCase()); n++) name = `${base} (${n})`;
    sheet = context.workbook.worksheets.add(name);
    sheet.visibility = "Hidden";
    sheet.customProperties.add(OWNER_PROPERTY.key, OWNER_PROPERTY.value);
    sheet.customProperties.add(FORMULAS_SHEET_PROPERTY.key, FORMULAS_SHEET_PROPERTY.value);
    const header = sheet.getRangeByIndexes(0, 0, 1, FORMULAS_SHEET_COLUMNS);
    header.numberFormat = [Array<string>(FORMULAS_SHEET_COLUMNS).fill("@")];
    header.values = [(["share.sheet.col.sheet", "share.sheet.col.cell", "share.sheet.col.formula", "share.sheet.col.spill"] as const).map((key) => translate(locale, key))];
  } else {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(RANGE_FACTS);
    await context.sync();
    next = used.isNullObject ? 1 : Math.max(1, used.rowIndex + used.rowCount);
  }
  const block = sheet.getRangeByIndexes(next, 0, rows.length, FORMULAS_SHEET_COLUMNS);
  block.numberFormat = rows.map(() => Array<string>(FORMULAS_SHEET_COLUMNS).fill("@"));
  block.values = rows.map((row) => [...row]);
  sheet.load("name");
  await context.sync();
  return sheet.name;
}

// ---- converting ----------------------------------------------------------------------------------

/** A found cell with what it shows now: its value, or its whole spill's. */
interface ShownCell extends FoundCell {
  readonly values: unknown[][];
  readonly valueTypes: string[][];
}

/** The values of each cell (its whole spill for a spilling one), at most `CELLS_PER_SYNC` cells a sync. */
async function readShown(context: Excel.RequestContext, sheet: Excel.Worksheet, cells: readonly FoundCell[]): Promise<ShownCell[]> {
  const shown = cells.map((cell) => ({ ...cell, values: [] as unknown[][], valueTypes: [] as string[][] }));
  let batch: { range: Excel.Range; into: (typeof shown)[number] }[] = [];
  let size = 0;
  const flush = async () => {
    await context.sync();
    for (const { range, into } of batch) {
      into.values.push(...range.values);
      into.valueTypes.push(...(range.valueTypes as string[][]));
    }
    batch = [];
    size = 0;
  };
  for (const into of shown) {
    for (const block of rowBlocks(extentOf(into))) {
      const cellsInBlock = (block.bottom - block.top + 1) * (block.right - block.left + 1);
      if (batch.length > 0 && size + cellsInBlock > CELLS_PER_SYNC) await flush();
      const range = rangeAt(sheet, block);
      range.load(["values", "valueTypes"]);
      batch.push({ range, into });
      size += cellsInBlock;
    }
  }
  if (batch.length > 0) await flush();
  return shown;
}

export async function convertEcFormulas(scope: FormulaScope, options: { readonly locale: Locale }): Promise<ConvertResult> {
  const { locale } = options;
  return Excel.run(async (context) => {
    const { sheet, looked, bounds } = await scopeOf(context, scope);
    const found = (await ecCellsOfSheet(context, sheet)).filter((cell) => bounds === null || intersects(extentOf(cell), bounds));
    const shown = await readShown(context, sheet, found);
    const refused: ConvertResult["refused"][number][] = [];
    const converting: ShownCell[] = [];
    for (const cell of shown) {
      const reason = refusalOf(cell.values[0]?.[0], cell.valueTypes[0]?.[0]);
      if (reason === null) converting.push(cell);
      else refused.push({ ...cellOf(looked.sheet, cell), reason, value: String(cell.values[0]?.[0] ?? "") });
    }
    if (converting.length === 0) return { scope: looked, converted: [], refused };

    // Where each formula is kept: a cell that has a note (comment) of its own keeps it on the formulas sheet.
    const mode = keepMode();
    const taken = mode === "sheet" ? new Set<string>() : new Set((await cellNotes(context, sheet, mode)).map((note) => `${note.row}:${note.column}`));
    const keptIn = (cell: FoundCell): KeptIn => (mode !== "sheet" && !taken.has(`${cell.row}:${cell.column}`) ? mode : "sheet");
    const kept = (cell: FoundCell): KeptFormula => ({ formula: restorableFormula(cell.formula), ...(cell.spill === null ? {} : { spill: rangeText(cell.spill) }) });

    // The formulas sheet's rows are written before any cell is changed.
    const onSheet = converting.filter((cell) => keptIn(cell) === "sheet");
    const formulasSheet = onSheet.length === 0 ? undefined
      : await appendToFormulasSheet(context, locale, onSheet.map((cell): FormulasSheetRow => [looked.sheet, a1(cell.row, cell.column), kept(cell).formula, kept(cell).spill ?? ""]));

    const converted: ConvertResult["converted"][number][] = [];
    for (let from = 0; from < converting.length; from += CHANGES_PER_SYNC) {
      for (const cell of converting.slice(from, from + CHANGES_PER_SYNC)) {
        const where = keptIn(cell);
        const anchor = sheet.getRangeByIndexes(cell.row, cell.column, 1, 1);
        // The formula is kept first: a batch that fails after it leaves the formula kept, never lost.
        if (where === "note") sheet.notes.add(anchor, keptFormulaText(locale, kept(cell)));
        if (where === "comment") sheet.comments.add(anchor, keptFormulaText(locale, kept(cell)));
        // The formula's cell first (its spill goes with it), then the values of the whole spill.
        anchor.values = [[valueToWrite(cell.values[0][0])]];
        if (cell.spill !== null) {
          for (const block of rowBlocks(cell.spill)) {
            const offset = block.top - cell.spill.top;
            rangeAt(sheet, block).values = cell.values.slice(offset, offset + block.bottom - block.top + 1).map((row) => row.map(valueToWrite));
          }
        }
        converted.push({ ...cellOf(looked.sheet, cell), keptIn: where });
      }
      await context.sync();
    }
    return { scope: looked, converted, refused, ...(formulasSheet === undefined ? {} : { formulasSheet }) };
  });
}

// ---- restoring -----------------------------------------------------------------------------------

/** A formula kept for a cell of the sheet, and how to remove what kept it. */
interface KeptCell {
  readonly row: number;
  readonly column: number;
  readonly formula: string;
  readonly spill: CellBounds | null;
  readonly remove: (() => void) | null;
  /** For the formulas sheet: the row (0-based) that kept it. */
  readonly sheetRow?: number;
}

function keptCell(row: number, column: number, kept: KeptFormula, remove: (() => void) | null, sheetRow?: number): KeptCell {
  return { row, column, formula: kept.formula, spill: kept.spill === undefined ? null : parseRangeAddress(kept.spill), remove, ...(sheetRow === undefined ? {} : { sheetRow }) };
}

export async function restoreEcFormulas(scope: FormulaScope): Promise<RestoreResult> {
  return Excel.run(async (context) => {
    const { sheet, looked, bounds } = await scopeOf(context, scope);
    const keptCells: KeptCell[] = [];
    for (const [kind, version] of [["note", "1.18"], ["comment", "1.10"]] as const) {
      if (!isExcelApiSupported(version)) continue;
      for (const note of await cellNotes(context, sheet, kind)) {
        const kept = parseKeptFormula(note.content);
        if (kept !== null) keptCells.push(keptCell(note.row, note.column, kept, note.remove));
      }
    }
    const formulasSheet = await findFormulasSheet(context);
    let sheetRows: unknown[][] = [];
    if (formulasSheet !== null) {
      const used = formulasSheet.getUsedRangeOrNullObject(true);
      used.load(["values", ...RANGE_FACTS]);
      await context.sync();
      if (!used.isNullObject) {
        sheetRows = used.values.map((row) => row.slice(0, FORMULAS_SHEET_COLUMNS));
        sheetRows.forEach((row, index) => {
          if (used.rowIndex + index === 0 || String(row[0]) !== looked.sheet || !isEcFormula(row[2]) || !/^[A-Z]{1,3}[1-9][0-9]*$/.test(String(row[1]))) return;
          const { row: cellRow, column } = parseCellAddress(String(row[1]));
          const spill = String(row[3] ?? "");
          keptCells.push(keptCell(cellRow, column, { formula: String(row[2]), ...(/^[A-Z]{1,3}[1-9][0-9]*:[A-Z]{1,3}[1-9][0-9]*$/.test(spill) ? { spill } : {}) }, null, index));
        });
      }
    }
    const inScope = keptCells.filter((cell) => bounds === null || intersects(extentOf(cell), bounds)).sort((a, b) => a.row - b.row || a.column - b.column);
    if (inScope.length === 0) return { scope: looked, restored: [], skipped: [] };

    // What the cells hold now: a formula there (the operator's, or one restored before) is never replaced.
    const now = inScope.map((cell) => {
      const range = rangeAt(sheet, extentOf(cell));
      range.load("formulas");
      return { cell, range };
    });
    await context.sync();
    const restored: EcFormulaCell[] = [];
    const skipped: RestoreResult["skipped"][number][] = [];
    const removedRows = new Set<number>();
    const described = (cell: KeptCell): EcFormulaCell => ({ sheet: looked.sheet, cell: a1(cell.row, cell.column), formula: cell.formula, ...(cell.spill === null ? {} : { spill: rangeText(cell.spill) }) });
    const isFormula = (content: unknown) => typeof content === "string" && content.startsWith("=");
    let changes = 0;
    for (const { cell, range } of now) {
      const extent = extentOf(cell);
      const anchor = range.formulas[cell.row - extent.top][cell.column - extent.left];
      const others = range.formulas.some((row, r) => row.some((content, c) => !(extent.top + r === cell.row && extent.left + c === cell.column) && isFormula(content)));
      if (isFormula(anchor)) {
        skipped.push({ ...described(cell), reason: "hasFormula" });
        continue;
      }
      if (others) {
        skipped.push({ ...described(cell), reason: "blocked" });
        continue;
      }
      // The values it filled go, so that the formula spills again; then the formula, then what kept it.
      if (cell.spill !== null) rangeAt(sheet, cell.spill).clear("Contents");
      sheet.getRangeByIndexes(cell.row, cell.column, 1, 1).formulas = [[cell.formula]];
      cell.remove?.();
      if (cell.sheetRow !== undefined) removedRows.add(cell.sheetRow);
      restored.push(described(cell));
      if (++changes % CHANGES_PER_SYNC === 0) await context.sync();
    }
    if (formulasSheet !== null && removedRows.size > 0) {
      const left = sheetRows.filter((_, index) => index > 0 && !removedRows.has(index));
      if (left.length === 0) {
        formulasSheet.delete();
      } else {
        formulasSheet.getRangeByIndexes(1, 0, sheetRows.length - 1, FORMULAS_SHEET_COLUMNS).clear("Contents");
        const block = formulasSheet.getRangeByIndexes(1, 0, left.length, FORMULAS_SHEET_COLUMNS);
        block.numberFormat = left.map(() => Array<string>(FORMULAS_SHEET_COLUMNS).fill("@"));
        block.values = left.map((row) => row.map((value) => String(value ?? "")));
      }
    }
    await context.sync();
    return { scope: looked, restored, skipped };
  });
}
