/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes ranges as any[][]: every cell type can arrive. */
/**
 * The `EC.` custom functions. Each is a thin edge: read the cells Excel passes, call the engine,
 * turn its result or its error into cell values. Excel calls them with ranges as 2-D arrays;
 * `functions.json` is generated from the JSDoc below at build time (custom-functions-metadata-plugin).
 */
import { translate, type Locale, type MessageKey } from "../i18n/messages";
import { isMetricError, metricError, type MetricError } from "../engine/metric-error";
import { monthLabel } from "../engine/calendar";
import { aov, aovOfTotal, aovPerBuyer } from "../engine/metrics/aov";
import { gmv } from "../engine/metrics/gmv";
import { grossMargin } from "../engine/metrics/gross-margin";
import { DEFAULT_MARGIN_BAND, marginBandPosition } from "../engine/metrics/margin-band";
import { priceForMargin } from "../engine/metrics/price-for-margin";
import { DEFAULT_PRICE_BAND_EDGES, priceBands } from "../engine/metrics/price-bands";
import { roi, type RoiMode } from "../engine/metrics/roi";
import { costPerNewBuyer } from "../engine/metrics/cac";
import { conversionRate } from "../engine/metrics/conversion-rate";
import { repurchaseRate } from "../engine/metrics/repurchase-rate";
import { cohortRetention } from "../engine/metrics/cohort-retention";
import { growth } from "../engine/metrics/growth";
import { attainment } from "../engine/metrics/attainment";
import { abTest } from "../engine/metrics/ab-test";
import { rfm, summarizeRfm } from "../engine/metrics/rfm";
import { DEFAULT_SLOW_MOVING_DAYS, stockCover } from "../engine/metrics/slow-moving";
import { channelTable } from "../engine/metrics/channel-table";
import { orderColumnsOfRows, type OrderColumns, type OrderRowColumns } from "../engine/orders/order-columns";
import {
  checkAligned, firstMissing, isOmitted, rangeArgument, readCounted, readDates, readKeys, readNumbers, readScalar, readScalarDate, readStatuses, readTotal, sumNumbers,
  spillLike, type RangeArgument,
} from "./arguments";
import { guarded, toCell, toCellNumber, toExcelError, type ExcelScalar } from "./excel-values";
import { currentLocale } from "./locale";

// Outside Excel (taskpane.html opened in a plain browser, or the pane's browser tests) there is no
// custom functions runtime: the registration lines custom-functions-metadata-plugin appends to this
// file must not throw there. In Excel the runtime defines CustomFunctions before this bundle runs.
if (typeof CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
}

type Invocation = CustomFunctions.Invocation;

function addressOf(invocation: Invocation | undefined, index: number): string | undefined {
  return invocation?.parameterAddresses?.[index];
}

/** Reads an optional range: `undefined` when it was left out. */
function optionalRange(value: unknown, what: MessageKey, invocation: Invocation | undefined, index: number): RangeArgument | undefined | MetricError {
  return isOmitted(value) ? undefined : rangeArgument(value, what, addressOf(invocation, index));
}

/**
 * The rows of the other arguments made orders by an order-id range (see `orderColumnsOfRows`):
 * rows sharing an id are one order, its amount read in the shape the amounts show; a row without
 * an id is an order of its own.
 */
function groupOrders(
  idRange: RangeArgument, statusRange: RangeArgument | undefined, columns: Omit<OrderRowColumns, "orderIds" | "orderIdCount" | "statuses">,
): OrderColumns | MetricError {
  const statusVerdicts = readStatuses(statusRange);
  if (isMetricError(statusVerdicts)) return statusVerdicts;
  const ids = readKeys(idRange);
  if (isMetricError(ids)) return ids;
  return orderColumnsOfRows({ ...columns, orderIds: ids.codes, orderIdCount: ids.names.length, statuses: statusVerdicts });
}

function label(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return translate(locale, key, params);
}

/** A number, or "" where a table cell has no meaning (ROI of a channel without spend). */
function tableNumber(value: number | null, locale: Locale): number | string | CustomFunctions.Error {
  return value === null ? "" : toCellNumber(value, locale);
}

/**
 * GMV: the sum of the order amounts, leaving out closed, cancelled and refunded orders. With order ids, rows sharing an order id count as one order and a repeated order total is taken once.
 * @customfunction GMV
 * @param {any[][]} amounts Order amounts (paid amount per order). Currency text like ¥1,234 and 1.2万 is read.
 * @param {any[][]} [statuses] Order statuses, row by row; 交易关闭, 退款成功, cancelled, refunded … are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} GMV, in the currency of the amounts.
 * @requiresParameterAddresses
 */
export function gmvFunction(amounts: any[][], statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const amountRange = rangeArgument(amounts, "what.amounts", addressOf(invocation, 0));
    if (isMetricError(amountRange)) return amountRange;
    const statusRange = optionalRange(statuses, "what.statuses", invocation, 1);
    if (isMetricError(statusRange)) return statusRange;
    const idRange = optionalRange(orderIds, "what.orderIds", invocation, 2);
    if (isMetricError(idRange)) return idRange;
    const misaligned = checkAligned(amountRange, statusRange, idRange);
    if (misaligned) return misaligned;
    if (idRange !== undefined) {
      const values = readNumbers(amountRange);
      if (isMetricError(values)) return values;
      const orders = groupOrders(idRange, statusRange, { amounts: values });
      if (isMetricError(orders)) return orders;
      return toCell(gmv(orders.amount!, { counted: orders.counted }), locale);
    }
    const counted = readCounted(statusRange);
    const sums = sumNumbers(amountRange, isMetricError(counted) ? undefined : counted);
    if (isMetricError(sums)) return sums;
    if (isMetricError(counted)) return counted;
    return toCell(sums.total, locale);
  });
}

