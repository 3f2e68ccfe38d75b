/**
 * The workbook gateway against Excel: the one module of EC Review that calls office.js.
 *
 * Requirement sets used, each checked by `hostSupport` (1.1–1.2 come with any later set; which
 * hosts support which set: https://learn.microsoft.com/javascript/api/requirement-sets/excel/excel-api-requirement-sets):
 * - ExcelApi 1.1–1.2: worksheets, tables, Range values/formulas/numberFormat, RangeFormat, merge,
 *   charts.add, chart title/legend/dataLabels/setPosition, worksheet visibility/position/delete/activate
 *   (https://learn.microsoft.com/javascript/api/excel/excel.range, …/excel.chartcollection, …/excel.worksheet)
 * - ExcelApi 1.4: getUsedRangeOrNullObject, getItemOrNullObject (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1))
 * - ExcelApi 1.5: workbook.customXmlParts, where the settings live (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection)
 * - ExcelApi 1.6: conditionalFormats.add, suspendApiCalculationUntilNextSync
 *   (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection, …/excel.application)
 * - ExcelApi 1.7: getRangeByIndexes, freezePanes.freezeRows, chart series add/setValues/
 *   setXAxisValues/chartType, axes.getItem, reversePlotOrder (https://learn.microsoft.com/javascript/api/excel/excel.chartseries)
 * - ExcelApi 1.8: series.axisGroup, ChartAxis.numberFormat/position, worksheet showGridlines
 *   (https://learn.microsoft.com/javascript/api/excel/excel.chartaxis)
 * - ExcelApi 1.9: getRanges (RangeAreas), pageLayout (orientation, paperSize, zoom, print titles),
 *   horizontalPageBreaks, indentLevel, suspendScreenUpdatingUntilNextSync (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout,
 *   …/excel.pagebreakcollection, …/excel.rangeareas, …/excel.application#excel-excel-application-suspendscreenupdatinguntilnextsync-member(1))
 * - ExcelApi 1.12: worksheet customProperties, which mark the sheets EC Review owns
 *   (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection)
 *
 * Writing the review, the first time: the sheet is built in a new hidden sheet marked as owned and
 * "building", stage by stage (one sync each); only the last sync shows it, named and marked
 * complete. Until then an abort or an error deletes the half-built sheet and leaves the workbook
 * as it was; a build interrupted harder (the pane closed) leaves a hidden "building" sheet that
 * the next write deletes. A "building" sheet the operator made visible (and may have written in)
 * is never deleted: it is left alone, and the result names it for the pane to say so.
 *
 * Refresh rewrites the review sheet in place: the same worksheet object, name and position, so
 * formulas on other sheets that point at it keep their references. Its contents, formats,
 * conditional formats, merges and charts are cleared and rewritten in the same six syncs. The
 * targets the operator typed into the review's target table (`SheetLayout.inputs`) are read
 * first and kept: a target cell whose content differs from what the last build wrote there
 * (recorded in the `ecReview.inputs` property) is the operator's, unless the pane's own target
 * changed since. Anything else typed on the review sheet is replaced (the pane says so). Once the
 * old contents are cleared the rewrite runs to its end: an abort is honoured only before that.
 *
 * A sheet of the wanted name that EC Review did not create is never written: the review takes
 * "name (2)" instead.
 */
import { a1, a1Range, parseRangeAddress, type ConditionalFormat, type LayoutCell, type SheetLayout } from "../../review/sheet-layout";
import { axisOf, plotOf, type ChartKind, type ChartSpec } from "../../review/sheet-layout/chart-spec";
import {
  cellBlocks, checkLayout, columnWidthPoints, columnWidthRuns, joinAddresses, lookAreas, parseLookKey, parseSheetReference,
  rowHeightRuns, type CellBlock,
} from "./layout-batches";
import { RepeatedTexts } from "../../engine/cells/repeated-texts";
import { appendRows, CHUNK_BYTE_LIMIT, ChunkSizer, gridJsonBytes, rowJsonBytes } from "./read-chunks";
import { COLOR_SCALE_COLORS, rangeLook, STATUS_COLORS, type RangeLook } from "./review-look";
import { layoutForExcelApi } from "../../review/sheet-layout/layout-text";
import { displayWidth, reviewRowHeights } from "../../review/sheet-layout/review-row-heights";
import { reviewRowBreaks } from "../../review/sheet-layout/page-breaks";
import { REVIEW_PRINT_MARGINS } from "../../review/sheet-layout/print-page";
import { buildingSheetName, chooseReviewSheet, isReviewSheetName, type ExistingSheet } from "./review-sheet-name";
import { SETTINGS_NAMESPACE, settingsFromXml, settingsToXml } from "./settings-xml";
import { OWNER_PROPERTY } from "./sheet-marks";
import { isExcelApiSupported } from "./api-support";
import { checkEcFormulas, convertEcFormulas, restoreEcFormulas } from "./ec-formulas";
import type {
  HostSupport, InsertedFormula, ListSheet, ReadSourceOptions, ReviewSettings, SourceSheet, WorkbookGateway, WriteListSheetResult, WriteReviewOptions, WriteReviewResult,
  WriteReviewStage,
} from "./workbook-gateway";

