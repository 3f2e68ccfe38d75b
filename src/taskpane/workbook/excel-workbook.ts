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
 *   indentLevel, suspendScreenUpdatingUntilNextSync (https://learn.microsoft.com/javascript/api/excel/excel.pagelayout,
 *   …/excel.rangeareas, …/excel.application#excel-excel-application-suspendscreenupdatinguntilnextsync-member(1))
 * - ExcelApi 1.12: worksheet customProperties, which mark the sheets EC Review owns
 *   (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcustompropertycollection)
 *
 * Writing the review: the sheet is built in a new hidden sheet marked as owned and "building",
 * stage by stage (one sync each); only the last sync swaps it in: it deletes the owned sheet it
 * replaces, takes that sheet's name and place and shows it. Until then an abort or an error
 * deletes the half-built sheet and leaves the workbook as it was; a build interrupted harder (the
 * pane closed) leaves a hidden "building" sheet that the next write deletes. A sheet of the wanted
 * name that EC Review did not create is never written: the review takes "name (2)" instead.
 * Formulas elsewhere that pointed at the replaced review sheet show #REF! after a rebuild.
 */
import { a1, a1Range, type ConditionalFormat, type SheetLayout } from "../../review/sheet-layout";
import type { ChartKind, ChartSpec } from "../../xlsx/chart-parts";
import { axisOf, plotOf } from "../../xlsx/chart-xml";
import {
  cellBlocks, checkLayout, columnWidthPoints, columnWidthRuns, joinAddresses, lookAreas, parseLookKey, parseSheetReference,
  rowHeightRuns, type CellBlock,
} from "./layout-batches";
import { RepeatedTexts } from "../../engine/cells/repeated-texts";
import { appendRows, CHUNK_BYTE_LIMIT, ChunkSizer, gridJsonBytes } from "./read-chunks";
import { COLOR_SCALE_COLORS, rangeLook, STATUS_COLORS, type RangeLook } from "./review-look";
import { layoutForExcelApi } from "../../xlsx/layout-text";
import { reviewRowHeights } from "../../xlsx/review-row-heights";
import { buildingSheetName, chooseReviewSheet, type ExistingSheet } from "./review-sheet-name";
import { SETTINGS_NAMESPACE, settingsFromXml, settingsToXml } from "./settings-xml";
import type {
  HostSupport, ReadSourceOptions, ReviewSettings, SourceSheet, WorkbookGateway, WriteReviewOptions, WriteReviewResult, WriteReviewStage,
} from "./workbook-gateway";

/** The ExcelApi versions the gateway calls into, each checked by `hostSupport`. */
export const REQUIRED_EXCEL_API_VERSIONS = ["1.4", "1.5", "1.6", "1.7", "1.8", "1.9", "1.12"] as const;

/** Worksheet custom properties that mark a sheet EC Review created, and whether it is complete. */
export const OWNER_PROPERTY = { key: "ecReview.owner", value: "ec-review" } as const;
export const STATE_PROPERTY = { key: "ecReview.state", building: "building", complete: "complete" } as const;

export function createExcelWorkbook(): WorkbookGateway {
  return { hostSupport, listSources, readSource, writeReview, loadSettings, saveSettings, selectSheet, insertFormula };
}

// ---- host ----------------------------------------------------------------------------------------

function isExcelApiSupported(version: string): boolean {
  if (typeof Office === "undefined") return false;
  return Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;
}

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
}

/** Every sheet with its name, place and EC Review marks: two syncs. */
async function inspectSheets(context: Excel.RequestContext): Promise<InventorySheet[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/position");
  await context.sync();
  const marks = worksheets.items.map((sheet) => {
    const owner = sheet.customProperties.getItemOrNullObject(OWNER_PROPERTY.key);
    const state = sheet.customProperties.getItemOrNullObject(STATE_PROPERTY.key);
    owner.load("value");
    state.load("value");
    return { sheet, owner, state };
  });
  await context.sync();
  return marks.map(({ sheet, owner, state }) => {
    const owned = !owner.isNullObject && owner.value === OWNER_PROPERTY.value;
    return { proxy: sheet, name: sheet.name, position: sheet.position, owned, building: owned && !state.isNullObject && state.value === STATE_PROPERTY.building };
  });
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

/** Inches of the .xlsx writer's margins, in points. */
const MARGINS_POINTS = { left: 0.4 * 72, right: 0.4 * 72, top: 0.55 * 72, bottom: 0.6 * 72, header: 0.3 * 72, footer: 0.3 * 72 };

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
    const stage = (name: WriteReviewStage) => {
      throwIfAborted(signal);
      onProgress?.(name);
    };
    stage("inspect");
    const sheets = await inspectSheets(context);
    const choice = chooseReviewSheet(layout.name, sheets);
    // The sheets passed in come back: the one replaced is an inventory sheet, with its proxy.
    const replaced = choice.replaces as InventorySheet | null;
    const stale = sheets.filter((sheet) => sheet.building);

    let building: Excel.Worksheet | null = null;
    try {
      stage("cells");
      const groups = blockGroups(cellBlocks(layout));
      for (const sheet of stale) sheet.proxy.delete();
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

      stage("formats");
      pauseExcel(context, false);
      queueLooks(created, layout);
      for (const format of layout.conditionalFormats) queueConditionalFormat(created, format);
      queuePageLayout(created, layout);
      await context.sync();

      stage("charts");
      pauseExcel(context, false);
      for (const spec of layout.charts) queueChart(context, created, layout, spec);
      await context.sync();
      stage("commit");
    } catch (error) {
      // The workbook as it was: the half-built sheet goes (a cleanup that fails leaves it to the next write).
      if (building !== null) {
        try {
          building.delete();
          await context.sync();
        } catch {
          // The first error says more.
        }
      }
      throw error;
    }

    // The swap, in one batch; nothing the operator made is touched.
    pauseExcel(context, true);
    building.visibility = "Visible";
    if (replaced !== null) replaced.proxy.delete();
    building.name = choice.name;
    if (replaced !== null) building.position = replaced.position - stale.filter((sheet) => sheet.position < replaced.position).length;
    building.customProperties.add(STATE_PROPERTY.key, STATE_PROPERTY.complete);
    building.activate();
    await context.sync();
    return { sheetName: choice.name, ...(choice.taken === undefined ? {} : { renamedBecauseTaken: choice.taken }), ...(cuts.length === 0 ? {} : { textsCut: cuts }) };
  });
}

async function insertFormula(formula: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.getSelectedRange().getCell(0, 0).formulas = [[formula]];
    await context.sync();
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
}