/**
 * AOV (客单价): GMV ÷ orders, or GMV ÷ distinct buyers when buyer ids are given. With order ids, rows sharing an order id count as one order.
 * @customfunction AOV
 * @param {any[][]} amounts Order amounts.
 * @param {any[][]} [buyers] Buyer ids, row by row: the result is then GMV per distinct buyer (生意参谋's 客单价).
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Average order value, or GMV per buyer.
 * @requiresParameterAddresses
 */
export function aovFunction(amounts: any[][], buyers?: any[][], statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const amountRange = rangeArgument(amounts, "what.amounts", addressOf(invocation, 0));
    if (isMetricError(amountRange)) return amountRange;
    const buyerRange = optionalRange(buyers, "what.buyers", invocation, 1);
    if (isMetricError(buyerRange)) return buyerRange;
    const statusRange = optionalRange(statuses, "what.statuses", invocation, 2);
    if (isMetricError(statusRange)) return statusRange;
    const idRange = optionalRange(orderIds, "what.orderIds", invocation, 3);
    if (isMetricError(idRange)) return idRange;
    const misaligned = checkAligned(amountRange, buyerRange, statusRange, idRange);
    if (misaligned) return misaligned;
    if (idRange !== undefined) {
      const values = readNumbers(amountRange);
      if (isMetricError(values)) return values;
      if (buyerRange === undefined) {
        const orders = groupOrders(idRange, statusRange, { amounts: values });
        return isMetricError(orders) ? orders : toCell(aov(orders.amount!, { counted: orders.counted }), locale);
      }
      const buyerKeys = readKeys(buyerRange);
      if (isMetricError(buyerKeys)) return buyerKeys;
      const orders = groupOrders(idRange, statusRange, { amounts: values, buyers: buyerKeys.codes });
      if (isMetricError(orders)) return orders;
      const buyerOf = orders.buyer!;
      const missing = firstMissing(orders.amount!, orders.counted, (o) => buyerOf[o] < 0, buyerRange, "cell.missingBuyer", orders.firstRow);
      if (missing) return missing;
      return toCell(aovPerBuyer(orders.amount!, buyerOf, { counted: orders.counted, buyerCount: buyerKeys.names.length }), locale);
    }
    if (buyerRange === undefined) {
      // One pass over the amounts, nothing kept: a million rows in about the time of a plain loop.
      const counted = readCounted(statusRange);
      const sums = sumNumbers(amountRange, isMetricError(counted) ? undefined : counted);
      if (isMetricError(sums)) return sums;
      if (isMetricError(counted)) return counted;
      return toCell(aovOfTotal(sums.total, sums.count), locale);
    }
    const values = readNumbers(amountRange);
    if (isMetricError(values)) return values;
    const counted = readCounted(statusRange);
    if (isMetricError(counted)) return counted;
    const buyerKeys = readKeys(buyerRange);
    if (isMetricError(buyerKeys)) return buyerKeys;
    const missing = firstMissing(values, counted, (i) => buyerKeys.codes[i] < 0, buyerRange, "cell.missingBuyer");
    if (missing) return missing;
    return toCell(aovPerBuyer(values, buyerKeys.codes, { counted, buyerCount: buyerKeys.names.length }), locale);
  });
}

/** Reads revenue and cost ranges of equal length; a row with revenue but no cost is an error. */
function readRevenueAndCost(revenue: any[][], cost: any[][], invocation: Invocation | undefined): { revenue: Float64Array; cost: Float64Array } | MetricError {
  const revenueRange = rangeArgument(revenue, "what.amounts", addressOf(invocation, 0));
  if (isMetricError(revenueRange)) return revenueRange;
  const costRange = rangeArgument(cost, "what.costs", addressOf(invocation, 1));
  if (isMetricError(costRange)) return costRange;
  const misaligned = checkAligned(revenueRange, costRange);
  if (misaligned) return misaligned;
  const revenueValues = readNumbers(revenueRange);
  if (isMetricError(revenueValues)) return revenueValues;
  const costValues = readNumbers(costRange);
  if (isMetricError(costValues)) return costValues;
  const missing = firstMissing(revenueValues, undefined, (i) => costValues[i] !== costValues[i], costRange, "cell.missingCost");
  if (missing) return missing;
  return { revenue: revenueValues, cost: costValues };
}

/**
 * Gross margin: (revenue − cost) ÷ revenue, over all rows (a revenue-weighted margin).
 * @customfunction MARGIN
 * @param {any[][]} revenue Revenue (or price), one number or a range.
 * @param {any[][]} cost Cost, one number or a range lined up with revenue.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Gross margin as a fraction (0.1 = 10%).
 * @requiresParameterAddresses
 */
export function marginFunction(revenue: any[][], cost: any[][], invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const columns = readRevenueAndCost(revenue, cost, invocation);
    if (isMetricError(columns)) return columns;
    return toCell(grossMargin(columns.revenue, columns.cost), locale);
  });
}

