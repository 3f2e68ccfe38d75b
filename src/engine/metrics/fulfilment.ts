import { monthIndexColumn } from "../calendar";
import { metricError, type MetricError } from "../metric-error";
import { percentilesBySelection } from "./percentile";

/** Orders shipped more than this many hours after payment are late (PRODUCT.md, "Fulfilment delay"). */
export const DEFAULT_SHIPPING_LIMIT_HOURS = 48;
/** The upper percentile of the delay the review shows beside the median. */
export const UPPER_DELAY_PERCENTILE = 0.9;
/** The longest limit a shop could mean, in hours (a year): a larger number is a mistake. */
export const MAX_SHIPPING_LIMIT_HOURS = 8760;

/** One month's fulfilment and after-sales figures. */
export interface FulfilmentMonth {
  /** Month index (`year × 12 + month − 1`) of the payment. */
  readonly month: number;
  /** Paid orders of the month: the denominator of the after-sales and refund rates. */
  readonly orders: number;
  /** Of them, those with a shipping time: the orders the delay figures are over. */
  readonly shipped: number;
  /** Median hours from payment to shipping (PERCENTILE.INC at 0.5); null without a shipped order. */
  readonly medianHours: number | null;
  /** 90th percentile of the same hours (PERCENTILE.INC at 0.9); null without a shipped order. */
  readonly p90Hours: number | null;
  /** Shipped orders whose delay is over the limit. */
  readonly late: number;
  /** late ÷ shipped; null without a shipped order. */
  readonly lateShare: number | null;
  /** Orders with an after-sales case; null when no after-sales flags were given. */
  readonly afterSales: number | null;
  /** afterSales ÷ orders; null without flags or without orders. */
  readonly afterSalesRate: number | null;
  /** Orders refunded, wholly or in part; null when no refund flags were given. */
  readonly refunded: number | null;
  /** refunded ÷ orders; null without flags or without orders. */
  readonly refundRate: number | null;
}

export interface FulfilmentOptions {
  /** 1 for an order (row) with an after-sales case (see `afterSalesKind`). */
  readonly afterSales?: Uint8Array;
  /** 1 for an order (row) refunded, wholly or in part. */
  readonly refunded?: Uint8Array;
  /**
   * Order code of each row (−1: the row is an order of its own): rows sharing a code are one
   * order, paid at its first payment time, shipped at its last line's shipping time, with an
   * after-sales case or a refund when any of its rows has one.
   */
  readonly orderIds?: Int32Array;
  /** Late means more hours than this from payment to shipping (default `DEFAULT_SHIPPING_LIMIT_HOURS`). */
  readonly limitHours?: number;
  /** The months to report, inclusive month indexes (months without orders included); default: first to last month with a paid order. */
  readonly months?: { readonly from: number; readonly to: number };
}

/**
 * Fulfilment and after-sales per month of payment (`EC.FULFILMENT`): how long paid orders waited to
 * be shipped, how many waited too long, and how many came back as after-sales cases and refunds.
 *
 * - An order is paid when it has a payment time; its month is its payment's. Its delay is
 *   (shipping time − payment time) × 24 hours, to the second, for the orders with a shipping time (the orders not
 *   yet shipped are in `orders`, not in the delay figures).
 * - medianHours and p90Hours: the 50th and 90th percentiles of the month's delays as Excel's
 *   `PERCENTILE.INC` (= DuckDB's `quantile_cont`) computes them, linear between ranks (`percentileInc`).
 * - lateShare = orders shipped more than `limitHours` after payment ÷ orders shipped (a delay of
 *   exactly the limit is on time).
 * - afterSalesRate = orders with an after-sales case ÷ paid orders; refundRate = orders refunded
 *   (wholly or in part) ÷ paid orders. The caller says which orders are paid: the review gives its
 *   counted orders and the orders closed or refunded after payment (a fully refunded order is left
 *   out of the counted orders by its status, yet it was paid and refunded).
 * - Edge cases: a shipping time before its payment time → #VALUE! (`argument.shippedBeforePaid`,
 *   naming the shipping time's row, 1-based); a limit not above 0 or over a year → #NUM!; no paid order and no
 *   months asked for → #NUM! (`argument.noPaidOrders`); `months.to` before `months.from` → #NUM!.
 *
 * @example fulfilmentByMonth(Float64Array.of(45809.5, 45810.5), Float64Array.of(45810.5, 45813.5)) // one month: delays 24 h and 72 h, median 48, p90 67.2, late 1 of 2
 */
