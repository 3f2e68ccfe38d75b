import { monthLabel } from "../engine/calendar";
import { isMetricError } from "../engine/metric-error";
import { DEFAULT_SHIPPING_LIMIT_HOURS, fulfilmentByMonth, type FulfilmentMonth } from "../engine/metrics/fulfilment";
import { proportionDifference } from "../engine/metrics/proportion-difference";
import { firstShippingGroups, type FirstShippingGroup } from "../engine/metrics/shipping-repurchase";
import { repurchaseRateOfCounts } from "../engine/metrics/repurchase-rate";
import { valueOrNone } from "../engine/metric-error";
import type { OrderTable } from "./order-table";
import { serialWindow, type MonthRange } from "./review-period";

/** One month of the period's fulfilment figures (see `fulfilmentByMonth`), its month as "2025-06". */
export interface FulfilmentMonthSummary extends Omit<FulfilmentMonth, "month"> {
  readonly month: string;
}

/** A group of new buyers by how their first order shipped, with its repurchase rate. */
export interface FirstShippingSummary extends FirstShippingGroup {
  /** repurchased ÷ buyers; null without buyers. */
  readonly repurchaseRate: number | null;
}

/**
 * The fulfilment and after-sales figures of the review (summary.json `fulfilment`): per month of
 * the period, and the repurchase of the period's new buyers by how their first order shipped.
 */
export interface FulfilmentSummary {
  /** Late means shipped more than this many hours after payment (targets.json `shippingLimitHours`, default 48). */
  readonly limitHours: number;
  /** Which columns the order table has. */
  readonly hasShipping: boolean;
  readonly hasAfterSales: boolean;
  readonly hasRefunds: boolean;
  /** Orders closed or fully refunded after payment, paid in the period: in the paid orders, not in the counted ones. */
  readonly closedPaidOrders: number;
  readonly months: readonly FulfilmentMonthSummary[];
  /**
   * The period's new buyers (first counted order in the period) whose first order shipped late and
   * on time, and the difference of their repurchase rates (late − on time) with its 95% Newcombe
   * interval; null without a buyer column or a shipping column.
   */
  readonly firstShipping: {
    readonly late: FirstShippingSummary;
    readonly onTime: FirstShippingSummary;
    /** New buyers whose first order has no shipping time. */
    readonly unshipped: number;
    /** late rate − on-time rate, a fraction; null when a group is empty. */
    readonly difference: number | null;
    readonly ciLow: number | null;
    readonly ciHigh: number | null;
  } | null;
}

/** Joins the counted orders' column with the closed-but-paid orders' one. */
function joined<T extends Float64Array | Uint8Array>(counted: T | null, closed: T | null, make: (n: number) => T): T | undefined {
  if (counted === null || closed === null) return undefined;
  const all = make(counted.length + closed.length);
  all.set(counted, 0);
  all.set(closed, counted.length);
  return all;
}

/**
 * The review's fulfilment figures, from the order table's fulfilment columns; null when it has none
 * (no shipping time, after-sales status or refund amount). The paid orders are the counted orders
 * and the orders closed or fully refunded after payment (`OrderFulfilment.closedPaid`): a refund
 * rate over the counted orders alone would leave out every fully refunded order.
 */
export function summarizeFulfilment(orders: OrderTable, period: MonthRange, limitHours = DEFAULT_SHIPPING_LIMIT_HOURS): FulfilmentSummary | null {
  const f = orders.fulfilment;
  if (f === undefined) return null;
  const closed = f.closedPaid;
  const paid = joined(orders.time, closed.time, (n) => new Float64Array(n))!;
  const shipped = joined(f.shipped, closed.shipped, (n) => new Float64Array(n)) ?? new Float64Array(paid.length).fill(NaN);
  const result = fulfilmentByMonth(paid, shipped, {
    afterSales: joined(f.afterSales, closed.afterSales, (n) => new Uint8Array(n)),
    refunded: joined(f.refunded, closed.refunded, (n) => new Uint8Array(n)),
    limitHours, months: period,
  });
  // The reader keeps shipping times before payment out and targets.json checks the limit: nothing is left to fail here.
  if (isMetricError(result)) return null;
  const window = serialWindow(period);
  let closedPaidOrders = 0;
  for (const time of closed.time) if (time >= window.from && time < window.to) closedPaidOrders++;

  let firstShipping: FulfilmentSummary["firstShipping"] = null;
  if (orders.hasBuyers && f.shipped !== null) {
    const groups = firstShippingGroups(orders.buyer, orders.time, f.shipped, { window, limitHours });
    if (!isMetricError(groups)) {
      const rateOf = (group: FirstShippingGroup): FirstShippingSummary => ({ ...group, repurchaseRate: valueOrNone(repurchaseRateOfCounts(group.repurchased, group.buyers)) });
      const difference = proportionDifference({ size: groups.late.buyers, events: groups.late.repurchased }, { size: groups.onTime.buyers, events: groups.onTime.repurchased });
      const known = !isMetricError(difference);
      firstShipping = {
        late: rateOf(groups.late), onTime: rateOf(groups.onTime), unshipped: groups.unshipped,
        difference: known ? difference.difference : null, ciLow: known ? difference.ciLow : null, ciHigh: known ? difference.ciHigh : null,
      };
    }
  }
  return {
    limitHours,
    hasShipping: f.shipped !== null,
    hasAfterSales: f.afterSales !== null,
    hasRefunds: f.refunded !== null,
    closedPaidOrders,
    months: result.map((m) => ({ ...m, month: monthLabel(m.month) })),
    firstShipping,
  };
}