/**
 * Whether each item's margin is below, inside or above the band (default 8%–12%); spills one label per item, down a column or along a row.
 * @customfunction MARGINBAND
 * @param {any[][]} price Selling price per item (or revenue per row).
 * @param {any[][]} cost Cost per item, lined up with price.
 * @param {number} [low] Lowest acceptable margin (default 0.08).
 * @param {number} [high] Highest expected margin (default 0.12).
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} below / inside / above for each row; blank rows stay blank.
 * @requiresParameterAddresses
 */
export function marginBandFunction(price: any[][], cost: any[][], low?: number, high?: number, invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const band = {
      low: readScalar(low, "what.low", DEFAULT_MARGIN_BAND.low, addressOf(invocation, 2)),
      high: readScalar(high, "what.high", DEFAULT_MARGIN_BAND.high, addressOf(invocation, 3)),
    };
    if (isMetricError(band.low)) return band.low;
    if (isMetricError(band.high)) return band.high;
    if (band.low > band.high) return metricError("NUM", "argument.marginBand", { low: band.low, high: band.high });
    const priceRange = rangeArgument(price, "what.amounts", addressOf(invocation, 0));
    if (isMetricError(priceRange)) return priceRange;
    const costRange = rangeArgument(cost, "what.costs", addressOf(invocation, 1));
    if (isMetricError(costRange)) return costRange;
    const misaligned = checkAligned(priceRange, costRange);
    if (misaligned) return misaligned;
    const prices = readNumbers(priceRange);
    if (isMetricError(prices)) return prices;
    const costs = readNumbers(costRange);
    if (isMetricError(costs)) return costs;
    const labels: ExcelScalar[] = [];
    for (let i = 0; i < prices.length; i++) {
      if (prices[i] !== prices[i] || costs[i] !== costs[i]) {
        labels.push("");
        continue;
      }
      const position = marginBandPosition(prices[i], costs[i], { low: band.low, high: band.high });
      labels.push(isMetricError(position) ? toExcelError(position, locale) : label(locale, `label.${position}`));
    }
    return spillLike(priceRange, labels);
  });
}

/**
 * The selling price that gives a target gross margin: cost ÷ (1 − margin). Spills when cost is a range.
 * @customfunction PRICEFORMARGIN
 * @param {any[][]} cost Unit cost, one number or a column.
 * @param {number} margin Target gross margin, e.g. 0.12 or 12%; negative to clear stock at a loss (-1.5%).
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} The price for each cost.
 * @requiresParameterAddresses
 */
export function priceForMarginFunction(cost: any[][], margin: number, invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const target = readScalar(margin, "what.targetMargin", undefined, addressOf(invocation, 1));
    if (isMetricError(target)) return target;
    // An impossible margin is one error for the whole call, not one per cost (a cost of 0 is always valid).
    const impossible = priceForMargin(0, target);
    if (isMetricError(impossible)) return impossible;
    const costRange = rangeArgument(cost, "what.costs", addressOf(invocation, 0));
    if (isMetricError(costRange)) return costRange;
    const costs = readNumbers(costRange);
    if (isMetricError(costs)) return costs;
    const prices: ExcelScalar[] = [];
    for (let i = 0; i < costs.length; i++) {
      prices.push(costs[i] !== costs[i] ? "" : toCell(priceForMargin(costs[i], target), locale));
    }
    return spillLike(costRange, prices);
  });
}

/**
 * Orders and GMV per order-amount band with their shares; spills a table with a header row. With order ids, rows sharing an order id count as one order, banded by the order's amount.
 * @customfunction PRICEBANDS
 * @param {any[][]} amounts Order amounts.
 * @param {any[][]} [edges] Band edges, increasing (default 50, 100, 200, 500).
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Band, orders, order share, GMV, GMV share.
 * @requiresParameterAddresses
 */
export function priceBandsFunction(amounts: any[][], edges?: any[][], statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const amountRange = rangeArgument(amounts, "what.amounts", addressOf(invocation, 0));
    if (isMetricError(amountRange)) return amountRange;
    let edgeValues: number[] = [...DEFAULT_PRICE_BAND_EDGES];
    const edgeRange = optionalRange(edges, "what.edges", invocation, 1);
    if (isMetricError(edgeRange)) return edgeRange;
    if (edgeRange !== undefined) {
      const read = readNumbers(edgeRange);
      if (isMetricError(read)) return read;
      const filled = Array.from(read).filter((v) => v === v);
      // A range of blank cells is an edges argument not filled in yet, as a single blank cell is.
      if (filled.length > 0) edgeValues = filled;
    }
    const statusRange = optionalRange(statuses, "what.statuses", invocation, 2);
    if (isMetricError(statusRange)) return statusRange;
    const idRange = optionalRange(orderIds, "what.orderIds", invocation, 3);
    if (isMetricError(idRange)) return idRange;
    const misaligned = checkAligned(amountRange, statusRange, idRange);
    if (misaligned) return misaligned;
    const values = readNumbers(amountRange);
    if (isMetricError(values)) return values;
    let orderAmounts = values;
    let counted: Uint8Array | undefined;
    if (idRange !== undefined) {
      const orders = groupOrders(idRange, statusRange, { amounts: values });
      if (isMetricError(orders)) return orders;
      orderAmounts = orders.amount!;
      counted = orders.counted;
    } else {
      const mask = readCounted(statusRange);
      if (isMetricError(mask)) return mask;
      counted = mask;
    }
    const bands = priceBands(orderAmounts, { edges: edgeValues, counted });
    if (isMetricError(bands)) return bands;
    const table: ExcelScalar[][] = [[label(locale, "label.band"), label(locale, "label.orders"), label(locale, "label.orderShare"), label(locale, "label.gmv"), label(locale, "label.gmvShare")]];
    for (const band of bands) {
      const name = band.low === null ? label(locale, "label.under", { edge: band.high ?? 0 })
        : band.high === null ? label(locale, "label.atLeast", { edge: band.low })
          : label(locale, "label.between", { low: band.low, high: band.high });
      table.push([name, band.orders, toCellNumber(band.orderShare, locale), toCellNumber(band.gmv, locale), toCellNumber(band.gmvShare, locale)]);
    }
    return table;
  });
}