export function fulfilmentByMonth(paidTimes: Float64Array, shippedTimes: Float64Array, options: FulfilmentOptions = {}): FulfilmentMonth[] | MetricError {
  const limit = options.limitHours ?? DEFAULT_SHIPPING_LIMIT_HOURS;
  if (!(limit > 0 && limit <= MAX_SHIPPING_LIMIT_HOURS)) {
    return metricError("NUM", "argument.outOfRange", { what: "what.shippingLimit", min: 0, max: MAX_SHIPPING_LIMIT_HOURS, found: limit });
  }
  if (options.months !== undefined && options.months.to < options.months.from) {
    return metricError("NUM", "argument.monthsReversed", { from: options.months.from, to: options.months.to });
  }
  const orders = ordersOfRows(paidTimes, shippedTimes, options);
  const { paid, shipped, afterSales, refunded, shipRow } = orders;

  let from = options.months?.from ?? Infinity;
  let to = options.months?.to ?? -Infinity;
  // One month lookup per distinct day, not a calendar computation per order.
  const monthOf = monthIndexColumn(paid);
  for (let o = 0; o < paid.length; o++) {
    if (paid[o] !== paid[o]) continue;
    const month = monthOf[o];
    if (options.months === undefined) {
      if (month < from) from = month;
      if (month > to) to = month;
    }
    if (shipped[o] === shipped[o] && shipped[o] < paid[o]) return metricError("VALUE", "argument.shippedBeforePaid", { row: shipRow[o] + 1 });
  }
  if (from > to) return metricError("NUM", "argument.noPaidOrders");

  const span = to - from + 1;
  const count = new Float64Array(span);
  const late = new Float64Array(span);
  const cases = new Float64Array(span);
  const refunds = new Float64Array(span);
  // The delays of each month in one typed array, month after month (a counting sort by month):
  // no growing array of a million numbers.
  const shippedIn = new Int32Array(span + 1);
  for (let o = 0; o < paid.length; o++) {
    if (paid[o] !== paid[o] || shipped[o] !== shipped[o]) continue;
    const m = monthOf[o] - from;
    if (m >= 0 && m < span) shippedIn[m + 1]++;
  }
  for (let m = 0; m < span; m++) shippedIn[m + 1] += shippedIn[m];
  const delays = new Float64Array(shippedIn[span]);
  const next = shippedIn.slice(0, span);
  for (let o = 0; o < paid.length; o++) {
    if (paid[o] !== paid[o]) continue;
    const m = monthOf[o] - from;
    if (m < 0 || m >= span) continue;
    count[m]++;
    if (afterSales !== null && afterSales[o] === 1) cases[m]++;
    if (refunded !== null && refunded[o] === 1) refunds[m]++;
    if (shipped[o] !== shipped[o]) continue;
    // Times are to the second: the delay is rounded to one, so that serial arithmetic leaves no noise (33.4, not 33.39999999990687).
    const hours = Math.round((shipped[o] - paid[o]) * 86_400) / 3600;
    delays[next[m]++] = hours;
    if (hours > limit) late[m]++;
  }
  const months: FulfilmentMonth[] = [];
  for (let m = 0; m < span; m++) {
    const monthDelays = delays.subarray(shippedIn[m], shippedIn[m + 1]);
    const n = monthDelays.length;
    const [median, p90] = n > 0 ? percentilesBySelection(monthDelays, [0.5, UPPER_DELAY_PERCENTILE]) : [null, null];
    const rate = (numerator: number) => (count[m] > 0 ? numerator / count[m] : null);
    months.push({
      month: from + m,
      orders: count[m],
      shipped: n,
      medianHours: median,
      p90Hours: p90,
      late: late[m],
      lateShare: n > 0 ? late[m] / n : null,
      afterSales: afterSales === null ? null : cases[m],
      afterSalesRate: afterSales === null ? null : rate(cases[m]),
      refunded: refunded === null ? null : refunds[m],
      refundRate: refunded === null ? null : rate(refunds[m]),
    });
  }
  return months;
}

/** The orders of the rows (see `FulfilmentOptions.orderIds`); the rows themselves without ids. */
function ordersOfRows(paidTimes: Float64Array, shippedTimes: Float64Array, options: FulfilmentOptions) {
  const afterSales = options.afterSales ?? null;
  const refunded = options.refunded ?? null;
  const ids = options.orderIds;
  if (ids === undefined) return { paid: paidTimes, shipped: shippedTimes, afterSales, refunded, shipRow: Int32Array.from({ length: paidTimes.length }, (_, i) => i) };
  let codes = 0;
  for (let i = 0; i < ids.length; i++) if (ids[i] + 1 > codes) codes = ids[i] + 1;
  // Orders with an id first (by code), then each row without one.
  const orderOf = new Int32Array(ids.length);
  let next = codes;
  for (let i = 0; i < ids.length; i++) orderOf[i] = ids[i] >= 0 ? ids[i] : next++;
  const paid = new Float64Array(next).fill(NaN);
  const shipped = new Float64Array(next).fill(NaN);
  const caseOf = afterSales === null ? null : new Uint8Array(next);
  const refundOf = refunded === null ? null : new Uint8Array(next);
  const shipRow = new Int32Array(next).fill(-1);
  for (let i = 0; i < ids.length; i++) {
    const o = orderOf[i];
    if (paid[o] !== paid[o] && paidTimes[i] === paidTimes[i]) paid[o] = paidTimes[i];
    const s = shippedTimes[i];
    if (s === s && !(shipped[o] >= s)) {
      shipped[o] = s;
      shipRow[o] = i;
    }
    if (caseOf !== null && afterSales![i] === 1) caseOf[o] = 1;
    if (refundOf !== null && refunded![i] === 1) refundOf[o] = 1;
  }
  return { paid, shipped, afterSales: caseOf, refunded: refundOf, shipRow };
}
