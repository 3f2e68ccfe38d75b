import { describe, expect, it, vi } from "vitest";
import { numberFormats } from "../review/format-figures";
import { parseMonthRange } from "../review/review-period";
import { fakeWorkbook, sampleWorkbookSheets } from "../../test/support/fake-workbook";
import {
  buildReviewSheet, chooseTables, currentTables, isAbortError, readChosenTables, refreshScan, ReviewPipelineError, scanOf, scanWorkbook, settingsOf, stageProgress,
  type PaneChoices, type PipelineStage, type TableChoice, type WorkbookScan,
} from "./review-controller";
import { monthLabel } from "../engine/calendar";
import { defaultPeriod } from "../review/default-period";
import { detectTable } from "../review/tables/detect-table";
import { TAOBAO_ITEMS, TAOBAO_ORDERS } from "../../test/support/real-exports.fixture";
import { orderMappingOf, type ReviewRequest } from "../review/tables/review-request";

// Every detection passes through as it is, counted: a build must not detect a table the Data tab detected on rows unchanged since.
vi.mock("../review/tables/detect-table", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../review/tables/detect-table")>();
  return { ...actual, detectTable: vi.fn(actual.detectTable) };
});
const detections = vi.mocked(detectTable);

const SHEETS = sampleWorkbookSheets();
const NO_CHOICE: TableChoice = { sources: {}, overrides: {} };

/**
 * What the Build button hands over: the tables the Data tab chose, on `from` (a scan, or sheets
 * scanned apart from the gateway under test, whose calls then are the build's alone), and the form.
 */
async function request(
  from: WorkbookScan | Record<string, unknown[][]> = SHEETS, changes: Partial<ReviewRequest & PaneChoices> = {}, choice: TableChoice = NO_CHOICE,
): Promise<ReviewRequest & PaneChoices> {
  const scan = "best" in from ? (from as WorkbookScan) : await scanWorkbook(fakeWorkbook({ sheets: from as Record<string, unknown[][]> }));
  return {
    tables: chooseTables(scan, choice),
    overrides: choice.overrides,
    period: parseMonthRange("2025-06..2025-10")!,
    compare: "previous",
    targets: { gmv: 250000, aov: 180 },
    thresholds: { met: 1, near: 0.9 },
    locale: "zh-CN",
    ...changes,
  };
}

describe("scanWorkbook", () => {
  it("reads every source with progress and finds the best sheet of each kind", async () => {
    const stages: PipelineStage[] = [];
    const scan = await scanWorkbook(fakeWorkbook({ sheets: SHEETS, chunkRows: 200 }), { onStage: (stage) => stages.push(stage) });
    expect(scan.best).toEqual({ orders: "订单", adSpend: "推广", traffic: "流量", costs: null, items: null, experiments: null, touchpoints: null });
    expect(stages[0]).toEqual({ stage: "listing" });
    const reads = stages.filter((stage) => stage.stage === "reading" && stage.sheet === "订单");
    expect(reads.map((stage) => stage.stage === "reading" && stage.read)).toEqual([0, 200, 400, 600, 601]);
    expect(stages.at(-1)).toEqual({ stage: "detecting" });
  });

  it("leaves out the add-in's own sheets and empty ones", async () => {
    const gateway = fakeWorkbook({ sheets: { ...SHEETS, 空白: [] } });
    const listed = await gateway.listSources();
    gateway.listSources = async () => [...listed, { ...listed[0], name: "运营复盘", owned: true }];
    const scan = await scanWorkbook(gateway);
    expect(scan.sheets.map((sheet) => sheet.source.name)).toEqual(["订单", "推广", "流量"]);
    expect(gateway.calls).not.toContain("readSource:运营复盘");
  });
});