/**
 * ROI of ad spend: GMV ÷ spend (投产比), or (GMV × margin − spend) ÷ spend in "profit" mode.
 * @customfunction ROI
 * @param {any[][]} gmv Attributed GMV: one number or a range to sum.
 * @param {any[][]} spend Ad spend: one number or a range to sum.
 * @param {string} [mode] "gmv" (default) or "profit".
 * @param {number} [margin] Gross margin for profit mode, e.g. 0.3.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} ROI as a ratio (1.2 = ¥1.2 per ¥1 spent).
 * @requiresParameterAddresses
 */
export function roiFunction(gmv: any[][], spend: any[][], mode?: string, margin?: number, invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const gmvTotal = readTotal(gmv, "what.amounts", addressOf(invocation, 0));
    if (isMetricError(gmvTotal)) return gmvTotal;
    const spendTotal = readTotal(spend, "what.spendAmounts", addressOf(invocation, 1));
    if (isMetricError(spendTotal)) return spendTotal;
    const modeText = isOmitted(mode) ? "gmv" : String(mode).trim().toLowerCase();
    if (modeText !== "gmv" && modeText !== "profit") return metricError("VALUE", "argument.unknownMode", { found: String(mode), expected: "\"gmv\", \"profit\"" });
    const marginValue = isOmitted(margin) ? undefined : readScalar(margin, "what.margin", undefined, addressOf(invocation, 3));
    if (isMetricError(marginValue)) return marginValue;
    return toCell(roi(gmvTotal, spendTotal, { mode: modeText as RoiMode, margin: marginValue }), locale);
  });
}

/**
 * Cost per new buyer (CAC): spend ÷ new buyers.
 * @customfunction CAC
 * @param {any[][]} spend Ad spend: one number or a range to sum.
 * @param {any[][]} newBuyers Number of new buyers: one number or a range to sum.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Spend per new buyer.
 * @requiresParameterAddresses
 */
export function cacFunction(spend: any[][], newBuyers: any[][], invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const spendTotal = readTotal(spend, "what.spendAmounts", addressOf(invocation, 0));
    if (isMetricError(spendTotal)) return spendTotal;
    const buyers = readTotal(newBuyers, "what.newBuyerCount", addressOf(invocation, 1));
    if (isMetricError(buyers)) return buyers;
    return toCell(costPerNewBuyer(spendTotal, buyers), locale);
  });
}

/**
 * Conversion rate: paying buyers (or orders) ÷ visitors.
 * @customfunction CONVERSION
 * @param {any[][]} converters Paying buyers, or orders where buyers are unknown: one number or a range to sum.
 * @param {any[][]} visitors Visitors: one number or a range to sum.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Conversion rate as a fraction (0.032 = 3.2%).
 * @requiresParameterAddresses
 */
export function conversionFunction(converters: any[][], visitors: any[][], invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const converted = readTotal(converters, "what.converters", addressOf(invocation, 0));
    if (isMetricError(converted)) return converted;
    const visited = readTotal(visitors, "what.visitorTotal", addressOf(invocation, 1));
    if (isMetricError(visited)) return visited;
    return toCell(conversionRate(converted, visited), locale);
  });
}

/**
 * Repurchase rate (复购率): buyers with two or more orders ÷ buyers with one or more. With order ids, rows sharing an order id count as one order.
 * @customfunction REPURCHASE
 * @param {any[][]} buyers Buyer id of each order.
 * @param {any[][]} [amounts] Order amounts, row by row: rows without an amount are not orders.
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Repurchase rate as a fraction (0.18 = 18%).
 * @requiresParameterAddresses
 */
