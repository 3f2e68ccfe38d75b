/**
 * The review builder's pipeline, without React: list the workbook's sources, read them (with
 * progress), recognise their tables, read them into typed columns, build the review, write it and
 * remember the settings. Every Excel call goes through the `WorkbookGateway`; everything between
 * the calls is a pure function of its arguments, tested with a fake gateway.
 */
import type { AmountShape } from "../engine/orders/order-groups";
import type { MessageKey, MessageParams } from "../i18n/messages";
import { defaultPeriod, orderMonths, periodHasOrders } from "../review/default-period";
import type { CellGrid } from "../engine/cells/cell-value";
import { monthLabel } from "../engine/calendar";
import { buildReview } from "../review/build-review";
import { readChannelMonthTable } from "../review/channel-month-table";
import { readOrderTable, type OrderTable, type SkippedRow } from "../review/order-table";
import { joinCostTable, unitCostLookup } from "../review/cost-join";
import { joinItemTable } from "../review/item-join";
import { dataRowCount, tableRows } from "../review/table-rows";
import type { ChannelMonthTable } from "../review/review-inputs";
import type { ReviewSummary } from "../review/review-summary";
import { applyOverride } from "../review/tables/apply-override";
import { detectTable } from "../review/tables/detect-table";
import { detectTables } from "../review/tables/detect-tables";
import { channelMonthMappingOf, experimentMappingOf, orderMappingOf, touchpointMappingOf, type ChosenTable, type ChosenTables, type ReviewRequest } from "../review/tables/review-request";
import { readExperimentTable, type ExperimentRows } from "../review/experiments";
import { readTouchpointTable, type TouchpointRows } from "../review/attribution-review";
import type { TableDetection, TableDetectionOf } from "../review/tables/table-detection";
import { TABLE_KINDS, isFieldOf, type TableKind } from "../review/tables/table-fields";
import type { CurrencyCode } from "../engine/cells/detect-currency";
import { DEFAULT_STATUS_THRESHOLDS, type AttainmentStatus } from "../engine/metrics/attainment";
import { orderCurrency, otherCurrencyRowsText, reviewCurrency, type OrderCurrency } from "../review/order-currency";
import type { MonthRange } from "../review/review-period";
import { OPTIONAL_TABLE_KINDS, type ListSheet, type OptionalTableKind, type ReviewSettings, type SourceSheet, type WorkbookGateway, type WriteListSheetResult, type WriteReviewStage } from "./workbook/workbook-gateway";
import { segmentListTable, type SegmentListTable } from "../review/segment-list";
import { numberFormats } from "../review/sheet-layout";

/** The operator's column choices for each kind of table (as the settings keep them). */
export type TableOverrides = ReviewSettings["mappings"];

/** Where the pipeline is; the pane shows it next to the progress bar. */
export type PipelineStage =
  | { readonly stage: "listing" }
  /** Reading source `index` (0-based) of `count`: `read` of `total` rows so far. */
  | { readonly stage: "reading"; readonly sheet: string; readonly read: number; readonly total: number; readonly index: number; readonly count: number }
  | { readonly stage: "detecting" }
  | { readonly stage: "computing" }
  /** Writing the review sheet; `step` is the gateway's stage once it reports one. */
  | { readonly stage: "writing"; readonly step: WriteReviewStage | null }
  /** Writing the outreach list beside the review. */
  | { readonly stage: "outreach" }
  | { readonly stage: "saving" };

export interface PipelineOptions {
  readonly onStage?: (stage: PipelineStage) => void;
  readonly signal?: AbortSignal;
}

/** A message for the operator: a string-table key and its parameters. */
export interface PaneMessage {
  readonly key: MessageKey;
  readonly params?: MessageParams;
  /** Field codes the message names (shown as their labels, in the `{fields}` placeholder). */
  readonly fields?: readonly string[];
}

/** A failure the operator can act on (no order table, a required column unmapped …). */
export class ReviewPipelineError extends Error implements PaneMessage {
  readonly key: MessageKey;
  readonly params: MessageParams;
  readonly fields?: readonly string[];
  constructor(message: PaneMessage) {
    super(message.key);
    this.name = "ReviewPipelineError";
    this.key = message.key;
    this.params = message.params ?? {};
    this.fields = message.fields;
  }
}

/** True for the error a cancelled pipeline ends with. */
export function isAbortError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