describe("choosing tables and columns", () => {
  it("lists the rows that will be skipped, with the sheet row and the reason", async () => {
    const scan = await scanWorkbook(fakeWorkbook({ sheets: SHEETS }));
    const read = readChosenTables(chooseTables(scan, { sources: {}, overrides: {} }));
    expect(read.notices).toEqual([]);
    expect(read.skipped.slice(0, 2)).toEqual([
      { sheet: "订单", row: 3, reason: "skip.unreadableAmountIn", params: { found: "about 80", column: "实付金额" } },
      { sheet: "订单", row: 5, reason: "skip.noPaidTime", params: { column: "订单付款时间" } },
    ]);
    expect(read.sources).toEqual(["订单", "推广", "流量"]);
  });

  it("applies the operator's overrides, and blocks the build when a required column is unmapped", async () => {
    const scan = await scanWorkbook(fakeWorkbook({ sheets: SHEETS }));
    const unmapped = chooseTables(scan, { sources: {}, overrides: { orders: { amount: null } } });
    expect(unmapped.orders!.detection.columns.amount).toBeUndefined();
    expect(readChosenTables(unmapped).notices).toEqual([
      { key: "pane.error.ordersMissing", params: { sheet: "订单" }, fields: ["amount"], blocking: true },
    ]);
    // Without a buyer the review is built, less its figures of buyers, and the pane says so.
    const buyerless = chooseTables(scan, { sources: {}, overrides: { orders: { buyer: null } } });
    expect(buyerless.orders!.detection.columns.buyer).toBeUndefined();
    const read = readChosenTables(buyerless);
    expect(read.notices).toEqual([{ key: "pane.notice.noBuyer", params: { sheet: "订单" }, blocking: false }]);
    expect(read.orders!.hasBuyers).toBe(false);
    expect(read.orders!.length).toBeGreaterThanOrEqual(readChosenTables(chooseTables(scan, { sources: {}, overrides: {} })).orders!.length);
    const moved = chooseTables(scan, { sources: {}, overrides: { orders: { channel: 5 } } });
    expect(moved.orders!.detection.columns.channel).toEqual({ column: 5, header: "宝贝标题", confidence: 1, source: "override" });
    // An override of a column the sheet no longer has is dropped.
    const stale = chooseTables(scan, { sources: {}, overrides: { orders: { channel: 40 } } });
    expect(stale.orders!.detection.columns.channel?.column).toBe(7);
  });

  it("dates the orders by a creation time named by its header, not by a date column guessed from its contents", async () => {
    // 下单时间 (creation, by header) and an unknown 记录时间 column of later dates, guessed to be the payment time.
    const orders = SHEETS["订单"].map((row, r) => [...row.map((cell, c) => (r === 0 && c === 2 ? "下单时间" : cell)), r === 0 ? "记录时间" : typeof row[2] === "number" ? row[2] + 3 : row[2]]);
    const scan = await scanWorkbook(fakeWorkbook({ sheets: { 订单: orders } }));
    const detection = chooseTables(scan, { sources: {}, overrides: {} }).orders!.detection;
    expect(detection.columns.createdTime).toMatchObject({ column: 2, source: "header" });
    expect(detection.columns.paidTime).toMatchObject({ column: orders[0].length - 1, source: "content" });
    const mapped = orderMappingOf(detection);
    expect("mapping" in mapped && mapped.mapping.time).toBe(2);
  });

  it("uses no table for a kind set to null, and a sheet for one kind only", async () => {
    const scan = await scanWorkbook(fakeWorkbook({ sheets: SHEETS }));
    const chosen = chooseTables(scan, { sources: { traffic: null, adSpend: "订单" }, overrides: {} });
    expect(chosen.traffic).toBeNull();
    expect(chosen.orders!.sheet).toBe("订单");
    expect(chosen.adSpend).toBeNull();
  });

  it("costs the orders from a cost sheet by item title when their own cost column is blank", async () => {
    const orders = SHEETS["订单"].map((row, r) => (r === 0 ? row.slice() : [...row.slice(0, 8), ""]));
    const titles = [...new Set(orders.slice(1).map((row) => row[5] as string))];
    const costSheet = [["宝贝标题", "成本价"], ...titles.map((title, i) => [title, 10 + i])];
    const scan = await scanWorkbook(fakeWorkbook({ sheets: { ...SHEETS, 订单: orders, 成本表: costSheet } }));
    expect(scan.best.costs).toBe("成本表");
    const read = readChosenTables(chooseTables(scan, { sources: {}, overrides: {} }));
    const table = read.orders!;
    expect(table.cost).not.toBeNull();
    // Every kept order: unit cost of its title × its quantity.
    for (let j = 0; j < table.length; j += 37) {
      const row = orders[table.sheetRow[j] - 1];
      expect(table.cost![j]).toBe((10 + titles.indexOf(row[5] as string)) * Number(row[6]));
    }
    const joined = read.notices.find((notice) => notice.key === "pane.notice.costsJoined");
    expect(joined).toMatchObject({ blocking: false, info: true, params: { sheet: "成本表", by: "pane.field.itemTitle", kept: 0, unmatched: 0 } });
    expect(read.sources).toContain("成本表");
    // The cost table's rows are read, and counted apart from the orders'.
    expect(read.rowsByTable).toEqual([
      { kind: "orders", sheet: "订单", rows: orders.length - 1 }, { kind: "adSpend", sheet: "推广", rows: SHEETS.推广.length - 1 },
      { kind: "traffic", sheet: "流量", rows: SHEETS.流量.length - 1 }, { kind: "costs", sheet: "成本表", rows: costSheet.length - 1 },
    ]);
  });

  it("says so when a cost sheet shares no column to match on, and reads the orders without it", async () => {
    const scan = await scanWorkbook(fakeWorkbook({ sheets: { ...SHEETS, 成本表: [["商家编码", "成本价"], ["SKU-1", 12]] } }));
    const read = readChosenTables(chooseTables(scan, { sources: { costs: "成本表" }, overrides: {} }));
    expect(read.notices).toEqual([{ key: "pane.notice.costsNoKey", params: { sheet: "成本表" }, blocking: false }]);
    expect(read.orders).not.toBeNull();
    expect(read.sources).not.toContain("成本表");
  });

  it("takes the orders' lines from a 宝贝报表 sheet, joined by 订单编号, and says how they met", async () => {
    const scan = await scanWorkbook(fakeWorkbook({ sheets: { 订单报表: TAOBAO_ORDERS, 宝贝报表: TAOBAO_ITEMS } }));
    expect(scan.best).toMatchObject({ orders: "订单报表", items: "宝贝报表" });
    const tables = chooseTables(scan, { sources: {}, overrides: {} });
    const read = readChosenTables(tables);
    const orders = read.orders!;
    // Three counted orders (the 交易关闭 one is not counted): the first has one item row, the last two.
    expect(orders.length).toBe(3);
    expect(Array.from(orders.lines.order)).toEqual([0, 1, 2, 2]);
    expect(Array.from(orders.lines.amount)).toEqual([128, 99.9, 192, 64]);
    expect(read.notices).toContainEqual({
      key: "pane.notice.itemsJoined", blocking: false, info: true,
      params: { sheet: "宝贝报表", by: "订单编号", lines: 4, orders: 3, unmatched: 0, notCounted: 1 },
    });
    expect(read.sources).toEqual(["订单报表", "宝贝报表"]);
    expect(read.rowsByTable).toEqual([{ kind: "orders", sheet: "订单报表", rows: TAOBAO_ORDERS.length - 1 }, { kind: "items", sheet: "宝贝报表", rows: TAOBAO_ITEMS.length - 1 }]);
    // "Not used": the orders keep their own lines.
    const without = readChosenTables(chooseTables(scan, { sources: { items: null }, overrides: {} }));
    expect(without.orders!.lines.length).toBe(3);
    expect(without.notices.some((notice) => notice.key === "pane.notice.itemsJoined")).toBe(false);
  });

  it("keeps the tables whose sheets hold the same rows, and detects a changed one again with the operator's columns", async () => {
    const sheets = sampleWorkbookSheets();
    const gateway = fakeWorkbook({ sheets });
    const scan = await scanWorkbook(gateway);
    const choice: TableChoice = { sources: {}, overrides: { orders: { channel: 5 } }, amountShape: "lines" };
    const asked = await request(scan, {}, choice);
    sheets["订单"][20] = [...sheets["订单"][20]];
    sheets["订单"][20][3] = 1;
    const listed = await gateway.listSources();
    const grids = new Map<string, readonly (readonly unknown[])[]>();
    for (const source of listed) grids.set(source.name, await gateway.readSource(source.name, { previous: scan.sheets.find((sheet) => sheet.source.name === source.name)!.grid }));
    const current = currentTables(asked, scanOf(listed, grids, scan));
    expect(current.adSpend).toBe(asked.tables.adSpend);
    expect(current.traffic).toBe(asked.tables.traffic);
    expect(current.orders).not.toBe(asked.tables.orders);
    expect(current.orders!.grid[20][3]).toBe(1);
    expect(current.orders!.detection.columns.channel).toMatchObject({ column: 5, source: "override" });
    expect(current.orders!.amountShape).toBe("lines");
  });

  it("proposes the last five full months of the orders as the period", async () => {
    const scan = await scanWorkbook(fakeWorkbook({ sheets: SHEETS }));
    const orders = readChosenTables(chooseTables(scan, { sources: {}, overrides: {} })).orders!;
    const period = defaultPeriod(orders)!;
    expect(period.to - period.from + 1).toBe(5);
  });
});

