import { metricError, type MetricError } from "../metric-error";

/** Default order-amount band edges in CNY (PRODUCT.md): under 50, 50–100, 100–200, 200–500, 500 and over. */
export const DEFAULT_PRICE_BAND_EDGES: readonly number[] = [50, 100, 200, 500];

export interface PriceBand {
  /** Lower edge (inclusive); `null` for the first band. */
  readonly low: number | null;
  /** Upper edge (exclusive); `null` for the last band. */
  readonly high: number | null;
  readonly orders: number;
  readonly orderShare: number;
  readonly gmv: number;
  readonly gmvShare: number;
}

/**
 * Counted orders and GMV per order-amount band, with their shares (`EC.PRICEBANDS`).
 *
 * Band k holds orders with edges[k−1] ≤ amount < edges[k]; the first band is everything under
 * edges[0], the last everything at or over the last edge. Shares: orders ÷ all counted orders,
 * GMV ÷ total GMV (each column sums to 1).
 * Edge cases: edges not positive and increasing → #NUM!; no counted order → shares of 0 for an
 * empty table would be misleading, so #DIV/0!; total GMV of 0 → GMV shares of 0.
 * Complexity: O(n · log b) for b bands.
 *
 * @example priceBands(Float64Array.of(30, 80, 600)) // 3 orders: <50, 50–100, ≥500 one each
 */
export function priceBands(amounts: Float64Array, options: { edges?: readonly number[]; counted?: Uint8Array } = {}): PriceBand[] | MetricError {
  const edges = options.edges ?? DEFAULT_PRICE_BAND_EDGES;
  for (let k = 0; k < edges.length; k++) {
    if (!(edges[k] > 0) || !Number.isFinite(edges[k]) || (k > 0 && !(edges[k] > edges[k - 1]))) {
      return metricError("NUM", "argument.edgesNotIncreasing", { found: edges.join(", ") });
    }
  }
  const bandCount = edges.length + 1;
  const orders = new Float64Array(bandCount);
  const totals = new Float64Array(bandCount);
  const counted = options.counted;
  let allOrders = 0;
  let allGmv = 0;
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i];
    if (amount !== amount || (counted !== undefined && counted[i] !== 1)) continue;
    let band = 0;
    while (band < edges.length && amount >= edges[band]) band++;
    orders[band]++;
    totals[band] += amount;
    allOrders++;
    allGmv += amount;
  }
  if (allOrders === 0) return metricError("DIV0", "argument.noOrders");
  const bands: PriceBand[] = [];
  for (let k = 0; k < bandCount; k++) {
    bands.push({
      low: k === 0 ? null : edges[k - 1],
      high: k === edges.length ? null : edges[k],
      orders: orders[k],
      orderShare: orders[k] / allOrders,
      gmv: totals[k],
      gmvShare: allGmv === 0 ? 0 : totals[k] / allGmv,
    });
  }
  return bands;
}