function abortError(): Error {
  const error = new Error("The operation was cancelled.");
  error.name = "AbortError";
  return error;
}

function checkAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

/** Lets the pane paint the stage just announced before a long synchronous step. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const WRITE_STEPS: readonly WriteReviewStage[] = ["inspect", "cells", "formats", "charts", "commit"];

/**
 * How far along the pipeline is, in [0, 1], for the progress bar: reading takes the first 60%
 * (shared evenly between the sources), the other stages a fixed share each.
 */
export function stageProgress(stage: PipelineStage): number {
  switch (stage.stage) {
    case "listing": return 0.02;
    case "reading": {
      const within = stage.total > 0 ? Math.min(1, stage.read / stage.total) : 0;
      return 0.05 + 0.55 * ((stage.index + within) / Math.max(1, stage.count));
    }
    case "detecting": return 0.62;
    case "computing": return 0.7;
    case "writing": return 0.75 + 0.2 * (stage.step === null ? 0 : (WRITE_STEPS.indexOf(stage.step) + 1) / WRITE_STEPS.length);
    case "outreach": return 0.96;
    case "saving": return 0.97;
  }
}

// ---------------------------------------------------------------------------------------------
// Scanning: what tables the workbook holds

/** A source read and recognised. */
export interface ScannedSheet {
  readonly source: SourceSheet;
  readonly grid: CellGrid;
  /** What the sheet was taken for on its own; `null` when it holds no recognisable table. */
  readonly detection: TableDetection | null;
}

/** The workbook's sources and the best sheet found for each kind of table. */
export interface WorkbookScan {
  readonly sheets: readonly ScannedSheet[];
  readonly best: { readonly [K in TableKind]: string | null };
}

/** Sources the review can read: not the add-in's own sheets, not empty. */
export function readableSources(sources: readonly SourceSheet[]): SourceSheet[] {
  return sources.filter((source) => !source.owned && source.rows > 0 && source.columns > 0);
}

async function readSources(
  gateway: WorkbookGateway, sources: readonly SourceSheet[], options: PipelineOptions, previous?: WorkbookScan,
): Promise<Map<string, CellGrid>> {
  const grids = new Map<string, CellGrid>();
  for (let index = 0; index < sources.length; index++) {
    checkAborted(options.signal);
    const { name, rows } = sources[index];
    const count = sources.length;
    options.onStage?.({ stage: "reading", sheet: name, read: 0, total: rows, index, count });
    const grid = await gateway.readSource(name, {
      kind: sources[index].kind,
      previous: previous?.sheets.find((sheet) => sheet.source.name === name)?.grid,
      signal: options.signal,
      onProgress: (read, total) => options.onStage?.({ stage: "reading", sheet: name, read, total, index, count }),
    });
    grids.set(name, grid);
  }
  checkAborted(options.signal);
  return grids;
}

/**
 * Reads every source of the workbook and recognises its table: what the Data tab shows. The
 * sheets' grids are kept so that changing a mapping shows its skipped rows without reading again.
 */
export async function scanWorkbook(gateway: WorkbookGateway, options: PipelineOptions = {}): Promise<WorkbookScan> {
  options.onStage?.({ stage: "listing" });
  const sources = readableSources(await gateway.listSources());
  const grids = await readSources(gateway, sources, options);
  options.onStage?.({ stage: "detecting" });
  await nextTask();
  checkAborted(options.signal);
  return scanOf(sources, grids);
}

/**
 * True when a sheet read again holds the very rows it held: a sheet's rows unchanged since it was
 * last read are the same row objects (`WorkbookGateway.readSource` with `previous`, `appendRows`).
 */
function sameRows(before: { readonly firstRow: number; readonly grid: CellGrid }, after: { readonly firstRow: number; readonly grid: CellGrid }): boolean {
  if (before.firstRow !== after.firstRow || before.grid.length !== after.grid.length) return false;
  for (let r = 0; r < before.grid.length; r++) if (before.grid[r] !== after.grid[r]) return false;
  return true;
}

/**
 * The scan of sources already read (pure). A sheet that holds the very rows it held in `previous`
 * (read again, nothing in it changed) keeps the detection it had there; the others are detected.
 */