/** The ExcelApi versions the gateway calls into, each checked by `hostSupport`. */
export const REQUIRED_EXCEL_API_VERSIONS = ["1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.12"] as const;

/** Worksheet custom properties that mark a sheet EC Review created (OWNER_PROPERTY, sheet-marks.ts), and whether it is complete. */
export { OWNER_PROPERTY };
export const STATE_PROPERTY = { key: "ecReview.state", building: "building", complete: "complete" } as const;
/**
 * What the last build wrote into each input cell of the review, as "key@C9=25000000|key2@C10=":
 * a cell that holds anything else now was typed by the operator.
 */
export const INPUTS_PROPERTY = { key: "ecReview.inputs" } as const;

export function createExcelWorkbook(): WorkbookGateway {
  return {
    hostSupport, listSources, readSource, writeReview, writeListSheet, loadSettings, saveSettings, selectSheet, insertFormula,
    checkEcFormulas, convertEcFormulas, restoreEcFormulas,
  };
}

// ---- host ----------------------------------------------------------------------------------------

async function hostSupport(): Promise<HostSupport> {
  const missing = REQUIRED_EXCEL_API_VERSIONS.filter((version) => !isExcelApiSupported(version)).map((version) => `ExcelApi ${version}`);
  return { supported: missing.length === 0, missing };
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason ?? new DOMException("The operation was aborted.", "AbortError");
}

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

// ---- sources -------------------------------------------------------------------------------------

const RANGE_FACTS = ["address", "rowIndex", "columnIndex", "rowCount", "columnCount"];

/** "订单!A1:I1001" with the rows cut to `rows` (a table's total row left out). */
function addressOf(range: Excel.Range, rows: number): string {
  if (rows === 0) return "";
  const bang = range.address.lastIndexOf("!");
  return `${range.address.slice(0, bang + 1)}${a1Range(range.rowIndex, range.columnIndex, range.rowIndex + rows - 1, range.columnIndex + range.columnCount - 1)}`;
}

async function listSources(): Promise<SourceSheet[]> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const tables = context.workbook.tables;
    worksheets.load("items/name");
    tables.load("items/name");
    await context.sync();

    const sheets = worksheets.items.map((sheet) => {
      const used = sheet.getUsedRangeOrNullObject(true);
      used.load(RANGE_FACTS);
      const owner = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY.key);
      owner.load("value");
      return { sheet, used, owner };
    });
    const tableRanges = tables.items.map((table) => {
      const range = table.getRange();
      range.load(RANGE_FACTS);
      table.load("showTotals");
      table.worksheet.load("name");
      return { table, range };
    });
    await context.sync();

    const owned = new Set(sheets.filter(({ owner }) => !owner.isNullObject && owner.value === OWNER_PROPERTY.value).map(({ sheet }) => sheet.name));
    const sources: SourceSheet[] = sheets.map(({ sheet, used }) => ({
      name: sheet.name,
      kind: "worksheet",
      rows: used.isNullObject ? 0 : used.rowCount,
      columns: used.isNullObject ? 0 : used.columnCount,
      owned: owned.has(sheet.name),
      address: used.isNullObject ? "" : used.address,
      firstRow: used.isNullObject ? 1 : used.rowIndex + 1,
    }));
    for (const { table, range } of tableRanges) {
      const rows = range.rowCount - (table.showTotals ? 1 : 0);
      sources.push({
        name: table.name, kind: "table", rows, columns: range.columnCount, owned: owned.has(table.worksheet.name),
        address: addressOf(range, rows), firstRow: range.rowIndex + 1,
      });
    }
    return sources;
  });
}

interface SourceRegion {
  readonly sheet: Excel.Worksheet;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rows: number;
  readonly columns: number;
}

async function worksheetRegion(context: Excel.RequestContext, name: string): Promise<SourceRegion | null> {
  const sheet = context.workbook.worksheets.getItem(name);
  // Values only: a sheet formatted far beyond its data is read to its data.
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(RANGE_FACTS);
  await context.sync();
  if (used.isNullObject) return null;
  return { sheet, rowIndex: used.rowIndex, columnIndex: used.columnIndex, rows: used.rowCount, columns: used.columnCount };
}

async function tableRegion(context: Excel.RequestContext, name: string): Promise<SourceRegion | null> {
  const table = context.workbook.tables.getItem(name);
  const range = table.getRange();
  range.load(RANGE_FACTS);
  table.load("showTotals");
  await context.sync();
  const rows = range.rowCount - (table.showTotals ? 1 : 0);
  return rows <= 0 ? null : { sheet: table.worksheet, rowIndex: range.rowIndex, columnIndex: range.columnIndex, rows, columns: range.columnCount };
}

