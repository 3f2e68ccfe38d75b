/**
 * Case 3: the task pane's round trips to Excel at a million orders, through the recording Excel
 * stand-in (test/support/recording-excel.ts) installed as the global `Excel`, as
 * excel-workbook.test.ts installs it: the office-js gateway (`createExcelWorkbook()`) reads the
 * order, ad spend and traffic sheets with `readSource` (chunked), the review is built from the
 * grids read (`readOrderTable`, `readChannelMonthTable` ×2, `buildReview`) and written back with
 * `writeReview`.
 *
 * The stand-in records every `context.sync()` with the bytes of its request (values and
 * arguments sent) and of its response (values loaded), as JSON with non-ASCII escaped, and refuses
 * a sync over Excel on the web's 5 MB as Excel does. Reported: the syncs of the order sheet's read
 * and of the write, the read's chunks, the largest request and the largest response, and the times.
 *
 * Goals: at most one sync per read chunk plus a fixed few to locate the range (a worksheet's used
 * range, or a table's range after a failed worksheet lookup: 2), at most 10 syncs for the whole
 * write, and no request or response over 4 MB (4 × 1024 × 1024 bytes).
 *
 * The times are the stand-in's, not Excel's: they include what the stand-in does to answer
 * (copying the used range's values, building each chunk's answer, measuring every payload as
 * JSON), and no network or Excel calculation. They say what the gateway costs in the pane's own
 * JavaScript plus a fixed overhead per cell, not how long Excel takes.
 */
import { collectGarbage, measureStages, runsFor, statsOf, type BenchContext, type ResultRow, type Stats } from "./harness";
import { COMPARE, REVIEW_PERIOD } from "./review-pipeline";
import { shopTables } from "./shop-fixtures";
import { readChannelMonthTable, type ChannelMonthMapping } from "../src/review/channel-month-table";
import { buildReview } from "../src/review/build-review";
import { readOrderTable, type OrderColumnMapping } from "../src/review/order-table";
import type { SheetLayout } from "../src/review/sheet-layout";
import { ORDER_HEADERS, type SampleShopTables } from "../src/sample-shop/generate-sample-shop";
import { createExcelWorkbook, REQUIRED_EXCEL_API_VERSIONS } from "../src/taskpane/workbook/excel-workbook";
import { RecordingExcel, type SyncRecord } from "../test/support/recording-excel";

const CASE = "3 Excel round trips";
/** Largest request or response allowed: 4 MB, under Excel on the web's 5 MB. */
export const PAYLOAD_GOAL_BYTES = 4 * 1024 * 1024;
/** Syncs a read may take beyond one per chunk, to locate its range (worksheet lookup, then table lookup). */
export const LOCATE_SYNCS = 2;
/** Syncs the whole write may take. */
export const WRITE_SYNCS_GOAL = 10;

const SHEETS = { orders: "订单", adSpend: "广告花费", traffic: "流量" } as const;
/** The mapping of the sample order export, as the pane's column mapping gives it (excel-workbook.test.ts uses the same). */
const ORDER_MAPPING: OrderColumnMapping = { amount: 3, time: 2, buyer: 1, status: 4, itemTitle: 5, channel: 7, cost: 8 };
const CHANNEL_MONTH_MAPPING: ChannelMonthMapping = { date: 0, channel: 1, value: 2 };
const TARGETS = { gmv: 25_000_000, gmvGrowth: 0.25, aov: 180, aovGrowth: 0.15, repurchaseRate: 0.2, conversionRate: 0.035 };

/** What one read through the gateway took. */
export interface ReadRecord {
  readonly sheet: string;
  readonly rows: number;
  /** Chunks read: progress reports after the first (which reports 0 rows). */
  readonly chunks: number;
  readonly syncs: readonly SyncRecord[];
  /** Milliseconds from the call to the first progress report: locating the range, before any chunk. */
  readonly locateMs: number;
}

/** What one whole build (read, review, write) took, in syncs and bytes. */
export interface RoundTrips {
  readonly reads: readonly ReadRecord[];
  readonly writeSyncs: readonly SyncRecord[];
  readonly sheetName: string;
  readonly layoutCells: number;
  readonly charts: number;
}

type Globals = { Excel?: unknown; Office?: { context?: { requirements?: unknown } } };

