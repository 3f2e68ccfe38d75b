import { metricError, type MetricError } from "../metric-error";
import { DEFAULT_CONFIDENCE } from "./ab-test";
import { wilsonInterval } from "./wilson-interval";

/** Items with fewer first-time buyers than this are not named the best or the worst. */
export const DEFAULT_MIN_FIRST_BUYERS = 30;

/** One item: the buyers acquired with it and how many of them came back. */
export interface FirstProductRow {
  /** Item code (the caller's dictionary). */
  readonly item: number;
  /** Buyers whose first counted order ever was this item's, and fell in the window. */
  readonly firstBuyers: number;
  /** Of them, those with two or more counted orders in the window. */
  readonly repeatBuyers: number;
  /** repeatBuyers ÷ firstBuyers. */
  readonly rate: number;
  /** Wilson interval of the rate at the chosen confidence. */
  readonly ciLow: number;
  readonly ciHigh: number;
}

export interface FirstProductResult {
  /** Buyers whose first counted order ever falls in the window. */
  readonly firstBuyers: number;
  /** Of them, those with two or more counted orders in the window (the shop's repurchase of new buyers). */
  readonly repeatBuyers: number;
  /** Acquired buyers whose first order has no item (blank item cells): in the totals, in no row. */
  readonly withoutItem: number;
  /** One row per item, most first-time buyers first (ties: more repeat buyers, then item code). */
  readonly items: readonly FirstProductRow[];
}

export interface FirstProductOptions {
  /** 1 = counted order; all count when left out. */
  readonly counted?: Uint8Array;
  /** The window: orders with from ≤ date < to (Excel serials); the whole data when left out. */
  readonly from?: number;
  readonly to?: number;
  /** The number of distinct buyer and item codes, when known (saves a pass each). */
  readonly buyerCount?: number;
  readonly itemCount?: number;
  /** Confidence of the intervals (default 0.95). */
  readonly confidence?: number;
}

function codeCount(codes: Int32Array, known: number | undefined): number {
  if (known !== undefined) return known;
  let count = 0;
  for (let i = 0; i < codes.length; i++) if (codes[i] >= count) count = codes[i] + 1;
  return count;
}

/**
 * Repurchase by first product (`EC.FIRSTPRODUCT`): for the buyers acquired in the window — their
 * first counted order in all the data given falls in it — the repurchase rate (复购率: buyers with
 * ≥ 2 counted orders in the window ÷ buyers with ≥ 1, PRODUCT.md) per item of that first order,
 * with its Wilson interval.
 *
 * - `buyers`, `dates`, `items`: one entry per order (`items` the order's item, see
 *   `mainItemOfOrders`; −1 blank). A buyer's first order is their earliest counted one; of two at
 *   the same moment, the one listed first.
 * - Per item: first-time buyers n, repeat buyers x, rate x ÷ n, interval `wilsonInterval(x, n)`.
 *
 * The rates of buyers acquired late in the window are lower (less time to come back): compare
 * items over the same window, as the review does. Edge cases: no buyer acquired in the window →
 * #DIV/0!; a confidence outside (0, 1) → #NUM!. Complexity: O(orders + buyers + items log items).
 *
 * @example
 * // Buyer 0 starts with item 0 and comes back; buyer 1 starts with item 0; buyer 2 with item 1.
 * firstProductRepurchase(Int32Array.of(0, 1, 0, 2), Float64Array.of(1, 2, 3, 4), Int32Array.of(0, 0, 1, 1))
 * // items: [{ item: 0, firstBuyers: 2, repeatBuyers: 1, rate: 0.5, … }, { item: 1, firstBuyers: 1, repeatBuyers: 0, rate: 0, … }]
 */
export function firstProductRepurchase(buyers: Int32Array, dates: Float64Array, items: Int32Array, options: FirstProductOptions = {}): FirstProductResult | MetricError {
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  if (!(confidence > 0 && confidence < 1)) return metricError("NUM", "argument.outOfRange", { what: "what.confidence", min: 0, max: 1, found: confidence });
  const { counted } = options;
  const low = options.from ?? -Infinity;
  const high = options.to ?? Infinity;
  const buyerCount = codeCount(buyers, options.buyerCount);
  const itemCount = codeCount(items, options.itemCount);

  // Each buyer's first counted order (earliest date, the first listed on a tie) and their orders in the window (capped at 2).
  const firstOrder = new Int32Array(buyerCount).fill(-1);
  const inWindow = new Uint8Array(buyerCount);
  for (let i = 0; i < buyers.length; i++) {
    const b = buyers[i];
    const date = dates[i];
    if (b < 0 || date !== date || (counted !== undefined && counted[i] !== 1)) continue;
    const first = firstOrder[b];
    if (first < 0 || date < dates[first]) firstOrder[b] = i;
    if (date >= low && date < high && inWindow[b] < 2) inWindow[b]++;
  }

  const firstBuyersOf = new Int32Array(itemCount);
  const repeatOf = new Int32Array(itemCount);
  let acquired = 0;
  let repeat = 0;
  let withoutItem = 0;
  for (let b = 0; b < buyerCount; b++) {
    const first = firstOrder[b];
    if (first < 0 || !(dates[first] >= low && dates[first] < high)) continue;
    acquired++;
    const came = inWindow[b] >= 2 ? 1 : 0;
    repeat += came;
    const item = items[first];
    if (item < 0) {
      withoutItem++;
      continue;
    }
    firstBuyersOf[item]++;
    repeatOf[item] += came;
  }
  if (acquired === 0) return metricError("DIV0", "argument.noFirstTimeBuyers");

  const rows: FirstProductRow[] = [];
  for (let item = 0; item < itemCount; item++) {
    const n = firstBuyersOf[item];
    if (n === 0) continue;
    const interval = wilsonInterval(repeatOf[item], n, { confidence });
    if ("kind" in interval) return interval;
    rows.push({ item, firstBuyers: n, repeatBuyers: repeatOf[item], rate: interval.rate, ciLow: interval.low, ciHigh: interval.high });
  }
  rows.sort((a, b) => b.firstBuyers - a.firstBuyers || b.repeatBuyers - a.repeatBuyers || a.item - b.item);
  return { firstBuyers: acquired, repeatBuyers: repeat, withoutItem, items: rows };
}