/** Excel refused a request or response as too large. */
function isPayloadTooLarge(error: unknown): boolean {
  const code = errorCode(error);
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

async function readSource(name: string, options: ReadSourceOptions = {}): Promise<unknown[][]> {
  const { onProgress, signal, kind } = options;
  throwIfAborted(signal);
  return Excel.run(async (context) => {
    let region: SourceRegion | null;
    if (kind === "table") region = await tableRegion(context, name);
    else if (kind === "worksheet") region = await worksheetRegion(context, name);
    else {
      try {
        region = await worksheetRegion(context, name);
      } catch (error) {
        if (errorCode(error) !== "ItemNotFound") throw error;
        region = await tableRegion(context, name);
      }
    }
    if (region === null) return [];
    const grid: unknown[][] = [];
    const sizer = new ChunkSizer(region.columns);
    const repeatedTexts = new RepeatedTexts();
    onProgress?.(0, region.rows);
    while (grid.length < region.rows) {
      throwIfAborted(signal);
      const rows = sizer.nextRows(region.rows - grid.length);
      const chunk = region.sheet.getRangeByIndexes(region.rowIndex + grid.length, region.columnIndex, rows, region.columns);
      chunk.load("values");
      try {
        await context.sync();
      } catch (error) {
        // Rows longer than any measured so far: read the same rows in smaller chunks.
        if (isPayloadTooLarge(error) && rows > 1) {
          sizer.shrink(rows);
          continue;
        }
        throw error;
      }
      const values = chunk.values;
      sizer.measure(values);
      // Statuses, channels, titles … repeat on every row: keep one string of each (see RepeatedTexts);
      // rows unchanged since the reading the pane holds are taken from it (see appendRows).
      repeatedTexts.share(values);
      appendRows(grid, values, grid.length, options.previous);
      onProgress?.(grid.length, region.rows);
    }
    return grid;
  });
}

// ---- the review sheet ----------------------------------------------------------------------------

interface InventorySheet extends ExistingSheet {
  readonly proxy: Excel.Worksheet;
  readonly visible: boolean;
  /** Loaded with the marks for a sheet that may be the review Refresh rewrites. */
  readonly preload: ReviewPreload | null;
}

/** What Refresh needs of the review sheet it rewrites, loaded in the inspection's second sync. */
interface ReviewPreload {
  readonly charts: Excel.ChartCollection;
  readonly inputs: Excel.WorksheetCustomProperty;
  /** The top-left block that holds the target table: its formulas, as the operator left them. */
  readonly head: Excel.Range;
}

/** The rows and columns, from A1, read back for the input cells: the target table sits at the top. */
function inputArea(layout: SheetLayout): { rows: number; columns: number } {
  const inputs = layout.inputs ?? [];
  return { rows: Math.max(0, ...inputs.map((input) => input.row)) + 41, columns: Math.max(0, ...inputs.map((input) => input.column)) + 1 };
}

/**
 * Every sheet with its name, place, visibility and EC Review marks: two syncs. For a sheet that
 * `mayRewrite` (by its name), the second sync also loads what rewriting it in place needs.
 */
async function inspectSheets(context: Excel.RequestContext, mayRewrite: (name: string) => boolean, area: { rows: number; columns: number }): Promise<InventorySheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position,items/visibility");
  await context.sync();
  const marks = worksheets.items.map((sheet) => {
    const owner = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY.key);
    const state = sheet.customProperties.getItemOrNullObject(STATE_PROPERTY.key);
    owner.load("value");
    state.load("value");
    let preload: ReviewPreload | null = null;
    if (mayRewrite(sheet.name)) {
      const charts = sheet.charts;
      charts.load("items/name");
      const inputs = sheet.customProperties.getItemOrNullObject(INPUTS_PROPERTY.key);
      inputs.load("value");
      const head = sheet.getRangeByIndexes(0, 0, area.rows, area.columns);
      head.load("formulas");
      preload = { charts, inputs, head };
    }
    return { sheet, owner, state, preload };
  });
  await context.sync();
  return marks.map(({ sheet, owner, state, preload }) => {
    const owned = !owner.isNullObject && owner.value === OWNER_PROPERTY.value;
    return {
      proxy: sheet, name: sheet.name, position: sheet.position, visible: sheet.visibility === "Visible", owned, preload,
      building: owned && !state.isNullObject && state.value === STATE_PROPERTY.building,
    };
  });
}

// ---- the operator's inputs on the review sheet ----------------------------------------------------

type InputContent = string | number | boolean;

/** The text a cell's content is recorded and compared as. */
const contentText = (content: unknown) => (content === null || content === undefined ? "" : String(content));

function recordInputs(layout: SheetLayout): string {
  const written = new Map(layout.cells.map((cell) => [`${cell.row}:${cell.column}`, cell.formula ?? cell.value]));
  return (layout.inputs ?? []).map((input) => `${input.key}@${a1(input.row, input.column)}=${contentText(written.get(`${input.row}:${input.column}`))}`).join("|");
}

function parseInputRecord(record: string): Map<string, { row: number; column: number; written: string }> {
  const entries = new Map<string, { row: number; column: number; written: string }>();
  for (const entry of record.split("|")) {
    const match = /^([^@|=]+)@([A-Z]{1,3}\d+)=(.*)$/s.exec(entry);
    if (match === null) continue;
    const { top, left } = parseRangeAddress(match[2]);
    entries.set(match[1], { row: top, column: left, written: match[3] });
  }
  return entries;
}

/**
 * The layout with the targets the operator typed into the review it replaces: an input cell is
 * kept when it is not empty and differs from what the last build wrote there, unless the pane's
 * own value for it changed since that build (the newer choice wins). Without a record (a review
 * written before inputs were recorded) any content that differs from the new value is kept.
 */
