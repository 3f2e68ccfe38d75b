import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildReview } from "../../review/build-review";
import { axisNumberFormats } from "../../review/format-figures";
import { readChannelMonthTable } from "../../review/channel-month-table";
import { readOrderTable } from "../../review/order-table";
import { parseMonthRange } from "../../review/review-period";
import { numberFormats, type LayoutCell, type SheetLayout } from "../../review/sheet-layout";
import { generateSampleShop, type SampleShopTables } from "../../sample-shop/generate-sample-shop";
import type { ChartKind } from "../../review/sheet-layout/chart-spec";
import { reviewRowBreaks } from "../../review/sheet-layout/page-breaks";
import { createExcelWorkbook, OWNER_PROPERTY, REQUIRED_EXCEL_API_VERSIONS, STATE_PROPERTY } from "./excel-workbook";
import { cellBlocks } from "./layout-batches";
import { CHUNK_BYTE_LIMIT } from "./read-chunks";
import { EXCEL_ON_THE_WEB_PAYLOAD_LIMIT, RangeReference, RecordingExcel, type MockSheet } from "../../../test/support/recording-excel";
import type { ReviewSettings } from "./workbook-gateway";

// ---- fixtures ----------------------------------------------------------------------------------

const ORDERS = "订单";
const AD_SPEND = "广告花费";
const TRAFFIC = "流量";
const OPERATOR_SHEETS = [ORDERS, AD_SPEND, TRAFFIC];
const GENERATED_AT = new Date(Date.UTC(2025, 10, 3, 9, 30));

/** The review of a sample shop, as the pane builds it (column mapping of the sample order export). */
function reviewLayout(shop: SampleShopTables, targets = { gmv: 25e6, gmvGrowth: 0.25, aov: 180, aovGrowth: 0.15, repurchaseRate: 0.2, conversionRate: 0.035 }): SheetLayout {
  const orders = readOrderTable(shop.orders, { amount: 3, time: 2, buyer: 1, status: 4, itemTitle: 5, channel: 7, cost: 8 }, { sheet: ORDERS, headerRow: 0 });
  const spend = readChannelMonthTable(shop.adSpend, { date: 0, channel: 1, value: 2 }, { sheet: AD_SPEND, headerRow: 0 });
  const traffic = readChannelMonthTable(shop.traffic, { date: 0, channel: 1, value: 2 }, { sheet: TRAFFIC, headerRow: 0 });
  return buildReview({
    orders: orders.table, skipped: [...orders.skipped, ...spend.skipped, ...traffic.skipped], spend: spend.table, traffic: traffic.table,
    period: parseMonthRange("2025-06..2025-10")!, compare: "previous", targets, locale: "zh-CN", sources: [ORDERS, AD_SPEND, TRAFFIC], generatedAt: GENERATED_AT,
  }).sheet;
}

function operatorWorkbook(shop: SampleShopTables, extra: ConstructorParameters<typeof RecordingExcel>[0]["sheets"] = []): RecordingExcel {
  return new RecordingExcel({
    sheets: [{ name: ORDERS, grid: shop.orders }, { name: AD_SPEND, grid: shop.adSpend }, { name: TRAFFIC, grid: shop.traffic }, ...extra],
  });
}

/** Everything about a sheet, as one string: equal strings mean the sheet was not touched. */
function sheetState(sheet: MockSheet): string {
  return JSON.stringify({
    name: sheet.name, visibility: sheet.visibility, grid: sheet.grid, cells: [...sheet.cells], formats: sheet.formats, charts: sheet.charts,
    conditionalFormats: sheet.conditionalFormats, merges: sheet.merges, customProperties: [...sheet.customProperties], frozenRows: sheet.frozenRows,
    pageLayout: sheet.pageLayout, rowBreaks: sheet.rowBreaks, showGridlines: sheet.showGridlines, deleted: sheet.deleted,
  });
}

const EXPECTED_CHART_TYPES: Readonly<Record<ChartKind, string>> = {
  columnWithLine: "ColumnClustered", percentStackedColumn: "ColumnStacked100", stackedColumn: "ColumnStacked", clusteredColumn: "ColumnClustered",
  bar: "BarClustered", doughnut: "Doughnut", pie: "Pie",
};

/** The number format a layout cell must end up with in Excel. */
function expectedNumberFormat(cell: LayoutCell, layout: SheetLayout): string | undefined {
  if (cell.formula === undefined && typeof cell.value === "string") return "@";
  return cell.format === undefined ? undefined : layout.numberFormats[cell.format];
}

/** The address of `'Sheet'!$A$1:$A$5` as the stand-in records it: A1:A5. */
const addressOf = (reference: string) => reference.slice(reference.lastIndexOf("!") + 1).replace(/\$/g, "");

// ---- globals: Excel and Office.context.requirements ---------------------------------------------

const globals = globalThis as unknown as { Excel?: unknown; Office: { context: Record<string, unknown> } };
let supportedVersions = new Set<string>(REQUIRED_EXCEL_API_VERSIONS);

function install(excel: RecordingExcel): RecordingExcel {
  globals.Excel = excel.api;
  return excel;
}

beforeEach(() => {
  supportedVersions = new Set(REQUIRED_EXCEL_API_VERSIONS);
  globals.Office.context.requirements = { isSetSupported: (name: string, version: string) => name === "ExcelApi" && supportedVersions.has(version) };
});

afterEach(() => {
  delete globals.Excel;
  delete globals.Office.context.requirements;
});

const gateway = createExcelWorkbook();

let shop: SampleShopTables;
let layout: SheetLayout;