describe("buildReviewSheet", () => {
  it("shares the rows unchanged since the scan with it instead of holding the sheets twice", async () => {
    const sheets = sampleWorkbookSheets();
    const gateway = fakeWorkbook({ sheets });
    const scan = await scanWorkbook(gateway);
    sheets["订单"][9] = [...sheets["订单"][9]];
    sheets["订单"][9][3] = 999;
    const outcome = await buildReviewSheet(gateway, await request(scan), { previous: scan });
    const before = scan.sheets.find((sheet) => sheet.source.name === "订单")!.grid;
    const after = outcome.scan.sheets.find((sheet) => sheet.source.name === "订单")!.grid;
    expect(after[9][3]).toBe(999);
    expect(after[9]).not.toBe(before[9]);
    expect(after.filter((row, r) => row === before[r]).length).toBe(before.length - 1);
  });

  it("reads, computes, writes and saves the settings, in that order", async () => {
    const gateway = fakeWorkbook({ sheets: SHEETS });
    const stages: string[] = [];
    let clock = 1000;
    const outcome = await buildReviewSheet(gateway, await request(), {
      onStage: (stage) => stages.push(stage.stage === "writing" && stage.step !== null ? `writing:${stage.step}` : stage.stage),
      now: () => (clock += 1250),
    });
    expect([...new Set(stages)]).toEqual([
      "listing", "reading", "detecting", "computing", "writing", "writing:inspect", "writing:cells", "writing:formats", "writing:charts", "writing:commit", "outreach", "saving",
    ]);
    expect(gateway.calls).toEqual(["listSources", "readSource:订单", "readSource:推广", "readSource:流量", "writeReview", "writeListSheet", "saveSettings"]);
    expect(outcome.sheetName).toBe("运营复盘");
    expect(outcome.outreachSheet).toBe("分层触达名单");
    expect(outcome.rowsRead).toBe(SHEETS.订单.length - 1 + SHEETS.推广.length - 1 + SHEETS.流量.length - 1);
    expect(outcome.rowsByTable).toEqual([
      { kind: "orders", sheet: "订单", rows: SHEETS.订单.length - 1 }, { kind: "adSpend", sheet: "推广", rows: SHEETS.推广.length - 1 }, { kind: "traffic", sheet: "流量", rows: SHEETS.流量.length - 1 },
    ]);
    expect(outcome.skipped.length).toBeGreaterThanOrEqual(2);
    expect(outcome.elapsedMs).toBe(1250);
    expect(gateway.saved).toEqual([{
      version: 1, sources: { orders: "订单", adSpend: "推广", traffic: "流量" }, mappings: {}, period: "2025-06..2025-10",
      compare: "previous", targets: { gmv: 250000, aov: 180 }, thresholds: { met: 1, near: 0.9 }, language: "zh-CN",
    }]);
  });

  it("saves every optional table's sheet, the experiment table's too, and the tables set to Not used", async () => {
    const base = await request();
    const tables = { ...base.tables, experiments: { ...base.tables.orders!, sheet: "A/B 测试" } } as unknown as typeof base.tables;
    const settings = settingsOf({ ...base, tables, unused: ["costs", "items"] }, base.period!);
    expect(settings.sources).toEqual({ orders: "订单", adSpend: "推广", traffic: "流量", experiments: "A/B 测试" });
    expect(settings.unused).toEqual(["costs", "items"]);
  });

  it("writes the outreach list beside the review: each buyer of the review's segments once, ids and texts as text", async () => {
    const gateway = fakeWorkbook({ sheets: SHEETS });
    await buildReviewSheet(gateway, await request());
    const [list] = gateway.lists;
    expect(list.name).toBe("分层触达名单");
    expect(list.columnFormats).toEqual(["@", "@", "0", "0", "¥#,##0.00", "yyyy-mm-dd", "@"]);
    // The RFM table of the review sheet counts the same buyers per segment as the list holds.
    const layout = gateway.written[0];
    const segmentCount = (name: string) => list.rows.filter((row) => row[1] === name).length;
    const counted = layout.cells.filter((cell) => cell.column === 0 && typeof cell.value === "string" && segmentCount(cell.value) > 0);
    expect(counted.length).toBeGreaterThan(0);
    for (const label of counted) {
      const buyers = layout.cells.find((cell) => cell.row === label.row && cell.column === 1)?.value;
      expect(buyers, String(label.value)).toBe(segmentCount(String(label.value)));
    }
    expect(new Set(list.rows.map((row) => row[0])).size).toBe(list.rows.length);
  });

  it("reports the review's headline figures as its sheet states them: GMV, orders, AOV, and the GMV attainment with its status", async () => {
    const gateway = fakeWorkbook({ sheets: SHEETS });
    const { headline } = await buildReviewSheet(gateway, await request());
    // The review sheet's attainment table: metric, baseline, target, actual, attainment (a formula with its result), gap, status.
    const cells = gateway.written[0].cells;
    const gmvRow = cells.find((cell) => cell.column === 0 && cell.value === "GMV" && cells.some((other) => other.row === cell.row && other.column === 2 && other.value === 250000))!.row;
    const at = (column: number) => cells.find((cell) => cell.row === gmvRow && cell.column === column);
    expect(headline.from).toBe("2025-06");
    expect(headline.to).toBe("2025-10");
    expect(headline.gmv).toBeCloseTo(at(3)!.value as number, 2);
    expect(headline.gmvAttainment!.attainment).toBeCloseTo(at(4)!.result as number, 9);
    expect(headline.gmvAttainment!.attainment).toBeCloseTo(headline.gmv / 250000, 12);
    const status = headline.gmv >= 250000 ? "met" : headline.gmv >= 0.9 * 250000 ? "near" : "missed";
    expect(headline.gmvAttainment!.status).toBe(status);
    expect(headline.orders).toBeGreaterThan(0);
    expect(headline.aov).toBeCloseTo(headline.gmv / headline.orders, 9);

    const untargeted = await buildReviewSheet(fakeWorkbook({ sheets: SHEETS }), await request(SHEETS, { targets: { aov: 180 } }));
    expect(untargeted.headline.gmvAttainment).toBeNull();
    expect(untargeted.headline.gmv).toBe(headline.gmv);
  });

  it("takes the Data tab's reading of the tables when nothing changed since, and reads them again when a row did", async () => {
    const sheets = sampleWorkbookSheets();
    const gateway = fakeWorkbook({ sheets });
    const scan = await scanWorkbook(gateway);
    const asked = await request(scan);
    const read = readChosenTables(asked.tables);
    // A marked copy of the Data tab's reading: the build's outcome shows whether it was used.
    const marked = { ...read, rowsRead: 123_456 };
    const unchanged = await buildReviewSheet(gateway, asked, { previous: scan, read: marked });
    expect(unchanged.rowsRead).toBe(123_456);

    sheets["订单"][20] = [...sheets["订单"][20]];
    sheets["订单"][20][3] = 1;
    const changed = await buildReviewSheet(gateway, asked, { previous: scan, read: marked });
    expect(changed.rowsRead).toBe(read.rowsRead);
  });

  it("detects no table again while the Data tab's are unchanged, and only the sheet that changed once one did", async () => {
    const sheets = sampleWorkbookSheets();
    const gateway = fakeWorkbook({ sheets });
    const scan = await scanWorkbook(gateway);
    const asked = await request(scan);
    const read = readChosenTables(asked.tables);
    detections.mockClear();
    const unchanged = await buildReviewSheet(gateway, asked, { previous: scan, read });
    expect(detections).not.toHaveBeenCalled();
    // The build's scan carries the Data tab's detections on.
    unchanged.scan.sheets.forEach((sheet, i) => expect(sheet.detection).toBe(scan.sheets[i].detection));

    sheets["推广"][4] = [...sheets["推广"][4]];
    sheets["推广"][4][2] = 12_345;
    detections.mockClear();
    const changed = await buildReviewSheet(gateway, asked, { previous: scan, read });
    expect(detections.mock.calls.map(([, options]) => options?.sheetName)).toEqual(["推广"]);
    expect(changed.scan.sheets.find((sheet) => sheet.source.name === "推广")!.grid[4][2]).toBe(12_345);
  });

  it("remembers the optional tables set to \"Not used\" in the settings", async () => {
    const gateway = fakeWorkbook({ sheets: SHEETS });
    await buildReviewSheet(gateway, await request(SHEETS, { unused: ["traffic"] }, { sources: { traffic: null }, overrides: {} }));
    expect(gateway.saved[0]).toMatchObject({ sources: { orders: "订单", adSpend: "推广" }, unused: ["traffic"] });
    expect(gateway.calls).not.toContain("readSource:流量");
  });

  it("stops when cancelled: no write, no settings", async () => {
    const gateway = fakeWorkbook({ sheets: SHEETS, holdReads: true });
    const controller = new AbortController();
    const running = buildReviewSheet(gateway, await request(), {
      signal: controller.signal,
      onStage: (stage) => {
        if (stage.stage === "reading" && stage.read > 0) controller.abort();
      },
    });
    const error = await running.catch((caught: unknown) => caught);
    expect(isAbortError(error)).toBe(true);
    expect(gateway.calls).not.toContain("writeReview");
    expect(gateway.calls).not.toContain("saveSettings");
  });

  it("says which sheet is gone, and when the period has no orders", async () => {
    // The Data tab chose the orders on a sheet renamed or deleted since.
    await expect(buildReviewSheet(fakeWorkbook({ sheets: SHEETS }), await request({ 旧订单: SHEETS.订单 })))
      .rejects.toMatchObject({ key: "pane.error.sourceGone", params: { sheet: "旧订单" } });
    const error = await buildReviewSheet(fakeWorkbook({ sheets: SHEETS }), await request(SHEETS, { period: parseMonthRange("2026-01..2026-03")! })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReviewPipelineError);
    expect(error).toMatchObject({ key: "pane.error.periodNoOrders", params: { from: "2026-01", to: "2026-03", first: "2025-01", last: "2025-10" } });
  });

  it("covers the default period of the orders when the request names none, and remembers it", async () => {
    const asked = await request(SHEETS, { period: undefined });
    const proposed = defaultPeriod(readChosenTables(asked.tables).orders!)!;
    const outcome = await buildReviewSheet(fakeWorkbook({ sheets: SHEETS }), asked);
    expect(outcome.settings.period).toBe(`${monthLabel(proposed.from)}..${monthLabel(proposed.to)}`);
  });

  it("refreshes the scan with the sheets it read", async () => {
    const scan = await scanWorkbook(fakeWorkbook({ sheets: SHEETS }));
    const outcome = await buildReviewSheet(fakeWorkbook({ sheets: SHEETS }), await request(SHEETS, {}, { sources: { adSpend: null, traffic: null }, overrides: {} }));
    const refreshed = refreshScan(scan, outcome.scan);
    expect(refreshed.sheets.map((sheet) => sheet.source.name)).toEqual(["订单", "推广", "流量"]);
    expect(refreshed.sheets[0]).toBe(outcome.scan.sheets[0]);
    expect(refreshed.best).toBe(scan.best);
  });
});