function keepTypedInputs(layout: SheetLayout, preload: ReviewPreload): { layout: SheetLayout; kept: string[] } {
  const inputs = layout.inputs ?? [];
  if (inputs.length === 0) return { layout, kept: [] };
  const record = preload.inputs.isNullObject ? null : parseInputRecord(preload.inputs.value);
  const head = preload.head.formulas as unknown[][];
  const cellAt = (row: number, column: number) => layout.cells.find((cell) => cell.row === row && cell.column === column);
  const replaced = new Map<string, LayoutCell>();
  const kept: string[] = [];
  for (const input of inputs) {
    const current = cellAt(input.row, input.column);
    const fresh = contentText(current?.formula ?? current?.value);
    const last = record?.get(input.key);
    // Where the last build put it (the table may have moved), else where it goes now.
    const typed = record === null ? head[input.row]?.[input.column] : last === undefined ? undefined : head[last.row]?.[last.column];
    if (typed === undefined || contentText(typed) === "" || typeof typed === "object") continue;
    const typedText = contentText(typed);
    const isTyped = last === undefined ? typedText !== fresh : typedText !== last.written && fresh === last.written;
    if (!isTyped || typedText === fresh) continue;
    const content = typed as InputContent;
    const base = { row: input.row, column: input.column, style: current?.style ?? "body", format: current?.format ?? input.format };
    replaced.set(`${input.row}:${input.column}`, typeof content === "string" && content.startsWith("=") ? { ...base, formula: content } : { ...base, value: content });
    kept.push(input.key);
  }
  if (replaced.size === 0) return { layout, kept };
  const cells = layout.cells.filter((cell) => !replaced.has(`${cell.row}:${cell.column}`)).concat([...replaced.values()]);
  return { layout: { ...layout, cells }, kept };
}

/** Clears the review sheet for its rewrite: contents, formats, conditional formats, merges, charts, frozen rows, page breaks. */
function queueClear(sheet: Excel.Worksheet, preload: ReviewPreload): void {
  for (const chart of preload.charts.items) chart.delete();
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  all.unmerge();
  all.clear("All");
  all.format.useStandardHeight = true;
  all.format.useStandardWidth = true;
  sheet.freezePanes.unfreeze();
  if (isExcelApiSupported("1.9")) sheet.horizontalPageBreaks.removePageBreaks();
}

/**
 * Pauses recalculation until the next sync: the batch writes many formulas. Screen updating is
 * paused only for the batch that shows the sheet: the others write to a hidden sheet, and pausing
 * it batch after batch makes Excel flicker (https://learn.microsoft.com/javascript/api/excel/excel.application).
 */
function pauseExcel(context: Excel.RequestContext, screen: boolean): void {
  const application = context.workbook.application;
  if (isExcelApiSupported("1.6")) application.suspendApiCalculationUntilNextSync();
  if (screen && isExcelApiSupported("1.9")) application.suspendScreenUpdatingUntilNextSync();
}

/** Blocks grouped so that no request carries more than the chunk limit of cell data (one group for any usual review). */
function blockGroups(blocks: readonly CellBlock[]): CellBlock[][] {
  const groups: CellBlock[][] = [[]];
  let bytes = 0;
  for (const block of blocks) {
    const size = gridJsonBytes(block.numberFormats ?? []) + gridJsonBytes(block.values ?? []) + gridJsonBytes(block.formulas ?? []);
    if (bytes > 0 && bytes + size > CHUNK_BYTE_LIMIT) {
      groups.push([]);
      bytes = 0;
    }
    groups[groups.length - 1].push(block);
    bytes += size;
  }
  return groups;
}

/** Number formats before values: a text cell is formatted as text ("@") before its text arrives. */
function queueBlock(sheet: Excel.Worksheet, block: CellBlock): void {
  const range = sheet.getRange(block.address);
  if (block.numberFormats !== null) range.numberFormat = block.numberFormats;
  if (block.values !== null) range.values = block.values;
  if (block.formulas !== null) range.formulas = block.formulas;
}

function queueSheetShape(sheet: Excel.Worksheet, layout: SheetLayout): void {
  for (const run of columnWidthRuns(layout.columnWidths)) sheet.getRange(run.columns).format.columnWidth = columnWidthPoints(run.width);
  for (const run of rowHeightRuns(reviewRowHeights(layout))) {
    for (const rows of joinAddresses(run.rows)) sheet.getRanges(rows).format.rowHeight = run.height;
  }
  for (const range of layout.merges) sheet.getRange(range).merge(false);
  if (layout.frozenRows > 0) sheet.freezePanes.freezeRows(layout.frozenRows);
  sheet.showGridlines = false;
}

