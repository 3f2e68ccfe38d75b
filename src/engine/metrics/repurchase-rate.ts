import { metricError, type MetricError } from "../metric-error";

export interface RepurchaseResult {
  /** Buyers with at least one counted order in the window. */
  readonly buyers: number;
  /** Of those, buyers with at least two. */
  readonly repeatBuyers: number;
  /** repeatBuyers ÷ buyers. */
  readonly rate: number;
}

export interface RepurchaseOptions {
  /** Only rows with an amount are orders (NaN = blank row). */
  readonly amounts?: Float64Array;
  /** 1 = counted order (see `readCountedMask`). */
  readonly counted?: Uint8Array;
  /** Order dates as Excel serials, needed with `from` / `to`. */
  readonly dates?: Float64Array;
  /** The window: orders with from ≤ date < to. */
  readonly from?: number;
  readonly to?: number;
  /** The number of distinct buyer codes, when known (saves a pass). */
  readonly buyerCount?: number;
}

/**
 * Repurchase rate (复购率, `EC.REPURCHASE`): buyers with ≥ 2 counted orders in the window ÷ buyers with ≥ 1.
 *
 * `buyers` holds one dictionary code per order row (`-1` for none; see `readKeyColumn`).
 * Units: a fraction (0.18 is 18%). Edge cases: no buyer in the window → #DIV/0!; a single
 * order → 0. The review's figures: 18% for off-site buyers against 34% on-site.
 * Complexity: one pass, O(n) with a counter per buyer.
 *
 * @example repurchaseRate(Int32Array.of(0, 0, 1)) // { buyers: 2, repeatBuyers: 1, rate: 0.5 }
 */
export function repurchaseRate(buyers: Int32Array, options: RepurchaseOptions = {}): RepurchaseResult | MetricError {
  const { amounts, counted, dates, from, to } = options;
  let buyerCount = options.buyerCount ?? 0;
  if (options.buyerCount === undefined) for (let i = 0; i < buyers.length; i++) if (buyers[i] >= buyerCount) buyerCount = buyers[i] + 1;
  const orderCounts = new Uint8Array(buyerCount);
  const windowed = dates !== undefined && (from !== undefined || to !== undefined);
  const low = from ?? -Infinity;
  const high = to ?? Infinity;
  let withOrder = 0;
  let repeat = 0;
  for (let i = 0; i < buyers.length; i++) {
    const buyer = buyers[i];
    if (buyer < 0) continue;
    if (amounts !== undefined && amounts[i] !== amounts[i]) continue;
    if (counted !== undefined && counted[i] !== 1) continue;
    if (windowed) {
      const date = dates[i];
      if (!(date >= low && date < high)) continue;
    }
    const seen = orderCounts[buyer];
    if (seen === 0) {
      orderCounts[buyer] = 1;
      withOrder++;
    } else if (seen === 1) {
      orderCounts[buyer] = 2;
      repeat++;
    }
  }
  const rate = repurchaseRateOfCounts(repeat, withOrder);
  return typeof rate === "number" ? { buyers: withOrder, repeatBuyers: repeat, rate } : rate;
}

/** Repurchase rate from counts: buyers with ≥ 2 counted orders ÷ buyers with ≥ 1 (for callers that counted in one pass); `EC.REPURCHASE` and the review end here. */
export function repurchaseRateOfCounts(repeatBuyers: number, buyers: number): number | MetricError {
  if (buyers === 0) return metricError("DIV0", "argument.noBuyers");
  return repeatBuyers / buyers;
}
