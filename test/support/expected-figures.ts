/**
 * What a correct review must report on a list of {@link ShopOrder}s for a period: an independent,
 * plain computation over the order model (nothing from src/ is imported), to hold the engine's
 * summary.json against. Keys follow docs/summary-json.md where the figure exists there (`gmv`,
 * `orders`, `buyers`, `aov`, `aovPerBuyer`, `grossMargin`, `repurchaseRate`, `newBuyers`,
 * `monthly[]`, `priceBands[]`); the others (`lines`, `unpaidOrders`, `closedOrders`,
 * `chargedGmv`, `partialRefunds`) are extra checks.
 *
 * Rules (PRODUCT.md "Metric definitions" and "Orders, lines and what each export means"):
 * - An order's time is its payment time, else its creation time ({@link orderTime}); an order is
 *   in the period when the month of that time is between `from` and `to`.
 * - Counted orders: paid, not closed and not fully refunded ({@link isCountedOrder}); a partially
 *   refunded order counts with its kept lines.
 * - An order's amount is {@link orderAmount} (kept lines + shipping); GMV is its sum.
 * - Money is summed in cents, so GMV is exact to the cent; ratios are plain divisions.
 */
import {
  isCountedOrder, lineCost, monthsBetween, orderAmount, orderChargedAmount, orderCost, orderMonth, orderRefundedAmount, toCents,
  type ShopOrder,
} from "./shop-orders";

export const DEFAULT_PRICE_BAND_EDGES: readonly number[] = [50, 100, 200, 500];

export interface ExpectedPriceBand {
  /** "<50", "50-100", "100-200", "200-500", ">=500" */
  band: string;
  /** `low ≤ amount < high`; null for an open end */
  low: number | null;
  high: number | null;
  orders: number;
  /** orders ÷ all counted orders of the period; 0 without orders */
  orderShare: number;
  gmv: number;
  /** gmv ÷ the period's GMV; 0 without GMV */
  gmvShare: number;
  /** (gmv − cost) ÷ gmv of the band's orders; null without GMV in the band */
  grossMargin: number | null;
}

export interface ExpectedMonth {
  month: string;
  gmv: number;
  orders: number;
  buyers: number;
  aov: number | null;
  aovPerBuyer: number | null;
  /** buyers whose first counted order ever is in this month */
  newBuyers: number;
  /** buyers − newBuyers */
  returningBuyers: number;
  grossMargin: number | null;
}

export interface ExpectedFigures {
  period: { from: string; to: string };
  /** counted orders whose time is in the period */
  orders: number;
  /** lines of those orders that were not refunded (what a sales ledger lists) */
  lines: number;
  /** orders of status unpaid created in the period */
  unpaidOrders: number;
  /** orders closed before payment or fully refunded, whose time (payment, else creation) is in the period */
  closedOrders: number;
  /** Σ {@link orderAmount} over the counted orders */
  gmv: number;
  /** Σ {@link orderChargedAmount} over the counted orders: GMV as an order-total column that ignores partial refunds adds it up */
  chargedGmv: number;
  /** counted orders of the period with a refunded line, and the amount refunded on them (= chargedGmv − gmv) */
  partialRefunds: { orders: number; amount: number };
  /** gmv ÷ orders; null without orders */
  aov: number | null;
  /** distinct buyers with a counted order in the period */
  buyers: number;
  /** 客单价 per buyer (生意参谋): gmv ÷ buyers; null without buyers */
  aovPerBuyer: number | null;
  /** buyers with ≥ 2 counted orders in the period ÷ buyers with ≥ 1; null without buyers */
  repurchaseRate: number | null;
  /** buyers whose first counted order (over all the orders given) falls in the period */
  newBuyers: number;
  /** (Σ amount − Σ cost of kept lines) ÷ Σ amount; null when Σ amount is 0 */
  grossMargin: number | null;
  monthly: ExpectedMonth[];
  priceBands: ExpectedPriceBand[];
}

/** A band's code as summary.json writes it. */
function bandName(low: number | null, high: number | null): string {
  if (low === null) return `<${high}`;
  if (high === null) return `>=${low}`;
  return `${low}-${high}`;
}

interface Totals { gmvCents: number; costCents: number; orders: number; buyers: Set<string> }

const newTotals = (): Totals => ({ gmvCents: 0, costCents: 0, orders: 0, buyers: new Set() });

function add(totals: Totals, order: ShopOrder): void {
  totals.gmvCents += toCents(orderAmount(order));
  totals.costCents += toCents(orderCost(order));
  totals.orders += 1;
  totals.buyers.add(order.buyer);
}

const margin = (totals: Totals) => (totals.gmvCents > 0 ? (totals.gmvCents - totals.costCents) / totals.gmvCents : null);