function applyLook(format: Excel.RangeFormat, look: RangeLook): void {
  if (look.font.name !== undefined) format.font.name = look.font.name;
  if (look.font.size !== undefined) format.font.size = look.font.size;
  if (look.font.bold) format.font.bold = true;
  if (look.font.color !== undefined) format.font.color = look.font.color;
  if (look.fill !== undefined) format.fill.color = look.fill;
  if (look.horizontalAlignment !== undefined) format.horizontalAlignment = look.horizontalAlignment;
  if (look.verticalAlignment !== undefined) format.verticalAlignment = look.verticalAlignment;
  if (look.wrapText) format.wrapText = true;
  if (look.indentLevel !== undefined) format.indentLevel = look.indentLevel;
  for (const border of look.borders) {
    const edge = format.borders.getItem(border.edge);
    edge.style = "Continuous";
    edge.weight = border.weight;
    if (border.color !== undefined) edge.color = border.color;
  }
}

function queueLooks(sheet: Excel.Worksheet, layout: SheetLayout): void {
  for (const [key, addresses] of lookAreas(layout)) {
    const { style, side } = parseLookKey(key);
    const look = rangeLook(style, side);
    for (const list of joinAddresses(addresses)) applyLook(sheet.getRanges(list).format, look);
  }
}

/** The layout's ranges are space-separated areas, as in the file format's `sqref`. */
function conditionalTarget(sheet: Excel.Worksheet, range: string): Excel.Range | Excel.RangeAreas {
  const areas = range.split(" ").filter((area) => area !== "");
  return areas.length === 1 ? sheet.getRange(areas[0]) : sheet.getRanges(areas.join(","));
}

function queueConditionalFormat(sheet: Excel.Worksheet, format: ConditionalFormat): void {
  const target = conditionalTarget(sheet, format.range);
  switch (format.kind) {
    case "colorScale": {
      const scale = target.conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = {
        minimum: { type: "LowestValue", color: COLOR_SCALE_COLORS.low },
        midpoint: { type: "Percentile", formula: "50", color: COLOR_SCALE_COLORS.middle },
        maximum: { type: "HighestValue", color: COLOR_SCALE_COLORS.high },
      };
      break;
    }
    case "statusFill":
      // Equality, not "contains text": the zh-CN label for missed (未达成) contains the one for met (达成).
      for (const status of ["met", "near", "missed"] as const) {
        const rule = target.conditionalFormats.add("CellValue");
        rule.cellValue.format.fill.color = STATUS_COLORS[status].fill;
        rule.cellValue.format.font.color = STATUS_COLORS[status].font;
        rule.cellValue.rule = { formula1: `="${format.labels[status].replace(/"/g, '""')}"`, operator: "EqualTo" };
      }
      break;
  }
}

/** The review's margins (the .xlsx writer's too), in points. */
const MARGINS_POINTS = {
  left: REVIEW_PRINT_MARGINS.left * 72, right: REVIEW_PRINT_MARGINS.right * 72, top: REVIEW_PRINT_MARGINS.top * 72, bottom: REVIEW_PRINT_MARGINS.bottom * 72,
  header: REVIEW_PRINT_MARGINS.header * 72, footer: REVIEW_PRINT_MARGINS.footer * 72,
};

function queuePageLayout(sheet: Excel.Worksheet, layout: SheetLayout): void {
  const page = sheet.pageLayout;
  page.orientation = layout.print.orientation === "landscape" ? "Landscape" : "Portrait";
  page.paperSize = layout.print.paperSize;
  page.centerHorizontally = true;
  page.leftMargin = MARGINS_POINTS.left;
  page.rightMargin = MARGINS_POINTS.right;
  page.topMargin = MARGINS_POINTS.top;
  page.bottomMargin = MARGINS_POINTS.bottom;
  page.headerMargin = MARGINS_POINTS.header;
  page.footerMargin = MARGINS_POINTS.footer;
  page.headersFooters.defaultForAllPages.leftFooter = "&8&A";
  page.headersFooters.defaultForAllPages.rightFooter = "&8&P / &N";
  if (layout.frozenRows > 0) page.setPrintTitleRows(`$1:$${layout.frozenRows}`);
  // One page wide, as many down as needed: 0 pages tall means "automatic", as in the file format's fitToHeight.
  // The zoom object is set whole (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-zoom-member).
  if (layout.print.fitToWidth) page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  // Manual breaks where each printed page ends, so that no heading is left alone at a page's foot and no chart is cut
  // (page-breaks.ts); a break goes above the given cell (https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection).
  if (isExcelApiSupported("1.9")) for (const row of reviewRowBreaks(layout)) sheet.horizontalPageBreaks.add(a1(row, 0));
}

/** office.js takes enum values as their strings, so the `Excel` enums are not needed at run time. */
const CHART_TYPES = {
  columnWithLine: "ColumnClustered",
  percentStackedColumn: "ColumnStacked100",
  stackedColumn: "ColumnStacked",
  clusteredColumn: "ColumnClustered",
  bar: "BarClustered",
  doughnut: "Doughnut",
  pie: "Pie",
} as const satisfies Readonly<Record<ChartKind, `${Excel.ChartType}`>>;