export function repurchaseFunction(buyers: any[][], amounts?: any[][], statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const buyerRange = rangeArgument(buyers, "what.buyers", addressOf(invocation, 0));
    if (isMetricError(buyerRange)) return buyerRange;
    const amountRange = optionalRange(amounts, "what.amounts", invocation, 1);
    if (isMetricError(amountRange)) return amountRange;
    const statusRange = optionalRange(statuses, "what.statuses", invocation, 2);
    if (isMetricError(statusRange)) return statusRange;
    const idRange = optionalRange(orderIds, "what.orderIds", invocation, 3);
    if (isMetricError(idRange)) return idRange;
    const misaligned = checkAligned(buyerRange, amountRange, statusRange, idRange);
    if (misaligned) return misaligned;
    const keys = readKeys(buyerRange);
    if (isMetricError(keys)) return keys;
    const values = amountRange === undefined ? undefined : readNumbers(amountRange);
    if (isMetricError(values)) return values;
    if (idRange !== undefined) {
      const orders = groupOrders(idRange, statusRange, { buyers: keys.codes, amounts: values });
      if (isMetricError(orders)) return orders;
      const buyerOf = orders.buyer!;
      if (orders.amount !== null) {
        const missing = firstMissing(orders.amount, orders.counted, (o) => buyerOf[o] < 0, buyerRange, "cell.missingBuyer", orders.firstRow);
        if (missing) return missing;
      }
      const result = repurchaseRate(buyerOf, { amounts: orders.amount ?? undefined, counted: orders.counted, buyerCount: keys.names.length });
      return isMetricError(result) ? result : toCellNumber(result.rate, locale);
    }
    const counted = readCounted(statusRange);
    if (isMetricError(counted)) return counted;
    if (values !== undefined) {
      const missing = firstMissing(values, counted, (i) => keys.codes[i] < 0, buyerRange, "cell.missingBuyer");
      if (missing) return missing;
    }
    const result = repurchaseRate(keys.codes, { amounts: values, counted, buyerCount: keys.names.length });
    return isMetricError(result) ? result : toCellNumber(result.rate, locale);
  });
}

/** 0 for a row with a buyer, NaN for one without: the rows that are orders when no amounts are given. */
function orderRowsOfBuyers(codes: Int32Array): Float64Array {
  // A loop, not Float64Array.from with a mapping function: that calls the function once per row.
  const rows = new Float64Array(codes.length);
  for (let i = 0; i < codes.length; i++) rows[i] = codes[i] >= 0 ? 0 : NaN;
  return rows;
}

/** The ranges of the order columns shared by RETENTION, RFM and CHANNELS, as Excel passed them. */
interface OrderArguments {
  readonly buyers: any[][];
  readonly dates: any[][];
  /** Absent for a function that takes no amounts. */
  readonly amounts?: any[][];
  readonly statuses?: any[][];
  readonly orderIds?: any[][];
}

/**
 * Reads the order columns shared by RETENTION, RFM and CHANNELS (and CHANNELS' channel range,
 * already read as a range). `positions` gives each argument's parameter index; `positions.amounts`
 * is -1 when the function takes none, and `amounts` then marks the entries that are orders (0 for
 * one with a buyer, NaN for the others). With an order-id range the entries are orders (rows
 * sharing an id made one, see `orderColumnsOfRows`) and `rowOf` gives each one's first row;
 * without it they are the rows.
 */
function readOrderColumns(
  args: OrderArguments, invocation: Invocation | undefined,
  positions: { buyers: number; dates: number; amounts: number; statuses: number; orderIds: number },
  channelRange?: RangeArgument,
): {
  buyers: Int32Array; buyerNames: readonly string[]; dates: Float64Array; amounts: Float64Array; counted?: Uint8Array;
  channels?: Int32Array; channelNames?: readonly string[]; rowOf?: Int32Array;
} | MetricError {
  const buyerRange = rangeArgument(args.buyers, "what.buyers", addressOf(invocation, positions.buyers));
  if (isMetricError(buyerRange)) return buyerRange;
  const dateRange = rangeArgument(args.dates, "what.dates", addressOf(invocation, positions.dates));
  if (isMetricError(dateRange)) return dateRange;
  const amountRange = positions.amounts < 0 ? undefined : rangeArgument(args.amounts, "what.amounts", addressOf(invocation, positions.amounts));
  if (isMetricError(amountRange)) return amountRange;
  const statusRange = optionalRange(args.statuses, "what.statuses", invocation, positions.statuses);
  if (isMetricError(statusRange)) return statusRange;
  const idRange = optionalRange(args.orderIds, "what.orderIds", invocation, positions.orderIds);
  if (isMetricError(idRange)) return idRange;
  const misaligned = checkAligned(buyerRange, dateRange, amountRange, statusRange, channelRange, idRange);
  if (misaligned) return misaligned;
  const keys = readKeys(buyerRange);
  if (isMetricError(keys)) return keys;
  const serials = readDates(dateRange);
  if (isMetricError(serials)) return serials;
  const values = amountRange === undefined ? undefined : readNumbers(amountRange);
  if (isMetricError(values)) return values;
  const channelKeys = channelRange === undefined ? undefined : readKeys(channelRange);
  if (isMetricError(channelKeys)) return channelKeys;

  let buyerOf = keys.codes;
  let dateOf = serials;
  let amountOf = values;
  let channelOf = channelKeys?.codes;
  let counted: Uint8Array | undefined;
  let rowOf: Int32Array | undefined;
  if (idRange !== undefined) {
    const orders = groupOrders(idRange, statusRange, { buyers: keys.codes, dates: serials, amounts: values, channels: channelKeys?.codes });
    if (isMetricError(orders)) return orders;
    buyerOf = orders.buyer!;
    dateOf = orders.date!;
    amountOf = orders.amount ?? undefined;
    channelOf = orders.channel ?? undefined;
    counted = orders.counted;
    rowOf = orders.firstRow;
  } else {
    const mask = readCounted(statusRange);
    if (isMetricError(mask)) return mask;
    counted = mask;
  }
  // An order is an entry with a buyer (and an amount, when amounts are given); it must have a date.
  const orderEntries = amountOf ?? orderRowsOfBuyers(buyerOf);
  const missingDate = firstMissing(orderEntries, counted, (i) => dateOf[i] !== dateOf[i], dateRange, "cell.missingDate", rowOf);
  if (missingDate) return missingDate;
  if (amountOf !== undefined) {
    const missingBuyer = firstMissing(amountOf, counted, (i) => buyerOf[i] < 0, buyerRange, "cell.missingBuyer", rowOf);
    if (missingBuyer) return missingBuyer;
  }
  if (channelRange !== undefined && channelOf !== undefined) {
    const channelCodes = channelOf;
    const missingChannel = firstMissing(orderEntries, counted, (i) => channelCodes[i] < 0, channelRange, "cell.missingChannel", rowOf);
    if (missingChannel) return missingChannel;
  }
  return { buyers: buyerOf, buyerNames: keys.names, dates: dateOf, amounts: orderEntries, counted, channels: channelOf, channelNames: channelKeys?.names, rowOf };
}

