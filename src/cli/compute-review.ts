import { buildReview, type ReviewModel } from "../review/build-review";
import { readChannelMonthTable } from "../review/channel-month-table";
import { readOrderTable, type OrderColumnMapping, type SkippedRow } from "../review/order-table";
import { joinItemTable, type ItemJoin } from "../review/item-join";
import type { ChannelMonthTable, ReviewInputs, ReviewTargets } from "../review/review-inputs";
import type { MonthRange } from "../review/review-period";
import { summarizeReview, type ReviewSummary } from "../review/review-summary";
import { CliError } from "./cli-error";
import { channelMonthMappingOf, experimentMappingOf, orderMappingOf, touchpointMappingOf, type ChosenTable, type ReviewRequest } from "../review/tables/review-request";
import { readTouchpointTable, type TouchpointRows } from "../review/attribution-review";
import { readExperimentTable, type ExperimentRows } from "../review/experiments";
import type { TableKind } from "../review/tables/table-fields";
import { checkPeriodHasOrders, fitPeriod } from "./choose-period";
import { chooseDefaultPeriod, type PeriodOutliers } from "../review/default-period";
import { tableRows } from "../review/table-rows";
import type { CurrencyCode } from "../engine/cells/detect-currency";
import { orderCurrency, otherCurrencyRowsText, reviewCurrency, type CurrencySource, type OrderCurrency } from "../review/order-currency";

/**
 * What only the command line knows of a review beside its `ReviewRequest`: the names of its
 * sources, the rows its file readers skipped, the cost join it reported, and its clock.
 */
export interface ReviewRun {
  /** Names of the sources for the review's header. */
  readonly sources: readonly string[];
  readonly generatedAt: Date;
  /** The workbook's sheet that lists every skipped row when the review sheet's list is cut. */
  readonly skippedListedOn?: string;
  /** Rows the file readers could not read (a CSV row with a broken quote or bad encoding): listed first among the skipped rows. */
  readonly readSkipped?: readonly SkippedRow[];
  /** The cost of each row of the order grid, from the cost table (see `joinCostTable`). */
  readonly orderCosts?: Float64Array;
  /** The demo's targets, set from the figures of the period without targets; `ReviewRequest.targets` otherwise. */
  readonly targetsFromBaseline?: (baseline: ReviewSummary) => ReviewTargets;
}

export interface ComputedReview {
  readonly model: ReviewModel;
  readonly inputs: ReviewInputs;
  /** True when the period was not given and `defaultPeriod` chose it. */
  readonly defaultPeriod: boolean;
  /** The orders the default period left out, dated far beyond the rest; `null` when none (or the period was given). */
  readonly outliers: PeriodOutliers | null;
  /** The period as given when it reached beyond the orders and was cut; `null` otherwise. */
  readonly periodCut: MonthRange | null;
  /** The review's currency, where it came from, and what the orders say of theirs. */
  readonly currency: { readonly code: CurrencyCode; readonly source: CurrencySource; readonly found: OrderCurrency };
  /** How the item table met the orders; `null` without one. */
  readonly itemJoin: ItemJoin | null;
}

/** The columns of a table the choosers have checked complete (`unmetRequirements`). */
function complete<M>(mapped: { mapping: M } | { missing: string[] }, table: ChosenTable<TableKind>): M {
  if ("missing" in mapped) throw new Error(`${table.file ?? table.sheet}: the ${table.detection.kind} table has no column for ${mapped.missing.join(", ")}`);
  return mapped.mapping;
}

function readSpendOrTraffic(chosen: ChosenTable<"adSpend"> | ChosenTable<"traffic"> | null, skipped: SkippedRow[]): ChannelMonthTable | undefined {
  if (chosen === null) return undefined;
  const { grid, options } = tableRows(chosen, chosen.firstRow);
  const read = readChannelMonthTable(grid, complete(channelMonthMappingOf(chosen.detection), chosen), options);
  skipped.push(...read.skipped);
  return read.table;
}

/** The experiment table; `ordersMarkArms` when the orders have an arm column, which then gives the conversions the table leaves out. */
function readExperiments(chosen: ChosenTable<"experiments"> | null, skipped: SkippedRow[], ordersMarkArms: boolean): ExperimentRows | undefined {
  if (chosen === null) return undefined;
  const { grid, options } = tableRows(chosen, chosen.firstRow);
  const mapped = experimentMappingOf(chosen.detection, ordersMarkArms);
  if ("missing" in mapped && mapped.missing.join() === "conversions") {
    throw new CliError("cli.error.experimentsNoConversions", { file: chosen.file ?? chosen.sheet, sheet: chosen.sheet });
  }
  const read = readExperimentTable(grid, complete(mapped, chosen), { ...options, conversionsFromOrders: ordersMarkArms });
  skipped.push(...read.skipped);
  return read.table;
}