describe("the review's currency", () => {
  /** The sample orders with their amounts written in `sign` (a number stays a number where `sign` is blank). */
  const ordersIn = (sign: (row: number) => string) => {
    const amount = SHEETS.订单[0].indexOf("实付金额");
    return SHEETS.订单.map((row, r) => (r === 0 || typeof row[amount] !== "number" ? row : row.map((cell, c) => (c === amount ? `${sign(r)}${cell}` : cell))));
  };

  it("finds the orders' currency, and blocks the build when the amounts are in two, naming the sheet rows of the other", async () => {
    const dollars = await scanWorkbook(fakeWorkbook({ sheets: { ...SHEETS, 订单: ordersIn(() => "US$") } }));
    const read = readChosenTables(chooseTables(dollars, { sources: {}, overrides: {} }));
    expect(read.currency).toMatchObject({ currency: "USD", source: "cells", header: "实付金额", others: [] });
    expect(read.notices.filter((notice) => notice.blocking)).toEqual([]);

    const mixed = await scanWorkbook(fakeWorkbook({ sheets: { ...SHEETS, 订单: ordersIn((r) => (r === 7 || r === 9 ? "€" : "US$")) } }));
    const blocked = readChosenTables(chooseTables(mixed, { sources: {}, overrides: {} }));
    // Grid rows 7 and 9 are sheet rows 8 and 10.
    expect(blocked.notices).toContainEqual({
      key: "pane.error.mixedCurrency", blocking: true, params: { sheet: "订单", currency: "USD", count: 2, others: "8, 10 (EUR)" },
    });
    const mixedSheets = { ...SHEETS, 订单: ordersIn((r) => (r === 7 || r === 9 ? "€" : "US$")) };
    const gateway = fakeWorkbook({ sheets: mixedSheets });
    await expect(buildReviewSheet(gateway, await request(mixedSheets, { currency: "USD" }))).rejects.toMatchObject({ key: "pane.error.mixedCurrency" });
    expect(gateway.written).toEqual([]);
  });

  it("writes the review in the orders' currency, or in the one the operator chose, and remembers the choice", async () => {
    const dollarSheets = { ...SHEETS, 订单: ordersIn(() => "US$") };
    const found = fakeWorkbook({ sheets: dollarSheets });
    const outcome = await buildReviewSheet(found, await request(dollarSheets));
    expect(outcome.currency).toBe("USD");
    expect(found.written[0].numberFormats.currency).toBe(numberFormats("USD", "zh-CN").currency);
    expect(found.written[0].numberFormats.currency).toContain('"US$"0"."0,"万"');
    expect(found.saved[0].currency).toBeUndefined();

    const chosen = fakeWorkbook({ sheets: dollarSheets });
    expect((await buildReviewSheet(chosen, await request(dollarSheets, { currency: "HKD", locale: "en-US" }))).currency).toBe("HKD");
    expect(chosen.written[0].numberFormats.currencyCents).toBe('"HK$"#,##0.00');
    expect(chosen.saved[0].currency).toBe("HKD");
  });

  it("keeps ¥ for the sample shop's yuan", async () => {
    const gateway = fakeWorkbook({ sheets: SHEETS });
    expect((await buildReviewSheet(gateway, await request())).currency).toBe("CNY");
    expect(gateway.written[0].numberFormats.currency).toBe(numberFormats("CNY", "zh-CN").currency);
    expect(gateway.written[0].numberFormats.currency).toContain('¥0"."0,"万"');
  });
});

describe("stageProgress", () => {
  it("moves forward through the stages", () => {
    const order: PipelineStage[] = [
      { stage: "listing" },
      { stage: "reading", sheet: "a", read: 0, total: 10, index: 0, count: 2 },
      { stage: "reading", sheet: "a", read: 10, total: 10, index: 0, count: 2 },
      { stage: "reading", sheet: "b", read: 5, total: 10, index: 1, count: 2 },
      { stage: "detecting" }, { stage: "computing" }, { stage: "writing", step: null }, { stage: "writing", step: "charts" }, { stage: "saving" },
    ];
    const values = order.map(stageProgress);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThanOrEqual(values[i - 1]);
    expect(values.at(-1)!).toBeLessThanOrEqual(1);
  });
});
