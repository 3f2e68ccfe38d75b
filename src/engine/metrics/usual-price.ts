import { metricError, type MetricError } from "../metric-error";

/** A month counts as a promotion when its median unit price is at least this far under the usual price, unless told otherwise (5%). */
export const DEFAULT_PRICE_DROP = 0.05;

/** Drops are compared with this tolerance, so that 95 against a usual 100 is a drop of exactly 5%. */
const EDGE_TOLERANCE = 1e-9;

export interface UsualPriceOptions {
  /** 1 for a line that counts; by default every line counts. */
  readonly counted?: Uint8Array;
  /** Number of item codes; by default the largest code + 1. */
  readonly itemCount?: number;
}

/**
 * The usual unit price of each item: the median unit price of its lines, over every line given
 * (all months of the data, so that a month of promotion does not move it). A median, not a mean,
 * so that the odd line whose price says little about the item's — an add-on (凑单) folded into
 * its order, a coupon at a threshold — leaves it where most sales were.
 *
 * Median of n prices sorted: the middle one (n odd), the mean of the two middle ones (n even).
 * Lines without an item (code < 0), not counted, or whose unit price is not a number above 0 are
 * left out. Complexity: O(n + k log k) per item of k lines.
 *
 * @param items item code of each line (−1: none)
 * @param unitPrices unit price of each line (line amount ÷ quantity)
 * @returns per item code, its usual price; NaN for an item without a priced line
 * @example usualUnitPrices(Int32Array.of(0, 0, 0), Float64Array.of(100, 100, 60))[0] // 100
 */
export function usualUnitPrices(items: Int32Array, unitPrices: Float64Array, options: UsualPriceOptions = {}): Float64Array {
  const itemCount = options.itemCount ?? largestCode(items) + 1;
  const priced = (i: number) => items[i] >= 0 && items[i] < itemCount && isPrice(unitPrices[i]) && (options.counted === undefined || options.counted[i] === 1);
  return groupMedians(items.length, itemCount, (i) => (priced(i) ? items[i] : -1), unitPrices);
}

export interface BelowUsualPriceOptions extends UsualPriceOptions {
  /** The months looked at for promotions, as month indexes (`year × 12 + month − 1`), both included. */
  readonly from: number;
  readonly to: number;
  /** How far under the usual price a month's median must be, a fraction (default 0.05 = 5%). */
  readonly priceDrop?: number;
}

export interface BelowUsualPrice {
  /** Per line: 1 when it was sold in a promotion month of its item (see `belowUsualPrice`). */
  readonly onPromotion: Uint8Array;
  /** Per item code: its usual price (`usualUnitPrices`); NaN without a priced line. */
  readonly usualPrice: Float64Array;
  /**
   * Per item code and month of [from, to], at `item × months + (month − from)`: the median unit
   * price of the item's lines that month (NaN without one).
   */
  readonly monthPrice: Float64Array;
  /** Per item code and month, at the same index: 1 for a promotion month of the item. */
  readonly promotionMonth: Uint8Array;
  /** Months from `from` to `to`. */
  readonly months: number;
}

/**
 * Items sold below their usual price, month by month: a month of [from, to] is a **promotion
 * month** of an item when the median unit price of the item's lines in that month is at least
 * `priceDrop` under its usual price (`usualUnitPrices`, over every month given):
 *
 *   (usual − month median) ÷ usual ≥ priceDrop
 *
 * and every line of the item sold in a promotion month is **on promotion**. A month, not a line,
 * decides, because promotions run for days or weeks: one line under the usual price (an add-on
 * folded into its order, a coupon) is not a promotion, most of a month's sales at a cut price are.
 * An item that was on promotion in most of its months has that price as its usual price and is
 * not found: name such items in a list instead.
 *
 * Edge cases: priceDrop outside (0, 1) → #NUM!; `to` before `from` → #NUM!. Lines without an item,
 * not counted or without a unit price above 0 take part in nothing.
 * Complexity: O(n + items × months) plus sorting each group's prices.
 *
 * @param items item code of each line (−1: none)
 * @param months month index of each line
 * @param unitPrices unit price of each line (line amount ÷ quantity)
 * @example
 * // item 0 sells at 100 in May and June, at 80 in July: July is a promotion month.
 * belowUsualPrice(Int32Array.of(0, 0, 0, 0, 0), Int32Array.of(m5, m6, m6, m7, m7), Float64Array.of(100, 100, 100, 80, 80), { from: m6, to: m7 }).onPromotion // [0, 0, 0, 1, 1]
 */