/**
 * Monthly cohort retention: buyers grouped by the month of their first order; for each later month, the share who ordered again. Spills a matrix. With order ids, rows sharing an order id count as one order.
 * @customfunction RETENTION
 * @param {any[][]} buyers Buyer id of each order.
 * @param {any[][]} dates Order date of each order (date, date-time or text such as 2025/6/1 10:22).
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {number} [months] Months after the first to show (default 12, at most 31).
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Cohort month, buyers, then the share retained in month 0, 1, 2 …; months not yet reached stay blank.
 * @requiresParameterAddresses
 */
export function retentionFunction(buyers: any[][], dates: any[][], statuses?: any[][], months?: number, orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const horizon = readScalar(months, "what.months", 12, addressOf(invocation, 3));
    if (isMetricError(horizon)) return horizon;
    if (!(horizon >= 0 && horizon <= 31)) return metricError("NUM", "argument.outOfRange", { what: "what.months", min: 0, max: 31, found: horizon });
    const orders = readOrderColumns({ buyers, dates, statuses, orderIds }, invocation, { buyers: 0, dates: 1, amounts: -1, statuses: 2, orderIds: 4 });
    if (isMetricError(orders)) return orders;
    const cohorts = cohortRetention(orders.buyers, orders.dates, { counted: orders.counted, buyerCount: orders.buyerNames.length, months: horizon });
    if (isMetricError(cohorts)) return cohorts;
    const width = Math.max(...cohorts.map((c) => c.retention.length));
    const header: ExcelScalar[] = [label(locale, "label.cohort"), label(locale, "label.buyers")];
    for (let k = 0; k < width; k++) header.push(label(locale, "label.month", { k }));
    const table: ExcelScalar[][] = [header];
    for (const cohort of cohorts) {
      const row: ExcelScalar[] = [monthLabel(cohort.month), cohort.size];
      for (let k = 0; k < width; k++) row.push(k < cohort.retention.length ? cohort.retention[k] : "");
      table.push(row);
    }
    return table;
  });
}

/** Reads two aligned number ranges (or two numbers) for an element-wise ratio. */
function pairwise(
  first: any[][], second: any[][], whatFirst: MessageKey, whatSecond: MessageKey, invocation: Invocation | undefined,
  compute: (a: number, b: number) => number | MetricError, locale: Locale,
): number | ExcelScalar[][] | MetricError {
  const firstRange = rangeArgument(first, whatFirst, addressOf(invocation, 0));
  if (isMetricError(firstRange)) return firstRange;
  const secondRange = rangeArgument(second, whatSecond, addressOf(invocation, 1));
  if (isMetricError(secondRange)) return secondRange;
  const misaligned = checkAligned(firstRange, secondRange);
  if (misaligned) return misaligned;
  const a = readNumbers(firstRange);
  if (isMetricError(a)) return a;
  const b = readNumbers(secondRange);
  if (isMetricError(b)) return b;
  if (a.length === 1) {
    if (a[0] !== a[0] || b[0] !== b[0]) return metricError("VALUE", "cell.notScalar", { what: a[0] !== a[0] ? whatFirst : whatSecond });
    return compute(a[0], b[0]);
  }
  const results: ExcelScalar[] = [];
  for (let i = 0; i < a.length; i++) {
    results.push(a[i] !== a[i] || b[i] !== b[i] ? "" : toCell(compute(a[i], b[i]), locale));
  }
  return spillLike(firstRange, results);
}

/**
 * Growth: current ÷ previous − 1. With two ranges of equal length, spills one growth per cell, down a column or along a row.
 * @customfunction GROWTH
 * @param {any[][]} current This period's value (or a column of them).
 * @param {any[][]} previous The previous period's value (or a column of them).
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Growth as a fraction (0.125 = +12.5%).
 * @requiresParameterAddresses
 */
export function growthFunction(current: any[][], previous: any[][], invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const result = pairwise(current, previous, "what.current", "what.previous", invocation, growth, locale);
    return typeof result === "number" ? [[toCellNumber(result, locale)]] : result;
  });
}

/**
 * Attainment: actual ÷ target. With two ranges of equal length, spills one attainment per cell, down a column or along a row.
 * @customfunction ATTAINMENT
 * @param {any[][]} actual The actual value (or a column of them).
 * @param {any[][]} target The target (or a column of them).
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Attainment as a fraction (0.792 = 79.2%).
 * @requiresParameterAddresses
 */
export function attainmentFunction(actual: any[][], target: any[][], invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const result = pairwise(actual, target, "what.actual", "what.target", invocation, attainment, locale);
    return typeof result === "number" ? [[toCellNumber(result, locale)]] : result;
  });
}