/**
 * Installs the stand-in as the global `Excel`, with `Office.context.requirements` supporting every
 * ExcelApi version the gateway asks for; returns a function that puts the globals back.
 */
function install(excel: RecordingExcel): () => void {
  const globals = globalThis as Globals;
  const hadOffice = "Office" in globals;
  const previousOffice = globals.Office;
  const previousExcel = globals.Excel;
  const office = previousOffice ?? {};
  const context = office.context ?? {};
  const previousRequirements = context.requirements;
  const supported = new Set<string>(REQUIRED_EXCEL_API_VERSIONS);
  context.requirements = { isSetSupported: (name: string, version: string) => name === "ExcelApi" && supported.has(version) };
  office.context = context;
  globals.Office = office;
  globals.Excel = excel.api;
  return () => {
    if (previousExcel === undefined) delete globals.Excel;
    else globals.Excel = previousExcel;
    if (previousRequirements === undefined) delete context.requirements;
    else context.requirements = previousRequirements;
    if (!hadOffice) delete globals.Office;
  };
}

function reviewLayout(grids: { orders: unknown[][]; adSpend: unknown[][]; traffic: unknown[][] }): SheetLayout {
  const orders = readOrderTable(grids.orders, ORDER_MAPPING, { sheet: SHEETS.orders, headerRow: 0 });
  const spend = readChannelMonthTable(grids.adSpend, CHANNEL_MONTH_MAPPING, { sheet: SHEETS.adSpend, headerRow: 0 });
  const traffic = readChannelMonthTable(grids.traffic, CHANNEL_MONTH_MAPPING, { sheet: SHEETS.traffic, headerRow: 0 });
  return buildReview({
    orders: orders.table, skipped: [...orders.skipped, ...spend.skipped, ...traffic.skipped], spend: spend.table, traffic: traffic.table,
    period: REVIEW_PERIOD, compare: COMPARE, targets: TARGETS, locale: "zh-CN", sources: [SHEETS.orders, SHEETS.adSpend, SHEETS.traffic],
    generatedAt: new Date(0),
  }).sheet;
}

/**
 * One build as the pane does it, on a fresh stand-in workbook holding the shop's three sheets:
 * read them, build the review, write it. `lap` marks the end of the "read", "review" and "write" stages.
 */
export async function roundTrips(shop: SampleShopTables, lap: (stage: string) => void = () => undefined): Promise<RoundTrips> {
  const excel = new RecordingExcel({
    sheets: [{ name: SHEETS.orders, grid: shop.orders }, { name: SHEETS.adSpend, grid: shop.adSpend }, { name: SHEETS.traffic, grid: shop.traffic }],
  });
  const uninstall = install(excel);
  try {
    const gateway = createExcelWorkbook();
    const reads: ReadRecord[] = [];
    const read = async (sheet: string) => {
      const first = excel.syncs.length;
      let reports = 0;
      const started = performance.now();
      let located = started;
      const grid = await gateway.readSource(sheet, { onProgress: () => reports++ === 0 && (located = performance.now()) });
      reads.push({ sheet, rows: grid.length, chunks: Math.max(0, reports - 1), syncs: excel.syncs.slice(first), locateMs: located - started });
      return grid;
    };
    const grids = { orders: await read(SHEETS.orders), adSpend: await read(SHEETS.adSpend), traffic: await read(SHEETS.traffic) };
    lap("read");
    const layout = reviewLayout(grids);
    lap("review");
    const first = excel.syncs.length;
    const result = await gateway.writeReview(layout);
    lap("write");
    return { reads, writeSyncs: excel.syncs.slice(first), sheetName: result.sheetName, layoutCells: layout.cells.length, charts: layout.charts.length };
  } finally {
    uninstall();
  }
}

const largest = (syncs: readonly SyncRecord[], key: "requestBytes" | "responseBytes") => syncs.reduce((most, sync) => Math.max(most, sync[key]), 0);
const count = (value: number) => value.toLocaleString("en-US");
const mb = (bytes: number) => bytes / 2 ** 20;