/**
 * The item of each order, for `firstProductRepurchase`: of the order's lines that count (not closed
 * or refunded) and name an item, the one of the largest amount; a line without an amount of its own
 * ranks below any line with one; of lines of equal amount (or none with an amount: an order total
 * repeated or written on the first row only), the first listed. −1 for an order none of whose
 * counted lines names an item.
 *
 * `lineOrders` gives each line's order (0 … orderCount − 1), `lineItems` its item code (−1 blank).
 * Complexity O(lines).
 *
 * @example mainItemOfOrders(Int32Array.of(0, 0, 1), Int32Array.of(5, 7, 5), { orderCount: 2, amounts: Float64Array.of(20, 80, 10) }) // [7, 5]
 */
export function mainItemOfOrders(
  lineOrders: Int32Array, lineItems: Int32Array, options: { readonly orderCount: number; readonly amounts?: Float64Array; readonly counted?: Uint8Array },
): Int32Array {
  const { orderCount, amounts, counted } = options;
  const item = new Int32Array(orderCount).fill(-1);
  const best = new Float64Array(orderCount).fill(-Infinity);
  for (let j = 0; j < lineOrders.length; j++) {
    const o = lineOrders[j];
    const code = lineItems[j];
    if (o < 0 || o >= orderCount || code < 0 || (counted !== undefined && counted[j] !== 1)) continue;
    const amount = amounts === undefined ? NaN : amounts[j];
    // NaN ranks as −∞ … but above "no line yet": the first line without an amount is taken when no line has one.
    const rank = amount === amount ? amount : -Number.MAX_VALUE;
    if (item[o] < 0 || rank > best[o]) {
      item[o] = code;
      best[o] = rank;
    }
  }
  return item;
}

/** The items named best and worst, and how many were too small to be named. */
export interface FirstProductRanking {
  /** Items with at least `minBuyers` first-time buyers. */
  readonly eligible: number;
  /** Items with fewer. */
  readonly tooSmall: number;
  /** Highest and lowest rate among the eligible (ties: more first-time buyers); null with fewer than two eligible items. */
  readonly best: FirstProductRow | null;
  readonly worst: FirstProductRow | null;
  /** Whether the two intervals are apart (best's low above worst's high): the gap is then unlikely to be chance. */
  readonly separated: boolean;
}

/**
 * The items whose first-time buyers come back most and least, among those with at least
 * `minBuyers` first-time buyers (default `DEFAULT_MIN_FIRST_BUYERS`): a 3-buyer item at 100% is
 * never the best. With fewer than two such items none is named.
 *
 * @example rankFirstProducts(result.items, { minBuyers: 30 })
 */
export function rankFirstProducts(rows: readonly FirstProductRow[], options: { readonly minBuyers?: number } = {}): FirstProductRanking {
  const minBuyers = options.minBuyers ?? DEFAULT_MIN_FIRST_BUYERS;
  const eligible = rows.filter((row) => row.firstBuyers >= minBuyers);
  const tooSmall = rows.length - eligible.length;
  if (eligible.length < 2) return { eligible: eligible.length, tooSmall, best: null, worst: null, separated: false };
  let best = eligible[0];
  let worst = eligible[0];
  for (const row of eligible) {
    if (row.rate > best.rate || (row.rate === best.rate && row.firstBuyers > best.firstBuyers)) best = row;
    if (row.rate < worst.rate || (row.rate === worst.rate && row.firstBuyers > worst.firstBuyers)) worst = row;
  }
  if (best === worst) return { eligible: eligible.length, tooSmall, best: null, worst: null, separated: false };
  return { eligible: eligible.length, tooSmall, best, worst, separated: best.ciLow > worst.ciHigh };
}