export function scanOf(sources: readonly SourceSheet[], grids: ReadonlyMap<string, CellGrid>, previous?: WorkbookScan): WorkbookScan {
  const named = sources.filter((source) => grids.has(source.name));
  const known = new Map<string, TableDetection | null>();
  for (const source of named) {
    const before = previous?.sheets.find((sheet) => sheet.source.name === source.name);
    const grid = grids.get(source.name)!;
    if (before !== undefined && sameRows({ firstRow: before.source.firstRow, grid: before.grid }, { firstRow: source.firstRow, grid })) {
      known.set(source.name, before.detection);
    }
  }
  const tables = detectTables(named.map((source) => ({ name: source.name, grid: grids.get(source.name)! })), { known });
  const sheets = named.map((source, i) => ({ source, grid: grids.get(source.name)!, detection: tables.sheets[i].detection }));
  const best = {} as Record<TableKind, string | null>;
  for (const kind of TABLE_KINDS) best[kind] = tables[kind]?.sheet ?? null;
  return { sheets, best };
}

/**
 * The scan with the sheets of `fresh` (read again by a build) in place of their old reading; the
 * best sheet of each kind stays as the full scan found it (pure).
 */
export function refreshScan(scan: WorkbookScan, fresh: WorkbookScan): WorkbookScan {
  const byName = new Map(fresh.sheets.map((sheet) => [sheet.source.name, sheet]));
  return { sheets: scan.sheets.map((sheet) => byName.get(sheet.source.name) ?? sheet), best: scan.best };
}

// ---------------------------------------------------------------------------------------------
// Choosing tables and columns

/**
 * The operator's choices on the Data tab: the sheet of each kind (`undefined` takes the detected
 * one, `null` uses none) and the columns they set by hand.
 */
export interface TableChoice {
  readonly sources: { readonly [K in TableKind]?: string | null };
  readonly overrides: TableOverrides;
  /** How the order table holds an order's amount over its rows, as the operator set it; recognised from the data when absent. */
  readonly amountShape?: AmountShape;
}

/** The sheet used for `kind`: the operator's choice, else the detected one. */
export function chosenSheet(scan: WorkbookScan, choice: TableChoice, kind: TableKind): string | null {
  const chosen = choice.sources[kind];
  if (chosen === null) return null;
  if (chosen !== undefined && scan.sheets.some((sheet) => sheet.source.name === chosen)) return chosen;
  return scan.best[kind];
}

/**
 * The detection of a grid as a table of `kind`, with the operator's overrides applied. Overrides
 * naming a column the table no longer has are dropped (the sheet changed since they were set).
 */
export function detectAs<K extends TableKind>(grid: CellGrid, sheet: string, kind: K, overrides: TableOverrides, detected?: TableDetection | null): TableDetectionOf<K> {
  let detection = (detected?.kind === kind ? detected : detectTable(grid, { kind, sheetName: sheet })) as TableDetectionOf<K>;
  const own: Readonly<Record<string, number | null | undefined>> = overrides[kind] ?? {};
  for (const [field, column] of Object.entries(own)) {
    if (column === undefined || !isFieldOf(kind, field)) continue;
    if (column !== null && (!Number.isInteger(column) || column < 0 || column >= detection.columnCount)) continue;
    detection = applyOverride(detection, field, column);
  }
  return detection;
}

/** The table of each kind the review will read (pure). */
export function chooseTables(scan: WorkbookScan, choice: TableChoice): ChosenTables {
  const chosen = {} as Record<TableKind, ChosenTable<TableKind> | null>;
  const taken = new Set<string>();
  for (const kind of TABLE_KINDS) {
    const name = chosenSheet(scan, choice, kind);
    const sheet = name === null || taken.has(name) ? undefined : scan.sheets.find((candidate) => candidate.source.name === name);
    if (sheet === undefined) {
      chosen[kind] = null;
      continue;
    }
    taken.add(sheet.source.name);
    chosen[kind] = {
      sheet: sheet.source.name, grid: sheet.grid, firstRow: sheet.source.firstRow, detection: detectAs(sheet.grid, sheet.source.name, kind, choice.overrides, sheet.detection),
      ...(kind === "orders" && choice.amountShape !== undefined ? { amountShape: choice.amountShape } : {}),
    };
  }
  return chosen as ChosenTables;
}

/** A problem with the chosen tables: a blocking one stops the build, the others leave a table out. */
export interface Notice extends PaneMessage {
  readonly blocking: boolean;
  /** Only for the operator's information (nothing is left out): shown as information, not as a warning. */
  readonly info?: boolean;
}