export async function excelRoundTripsCase(context: BenchContext): Promise<ResultRow[]> {
  const orders = context.largeSize;
  context.log(`  generating the sample shop (${count(orders)} orders)`);
  const shop = shopTables(orders);
  collectGarbage();
  context.log(`  reading, building and writing through the recording Excel stand-in`);
  const { stats, stages, result } = await measureStages((lap) => roundTrips(shop, lap), runsFor(context, orders));

  const [ordersRead, ...otherReads] = result.reads;
  const readSyncs = ordersRead.syncs.length;
  const readPass = readSyncs <= ordersRead.chunks + LOCATE_SYNCS;
  const otherPass = otherReads.every((read) => read.syncs.length <= read.chunks + LOCATE_SYNCS);
  const allSyncs = [...result.reads.flatMap((read) => read.syncs), ...result.writeSyncs];
  const largestRequest = largest(allSyncs, "requestBytes");
  const largestResponse = largest(allSyncs, "responseBytes");
  const writeSyncs = result.writeSyncs.length;
  // The chunks' syncs come after the lookup's.
  const readChunkBytes = ordersRead.syncs.slice(ordersRead.syncs.length - ordersRead.chunks).map((sync) => sync.responseBytes);
  const stage = (name: string): Stats => stages.get(name) ?? statsOf([0]);
  const payloadGoal = "≤ 4 MB";
  const others = otherReads.map((read) => `${read.sheet} ${count(read.rows)} rows in ${read.syncs.length} syncs / ${read.chunks} chunk(s)`).join(", ");

  return [
    {
      case: CASE, name: `read the order sheet: ${readSyncs} syncs for ${ordersRead.chunks} chunks`, n: orders, unit: "ms", stats: stage("read"),
      ratio: null, goal: `syncs ≤ chunks + ${LOCATE_SYNCS}`, pass: readPass && otherPass,
      note: `readSource of ${SHEETS.orders} (${count(ordersRead.rows)} rows × ${ORDER_HEADERS.length} columns, the used range: trailing blank rows left out): ` +
        `${readSyncs - ordersRead.chunks} sync(s) to locate the used range, then one per chunk; chunk responses of ` +
        `${count(Math.min(...readChunkBytes))}–${count(Math.max(...readChunkBytes))} bytes (the first sized from the column count, the last the rest). The time is all three reads (${others} too)` +
        ` in the stand-in, not Excel's time: of the order sheet's read, ${count(Math.round(ordersRead.locateMs))} ms (last run) went to the lookup, ` +
        `where the stand-in scans the whole grid for the used range and copies its values though only its address is loaded, ` +
        `and each chunk's answer is built and measured as JSON`,
    },
    {
      case: CASE, name: "build the review from the grids read", n: orders, unit: "ms", stats: stage("review"), ratio: null, goal: "", pass: null,
      note: `readOrderTable + readChannelMonthTable ×2 + buildReview: ${count(result.layoutCells)} cells, ${result.charts} charts`,
    },
    {
      case: CASE, name: `write the review sheet: ${writeSyncs} syncs`, n: orders, unit: "ms", stats: stage("write"), ratio: null,
      goal: `syncs ≤ ${WRITE_SYNCS_GOAL}`, pass: writeSyncs <= WRITE_SYNCS_GOAL,
      note: `writeReview into "${result.sheetName}": inspect (2 syncs), cells, formats, charts, commit; largest write request ` +
        `${count(largest(result.writeSyncs, "requestBytes"))} bytes`,
    },
    {
      case: CASE, name: "whole build: read + review + write", n: orders, unit: "ms", stats, ratio: null, goal: "", pass: null,
      note: `${readSyncs + otherReads.reduce((sum, read) => sum + read.syncs.length, 0) + writeSyncs} syncs in all`,
    },
    {
      case: CASE, name: "largest request of a sync", n: orders, unit: "MB", stats: statsOf([mb(largestRequest)]), ratio: null,
      goal: payloadGoal, pass: largestRequest <= PAYLOAD_GOAL_BYTES,
      note: `${count(largestRequest)} bytes (goal ${count(PAYLOAD_GOAL_BYTES)}), JSON with non-ASCII escaped, over the reads' and the write's syncs`,
    },
    {
      case: CASE, name: "largest response of a sync", n: orders, unit: "MB", stats: statsOf([mb(largestResponse)]), ratio: null,
      goal: payloadGoal, pass: largestResponse <= PAYLOAD_GOAL_BYTES,
      note: `${count(largestResponse)} bytes (goal ${count(PAYLOAD_GOAL_BYTES)}): a read chunk's values, JSON with non-ASCII escaped`,
    },
  ];
}