function queueChart(context: Excel.RequestContext, sheet: Excel.Worksheet, layout: SheetLayout, spec: ChartSpec): void {
  const rangeOf = (reference: string) => {
    const { sheet: name, address } = parseSheetReference(reference);
    return name.toLocaleLowerCase() === layout.name.toLocaleLowerCase() ? sheet.getRange(address) : context.workbook.worksheets.getItem(name).getRange(address);
  };
  const circular = spec.kind === "pie" || spec.kind === "doughnut";
  // Added with the first series' values, then every series is set explicitly from its references.
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], rangeOf(spec.series[0].valuesRef), "Columns");
  chart.title.text = spec.title;
  spec.series.forEach((source, index) => {
    const series = index === 0 ? chart.series.getItemAt(0) : chart.series.add(source.name);
    if (index === 0) series.name = source.name;
    series.setValues(rangeOf(source.valuesRef));
    series.setXAxisValues(rangeOf(source.categoriesRef));
    // A combo chart: added as clustered columns, then each line series made a line, on its axis.
    const line = spec.kind === "columnWithLine" && plotOf(source) === "line";
    if (line) series.chartType = "Line";
    if (spec.kind === "columnWithLine" && axisOf(source) === "secondary") series.axisGroup = "Secondary";
    if (source.color !== undefined && !circular) {
      const color = `#${source.color.replace(/^#/, "").toUpperCase()}`;
      if (line) series.format.line.color = color;
      else series.format.fill.setSolidColor(color);
    }
  });
  const valueFormat = spec.valueFormat ?? (spec.kind === "percentStackedColumn" ? "0%" : undefined);
  if (!circular && valueFormat !== undefined) chart.axes.valueAxis.numberFormat = valueFormat;
  if (spec.kind === "columnWithLine" && spec.secondaryValueFormat !== undefined && spec.series.some((series) => axisOf(series) === "secondary")) {
    chart.axes.getItem("Value", "Secondary").numberFormat = spec.secondaryValueFormat;
  }
  if (spec.kind === "bar") {
    // First category on top; the value axis crosses at the last category, which is now at the bottom.
    chart.axes.categoryAxis.reversePlotOrder = true;
    chart.axes.categoryAxis.position = "Maximum";
  }
  if (circular) {
    chart.dataLabels.showPercentage = true;
    chart.dataLabels.showValue = false;
  }
  const legend = spec.legend ?? "bottom";
  if (legend === "none") chart.legend.visible = false;
  else chart.legend.position = legend === "right" ? "Right" : "Bottom";
  const { fromColumn, fromRow, toColumn, toRow } = spec.anchor;
  // The end cell is covered whole; the anchor's corner is the top-left of (toColumn, toRow).
  chart.setPosition(a1(fromRow, fromColumn), a1(toRow - 1, toColumn - 1));
}

function checkCharts(layout: SheetLayout): void {
  for (const spec of layout.charts) {
    if (spec.series.length === 0) throw new Error(`Chart "${spec.title}": no series`);
    for (const series of spec.series) {
      parseSheetReference(series.valuesRef);
      parseSheetReference(series.categoriesRef);
    }
  }
}

async function writeReview(given: SheetLayout, options: WriteReviewOptions = {}): Promise<WriteReviewResult> {
  const { onProgress, signal } = options;
  // Every text through the workbook sanitizer, numbers Excel cannot store blank: what the data holds never fails the write.
  const { layout, cuts } = layoutForExcelApi(given);
  checkLayout(layout);
  checkCharts(layout);
  throwIfAborted(signal);
  return Excel.run(async (context) => {
    /** Once the review's old contents are cleared the rewrite is not abortable: it runs to its end. */
    let abortable = true;
    const stage = (name: WriteReviewStage) => {
      if (abortable) throwIfAborted(signal);
      onProgress?.(name);
    };
    stage("inspect");
    const sheets = await inspectSheets(context, (name) => isReviewSheetName(layout.name, name), inputArea(layout));
    const choice = chooseReviewSheet(layout.name, sheets);
    // The sheets passed in come back: the one replaced is an inventory sheet, with its proxy.
    const replaced = choice.replaces as InventorySheet | null;
    // An interrupted build's hidden sheet goes; one the operator made visible is left alone.
    const stale = sheets.filter((sheet) => sheet.building && !sheet.visible);
    const leftAlone = sheets.filter((sheet) => sheet.building && sheet.visible).map((sheet) => sheet.name);
    const extras = {
      ...(choice.taken === undefined ? {} : { renamedBecauseTaken: choice.taken }),
      ...(leftAlone.length === 0 ? {} : { leftAlone }),
      ...(cuts.length === 0 ? {} : { textsCut: cuts }),
    };

    if (replaced !== null) {
      // Refresh: the same sheet, rewritten in place.
      if (replaced.preload === null) throw new Error(`The review sheet "${replaced.name}" was not inspected for its rewrite`);
      const { layout: written, kept } = keepTypedInputs(layout, replaced.preload);
      const sheet = replaced.proxy;
      stage("cells");
      abortable = false;
      const groups = blockGroups(cellBlocks(written));
      for (const leftover of stale) leftover.proxy.delete();
      queueClear(sheet, replaced.preload);
      queueSheetShape(sheet, written);
      for (const group of groups) {
        pauseExcel(context, false);
        for (const block of group) queueBlock(sheet, block);
        await context.sync();
      }
      await queueRest(context, sheet, written, stage);
      pauseExcel(context, true);
      sheet.visibility = "Visible";
      sheet.customProperties.add(INPUTS_PROPERTY.key, recordInputs(layout));
      sheet.activate();
      await context.sync();
      return { sheetName: replaced.name, ...extras, ...(kept.length === 0 ? {} : { keptInputs: kept }) };
    }

    let building: Excel.Worksheet | null = null;
    try {
      stage("cells");
      const groups = blockGroups(cellBlocks(layout));
      for (const leftover of stale) leftover.proxy.delete();
      const created = context.workbook.worksheets.add(buildingSheetName(sheets.map((sheet) => sheet.name)));
      building = created;
      created.visibility = "Hidden";
      created.customProperties.add(OWNER_PROPERTY.key, OWNER_PROPERTY.value);
      created.customProperties.add(STATE_PROPERTY.key, STATE_PROPERTY.building);
      queueSheetShape(created, layout);
      for (const group of groups) {
        pauseExcel(context, false);
        for (const block of group) queueBlock(created, block);
        await context.sync();
      }
      await queueRest(context, created, layout, stage);
    } catch (error) {
      // The workbook as it was: the half-built sheet, hidden and made by this write, goes.
      await discardBuilding(context, building);
      throw error;
    }

    // Shown in one batch; nothing the operator made is touched.
    pauseExcel(context, true);
    building.visibility = "Visible";
    building.name = choice.name;
    building.customProperties.add(STATE_PROPERTY.key, STATE_PROPERTY.complete);
    building.customProperties.add(INPUTS_PROPERTY.key, recordInputs(layout));
    building.activate();
    await context.sync();
    return { sheetName: choice.name, ...extras };
  });
}