/** The tables read into columns, the rows left out, and what the operator should know. */
export interface ReadTables {
  readonly orders: OrderTable | null;
  readonly spend?: ChannelMonthTable;
  readonly traffic?: ChannelMonthTable;
  /** The experiment table's rows, when one was chosen. */
  readonly experiments?: ExperimentRows;
  /** The touchpoint table's rows, when one was chosen. */
  readonly touchpoints?: TouchpointRows;
  readonly skipped: readonly SkippedRow[];
  /** What the order amounts say of their currency; `null` without an order table whose amount is mapped. */
  readonly currency: OrderCurrency | null;
  /** Data rows read (below the header) across the tables used. */
  readonly rowsRead: number;
  /** The data rows read of each table used, in the Data tab's order: what the build summary lists. */
  readonly rowsByTable: readonly TableRowsRead[];
  readonly notices: readonly Notice[];
  readonly sources: readonly string[];
}

/** The data rows (below the header, blank ones included) read from one table's sheet. */
export interface TableRowsRead {
  readonly kind: TableKind;
  readonly sheet: string;
  readonly rows: number;
}

/**
 * Reads the chosen tables into typed columns (pure): the orders — with their costs from the cost
 * table when one is chosen (see `joinCostTable`: an order's own cost is kept, blanks are filled by
 * unit cost × quantity) and the currency of their amounts (`orderCurrency`: amounts in more than
 * one currency block the build, naming the sheet rows of the other ones) — with their lines from the
 * item table when one is chosen (see `joinItemTable`: the item rows of each order, costed by the
 * cost table; the orders themselves unchanged), and the ad spend and traffic tables when their
 * columns are mapped.
 */