function readTouchpoints(chosen: ChosenTable<"touchpoints"> | null, skipped: SkippedRow[]): TouchpointRows | undefined {
  if (chosen === null) return undefined;
  const { grid, options } = tableRows(chosen, chosen.firstRow);
  const read = readTouchpointTable(grid, complete(touchpointMappingOf(chosen.detection), chosen), options);
  skipped.push(...read.skipped);
  return read.table;
}

/**
 * Reads the chosen tables into the review's inputs and builds the review (`buildReview`), the
 * same model the task pane builds. Throws CliError when the amounts are in more than one currency
 * (naming the sheet rows of the other ones), when no order can be counted, or when the period
 * holds none.
 */
export function computeReview(request: ReviewRequest, run: ReviewRun): ComputedReview {
  const { tables } = request;
  if (tables.orders === null) throw new Error("computeReview: the request has no order table");
  const ordersTable = tables.orders;
  const file = ordersTable.file ?? ordersTable.sheet;
  const mapping: OrderColumnMapping = complete(orderMappingOf(ordersTable.detection), ordersTable);
  const rows = tableRows(ordersTable, ordersTable.firstRow);
  const { grid, rowsCut, options } = rows;
  const amount = ordersTable.detection.columns.amount!;
  const found = orderCurrency(rows, { amount, headers: ordersTable.detection.headers });
  if (found.others.length > 0) {
    throw new CliError("cli.error.mixedCurrency", {
      file, sheet: ordersTable.sheet, currency: found.currency!,
      count: found.others.reduce((sum, other) => sum + other.count, 0), others: otherCurrencyRowsText(found.others),
    });
  }
  const currency = reviewCurrency(found, request.currency);
  // The costs are indexed like the order grid; tableRows may have cut the rows above the data.
  const costs = run.orderCosts?.subarray(rowsCut);
  const orders = readOrderTable(grid, mapping, { ...options, costs, amountShape: ordersTable.amountShape });
  const counted = orders.table.counted.reduce((sum, flag) => sum + flag, 0);
  if (counted === 0) {
    throw new CliError("cli.error.noOrders", {
      file, sheet: ordersTable.sheet, skipped: orders.skipped.length + (run.readSkipped?.length ?? 0), excluded: orders.table.excludedByStatus,
    });
  }
  let table = orders.table;
  let itemJoin: ItemJoin | null = null;
  if (tables.items !== null) {
    if (mapping.orderId === undefined) throw new CliError("cli.error.itemsNoOrderId", { file: tables.items.file ?? tables.items.sheet });
    const ids = { grid, column: mapping.orderId, dataStart: options.headerRow === null ? 0 : options.headerRow + 1, firstSheetRow: options.firstSheetRow ?? 1 };
    itemJoin = joinItemTable(table, ids, { ...tables.items, firstSheetRow: tables.items.firstRow }, tables.costs ?? undefined);
    if (itemJoin !== null) table = itemJoin.table;
  }
  // The default period keeps to the bulk of the orders (the run's clock is today); a given one is
  // cut to the months the orders cover.
  const chosen = request.period === undefined ? chooseDefaultPeriod(table, { today: run.generatedAt })! : null;
  const fitted = request.period === undefined ? null : fitPeriod(table, request.period);
  const period = chosen?.period ?? fitted!.period;
  checkPeriodHasOrders(table, period);

  const skipped: SkippedRow[] = [...(run.readSkipped ?? []), ...orders.skipped, ...(itemJoin?.skipped ?? [])];
  const spend = readSpendOrTraffic(tables.adSpend, skipped);
  const traffic = readSpendOrTraffic(tables.traffic, skipped);
  const experiments = readExperiments(tables.experiments, skipped, table.arm !== undefined);
  const touchpoints = readTouchpoints(tables.touchpoints, skipped);
  const base = {
    orders: table, skipped, spend, traffic, experiments, touchpoints, period, compare: request.compare, thresholds: request.thresholds, locale: request.locale, currency: currency.currency,
    sources: run.sources, generatedAt: run.generatedAt, skippedListedOn: run.skippedListedOn,
  };
  const targets = run.targetsFromBaseline === undefined ? request.targets : run.targetsFromBaseline(summarizeReview({ ...base, targets: {} }));
  const inputs: ReviewInputs = { ...base, targets };
  return {
    model: buildReview(inputs), inputs, defaultPeriod: request.period === undefined,
    outliers: chosen?.outliers ?? null, periodCut: fitted?.cut === true ? request.period! : null,
    currency: { code: currency.currency, source: currency.source, found }, itemJoin,
  };
}