/**
 * A/B test of two conversion rates (two-proportion z-test). Spills lift, CI low, CI high, p-value, significant.
 * @customfunction ABTEST
 * @param {number} controlConversions Conversions in the control group.
 * @param {number} controlVisitors Visitors in the control group.
 * @param {number} treatmentConversions Conversions in the treatment group.
 * @param {number} treatmentVisitors Visitors in the treatment group.
 * @param {number} [confidence] Confidence level (default 0.95).
 * @returns {any[][]} A header row and a row of: lift, CI low, CI high, p-value, significant (TRUE/FALSE).
 */
export function abTestFunction(controlConversions: number, controlVisitors: number, treatmentConversions: number, treatmentVisitors: number, confidence?: number) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const values = [
      readScalar(controlConversions, "what.controlGroup"), readScalar(controlVisitors, "what.controlGroup"),
      readScalar(treatmentConversions, "what.treatmentGroup"), readScalar(treatmentVisitors, "what.treatmentGroup"),
      readScalar(confidence, "what.confidence", 0.95),
    ];
    for (const value of values) if (isMetricError(value)) return value;
    const [xC, nC, xT, nT, level] = values as number[];
    const result = abTest({ conversions: xC, visitors: nC }, { conversions: xT, visitors: nT }, { confidence: level });
    if (isMetricError(result)) return result;
    return [
      [label(locale, "label.lift"), label(locale, "label.ciLow"), label(locale, "label.ciHigh"), label(locale, "label.pValue"), label(locale, "label.significant")],
      [toCellNumber(result.lift, locale), toCellNumber(result.ciLow, locale), toCellNumber(result.ciHigh, locale), toCellNumber(result.pValue, locale), result.significant],
    ];
  });
}

/**
 * RFM segments: recency, frequency and monetary scores 1–5 per buyer and the segment name, or a summary per segment. With order ids, rows sharing an order id count as one order (frequency counts orders).
 * @customfunction RFM
 * @param {any[][]} buyers Buyer id of each order.
 * @param {any[][]} dates Order date of each order.
 * @param {any[][]} amounts Order amount of each order.
 * @param {any} [asOf] Reference date for recency (default: the latest order date).
 * @param {boolean} [summary] TRUE for one row per segment (buyers, shares) instead of one row per buyer.
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Per buyer: buyer, recency (days), frequency, monetary, R, F, M, segment. Per segment: segment, buyers, buyer share, GMV, GMV share.
 * @requiresParameterAddresses
 */
export function rfmFunction(
  buyers: any[][], dates: any[][], amounts: any[][], asOf?: any, summary?: boolean, statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation,
) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const reference = readScalarDate(asOf, "what.asOf", addressOf(invocation, 3));
    if (isMetricError(reference)) return reference;
    const orders = readOrderColumns({ buyers, dates, amounts, statuses, orderIds }, invocation, { buyers: 0, dates: 1, amounts: 2, statuses: 5, orderIds: 6 });
    if (isMetricError(orders)) return orders;
    const scored = rfm(orders.buyers, orders.dates, orders.amounts, { counted: orders.counted, buyerCount: orders.buyerNames.length, asOf: reference });
    if (isMetricError(scored)) return scored;
    if (summary === true) {
      const table: ExcelScalar[][] = [[label(locale, "label.segment"), label(locale, "label.buyers"), label(locale, "label.buyerShare"), label(locale, "label.gmv"), label(locale, "label.gmvShare")]];
      for (const row of summarizeRfm(scored)) {
        table.push([label(locale, `segment.${row.segment}`), row.buyers, toCellNumber(row.buyerShare, locale), toCellNumber(row.gmv, locale), toCellNumber(row.gmvShare, locale)]);
      }
      return table;
    }
    const table: ExcelScalar[][] = [[
      label(locale, "label.buyer"), label(locale, "label.recencyDays"), label(locale, "label.frequency"), label(locale, "label.monetary"),
      label(locale, "label.r"), label(locale, "label.f"), label(locale, "label.m"), label(locale, "label.segment"),
    ]];
    for (const row of scored) {
      table.push([orders.buyerNames[row.buyer], row.recencyDays, row.frequency, toCellNumber(row.monetary, locale), row.r, row.f, row.m, label(locale, `segment.${row.segment}`)]);
    }
    return table;
  });
}

/**
 * Slow-moving stock: days of cover = stock ÷ average daily sales, flagged above a threshold. Spills two columns per row.
 * @customfunction SLOWMOVING
 * @param {any[][]} stock Units in stock per item.
 * @param {any[][]} unitsSold Units sold per item over the period.
 * @param {number} days Length of the period in days.
 * @param {number} [thresholdDays] Cover above this many days is slow-moving (default 90).
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Days of cover and TRUE when slow-moving, per item.
 * @requiresParameterAddresses
 */