export function belowUsualPrice(items: Int32Array, months: Int32Array, unitPrices: Float64Array, options: BelowUsualPriceOptions): BelowUsualPrice | MetricError {
  const priceDrop = options.priceDrop ?? DEFAULT_PRICE_DROP;
  if (!(priceDrop > 0 && priceDrop < 1)) return metricError("NUM", "argument.outOfRange", { what: "what.priceDrop", min: 0, max: 1, found: priceDrop });
  const { from, to } = options;
  if (!(Number.isInteger(from) && Number.isInteger(to) && to >= from)) return metricError("NUM", "argument.monthsReversed", { from, to });
  const itemCount = options.itemCount ?? largestCode(items) + 1;
  const usualPrice = usualUnitPrices(items, unitPrices, { counted: options.counted, itemCount });
  const span = to - from + 1;
  const priced = (i: number) => items[i] >= 0 && items[i] < itemCount && isPrice(unitPrices[i]) && (options.counted === undefined || options.counted[i] === 1);
  const groupOf = (i: number) => (priced(i) && months[i] >= from && months[i] <= to ? items[i] * span + months[i] - from : -1);
  const monthPrice = groupMedians(items.length, itemCount * span, groupOf, unitPrices);
  const promotionMonth = new Uint8Array(itemCount * span);
  for (let g = 0; g < promotionMonth.length; g++) {
    const usual = usualPrice[Math.floor(g / span)];
    const median = monthPrice[g];
    if (median === median && usual > 0 && (usual - median) / usual >= priceDrop - EDGE_TOLERANCE) promotionMonth[g] = 1;
  }
  const onPromotion = new Uint8Array(items.length);
  for (let i = 0; i < items.length; i++) {
    const group = groupOf(i);
    if (group >= 0 && promotionMonth[group] === 1) onPromotion[i] = 1;
  }
  return { onPromotion, usualPrice, monthPrice, promotionMonth, months: span };
}

function isPrice(value: number): boolean {
  return value > 0 && value < Infinity;
}

function largestCode(codes: Int32Array): number {
  let largest = -1;
  for (let i = 0; i < codes.length; i++) if (codes[i] > largest) largest = codes[i];
  return largest;
}

/**
 * The median of `values` over each group (`groupOf(i)` in [0, groups), −1 for none): the lines are
 * put in group order with a counting sort, then each group's values sorted as numbers.
 */
function groupMedians(n: number, groups: number, groupOf: (i: number) => number, values: Float64Array): Float64Array {
  const group = new Int32Array(n);
  const starts = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) {
    group[i] = groupOf(i);
    if (group[i] >= 0) starts[group[i] + 1]++;
  }
  for (let g = 0; g < groups; g++) starts[g + 1] += starts[g];
  const sorted = new Float64Array(starts[groups]);
  const next = starts.slice(0, groups);
  for (let i = 0; i < n; i++) if (group[i] >= 0) sorted[next[group[i]]++] = values[i];
  const medians = new Float64Array(groups).fill(NaN);
  for (let g = 0; g < groups; g++) {
    const size = starts[g + 1] - starts[g];
    if (size === 0) continue;
    const part = sorted.subarray(starts[g], starts[g + 1]).sort();
    medians[g] = size % 2 === 1 ? part[(size - 1) / 2] : (part[size / 2 - 1] + part[size / 2]) / 2;
  }
  return medians;
}