export function readChosenTables(tables: ChosenTables): ReadTables {
  const notices: Notice[] = [];
  const skipped: SkippedRow[] = [];
  const sources: string[] = [];
  const rowsByTable: TableRowsRead[] = [];
  let rowsRead = 0;
  let orders: OrderTable | null = null;
  let currency: OrderCurrency | null = null;
  if (tables.orders === null) {
    notices.push({ key: "pane.error.noOrders", blocking: true });
  } else {
    const { sheet, detection } = tables.orders;
    const mapped = orderMappingOf(detection);
    if ("missing" in mapped) {
      notices.push({ key: "pane.error.ordersMissing", params: { sheet }, fields: mapped.missing, blocking: true });
    } else {
      // Without a buyer (抖店, 拼多多 exports) the review is built, less its figures of buyers: say which.
      if (mapped.mapping.buyer === undefined) notices.push({ key: "pane.notice.noBuyer", params: { sheet }, blocking: false });
      const rows = tableRows(tables.orders, tables.orders.firstRow);
      const { grid, rowsCut, options } = rows;
      currency = orderCurrency(rows, { amount: detection.columns.amount!, headers: detection.headers });
      if (currency.others.length > 0) {
        notices.push({
          key: "pane.error.mixedCurrency", blocking: true,
          params: { sheet, currency: currency.currency!, count: currency.others.reduce((sum, other) => sum + other.count, 0), others: otherCurrencyRowsText(currency.others) },
        });
      }
      const join = tables.costs === null ? null : joinCostTable(tables.orders, tables.costs);
      // With an item table whose lines the costs can be matched to, the costs are reported with the items.
      const itemsCosted = tables.items !== null && tables.costs !== null && unitCostLookup(tables.items.detection.columns, tables.costs) !== null;
      if (tables.costs !== null && !itemsCosted) {
        notices.push(join === null
          ? { key: "pane.notice.costsNoKey", params: { sheet: tables.costs.sheet }, blocking: false }
          : {
            key: "pane.notice.costsJoined", blocking: false, info: join.unmatched === 0,
            params: { sheet: tables.costs.sheet, by: join.by === "sku" ? "pane.field.sku" : "pane.field.itemTitle", matched: join.matched, kept: join.kept, unmatched: join.unmatched },
          });
      }
      // The costs are indexed like the sheet's grid; tableRows may have cut the rows above the data.
      const costs = join?.costs.subarray(rowsCut);
      const read = readOrderTable(grid, mapped.mapping, { ...options, costs, amountShape: tables.orders.amountShape });
      orders = read.table;
      skipped.push(...read.skipped);
      rowsRead += dataRowCount(rows);
      rowsByTable.push({ kind: "orders", sheet, rows: dataRowCount(rows) });
      sources.push(sheet);
      if (join !== null || itemsCosted) {
        sources.push(tables.costs!.sheet);
        rowsByTable.push({ kind: "costs", sheet: tables.costs!.sheet, rows: dataRowCount(tableRows(tables.costs!, tables.costs!.firstRow)) });
      }
      const items = tables.items;
      if (items !== null && items.detection.columns.orderId !== undefined) {
        if (mapped.mapping.orderId === undefined) {
          notices.push({ key: "pane.notice.itemsNoOrderId", params: { sheet: items.sheet }, blocking: false });
        } else {
          const ids = { grid, column: mapped.mapping.orderId, dataStart: options.headerRow === null ? 0 : options.headerRow + 1, firstSheetRow: options.firstSheetRow ?? 1 };
          const itemJoin = joinItemTable(orders, ids, { sheet: items.sheet, grid: items.grid, detection: items.detection, firstSheetRow: items.firstRow }, tables.costs ?? undefined);
          if (itemJoin !== null) {
            orders = itemJoin.table;
            skipped.push(...itemJoin.skipped);
            const itemRows = Math.max(0, items.grid.length - items.detection.firstDataRow);
            rowsRead += itemRows;
            rowsByTable.push({ kind: "items", sheet: items.sheet, rows: itemRows });
            sources.push(items.sheet);
            notices.push({
              key: "pane.notice.itemsJoined", blocking: false, info: itemJoin.unmatched === 0 && itemJoin.skipped.length === 0,
              params: { sheet: items.sheet, by: itemJoin.by, lines: itemJoin.lines, orders: itemJoin.orders, unmatched: itemJoin.unmatched, notCounted: itemJoin.notCounted },
            });
            if (itemJoin.costs !== null && tables.costs !== null) {
              notices.push({
                key: "pane.notice.itemCosts", blocking: false, info: itemJoin.costs.unmatched === 0,
                params: { sheet: tables.costs.sheet, by: itemJoin.costs.by === "sku" ? "pane.field.sku" : "pane.field.itemTitle", matched: itemJoin.costs.matched, unmatched: itemJoin.costs.unmatched },
              });
            }
          }
        }
      } else if (items !== null) {
        notices.push({ key: "pane.notice.tableLeftOut", params: { sheet: items.sheet }, fields: ["orderId"], blocking: false });
      }
      if (orderMonths(read.table) === null) {
        notices.push({ key: "pane.error.noCountedOrders", params: { sheet, skipped: read.skipped.length, excluded: read.table.excludedByStatus }, blocking: true });
      }
    }
  }
  const channelTables: Partial<Record<"adSpend" | "traffic", ChannelMonthTable>> = {};
  for (const kind of ["adSpend", "traffic"] as const) {
    const chosen = tables[kind];
    if (chosen === null) continue;
    const mapped = channelMonthMappingOf(chosen.detection);
    if ("missing" in mapped) {
      notices.push({ key: "pane.notice.tableLeftOut", params: { sheet: chosen.sheet }, fields: mapped.missing, blocking: false });
      continue;
    }
    const rows = tableRows(chosen, chosen.firstRow);
    const { grid, options } = rows;
    const read = readChannelMonthTable(grid, mapped.mapping, options);
    channelTables[kind] = read.table;
    skipped.push(...read.skipped);
    rowsRead += dataRowCount(rows);
    rowsByTable.push({ kind, sheet: chosen.sheet, rows: dataRowCount(rows) });
    sources.push(chosen.sheet);
  }
  let experiments: ExperimentRows | undefined;
  const experimentTable = tables.experiments;
  if (experimentTable !== null) {
    const ordersMarkArms = orders?.arm !== undefined;
    const mapped = experimentMappingOf(experimentTable.detection, ordersMarkArms);
    if ("missing" in mapped) notices.push({ key: "pane.notice.tableLeftOut", params: { sheet: experimentTable.sheet }, fields: mapped.missing, blocking: false });
    else {
      const rows = tableRows(experimentTable, experimentTable.firstRow);
      const read = readExperimentTable(rows.grid, mapped.mapping, { ...rows.options, conversionsFromOrders: ordersMarkArms });
      experiments = read.table;
      skipped.push(...read.skipped);
      rowsRead += dataRowCount(rows);
      rowsByTable.push({ kind: "experiments", sheet: experimentTable.sheet, rows: dataRowCount(rows) });
      sources.push(experimentTable.sheet);
    }
  }
  let touchpoints: TouchpointRows | undefined;
  const touchTable = tables.touchpoints;
  if (touchTable !== null) {
    const mapped = touchpointMappingOf(touchTable.detection);
    if ("missing" in mapped) notices.push({ key: "pane.notice.tableLeftOut", params: { sheet: touchTable.sheet }, fields: mapped.missing, blocking: false });
    else {
      const rows = tableRows(touchTable, touchTable.firstRow);
      const read = readTouchpointTable(rows.grid, mapped.mapping, rows.options);
      touchpoints = read.table;
      skipped.push(...read.skipped);
      rowsRead += dataRowCount(rows);
      rowsByTable.push({ kind: "touchpoints", sheet: touchTable.sheet, rows: dataRowCount(rows) });
      sources.push(touchTable.sheet);
    }
  }
  // In the Data tab's order.
  rowsByTable.sort((a, b) => TABLE_KINDS.indexOf(a.kind) - TABLE_KINDS.indexOf(b.kind));
  return { orders, spend: channelTables.adSpend, traffic: channelTables.traffic, experiments, touchpoints, skipped, currency, rowsRead, rowsByTable, notices, sources };
}

