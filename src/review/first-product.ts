import { isMetricError } from "../engine/metric-error";
import { DEFAULT_MIN_FIRST_BUYERS, firstProductRepurchase, mainItemOfOrders, rankFirstProducts } from "../engine/metrics/first-product-repurchase";
import type { OrderTable } from "./order-table";
import { serialWindow, type MonthRange } from "./review-period";

/** At most this many items are kept in the summary (most first-time buyers first); the counts cover all of them. */
export const FIRST_PRODUCT_ITEMS_KEPT = 200;

/** One first item: its first-time buyers and how many came back, with the rate's 95% Wilson interval. */
export interface FirstProductItem {
  /** The SKU, else the item title. */
  readonly item: string;
  /** The item title of the SKU's first line with one, when `item` is a SKU; null otherwise. */
  readonly title: string | null;
  readonly firstBuyers: number;
  readonly repeatBuyers: number;
  readonly rate: number;
  readonly ciLow: number;
  readonly ciHigh: number;
}

/**
 * Repurchase by first product in the review (summary.json `firstProduct`). `reason` says why there
 * are no figures: no buyer column, no item or SKU column, or no buyer acquired in the period.
 */
export type FirstProductSummary =
  | { readonly reason: "noBuyerColumn" | "noItemColumn" | "noFirstBuyers" }
  | {
    readonly reason: null;
    /** Buyers acquired in the period, and of them those with a second counted order in it. */
    readonly firstBuyers: number;
    readonly repeatBuyers: number;
    /** Acquired buyers whose first order names no item. */
    readonly withoutItem: number;
    /** The items ranked need this many first-time buyers; `eligible` have them, `tooSmall` do not. */
    readonly minBuyers: number;
    readonly eligible: number;
    readonly tooSmall: number;
    /** Every item (up to `FIRST_PRODUCT_ITEMS_KEPT`), most first-time buyers first; `itemCount` counts them all. */
    readonly items: readonly FirstProductItem[];
    readonly itemCount: number;
    /** The eligible items whose first-time buyers came back most and least; null with fewer than two. */
    readonly best: FirstProductItem | null;
    readonly worst: FirstProductItem | null;
    /** The best's interval lies above the worst's: the gap is unlikely to be chance. */
    readonly separated: boolean;
  };

/**
 * The repurchase of the buyers acquired in the period by the item of their first order
 * (`firstProductRepurchase`, as `EC.FIRSTPRODUCT`): the window is the period's, as the review's
 * repurchase rate (buyers with ≥ 2 counted orders in the period ÷ buyers with ≥ 1); a buyer is
 * acquired when their first counted order in all the data falls in the period. An order's item is
 * its largest counted line by amount (`mainItemOfOrders`; the first listed on a tie, and the first
 * line where lines have no amount of their own), named by its SKU, else its item title: from the
 * order table's lines, or the item report's where one was joined (`joinItemTable`).
 */
export function firstProductFigures(orders: OrderTable, period: MonthRange, options: { readonly minBuyers?: number } = {}): FirstProductSummary {
  if (!orders.hasBuyers) return { reason: "noBuyerColumn" };
  const { lines } = orders;
  if (lines.item === null && lines.sku === null) return { reason: "noItemColumn" };
  // One dictionary for both: SKU codes first, then item titles after them.
  const skuCount = lines.skuNames.length;
  const lineItems = new Int32Array(lines.length);
  const titleOfSku = new Int32Array(skuCount).fill(-1);
  for (let j = 0; j < lines.length; j++) {
    const sku = lines.sku === null ? -1 : lines.sku[j];
    const title = lines.item === null ? -1 : lines.item[j];
    lineItems[j] = sku >= 0 ? sku : title >= 0 ? skuCount + title : -1;
    if (sku >= 0 && title >= 0 && titleOfSku[sku] < 0) titleOfSku[sku] = title;
  }
  const orderItems = mainItemOfOrders(lines.order, lineItems, { orderCount: orders.length, amounts: lines.amount, counted: lines.counted });
  const window = serialWindow(period);
  const result = firstProductRepurchase(orders.buyer, orders.time, orderItems, {
    counted: orders.counted, from: window.from, to: window.to, buyerCount: orders.buyerNames.length, itemCount: skuCount + orders.itemNames.length,
  });
  if (isMetricError(result)) return { reason: "noFirstBuyers" };
  const minBuyers = options.minBuyers ?? DEFAULT_MIN_FIRST_BUYERS;
  const ranking = rankFirstProducts(result.items, { minBuyers });
  const named = (row: (typeof result.items)[number]): FirstProductItem => ({
    item: row.item < skuCount ? lines.skuNames[row.item] : orders.itemNames[row.item - skuCount],
    title: row.item < skuCount && titleOfSku[row.item] >= 0 ? orders.itemNames[titleOfSku[row.item]] : null,
    firstBuyers: row.firstBuyers, repeatBuyers: row.repeatBuyers, rate: row.rate, ciLow: row.ciLow, ciHigh: row.ciHigh,
  });
  return {
    reason: null, firstBuyers: result.firstBuyers, repeatBuyers: result.repeatBuyers, withoutItem: result.withoutItem,
    minBuyers, eligible: ranking.eligible, tooSmall: ranking.tooSmall,
    items: result.items.slice(0, FIRST_PRODUCT_ITEMS_KEPT).map(named), itemCount: result.items.length,
    best: ranking.best === null ? null : named(ranking.best), worst: ranking.worst === null ? null : named(ranking.worst), separated: ranking.separated,
  };
}