/**
 * The figures of the period `from`..`to` ("YYYY-MM", both included) over `orders`. New buyers
 * look at every order given (a buyer whose first counted order is before `from` is not new).
 */
export function expectedFigures(
  orders: readonly ShopOrder[],
  period: { from: string; to: string },
  options: { priceBandEdges?: readonly number[] } = {},
): ExpectedFigures {
  const months = monthsBetween(period.from, period.to);
  const inPeriod = (order: ShopOrder) => orderMonth(order) >= period.from && orderMonth(order) <= period.to;
  const counted = orders.filter((order) => isCountedOrder(order) && inPeriod(order));

  const firstMonth = new Map<string, string>();
  for (const order of orders) {
    if (!isCountedOrder(order)) continue;
    const month = orderMonth(order);
    const first = firstMonth.get(order.buyer);
    if (first === undefined || month < first) firstMonth.set(order.buyer, month);
  }

  const total = newTotals();
  const ordersPerBuyer = new Map<string, number>();
  let chargedCents = 0;
  let lines = 0;
  const partialRefunds = { orders: 0, cents: 0 };
  for (const order of counted) {
    add(total, order);
    ordersPerBuyer.set(order.buyer, (ordersPerBuyer.get(order.buyer) ?? 0) + 1);
    chargedCents += toCents(orderChargedAmount(order));
    lines += order.lines.filter((line) => !line.refunded).length;
    if (order.lines.some((line) => line.refunded)) {
      partialRefunds.orders += 1;
      partialRefunds.cents += toCents(orderRefundedAmount(order));
    }
  }

  const monthly = months.map((month): ExpectedMonth => {
    const totals = newTotals();
    for (const order of counted) if (orderMonth(order) === month) add(totals, order);
    const buyers = totals.buyers.size;
    const newBuyers = [...totals.buyers].filter((buyer) => firstMonth.get(buyer) === month).length;
    return {
      month,
      gmv: totals.gmvCents / 100,
      orders: totals.orders,
      buyers,
      aov: totals.orders > 0 ? totals.gmvCents / 100 / totals.orders : null,
      aovPerBuyer: buyers > 0 ? totals.gmvCents / 100 / buyers : null,
      newBuyers,
      returningBuyers: buyers - newBuyers,
      grossMargin: margin(totals),
    };
  });

  const edges = options.priceBandEdges ?? DEFAULT_PRICE_BAND_EDGES;
  const bounds = [null, ...edges].map((low, k) => ({ low, high: k < edges.length ? edges[k] : null }));
  const priceBands = bounds.map(({ low, high }): ExpectedPriceBand => {
    const totals = newTotals();
    for (const order of counted) {
      const amount = orderAmount(order);
      if ((low === null || amount >= low) && (high === null || amount < high)) add(totals, order);
    }
    return {
      band: bandName(low, high),
      low,
      high,
      orders: totals.orders,
      orderShare: total.orders > 0 ? totals.orders / total.orders : 0,
      gmv: totals.gmvCents / 100,
      gmvShare: total.gmvCents > 0 ? totals.gmvCents / total.gmvCents : 0,
      grossMargin: margin(totals),
    };
  });

  const buyers = total.buyers.size;
  const gmv = total.gmvCents / 100;
  return {
    period: { from: period.from, to: period.to },
    orders: total.orders,
    lines,
    unpaidOrders: orders.filter((order) => order.status === "unpaid" && inPeriod(order)).length,
    closedOrders: orders.filter((order) => (order.status === "closed" || order.status === "refunded") && inPeriod(order)).length,
    gmv,
    chargedGmv: chargedCents / 100,
    partialRefunds: { orders: partialRefunds.orders, amount: partialRefunds.cents / 100 },
    aov: total.orders > 0 ? gmv / total.orders : null,
    buyers,
    aovPerBuyer: buyers > 0 ? gmv / buyers : null,
    repurchaseRate: buyers > 0 ? [...ordersPerBuyer.values()].filter((count) => count >= 2).length / buyers : null,
    newBuyers: [...total.buyers].filter((buyer) => {
      const first = firstMonth.get(buyer);
      return first !== undefined && first >= period.from && first <= period.to;
    }).length,
    grossMargin: margin(total),
    monthly,
    priceBands,
  };
}

/** Σ cost of the kept lines of the period's counted orders (for a check of a cost column). */
export function expectedCost(orders: readonly ShopOrder[], period: { from: string; to: string }): number {
  let cents = 0;
  for (const order of orders) {
    const month = orderMonth(order);
    if (!isCountedOrder(order) || month < period.from || month > period.to) continue;
    for (const line of order.lines) if (!line.refunded) cents += toCents(lineCost(line));
  }
  return cents / 100;
}