// ---------------------------------------------------------------------------------------------
// Building

/**
 * What the pane saves beside the review, besides the `ReviewRequest`, to build it again
 * (`settingsOf`): the operator's column choices, and the pane's own settings.
 */
export interface PaneChoices {
  /** The column choices the request's tables were chosen with (`chooseTables`); a sheet changed since is detected again with them. */
  readonly overrides: TableOverrides;
  /** Optional tables the operator set to "Not used" (remembered, so that they are not detected again). */
  readonly unused?: readonly OptionalTableKind[];
  /** True when the pane follows Office's language rather than one chosen in it (remembered). */
  readonly followOffice?: boolean;
}

export interface BuildOutcome {
  readonly sheetName: string;
  /** The review's usual name when a sheet of the operator's holds it (the review then has another name). */
  readonly renamedFrom?: string;
  /** Visible sheets marked as an unfinished review, left as they are (never deleted without asking). */
  readonly leftAlone?: readonly string[];
  /** The inputs whose typed content Refresh kept (`LayoutInput.key`, e.g. "target.gmv"). */
  readonly keptInputs?: readonly string[];
  /** The sheet that holds the outreach list (every buyer with their segment); absent without a buyer column. */
  readonly outreachSheet?: string;
  readonly rowsRead: number;
  /** The data rows read of each table used (see `ReadTables.rowsByTable`). */
  readonly rowsByTable: readonly TableRowsRead[];
  /** The review's headline figures, as its sheet states them. */
  readonly headline: BuildHeadline;
  readonly skipped: readonly SkippedRow[];
  /** Orders left out as closed, cancelled or refunded (not errors). */
  readonly excludedByStatus: number;
  /** Orders never paid, counted apart (not errors). */
  readonly unpaidOrders: number;
  /** Counted orders read, and the rows (lines) they were read from. */
  readonly ordersRead: number;
  readonly orderLines: number;
  readonly elapsedMs: number;
  /** The currency the review shows. */
  readonly currency: CurrencyCode;
  readonly notices: readonly Notice[];
  /** The sources just read, scanned (see `refreshScan`). */
  readonly scan: WorkbookScan;
  /** The settings saved in the workbook. */
  readonly settings: ReviewSettings;
}

/** The headline figures of the review just built: its period's GMV, orders, AOV and GMV attainment. */
export interface BuildHeadline {
  /** The review period, "2025-06" to "2025-10". */
  readonly from: string;
  readonly to: string;
  readonly gmv: number;
  readonly orders: number;
  /** GMV ÷ orders; null without orders. */
  readonly aov: number | null;
  /** GMV ÷ the GMV target, with its status; null without a GMV target. */
  readonly gmvAttainment: { readonly attainment: number; readonly status: AttainmentStatus } | null;
}