/** The formats and charts stages, one sync each; then the commit stage is reported. */
async function queueRest(context: Excel.RequestContext, sheet: Excel.Worksheet, layout: SheetLayout, stage: (name: WriteReviewStage) => void): Promise<void> {
  stage("formats");
  pauseExcel(context, false);
  queueLooks(sheet, layout);
  for (const format of layout.conditionalFormats) queueConditionalFormat(sheet, format);
  queuePageLayout(sheet, layout);
  await context.sync();

  stage("charts");
  pauseExcel(context, false);
  for (const spec of layout.charts) queueChart(context, sheet, layout, spec);
  await context.sync();
  stage("commit");
}

// ---- the outreach list ---------------------------------------------------------------------------

/** A list's column is this many characters wide at most, and at least its header's width. */
const LIST_COLUMN_WIDTH = { min: 8, max: 40 };
/** Column widths come from the header and this many rows below it. */
const LIST_ROWS_MEASURED = 200;

/** Rows of the list in chunks whose values and number formats stay under the request limit. */
function listChunks(list: ListSheet, rows: number): { from: number; to: number }[] {
  const formatBytes = rowJsonBytes(list.columnFormats);
  const chunks: { from: number; to: number }[] = [];
  let from = 0;
  let bytes = 0;
  for (let r = 0; r < rows; r++) {
    const size = rowJsonBytes(list.rows[r]) + formatBytes;
    if (r > from && bytes + size > CHUNK_BYTE_LIMIT) {
      chunks.push({ from, to: r });
      from = r;
      bytes = 0;
    }
    bytes += size;
  }
  if (rows > from) chunks.push({ from, to: rows });
  return chunks;
}

/**
 * Writes the list to its sheet (see `WorkbookGateway.writeListSheet`): the header bold and frozen,
 * text columns formatted as text before their values arrive (so a buyer id that starts with "="
 * stays text), the rows in chunks of one sync each, columns as wide as their content.
 */
async function writeListSheet(list: ListSheet, options: { readonly signal?: AbortSignal } = {}): Promise<WriteListSheetResult> {
  const { signal } = options;
  throwIfAborted(signal);
  const rows = Math.min(list.rows.length, SHEET_ROWS - 1);
  const columns = list.header.length;
  return Excel.run(async (context) => {
    const sheets = await inspectSheets(context, () => false, { rows: 0, columns: 0 });
    const choice = chooseReviewSheet(list.name, sheets);
    const replaced = choice.replaces as InventorySheet | null;
    let target: Excel.Worksheet;
    let building: Excel.Worksheet | null = null;
    try {
      if (replaced !== null) {
        target = replaced.proxy;
        target.getRange().clear("All");
        target.freezePanes.unfreeze();
      } else {
        target = building = context.workbook.worksheets.add(buildingSheetName(sheets.map((sheet) => sheet.name)));
        building.visibility = "Hidden";
        building.customProperties.add(OWNER_PROPERTY.key, OWNER_PROPERTY.value);
        building.customProperties.add(STATE_PROPERTY.key, STATE_PROPERTY.building);
      }
      const header = target.getRangeByIndexes(0, 0, 1, columns);
      header.numberFormat = [list.header.map(() => "@")];
      header.values = [[...list.header]];
      header.format.font.bold = true;
      target.freezePanes.freezeRows(1);
      const widths = list.header.map((text) => displayWidth(text));
      for (const row of list.rows.slice(0, LIST_ROWS_MEASURED)) row.forEach((cell, c) => (widths[c] = Math.max(widths[c], displayWidth(String(cell)))));
      widths.forEach((width, c) => {
        target.getRangeByIndexes(0, c, 1, 1).format.columnWidth = columnWidthPoints(Math.min(LIST_COLUMN_WIDTH.max, Math.max(LIST_COLUMN_WIDTH.min, width + 2)));
      });
      await context.sync();
      for (const { from, to } of listChunks(list, rows)) {
        // A rewrite in place has cleared the old list: it runs to its end, as the review's does.
        if (building !== null) throwIfAborted(signal);
        pauseExcel(context, false);
        const range = target.getRangeByIndexes(1 + from, 0, to - from, columns);
        range.numberFormat = Array.from({ length: to - from }, () => [...list.columnFormats]);
        range.values = list.rows.slice(from, to).map((row) => [...row]);
        await context.sync();
      }
    } catch (error) {
      await discardBuilding(context, building);
      throw error;
    }
    if (building !== null) {
      building.visibility = "Visible";
      building.name = choice.name;
      building.customProperties.add(STATE_PROPERTY.key, STATE_PROPERTY.complete);
      await context.sync();
    }
    return { sheetName: replaced?.name ?? choice.name, ...(choice.taken === undefined ? {} : { renamedBecauseTaken: choice.taken }), ...(rows < list.rows.length ? { rowsCut: list.rows.length - rows } : {}) };
  });
}