export function slowMovingFunction(stock: any[][], unitsSold: any[][], days: number, thresholdDays?: number, invocation?: CustomFunctions.Invocation) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const period = readScalar(days, "what.days", undefined, addressOf(invocation, 2));
    if (isMetricError(period)) return period;
    const threshold = readScalar(thresholdDays, "what.threshold", DEFAULT_SLOW_MOVING_DAYS, addressOf(invocation, 3));
    if (isMetricError(threshold)) return threshold;
    // The period and the threshold are checked once, even when every stock cell is blank.
    const checked = stockCover(0, 0, period, { thresholdDays: threshold });
    if (isMetricError(checked)) return checked;
    const stockRange = rangeArgument(stock, "what.stocks", addressOf(invocation, 0));
    if (isMetricError(stockRange)) return stockRange;
    const soldRange = rangeArgument(unitsSold, "what.unitsSold", addressOf(invocation, 1));
    if (isMetricError(soldRange)) return soldRange;
    const misaligned = checkAligned(stockRange, soldRange);
    if (misaligned) return misaligned;
    const stockValues = readNumbers(stockRange);
    if (isMetricError(stockValues)) return stockValues;
    const soldValues = readNumbers(soldRange);
    if (isMetricError(soldValues)) return soldValues;
    const rows: ExcelScalar[][] = [];
    for (let i = 0; i < stockValues.length; i++) {
      if (stockValues[i] !== stockValues[i]) {
        rows.push(["", ""]);
        continue;
      }
      const cover = stockCover(stockValues[i], soldValues[i] === soldValues[i] ? soldValues[i] : 0, period, { thresholdDays: threshold });
      if (isMetricError(cover)) return cover;
      rows.push([cover.daysOfCover === null ? label(locale, "label.noSales") : toCellNumber(cover.daysOfCover, locale), cover.slowMoving]);
    }
    return rows.length === 0 ? [["", ""]] : rows;
  });
}

/**
 * The channel table: GMV, orders, spend, ROI, new buyers and cost per new buyer per channel. Spills a table with a header row. With order ids, rows sharing an order id count as one order.
 * @customfunction CHANNELS
 * @param {any[][]} channels Channel (traffic source) of each order.
 * @param {any[][]} amounts Order amount of each order.
 * @param {any[][]} buyers Buyer id of each order.
 * @param {any[][]} dates Order date of each order (a buyer is new to the channel of their first order).
 * @param {any[][]} [spendChannels] Channel of each ad spend row.
 * @param {any[][]} [spendAmounts] Amount of each ad spend row.
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Channel, GMV, orders, spend, ROI, new buyers, cost per new buyer.
 * @requiresParameterAddresses
 */
export function channelsFunction(
  channels: any[][], amounts: any[][], buyers: any[][], dates: any[][], spendChannels?: any[][], spendAmounts?: any[][], statuses?: any[][], orderIds?: any[][],
  invocation?: CustomFunctions.Invocation,
) {
  const locale = currentLocale();
  return guarded(locale, () => {
    const channelRange = rangeArgument(channels, "what.channels", addressOf(invocation, 0));
    if (isMetricError(channelRange)) return channelRange;
    const orders = readOrderColumns({ buyers, dates, amounts, statuses, orderIds }, invocation, { buyers: 2, dates: 3, amounts: 1, statuses: 6, orderIds: 7 }, channelRange);
    if (isMetricError(orders)) return orders;

    const spendChannelRange = optionalRange(spendChannels, "what.spendChannels", invocation, 4);
    if (isMetricError(spendChannelRange)) return spendChannelRange;
    const spendAmountRange = optionalRange(spendAmounts, "what.spendAmounts", invocation, 5);
    if (isMetricError(spendAmountRange)) return spendAmountRange;
    let spend: { channels: (string | null)[]; amounts: Float64Array } | undefined;
    if (spendChannelRange !== undefined || spendAmountRange !== undefined) {
      if (spendChannelRange === undefined || spendAmountRange === undefined) {
        return metricError("VALUE", "cell.lengthMismatch", {
          what: spendChannelRange === undefined ? "what.spendChannels" : "what.spendAmounts", found: 0,
          reference: spendChannelRange === undefined ? "what.spendAmounts" : "what.spendChannels", expected: (spendChannelRange ?? spendAmountRange)!.length,
        });
      }
      const misaligned = checkAligned(spendChannelRange, spendAmountRange);
      if (misaligned) return misaligned;
      const spendKeys = readKeys(spendChannelRange);
      if (isMetricError(spendKeys)) return spendKeys;
      const spendValues = readNumbers(spendAmountRange);
      if (isMetricError(spendValues)) return spendValues;
      // Spend without a channel would vanish from every ROI; it is refused like an order without one.
      const missingSpendChannel = firstMissing(spendValues, undefined, (i) => spendKeys.codes[i] < 0, spendChannelRange, "cell.missingSpendChannel");
      if (missingSpendChannel) return missingSpendChannel;
      spend = { channels: Array.from(spendKeys.codes, (code) => (code >= 0 ? spendKeys.names[code] : null)), amounts: spendValues };
    }
    const rows = channelTable(
      { amounts: orders.amounts, channels: orders.channels!, channelNames: orders.channelNames!, buyers: orders.buyers, dates: orders.dates, counted: orders.counted, buyerCount: orders.buyerNames.length },
      spend,
    );
    if (isMetricError(rows)) return rows;
    const table: ExcelScalar[][] = [[
      label(locale, "label.channel"), label(locale, "label.gmv"), label(locale, "label.orders"), label(locale, "label.spend"),
      label(locale, "label.roi"), label(locale, "label.newBuyers"), label(locale, "label.costPerNewBuyer"),
    ]];
    for (const row of rows) {
      table.push([row.channel, toCellNumber(row.gmv, locale), row.orders, toCellNumber(row.spend, locale), tableNumber(row.roi, locale), row.newBuyers, tableNumber(row.costPerNewBuyer, locale)]);
    }
    return table;
  });
}