beforeAll(() => {
  shop = generateSampleShop({ orders: 1_000, seed: 20250601, dirtyRate: 0.1 });
  layout = reviewLayout(shop);
});

// ---- host ----------------------------------------------------------------------------------------

describe("hostSupport", () => {
  it("is supported when every ExcelApi version the gateway uses is", async () => {
    expect(await gateway.hostSupport()).toEqual({ supported: true, missing: [] });
  });

  it("names the sets the host lacks (Excel 2019 stops at ExcelApi 1.8)", async () => {
    supportedVersions = new Set(["1.4", "1.5", "1.6", "1.7", "1.8"]);
    expect(await gateway.hostSupport()).toEqual({ supported: false, missing: ["ExcelApi 1.9", "ExcelApi 1.12"] });
  });
});

// ---- reading -------------------------------------------------------------------------------------

describe("readSource", () => {
  it.each([1_000, 200_000])("reads %i orders in chunks: one sync per chunk, no response over 4 MB, the sheet untouched", async (orders) => {
    const tables = orders === 1_000 ? shop : generateSampleShop({ orders, seed: 20250601, dirtyRate: 0.1 });
    const excel = install(new RecordingExcel({ sheets: [{ name: ORDERS, grid: tables.orders }] }));
    const before = JSON.stringify(tables.orders);
    const progress: [number, number][] = [];

    const grid = await gateway.readSource(ORDERS, { onProgress: (read, total) => progress.push([read, total]) });

    // The used range (values only): the trailing blank rows of the export are not in it.
    const used = excel.sheet(ORDERS).usedBounds()!;
    const expected = tables.orders.slice(used.top, used.bottom + 1).map((row) => row.slice(used.left, used.right + 1).map((value) => value ?? ""));
    expect(grid.length).toBe(expected.length);
    expect(JSON.stringify(grid)).toBe(JSON.stringify(expected));

    const [locate, ...chunks] = excel.syncs;
    expect(locate.calls).toBe(0);
    expect(chunks.length).toBe(progress.length - 1);
    for (const chunk of chunks) {
      expect(chunk.loads).toBe(1);
      expect(chunk.responseBytes).toBeLessThanOrEqual(CHUNK_BYTE_LIMIT);
    }
    expect(progress[0]).toEqual([0, expected.length]);
    expect(progress[progress.length - 1]).toEqual([expected.length, expected.length]);
    expect(progress.every(([read], i) => i === 0 || read > progress[i - 1][0])).toBe(true);
    if (orders === 200_000) expect(chunks.length).toBeGreaterThan(5);
    else expect(chunks.length).toBe(1);
    expect(excel.calls).toEqual([]);
    expect(JSON.stringify(excel.sheet(ORDERS).grid)).toBe(before);
  });

  it("takes the rows unchanged since the previous reading from it, so a sheet read again is not held twice", async () => {
    const tables = generateSampleShop({ orders: 20_000, seed: 5, dirtyRate: 0.1 });
    const excel = install(new RecordingExcel({ sheets: [{ name: ORDERS, grid: tables.orders }] }));
    const first = await gateway.readSource(ORDERS);
    excel.sheet(ORDERS).grid[7][3] = 12345;
    const syncsBefore = excel.syncs.length;
    const second = await gateway.readSource(ORDERS, { previous: first });
    expect(JSON.stringify(second)).toBe(JSON.stringify(first.map((row, r) => (r === 7 ? [...row.slice(0, 3), 12345, ...row.slice(4)] : row))));
    expect(second[7]).not.toBe(first[7]);
    expect(second.filter((row, r) => row === first[r]).length).toBe(first.length - 1);
    // Nothing more is asked of Excel than for a first reading.
    expect(excel.syncs.length - syncsBefore).toBe(syncsBefore);
  });

  it("stops between chunks when the signal aborts", async () => {
    const tables = generateSampleShop({ orders: 30_000, seed: 3, dirtyRate: 0 });
    const excel = install(new RecordingExcel({ sheets: [{ name: ORDERS, grid: tables.orders }] }));
    const controller = new AbortController();
    const read = gateway.readSource(ORDERS, { signal: controller.signal, onProgress: (rows) => rows > 0 && controller.abort() });
    await expect(read).rejects.toMatchObject({ name: "AbortError" });
    expect(excel.syncs.length).toBe(2);
  });

  it("reads the same rows in smaller chunks when Excel refuses a response as too large", async () => {
    const excel = install(new RecordingExcel({ sheets: [{ name: ORDERS, grid: shop.orders }] }));
    excel.payloadLimit = 60_000;
    const grid = await gateway.readSource(ORDERS);
    expect(grid.length).toBe(excel.sheet(ORDERS).usedBounds()!.bottom + 1);
    expect(grid[0]).toEqual(shop.orders[0]);
    const refused = excel.syncs.filter((sync) => sync.responseBytes > 60_000);
    expect(refused.length).toBeGreaterThan(0);
  });

  it("reads a table with its header and without its total row, found by name when no sheet has it", async () => {
    const grid: unknown[][] = [[], [], [null, "渠道", "花费"], [null, "抖音", 120], [null, "小红书", 80], [null, "合计", 200]];
    const excel = install(new RecordingExcel({ sheets: [{ name: "Data", grid }], tables: [{ name: "Spend", sheet: "Data", address: "B3:C6", showTotals: true }] }));
    expect(await gateway.readSource("Spend")).toEqual([["渠道", "花费"], ["抖音", 120], ["小红书", 80]]);
    expect(await gateway.readSource("Spend", { kind: "table" })).toEqual([["渠道", "花费"], ["抖音", 120], ["小红书", 80]]);
    expect(await gateway.readSource("Data", { kind: "worksheet" })).toEqual([["渠道", "花费"], ["抖音", 120], ["小红书", 80], ["合计", 200]]);
    expect(excel.calls).toEqual([]);
  });

  it("gives an empty grid for an empty sheet and rejects a name that is neither sheet nor table", async () => {
    install(new RecordingExcel({ sheets: [{ name: "Empty" }] }));
    expect(await gateway.readSource("Empty")).toEqual([]);
    await expect(gateway.readSource("Nowhere")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("listSources", () => {
  it("lists every sheet's used range and every table, and which sheets EC Review owns", async () => {
    const excel = install(new RecordingExcel({
      sheets: [
        { name: ORDERS, grid: [["订单编号", "实付金额"], ["A1", 10], ["A2", 20]] },
        { name: "Data", grid: [[], [], [null, "渠道", "花费"], [null, "抖音", 120], [null, "合计", 120]] },
        { name: "Empty" },
        { name: "运营复盘", grid: [["运营复盘"]], customProperties: { [OWNER_PROPERTY.key]: OWNER_PROPERTY.value } },
      ],
      tables: [{ name: "Spend", sheet: "Data", address: "B3:C5", showTotals: true }],
    }));
    expect(await gateway.listSources()).toEqual([
      { name: ORDERS, kind: "worksheet", rows: 3, columns: 2, owned: false, address: "订单!A1:B3", firstRow: 1 },
      { name: "Data", kind: "worksheet", rows: 3, columns: 2, owned: false, address: "Data!B3:C5", firstRow: 3 },
      { name: "Empty", kind: "worksheet", rows: 0, columns: 0, owned: false, address: "", firstRow: 1 },
      { name: "运营复盘", kind: "worksheet", rows: 1, columns: 1, owned: true, address: "运营复盘!A1", firstRow: 1 },
      { name: "Spend", kind: "table", rows: 2, columns: 2, owned: false, address: "Data!B3:C4", firstRow: 3 },
    ]);
    expect(excel.syncs.length).toBe(2);
    expect(excel.calls).toEqual([]);
  });
});

// ---- writing -------------------------------------------------------------------------------------

describe("writeReview", () => {
  it("writes the review in a fixed number of syncs: cells in blocks, styles, merges, conditional formats, charts, page setup", async () => {
    const excel = install(operatorWorkbook(shop));
    const before = OPERATOR_SHEETS.map((name) => sheetState(excel.sheet(name)));
    const stages: string[] = [];

    const result = await gateway.writeReview(layout, { onProgress: (stage) => stages.push(stage) });

    expect(result).toEqual({ sheetName: "运营复盘" });
    expect(stages).toEqual(["inspect", "cells", "formats", "charts", "commit"]);
    expect(excel.syncs.length).toBe(6);
    expect(Math.max(...excel.syncs.map((sync) => sync.requestBytes))).toBeLessThan(CHUNK_BYTE_LIMIT);

    const review = excel.sheet("运营复盘");
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([...OPERATOR_SHEETS, "运营复盘"]);
    expect(review.visibility).toBe("Visible");
    expect(excel.activeSheet).toBe(review);
    expect(review.customProperties.get(OWNER_PROPERTY.key.toLowerCase())?.value).toBe(OWNER_PROPERTY.value);
    expect(review.customProperties.get(STATE_PROPERTY.key.toLowerCase())?.value).toBe(STATE_PROPERTY.complete);

    // Every cell: its value or formula and its number format, and nothing else.
    let written = 0;
    for (const cell of layout.cells) {
      const state = review.cells.get(`${cell.row}:${cell.column}`);
      if (cell.formula !== undefined) expect(state?.formula, `formula at ${cell.row}:${cell.column}`).toBe(cell.formula);
      else if (cell.value !== undefined && cell.value !== null) {
        expect(state?.value, `value at ${cell.row}:${cell.column}`).toBe(cell.value);
        expect(state?.formula).toBeUndefined();
      }
      expect(state?.numberFormat, `number format at ${cell.row}:${cell.column}`).toBe(expectedNumberFormat(cell, layout));
      if (state !== undefined) written++;
    }
    expect(review.cells.size).toBe(written);

    // In bulk: one assignment of values, formulas and number formats per block of rows, not per cell.
    const bulk = excel.calls.filter((call) => call.kind === "set" && ["values", "formulas", "numberFormat"].includes(call.member));
    expect(bulk.length).toBeLessThanOrEqual(3 * cellBlocks(layout).length);
    expect(bulk.length * 5).toBeLessThan(layout.cells.length);

    // Styles through range areas: the title's font, a header's fill, the section rules.
    const title = review.formats.filter((format) => format.address === "A1:K1");
    expect(title).toEqual(expect.arrayContaining([{ address: "A1:K1", path: "format.font.bold", value: true }, { address: "A1:K1", path: "format.font.size", value: 16 }]));
    expect(review.formats.some((format) => format.path === "format.fill.color" && format.value === "#EEF2F7")).toBe(true);
    expect(review.formats.some((format) => format.path === "format.borders(EdgeBottom).weight" && format.value === "Medium")).toBe(true);
    expect(review.formats.some((format) => format.path === "format.columnWidth")).toBe(true);
    expect(review.formats.some((format) => format.path === "format.rowHeight")).toBe(true);

    expect(review.merges).toEqual(layout.merges);
    expect(review.frozenRows).toBe(layout.frozenRows);
    expect(review.showGridlines).toBe(false);

    // Conditional formats: the heatmap's 3-colour scale, the status fills matched on the labels.
    const colorScale = layout.conditionalFormats.find((format) => format.kind === "colorScale")!;
    const statusFill = layout.conditionalFormats.find((format) => format.kind === "statusFill")!;
    const scales = review.conditionalFormats.filter((format) => format.type === "ColorScale");
    expect(scales.map((format) => format.range)).toEqual([colorScale.range]);
    expect(scales[0].props["colorScale.criteria"]).toEqual({
      minimum: { type: "LowestValue", color: "#F8696B" },
      midpoint: { type: "Percentile", formula: "50", color: "#FFEB84" },
      maximum: { type: "HighestValue", color: "#63BE7B" },
    });
    const fills = review.conditionalFormats.filter((format) => format.type === "CellValue");
    expect(fills.map((format) => format.range)).toEqual([statusFill.range, statusFill.range, statusFill.range]);
    expect(fills.map((format) => format.props["cellValue.rule"])).toEqual([
      { formula1: '="达成"', operator: "EqualTo" }, { formula1: '="接近"', operator: "EqualTo" }, { formula1: '="未达成"', operator: "EqualTo" },
    ]);
    expect(fills[0].props["cellValue.format.fill.color"]).toBe("#C6EFCE");

    // Charts: the type of each kind, every series from its references, the line on the secondary axis.
    expect(review.charts.map((chart) => chart.type)).toEqual(layout.charts.map((spec) => EXPECTED_CHART_TYPES[spec.kind]));
    review.charts.forEach((chart, i) => {
      const spec = layout.charts[i];
      expect(chart.props["title.text"]).toBe(spec.title);
      expect(chart.series.length).toBe(spec.series.length);
      spec.series.forEach((source, s) => {
        const series = chart.series[s];
        const values = series.calls.find((call) => call.member === "setValues")!.args[0] as RangeReference;
        const categories = series.calls.find((call) => call.member === "setXAxisValues")!.args[0] as RangeReference;
        expect(values.sheet).toBe(review);
        expect(categories.sheet).toBe(review);
        expect(values.address).toBe(addressOf(source.valuesRef));
        expect(categories.address).toBe(addressOf(source.categoriesRef));
        expect(series.props.name).toBe(source.name);
      });
      const { fromColumn, fromRow, toColumn, toRow } = spec.anchor;
      const position = chart.calls.find((call) => call.member === "setPosition")!.args;
      expect(position).toEqual([`${String.fromCharCode(65 + fromColumn)}${fromRow + 1}`, `${String.fromCharCode(64 + toColumn)}${toRow}`]);
    });
    const combo = review.charts[layout.charts.findIndex((spec) => spec.kind === "columnWithLine")];
    expect(combo.series.map((series) => [series.props.chartType, series.props.axisGroup])).toEqual([[undefined, undefined], ["Line", "Secondary"]]);
    // Both value axes in the review's number style: 万 from 10万 up in Chinese.
    expect(combo.props["axes.valueAxis.numberFormat"]).toBe(axisNumberFormats("zh-CN").amount);
    expect(combo.props["axes.getItem(Value,Secondary).numberFormat"]).toBe(axisNumberFormats("zh-CN").amount);
    expect(axisNumberFormats("zh-CN").amount).toContain('"万"');
    const bar = review.charts[layout.charts.findIndex((spec) => spec.kind === "bar")];
    expect(bar.props["axes.categoryAxis.reversePlotOrder"]).toBe(true);
    const doughnut = review.charts[layout.charts.findIndex((spec) => spec.kind === "doughnut")];
    expect(doughnut.props["dataLabels.showPercentage"]).toBe(true);

    // Page setup: A4 landscape, one page wide, the title rows on every page.
    expect(review.pageLayout.props).toMatchObject({
      orientation: "Landscape", paperSize: "A4", centerHorizontally: true, zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
    expect(review.pageLayout.calls).toContainEqual({ member: "setPrintTitleRows", args: ["$1:$2"] });
    // A manual break where each printed page ends, as the .xlsx writer writes them.
    expect(review.rowBreaks.length).toBeGreaterThan(0);
    expect(review.rowBreaks).toEqual(reviewRowBreaks(layout));

    // Recalculation paused in every write batch, screen updating in the one that shows the sheet.
    expect(excel.calls.filter((call) => call.member === "suspendApiCalculationUntilNextSync").map((call) => call.sync)).toEqual([2, 3, 4, 5]);
    expect(excel.calls.filter((call) => call.member === "suspendScreenUpdatingUntilNextSync").map((call) => call.sync)).toEqual([5]);

    // The operator's sheets: not one call, byte for byte as they were.
    expect(excel.calls.filter((call) => OPERATOR_SHEETS.includes(call.sheet ?? ""))).toEqual([]);
    expect(OPERATOR_SHEETS.map((name) => sheetState(excel.sheet(name)))).toEqual(before);
  });

  it("rewrites the review sheet in place on refresh: the same sheet, name and place, references to it kept, nothing else touched", async () => {
    const excel = install(operatorWorkbook(shop, [{ name: "汇总" }]));
    await gateway.writeReview(layout);
    const first = excel.sheet("运营复盘");
    const id = first.id;
    // The operator moved the review to the front, points a formula of their own at it, and typed a note on it.
    excel.sheets.splice(excel.sheets.indexOf(first), 1);
    excel.sheets.unshift(first);
    excel.sheet("汇总").cells.set("0:0", { formula: "='运营复盘'!D9*2" });
    first.cells.set("120:9", { value: "my note" });
    const refreshed = reviewLayout(shop, { gmv: 30e6, gmvGrowth: 0.3, aov: 200, aovGrowth: 0.2, repurchaseRate: 0.25, conversionRate: 0.04 });
    // …and dragged a page break to a row where the refreshed review has none.
    const dragged = [...Array(60).keys()].find((row) => row > 2 && !reviewRowBreaks(refreshed).includes(row))!;
    first.rowBreaks.push(dragged);
    const names = excel.sheets.map((sheet) => sheet.name);
    const mine = [...OPERATOR_SHEETS, "汇总"];
    const before = mine.map((name) => sheetState(excel.sheet(name)));
    const syncsBefore = excel.syncs.length;
    const callsBefore = excel.calls.length;

    expect(await gateway.writeReview(refreshed)).toEqual({ sheetName: "运营复盘" });

    const second = excel.sheet("运营复盘");
    expect(second).toBe(first);
    expect(second.id).toBe(id);
    expect(second.deleted).toBe(false);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(names);
    expect(excel.sheets[0]).toBe(second);
    expect(excel.calls.slice(callsBefore).filter((call) => call.member === "delete")).toEqual([]);
    // The operator's formula still points at the review (a deleted sheet would have made it #REF!).
    expect(excel.sheet("汇总").cells.get("0:0")).toEqual({ formula: "='运营复盘'!D9*2" });
    expect(excel.syncs.length - syncsBefore).toBe(6);
    expect(mine.map((name) => sheetState(excel.sheet(name)))).toEqual(before);
    expect(excel.calls.slice(callsBefore).filter((call) => mine.includes(call.sheet ?? ""))).toEqual([]);

    // The sheet holds the refreshed review and nothing of the old one: as a first build of it would.
    const fresh = install(operatorWorkbook(shop));
    await gateway.writeReview(refreshed);
    const built = fresh.sheet("运营复盘");
    const look = (sheet: MockSheet) => JSON.stringify({
      cells: [...sheet.cells].sort(([a], [b]) => a.localeCompare(b)), formats: sheet.formats.filter((format) => !format.path.startsWith("format.useStandard")),
      merges: sheet.merges, conditionalFormats: sheet.conditionalFormats, charts: sheet.charts.map((chart) => [chart.type, chart.props, chart.series.map((series) => series.props)]),
      frozenRows: sheet.frozenRows, rowBreaks: [...sheet.rowBreaks].sort((a, b) => a - b), showGridlines: sheet.showGridlines, visibility: sheet.visibility,
    });
    expect(look(second)).toBe(look(built));
    expect(second.cells.has("120:9")).toBe(false);
    expect(second.rowBreaks).not.toContain(dragged);
  });

  it("keeps the targets the operator typed into the review's target table; a target changed in the pane since wins", async () => {
    const excel = install(operatorWorkbook(shop));
    await gateway.writeReview(layout);
    const review = excel.sheet("运营复盘");
    const at = (key: string) => {
      const input = layout.inputs!.find((candidate) => candidate.key === key)!;
      return `${input.row}:${input.column}`;
    };
    const typed = (key: string) => review.cells.get(at(key));
    // Typed in Excel: a number over the GMV target, a formula into the AOV target.
    review.cells.set(at("target.gmv"), { ...typed("target.gmv"), value: 31_000_000 });
    review.cells.set(at("target.aov"), { numberFormat: typed("target.aov")?.numberFormat, formula: "=150+30" });
    const repurchase = { ...typed("target.repurchaseRate") };

    // Refresh with the pane's targets unchanged: the typed ones stay, the others are the pane's.
    const again = await gateway.writeReview(reviewLayout(shop));
    expect(again.keptInputs).toEqual(["target.gmv", "target.aov"]);
    expect(typed("target.gmv")?.value).toBe(31_000_000);
    expect(typed("target.aov")?.formula).toBe("=150+30");
    expect(typed("target.repurchaseRate")).toEqual(repurchase);
    // And again: what was typed is still the operator's, not the build's.
    expect((await gateway.writeReview(reviewLayout(shop))).keptInputs).toEqual(["target.gmv", "target.aov"]);
    expect(typed("target.gmv")?.value).toBe(31_000_000);

    // The GMV target changed in the pane since: the newer choice wins; the typed AOV target stays.
    const changed = await gateway.writeReview(reviewLayout(shop, { gmv: 40e6, gmvGrowth: 0.25, aov: 180, aovGrowth: 0.15, repurchaseRate: 0.2, conversionRate: 0.035 }));
    expect(changed.keptInputs).toEqual(["target.aov"]);
    expect(typed("target.gmv")?.value).toBe(40e6);
    expect(typed("target.aov")?.formula).toBe("=150+30");
  });

  it("never deletes a visible sheet: an interrupted build the operator unhid and wrote in, a copy of the review", async () => {
    const building = { [OWNER_PROPERTY.key]: OWNER_PROPERTY.value, [STATE_PROPERTY.key]: STATE_PROPERTY.building };
    const complete = { [OWNER_PROPERTY.key]: OWNER_PROPERTY.value, [STATE_PROPERTY.key]: STATE_PROPERTY.complete };
    const excel = install(operatorWorkbook(shop, [
      { name: "EC Review build 1", grid: [["notes I wrote here"]], customProperties: building },
      { name: "EC Review build 2", visibility: "Hidden", customProperties: building },
      { name: "运营复盘 copy", grid: [["a copy of last month's review"]], customProperties: complete },
    ]));
    const kept = ["EC Review build 1", "运营复盘 copy"];
    const before = kept.map((name) => sheetState(excel.sheet(name)));

    const first = await gateway.writeReview(layout);
    expect(first.leftAlone).toEqual(["EC Review build 1"]);
    const second = await gateway.writeReview(layout);
    expect(second.leftAlone).toEqual(["EC Review build 1"]);

    expect(kept.map((name) => sheetState(excel.sheet(name)))).toEqual(before);
    expect(excel.findSheet("EC Review build 2")).toBeUndefined();
    // The one sheet deleted was hidden; nothing was called on the visible ones.
    const deletes = excel.calls.filter((call) => call.member === "delete");
    expect(deletes.map((call) => call.sheet)).toEqual(["EC Review build 2"]);
    expect(excel.calls.filter((call) => kept.includes(call.sheet ?? ""))).toEqual([]);
  });

  it("never touches a sheet of the review's name that the operator made: the review takes a new name, and refresh keeps it", async () => {
    const excel = install(operatorWorkbook(shop, [{ name: "运营复盘", grid: [["我的手工复盘"], ["=不是公式"], [123]] }]));
    const mine = excel.sheet("运营复盘");
    const before = sheetState(mine);

    expect(await gateway.writeReview(layout)).toEqual({ sheetName: "运营复盘 (2)", renamedBecauseTaken: "运营复盘" });
    const review = excel.sheet("运营复盘 (2)");
    // The charts read the review's cells, not the operator's sheet of the layout's name.
    for (const chart of review.charts) {
      for (const series of chart.series) {
        for (const call of series.calls) expect((call.args[0] as RangeReference).sheet).toBe(review);
      }
    }
    expect(await gateway.writeReview(layout)).toEqual({ sheetName: "运营复盘 (2)", renamedBecauseTaken: "运营复盘" });
    expect(excel.findSheet("运营复盘 (3)")).toBeUndefined();

    expect(sheetState(mine)).toBe(before);
    expect(excel.calls.filter((call) => call.sheet === "运营复盘")).toEqual([]);
  });

  it("keeps text as text: values that look like formulas, numbers or dates get the Text format before they are written", async () => {
    const dangerous = ['=HYPERLINK("http://x")', "+86 138 0013 8000", "@user", "-12 元", "2025-06", "0012"];
    const small: SheetLayout = {
      name: "Check", columnWidths: [20, 12], merges: [], conditionalFormats: [], charts: [], frozenRows: 0, numberFormats: numberFormats("CNY", "zh-CN"),
      print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
      cells: [
        ...dangerous.map((value, row): LayoutCell => ({ row, column: 0, value, style: "body" })),
        { row: 0, column: 1, value: 0.125, format: "percent" },
        { row: 1, column: 1, formula: "=B1*2", result: 0.25, format: "percent" },
      ],
    };
    const excel = install(new RecordingExcel({ sheets: [{ name: "Data", grid: [[1]] }] }));
    await gateway.writeReview(small);
    const sheet = excel.sheet("Check");
    dangerous.forEach((value, row) => expect(sheet.cells.get(`${row}:0`)).toEqual({ numberFormat: "@", value }));
    expect(sheet.cells.get("1:1")).toEqual({ numberFormat: "0.0%", formula: "=B1*2" });
    const order = excel.calls.filter((call) => call.member === "numberFormat" || call.member === "values").map((call) => call.member);
    expect(order).toEqual(["numberFormat", "values"]);
  });

  it("leaves the workbook as it was when the signal aborts a first build between stages", async () => {
    const excel = install(operatorWorkbook(shop));
    const controller = new AbortController();
    const write = gateway.writeReview(layout, { signal: controller.signal, onProgress: (stage) => stage === "formats" && controller.abort() });
    await expect(write).rejects.toMatchObject({ name: "AbortError" });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(OPERATOR_SHEETS);
  });

  it("leaves the review as it was when a refresh is aborted before its cells are cleared, and finishes a refresh aborted after", async () => {
    const excel = install(operatorWorkbook(shop));
    await gateway.writeReview(layout);
    const review = excel.sheet("运营复盘");
    const names = excel.sheets.map((sheet) => sheet.name);
    const reviewBefore = sheetState(review);

    const early = new AbortController();
    const aborted = gateway.writeReview(layout, { signal: early.signal, onProgress: (stage) => stage === "inspect" && early.abort() });
    await expect(aborted).rejects.toMatchObject({ name: "AbortError" });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(names);
    expect(sheetState(review)).toBe(reviewBefore);

    // Once the old contents are gone, stopping would leave half a review: the rewrite runs to its end.
    const late = new AbortController();
    const stages: string[] = [];
    const refreshed = reviewLayout(shop, { gmv: 30e6, gmvGrowth: 0.25, aov: 180, aovGrowth: 0.15, repurchaseRate: 0.2, conversionRate: 0.035 });
    await gateway.writeReview(refreshed, { signal: late.signal, onProgress: (stage) => stages.push(stage) && stage === "formats" && late.abort() });
    expect(stages).toEqual(["inspect", "cells", "formats", "charts", "commit"]);
    expect(excel.sheet("运营复盘")).toBe(review);
    expect(review.charts.length).toBe(refreshed.charts.length);
  });

  it("writes text and numbers from the data Excel cannot take as Excel can: cleaned, cut (and reported), blank (Workbook text and numbers)", async () => {
    const excel = install(operatorWorkbook(shop));
    const below = Math.max(...layout.cells.map((cell) => cell.row)) + 2;
    const hostile: SheetLayout = {
      ...layout,
      cells: [
        ...layout.cells,
        { row: below, column: 0, value: "抖音\uFFFF\uD800" },
        { row: below + 1, column: 0, value: "长".repeat(40_000) },
        { row: below + 2, column: 0, value: Number.POSITIVE_INFINITY },
        { row: below + 2, column: 1, value: Number.NaN },
        { row: below + 3, column: 0, value: "_x0041_" },
      ],
    };
    const result = await gateway.writeReview(hostile);
    expect(result.textsCut).toEqual([{ where: `运营复盘!A${below + 2}`, length: 40_000, limit: 32_767, start: "长".repeat(20) }]);
    const review = excel.sheet("运营复盘");
    expect(review.cells.get(`${below}:0`)?.value).toBe("抖音");
    expect(review.cells.get(`${below + 1}:0`)?.value).toBe(`${"长".repeat(32_766)}…`);
    expect(review.cells.get(`${below + 2}:0`)?.value ?? null).toBeNull();
    expect(review.cells.get(`${below + 2}:1`)?.value ?? null).toBeNull();
    // The API takes text as shown: no OOXML escape.
    expect(review.cells.get(`${below + 3}:0`)?.value).toBe("_x0041_");
  });

  it("does nothing when the signal is already aborted", async () => {
    const excel = install(operatorWorkbook(shop));
    const controller = new AbortController();
    controller.abort();
    await expect(gateway.writeReview(layout, { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(excel.syncs).toEqual([]);
  });

  it("removes the hidden sheet an interrupted write left behind", async () => {
    const leftover = { [OWNER_PROPERTY.key]: OWNER_PROPERTY.value, [STATE_PROPERTY.key]: STATE_PROPERTY.building };
    const excel = install(operatorWorkbook(shop, [{ name: "EC Review build 1", visibility: "Hidden", customProperties: leftover }]));
    const stale = excel.sheet("EC Review build 1");
    await gateway.writeReview(layout);
    expect(stale.deleted).toBe(true);
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual([...OPERATOR_SHEETS, "运营复盘"]);
  });

  it("writes the review without page breaks where the host lacks ExcelApi 1.9's page break collection", async () => {
    supportedVersions.delete("1.9");
    const excel = install(operatorWorkbook(shop));
    expect(await gateway.writeReview(layout)).toEqual({ sheetName: "运营复盘" });
    expect(excel.calls.filter((call) => call.member.startsWith("horizontalPageBreaks"))).toEqual([]);
    expect(excel.sheet("运营复盘").rowBreaks).toEqual([]);
    // Refreshed likewise.
    await gateway.writeReview(layout);
    expect(excel.calls.filter((call) => call.member.startsWith("horizontalPageBreaks"))).toEqual([]);
  });

  it("removes the half-built sheet when Excel rejects a stage", async () => {
    const excel = install(operatorWorkbook(shop));
    const broken: SheetLayout = { ...layout, charts: [{ ...layout.charts[0], series: [{ ...layout.charts[0].series[0], valuesRef: "'No such sheet'!$A$1:$A$5" }] }] };
    await expect(gateway.writeReview(broken)).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(excel.sheets.map((sheet) => sheet.name)).toEqual(OPERATOR_SHEETS);
  });

  it("writes the review of 200,000 orders in the same 6 syncs, the order sheet byte for byte as it was", async () => {
    const big = generateSampleShop({ orders: 200_000, seed: 7, dirtyRate: 0.1 });
    const bigLayout = reviewLayout(big);
    const excel = install(operatorWorkbook(big));
    const before = JSON.stringify(excel.sheet(ORDERS).grid);
    await gateway.writeReview(bigLayout);
    expect(excel.syncs.length).toBe(6);
    expect(Math.max(...excel.syncs.map((sync) => sync.requestBytes))).toBeLessThan(CHUNK_BYTE_LIMIT);
    expect(JSON.stringify(excel.sheet(ORDERS).grid)).toBe(before);
    expect(excel.sheet(ORDERS).cells.size).toBe(0);
  });
});

describe("writeListSheet", () => {
  const FORMATS = ["@", "@", "0", "0", "¥#,##0.00", "yyyy-mm-dd", "@"];
  const HEADER = ["买家", "分层", "距最近一单（天）", "订单数", "消费金额", "最近一单日期", "建议动作"];
  const row = (buyer: string, i: number): (string | number)[] => [buyer, "重要价值客户", i % 90, 1 + (i % 4), 100 + i / 100, 45900 - (i % 90), "专属权益、新品优先试用，邀请加入会员"];
  const list = (buyers: readonly string[]) => ({ name: "分层触达名单", header: HEADER, rows: buyers.map(row), columnFormats: FORMATS });

  it("writes the list to a new sheet of its own, shown once complete, text columns as text before their values, the active sheet kept", async () => {
    const excel = install(operatorWorkbook(shop));
    const buyers = ['=HYPERLINK("http://x")', "+8613800138000", "tb001", "0012"];
    expect(await gateway.writeListSheet(list(buyers))).toEqual({ sheetName: "分层触达名单" });
    const sheet = excel.sheet("分层触达名单");
    expect(sheet.visibility).toBe("Visible");
    expect(sheet.customProperties.get(OWNER_PROPERTY.key.toLowerCase())?.value).toBe(OWNER_PROPERTY.value);
    expect(sheet.customProperties.get(STATE_PROPERTY.key.toLowerCase())?.value).toBe(STATE_PROPERTY.complete);
    expect(sheet.frozenRows).toBe(1);
    HEADER.forEach((text, column) => expect(sheet.cells.get(`0:${column}`)).toEqual({ numberFormat: "@", value: text }));
    buyers.forEach((buyer, r) => {
      expect(sheet.cells.get(`${r + 1}:0`), buyer).toEqual({ numberFormat: "@", value: buyer });
      row(buyer, r).forEach((value, column) => expect(sheet.cells.get(`${r + 1}:${column}`)).toEqual({ numberFormat: FORMATS[column], value }));
    });
    expect(excel.activeSheet?.name).toBe(ORDERS);
  });

  it("rewrites its own sheet in place, and never touches a sheet of that name the operator made", async () => {
    const excel = install(operatorWorkbook(shop, [{ name: "分层触达名单", grid: [["我的名单"]] }]));
    const mine = sheetState(excel.sheet("分层触达名单"));
    expect(await gateway.writeListSheet(list(["a", "b", "c"]))).toEqual({ sheetName: "分层触达名单 (2)", renamedBecauseTaken: "分层触达名单" });
    const written = excel.sheet("分层触达名单 (2)");
    expect(await gateway.writeListSheet(list(["d"]))).toEqual({ sheetName: "分层触达名单 (2)", renamedBecauseTaken: "分层触达名单" });
    expect(excel.sheet("分层触达名单 (2)")).toBe(written);
    expect(written.cells.get("1:0")?.value).toBe("d");
    // The longer list before is gone, not left below the new one.
    expect(written.cells.get("2:0")?.value).toBeUndefined();
    expect(sheetState(excel.sheet("分层触达名单"))).toBe(mine);
    expect(excel.calls.filter((call) => call.sheet === "分层触达名单")).toEqual([]);
  });

  it("writes a long list in chunks under Excel on the web's request limit, and leaves nothing when aborted", async () => {
    const buyers = Array.from({ length: 60_000 }, (_, i) => `买家昵称${i}号`);
    const excel = install(operatorWorkbook(shop));
    await gateway.writeListSheet(list(buyers));
    expect(excel.syncs.length).toBeGreaterThan(3);
    expect(Math.max(...excel.syncs.map((sync) => sync.requestBytes))).toBeLessThan(EXCEL_ON_THE_WEB_PAYLOAD_LIMIT);
    expect(excel.sheet("分层触达名单").cells.get("60000:0")?.value).toBe("买家昵称59999号");

    const aborted = install(operatorWorkbook(shop));
    const controller = new AbortController();
    controller.abort();
    await expect(gateway.writeListSheet(list(buyers), { signal: controller.signal })).rejects.toMatchObject({ name: "AbortError" });
    expect(aborted.sheets.map((sheet) => sheet.name)).toEqual(OPERATOR_SHEETS);
  });
});

describe("insertFormula", () => {
  it("puts the formula into the selected cell of the active sheet when it is empty, and nowhere else", async () => {
    const excel = install(new RecordingExcel({ sheets: [{ name: "A" }, { name: "B" }] }));
    excel.selection = { row: 4, column: 2 };
    expect(await gateway.insertFormula!("=EC.AOV(D2:D5001)")).toEqual({ address: "A!C5", selected: "A!C5" });
    const cells = [...excel.sheet("A").cells.entries()];
    expect(cells).toEqual([["4:2", { formula: "=EC.AOV(D2:D5001)" }]]);
    expect(excel.sheet("B").cells.size).toBe(0);
    expect(excel.syncs.length).toBe(2);
  });

  it("never overwrites the selected cell: a value or a formula there stays, the formula goes to the first empty cell below", async () => {
    // D2:D5 hold order amounts, D6 a formula of the operator's, D7 is empty.
    const grid = [["id", "", "", "amount"], ...[120, 80.5, 99, 45].map((amount, i) => [i + 1, "", "", amount])];
    const excel = install(new RecordingExcel({ sheets: [{ name: "订单", grid }] }));
    excel.sheet("订单").cells.set("5:3", { formula: "=SUM(D2:D5)" });
    excel.selection = { row: 2, column: 3 };
    const before = JSON.stringify(grid);

    expect(await gateway.insertFormula!("=EC.AOV(D2:D5001)")).toEqual({ address: "订单!D7", selected: "订单!D3" });
    expect(JSON.stringify(excel.sheet("订单").grid)).toBe(before);
    expect([...excel.sheet("订单").cells.entries()]).toEqual([["5:3", { formula: "=SUM(D2:D5)" }], ["6:3", { formula: "=EC.AOV(D2:D5001)" }]]);
  });
});

describe("selectSheet", () => {
  it("activates the sheet", async () => {
    const excel = install(new RecordingExcel({ sheets: [{ name: "A" }, { name: "B" }] }));
    await gateway.selectSheet("B");
    expect(excel.activeSheet?.name).toBe("B");
  });
});

// ---- settings ------------------------------------------------------------------------------------

describe("settings", () => {
  const settings: ReviewSettings = {
    version: 1,
    sources: { orders: ORDERS, adSpend: AD_SPEND },
    mappings: { orders: { amount: 3, buyer: null } },
    period: "2025-06..2025-10",
    compare: "previous",
    targets: { gmv: 25_000_000, gmvGrowth: 0.25, marginBand: { low: 0.08, high: 0.12 } },
    thresholds: { met: 1, near: 0.9 },
    language: "zh-CN",
  };

  it("are null in a workbook that has none, and load as they were saved", async () => {
    const excel = install(new RecordingExcel({ sheets: [{ name: "A" }] }));
    expect(await gateway.loadSettings()).toBeNull();
    await gateway.saveSettings(settings);
    expect(await gateway.loadSettings()).toEqual(settings);
    await gateway.saveSettings({ ...settings, compare: "yoy" });
    expect(excel.xmlParts.length).toBe(1);
    expect((await gateway.loadSettings())?.compare).toBe("yoy");
  });

  it("load as null when the part holds something this version cannot read", async () => {
    const excel = install(new RecordingExcel({ sheets: [{ name: "A" }] }));
    await gateway.saveSettings(settings);
    excel.xmlParts[0].xml = excel.xmlParts[0].xml.replace('"version":1', '"version":2');
    expect(await gateway.loadSettings()).toBeNull();
  });
});