/** The headline figures of a review (pure), from the figures its sheet is laid out from. */
export function buildHeadline(summary: ReviewSummary): BuildHeadline {
  const gmvRow = summary.attainment.find((row) => row.metric === "gmv");
  return {
    from: summary.period.from,
    to: summary.period.to,
    gmv: summary.gmv,
    orders: summary.orders,
    aov: summary.aov,
    gmvAttainment: gmvRow === undefined || gmvRow.attainment === null || gmvRow.status === null ? null : { attainment: gmvRow.attainment, status: gmvRow.status },
  };
}

/** The number formats of the outreach list's columns: text, text, days, orders, money with cents, date, text. */
const OUTREACH_FORMATS = (amount: string) => ["@", "@", "0", "0", amount, "yyyy-mm-dd", "@"];

/** The outreach list as the sheet the gateway writes beside the review (pure). */
export function outreachListSheet(table: SegmentListTable, amountFormat: string): ListSheet {
  return { name: table.name, header: table.header, rows: table.rows, columnFormats: OUTREACH_FORMATS(amountFormat) };
}

/** The settings that rebuild this review (pure): its tables' sheets, the choices, and `period`, the one it covers. */
export function settingsOf(request: ReviewRequest & PaneChoices, period: MonthRange): ReviewSettings {
  if (request.tables.orders === null) throw new ReviewPipelineError({ key: "pane.error.noOrders" });
  const sources: { orders: string } & { [K in OptionalTableKind]?: string } = { orders: request.tables.orders.sheet };
  for (const kind of OPTIONAL_TABLE_KINDS) {
    const table = request.tables[kind];
    if (table !== null) sources[kind] = table.sheet;
  }
  const amountShape = request.tables.orders.amountShape;
  return {
    version: 1,
    sources,
    ...(request.unused !== undefined && request.unused.length > 0 ? { unused: [...request.unused] } : {}),
    mappings: request.overrides,
    ...(amountShape === undefined ? {} : { amountShape }),
    period: `${monthLabel(period.from)}..${monthLabel(period.to)}`,
    compare: request.compare,
    targets: request.targets,
    thresholds: request.thresholds ?? DEFAULT_STATUS_THRESHOLDS,
    ...(request.currency === undefined ? {} : { currency: request.currency }),
    language: request.locale,
    ...(request.followOffice === undefined ? {} : { followOffice: request.followOffice }),
  };
}

/**
 * The request's tables as the sheets read again hold them (pure): a table whose sheet holds the
 * very rows it was chosen from is kept as it is, detection and all; the table of a sheet that
 * changed is detected again, with the operator's column choices and amount shape.
 */
export function currentTables(request: ReviewRequest & PaneChoices, scan: WorkbookScan): ChosenTables {
  const current = {} as Record<TableKind, ChosenTable<TableKind> | null>;
  for (const kind of TABLE_KINDS) {
    const asked: ChosenTable<TableKind> | null = request.tables[kind];
    const sheet = asked === null ? undefined : scan.sheets.find((candidate) => candidate.source.name === asked.sheet);
    if (asked === null || sheet === undefined) {
      current[kind] = null;
    } else if (sameRows(asked, { firstRow: sheet.source.firstRow, grid: sheet.grid })) {
      current[kind] = asked;
    } else {
      current[kind] = {
        sheet: sheet.source.name, grid: sheet.grid, firstRow: sheet.source.firstRow, detection: detectAs(sheet.grid, sheet.source.name, kind, request.overrides, sheet.detection),
        ...(asked.amountShape === undefined ? {} : { amountShape: asked.amountShape }),
      };
    }
  }
  return current as ChosenTables;
}

/**
 * Builds (or rebuilds) the review sheet from the tables the Data tab chose (`request.tables`):
 * lists the sources, reads the chosen sheets afresh (the workbook may have changed since the
 * scan), keeps each table whose rows are unchanged and recognises again, with the operator's
 * column choices, those that changed (`currentTables`), reads them into columns, builds the
 * review, writes it and saves the settings. Cancelled through `signal`, it stops at the next
 * step; a cancelled write is undone by the gateway, and the settings are saved only after a
 * complete write (a write that completed despite a late cancel counts as done: the workbook
 * holds the new review).
 *
 * @throws ReviewPipelineError when the review cannot be built as asked (no order table, a
 *   required column unmapped, a chosen sheet gone); an AbortError when cancelled
 */
