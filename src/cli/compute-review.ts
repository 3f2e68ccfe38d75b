import type { Locale } from "../i18n/messages";
import type { AmountShape } from "../engine/orders/order-groups";
import { buildReview, type ReviewModel } from "../review/build-review";
import { readChannelMonthTable } from "../review/channel-month-table";
import { readOrderTable, type OrderColumnMapping, type SkippedRow } from "../review/order-table";
import { joinItemTable, type ItemJoin } from "../review/item-join";
import type { ChannelMonthTable, ReviewInputs, ReviewTargets } from "../review/review-inputs";
import type { ComparisonMode, MonthRange } from "../review/review-period";
import { summarizeReview, type ReviewSummary } from "../review/review-summary";
import { CliError } from "./cli-error";
import { channelMonthMapping, orderMapping, type ChosenTable } from "./choose-tables";
import { checkPeriodHasOrders, fitPeriod } from "./choose-period";
import { chooseDefaultPeriod, type PeriodOutliers } from "../review/default-period";
import { tableRows } from "../review/table-rows";
import type { CurrencyCode } from "../engine/cells/detect-currency";
import { orderCurrency, otherCurrencyRowsText, reviewCurrency, type CurrencySource, type OrderCurrency } from "../review/order-currency";

/** What the command line hands the review: the chosen tables and the user's choices. */
export interface ReviewRequest {
  readonly orders: ChosenTable<"orders">;
  readonly adSpend?: ChosenTable<"adSpend">;
  readonly traffic?: ChosenTable<"traffic">;
  /** The cost of each row of the order grid, from a cost table (see `joinCostTable`). */
  readonly orderCosts?: Float64Array;
  /** The item table, joined to the orders by order id: it gives the orders' lines (see `joinItemTable`). */
  readonly items?: ChosenTable<"items">;
  /** The cost table, which then costs the item lines. */
  readonly costs?: ChosenTable<"costs">;
  /** How to read the amounts of orders of several rows; recognised from the data when absent. */
  readonly amountShape?: AmountShape;
  /** The period; the default period (`defaultPeriod`) when absent. */
  readonly period?: MonthRange;
  readonly compare: ComparisonMode;
  /** The targets, or a function that sets them from the figures of the period without targets (the demo's). */
  readonly targets: ReviewTargets | ((baseline: ReviewSummary) => ReviewTargets);
  readonly locale: Locale;
  /** The operator's currency (`--currency`); the one found in the orders when absent, else CNY. */
  readonly currency?: CurrencyCode;
  /** Names of the sources for the review's header. */
  readonly sources: readonly string[];
  /** The workbook's sheet that lists every skipped row when the review sheet's list is cut. */
  readonly skippedListedOn?: string;
  readonly generatedAt: Date;
  /** Rows the file readers could not read (a CSV row with a broken quote or bad encoding): listed first among the skipped rows. */
  readonly readSkipped?: readonly SkippedRow[];
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

function readSpendOrTraffic(chosen: ChosenTable<"adSpend"> | ChosenTable<"traffic"> | undefined, skipped: SkippedRow[]): ChannelMonthTable | undefined {
  if (chosen === undefined) return undefined;
  const { grid, options } = tableRows(chosen);
  const read = readChannelMonthTable(grid, channelMonthMapping(chosen.detection), options);
  skipped.push(...read.skipped);
  return read.table;
}

/**
 * Reads the chosen tables into the review's inputs and builds the review (`buildReview`), the
 * same model the task pane builds. Throws CliError when the amounts are in more than one currency
 * (naming the sheet rows of the other ones), when no order can be counted, or when the period
 * holds none.
 */
export function computeReview(request: ReviewRequest): ComputedReview {
  const mapping: OrderColumnMapping = orderMapping(request.orders.detection);
  const rows = tableRows(request.orders);
  const { grid, rowsCut, options } = rows;
  const amount = request.orders.detection.columns.amount!;
  const found = orderCurrency(rows, { amount, headers: request.orders.detection.headers });
  if (found.others.length > 0) {
    throw new CliError("cli.error.mixedCurrency", {
      file: request.orders.file, sheet: request.orders.sheet, currency: found.currency!,
      count: found.others.reduce((sum, other) => sum + other.count, 0), others: otherCurrencyRowsText(found.others),
    });
  }
  const currency = reviewCurrency(found, request.currency);
  // The costs are indexed like the order grid; tableRows may have cut the rows above the data.
  const costs = request.orderCosts?.subarray(rowsCut);
  const orders = readOrderTable(grid, mapping, { ...options, costs, amountShape: request.amountShape });
  const counted = orders.table.counted.reduce((sum, flag) => sum + flag, 0);
  if (counted === 0) {
    throw new CliError("cli.error.noOrders", {
      file: request.orders.file, sheet: request.orders.sheet, skipped: orders.skipped.length + (request.readSkipped?.length ?? 0), excluded: orders.table.excludedByStatus,
    });
  }
  let table = orders.table;
  let itemJoin: ItemJoin | null = null;
  if (request.items !== undefined) {
    if (mapping.orderId === undefined) throw new CliError("cli.error.itemsNoOrderId", { file: request.items.file });
    const ids = { grid, column: mapping.orderId, dataStart: options.headerRow === null ? 0 : options.headerRow + 1, firstSheetRow: options.firstSheetRow ?? 1 };
    itemJoin = joinItemTable(table, ids, request.items, request.costs);
    if (itemJoin !== null) table = itemJoin.table;
  }
  // The default period keeps to the bulk of the orders (the run's clock is today); a given one is
  // cut to the months the orders cover.
  const chosen = request.period === undefined ? chooseDefaultPeriod(table, { today: request.generatedAt })! : null;
  const fitted = request.period === undefined ? null : fitPeriod(table, request.period);
  const period = chosen?.period ?? fitted!.period;
  checkPeriodHasOrders(table, period);

  const skipped: SkippedRow[] = [...(request.readSkipped ?? []), ...orders.skipped, ...(itemJoin?.skipped ?? [])];
  const spend = readSpendOrTraffic(request.adSpend, skipped);
  const traffic = readSpendOrTraffic(request.traffic, skipped);
  const base = {
    orders: table, skipped, spend, traffic, period, compare: request.compare, locale: request.locale, currency: currency.currency,
    sources: request.sources, generatedAt: request.generatedAt, skippedListedOn: request.skippedListedOn,
  };
  const targets = typeof request.targets === "function" ? request.targets(summarizeReview({ ...base, targets: {} })) : request.targets;
  const inputs: ReviewInputs = { ...base, targets };
  return {
    model: buildReview(inputs), inputs, defaultPeriod: request.period === undefined,
    outliers: chosen?.outliers ?? null, periodCut: fitted?.cut === true ? request.period! : null,
    currency: { code: currency.currency, source: currency.source, found }, itemJoin,
  };
}