/** Rows read at a time below a cell that is not empty, looking for an empty one. */
const INSERT_SCAN_ROWS = 200;
const SHEET_ROWS = 1_048_576;

/** A cell is empty when it holds neither a value nor a formula. */
const isEmptyCell = (formula: unknown, value: unknown) => contentText(formula) === "" && contentText(value) === "";

async function insertFormula(formula: string): Promise<InsertedFormula> {
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange().getCell(0, 0);
    selected.load(["address", "rowIndex", "columnIndex", "formulas", "values"]);
    await context.sync();
    let target: Excel.Range = selected;
    if (!isEmptyCell(selected.formulas[0][0], selected.values[0][0])) {
      // Never over what the operator has: the first empty cell below, in the same column.
      const sheet = selected.worksheet;
      let found: Excel.Range | null = null;
      for (let row = selected.rowIndex + 1; found === null; row += INSERT_SCAN_ROWS) {
        if (row >= SHEET_ROWS) throw new Error(`${selected.address}: no empty cell below it`);
        const rows = Math.min(INSERT_SCAN_ROWS, SHEET_ROWS - row);
        const below = sheet.getRangeByIndexes(row, selected.columnIndex, rows, 1);
        below.load(["formulas", "values"]);
        await context.sync();
        const free = below.formulas.findIndex((cells, r) => isEmptyCell(cells[0], below.values[r][0]));
        if (free >= 0) found = sheet.getRangeByIndexes(row + free, selected.columnIndex, 1, 1);
      }
      target = found;
    }
    target.formulas = [[formula]];
    target.load("address");
    await context.sync();
    return { address: target.address, selected: selected.address };
  });
}

async function selectSheet(name: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}

// ---- settings ------------------------------------------------------------------------------------

async function loadSettings(): Promise<ReviewSettings | null> {
  return Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    if (parts.items.length === 0) return null;
    const xml = parts.items[0].getXml();
    await context.sync();
    return settingsFromXml(xml.value);
  });
}

/**
 * The document setting that opens EC Review's pane with the workbook for anyone who has the add-in
 * (the manifest's ShowTaskpane action has the TaskpaneId of the same name). Ignored where the add-in
 * is not installed. (https://learn.microsoft.com/office/dev/add-ins/develop/automatically-open-a-task-pane-with-a-document)
 */
export const AUTO_SHOW_SETTING = "Office.AutoShowTaskpaneWithDocument";

/**
 * Tags the workbook so that the pane opens with it, where the host has the autoopen feature
 * (AddInCommands 1.1) and document settings. A host that fails to save the tag only loses that: the
 * review is written either way.
 */
async function rememberPane(): Promise<void> {
  if (typeof Office === "undefined") return;
  const settings = Office.context?.document?.settings;
  if (settings === undefined || Office.context.requirements?.isSetSupported("AddInCommands", "1.1") !== true) return;
  if (settings.get(AUTO_SHOW_SETTING) === true) return;
  settings.set(AUTO_SHOW_SETTING, true);
  await new Promise<void>((resolve) => settings.saveAsync(() => resolve()));
}

async function saveSettings(settings: ReviewSettings): Promise<void> {
  await Excel.run(async (context) => {
    const parts = context.workbook.customXmlParts.getByNamespace(SETTINGS_NAMESPACE);
    parts.load("items/id");
    await context.sync();
    const xml = settingsToXml(settings);
    if (parts.items.length === 0) context.workbook.customXmlParts.add(xml);
    else {
      parts.items[0].setXml(xml);
      for (const extra of parts.items.slice(1)) extra.delete();
    }
    await context.sync();
  });
  await rememberPane();
}

/**
 * Deletes a sheet a failed write made and hid (null: none was made). A cleanup that fails leaves
 * the sheet to the next write, which rewrites or removes it; the write's own error says more.
 */
async function discardBuilding(context: Excel.RequestContext, building: Excel.Worksheet | null): Promise<void> {
  if (building === null) return;
  try {
    building.delete();
    await context.sync();
  } catch {
    // The first error says more.
  }
}