export async function buildReviewSheet(
  gateway: WorkbookGateway, request: ReviewRequest & PaneChoices,
  options: PipelineOptions & {
    readonly now?: () => number;
    /** The pane's scan: unchanged rows of the sheets read again are shared with it, and their detection taken from it. */
    readonly previous?: WorkbookScan;
    /** The Data tab's reading of `request.tables` (`readChosenTables`): taken when every table is unchanged. */
    readonly read?: ReadTables;
  } = {},
): Promise<BuildOutcome> {
  const now = options.now ?? (() => performance.now());
  const started = now();
  options.onStage?.({ stage: "listing" });
  const listed = readableSources(await gateway.listSources());
  checkAborted(options.signal);
  if (request.tables.orders === null) throw new ReviewPipelineError({ key: "pane.error.noOrders" });
  const wanted = TABLE_KINDS.map((kind) => request.tables[kind]?.sheet).filter((name): name is string => name !== undefined);
  for (const name of wanted) {
    if (!listed.some((source) => source.name === name)) throw new ReviewPipelineError({ key: "pane.error.sourceGone", params: { sheet: name } });
  }
  const toRead = listed.filter((source) => wanted.includes(source.name));
  // The pane's scan is passed on so that unchanged rows are shared with it, not held twice.
  const grids = await readSources(gateway, toRead, options, options.previous);

  options.onStage?.({ stage: "detecting" });
  await nextTask();
  checkAborted(options.signal);
  const scan = scanOf(toRead, grids, options.previous);
  const tables = currentTables(request, scan);

  options.onStage?.({ stage: "computing" });
  await nextTask();
  checkAborted(options.signal);
  // The Data tab has read these very tables already when none changed since: take its reading.
  const unchanged = TABLE_KINDS.every((kind) => tables[kind] === request.tables[kind]);
  const read = unchanged && options.read !== undefined ? options.read : readChosenTables(tables);
  const blocking = read.notices.find((notice) => notice.blocking);
  if (blocking !== undefined || read.orders === null) throw new ReviewPipelineError(blocking ?? { key: "pane.error.noOrders" });
  // The pane's form always sets a period; without one, the default the form proposes.
  const period = request.period ?? defaultPeriod(read.orders)!;
  if (!periodHasOrders(read.orders, period)) {
    const months = orderMonths(read.orders)!;
    throw new ReviewPipelineError({
      key: "pane.error.periodNoOrders",
      params: { from: monthLabel(period.from), to: monthLabel(period.to), first: monthLabel(months.first), last: monthLabel(months.last) },
    });
  }
  const { currency } = reviewCurrency(read.currency, request.currency);
  const review = buildReview({
    orders: read.orders, skipped: read.skipped, spend: read.spend, traffic: read.traffic, experiments: read.experiments, touchpoints: read.touchpoints,
    period, compare: request.compare, targets: request.targets, thresholds: request.thresholds,
    locale: request.locale, currency, sources: read.sources, generatedAt: new Date(),
  });
  checkAborted(options.signal);

  options.onStage?.({ stage: "writing", step: null });
  const written = await gateway.writeReview(review.sheet, {
    signal: options.signal,
    onProgress: (step) => options.onStage?.({ stage: "writing", step }),
  });
  // No abort check from here: the review is written, so its list and its settings are written with it.

  let outreach: WriteListSheetResult | null = null;
  if (review.segmentBuyers !== null) {
    options.onStage?.({ stage: "outreach" });
    outreach = await gateway.writeListSheet(outreachListSheet(segmentListTable(review.segmentBuyers, request.locale), numberFormats(currency, request.locale).currencyCents));
  }

  options.onStage?.({ stage: "saving" });
  const settings = settingsOf(request, period);
  await gateway.saveSettings(settings);

  return {
    sheetName: written.sheetName,
    renamedFrom: written.renamedBecauseTaken,
    ...(written.leftAlone === undefined ? {} : { leftAlone: written.leftAlone }),
    ...(written.keptInputs === undefined ? {} : { keptInputs: written.keptInputs }),
    ...(outreach === null ? {} : { outreachSheet: outreach.sheetName }),
    rowsRead: read.rowsRead,
    rowsByTable: read.rowsByTable,
    headline: buildHeadline(review.summary),
    skipped: read.skipped,
    excludedByStatus: read.orders.excludedByStatus,
    unpaidOrders: read.orders.unpaidOrders,
    ordersRead: read.orders.length,
    orderLines: read.orders.lines.length,
    elapsedMs: now() - started,
    currency,
    notices: read.notices,
    scan,
    settings,
  };
}
