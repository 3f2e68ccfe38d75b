import { metricError, type MetricError } from "../metric-error";

/**
 * AOV (average order value; `EC.AOV` without buyers): GMV ÷ the number of counted orders.
 *
 * Formula: AOV = Σ amountᵢ ÷ #{i}, over rows with an amount and a counted status.
 * Units: currency per order. Always between the smallest and the largest counted order.
 * Edge cases: no counted order → #DIV/0! (`argument.noOrders`); a single order → its amount.
 *
 * @example aov(Float64Array.of(100, 200, NaN)) // 150
 */
export function aov(amounts: Float64Array, options: { counted?: Uint8Array } = {}): number | MetricError {
  const counted = options.counted;
  let total = 0;
  let orders = 0;
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i];
    if (amount === amount && (counted === undefined || counted[i] === 1)) {
      total += amount;
      orders++;
    }
  }
  return aovOfTotal(total, orders);
}

/** AOV from GMV and the number of counted orders (for callers that summed in one pass); `EC.AOV` and the review end here. */
export function aovOfTotal(total: number, orders: number): number | MetricError {
  if (orders === 0) return metricError("DIV0", "argument.noOrders");
  return total / orders;
}

/**
 * 客单价 per buyer (`EC.AOV` with buyers), as 生意参谋 defines it: GMV ÷ the number of distinct paying buyers.
 *
 * Formula: Σ amountᵢ ÷ #distinct(buyerᵢ), over rows with an amount and a counted status.
 * `buyers` holds dictionary codes (see `readKeyColumn`), `-1` for none; a counted order without a
 * buyer is the caller's error to report, here it adds to GMV but to no buyer.
 * Units: currency per buyer. Edge cases: no buyer → #DIV/0! (`argument.noBuyers`).
 *
 * @example aovPerBuyer(Float64Array.of(100, 200, 300), Int32Array.of(0, 0, 1)) // 300
 */
export function aovPerBuyer(amounts: Float64Array, buyers: Int32Array, options: { counted?: Uint8Array; buyerCount?: number } = {}): number | MetricError {
  const counted = options.counted;
  let maxCode = options.buyerCount ?? 0;
  if (options.buyerCount === undefined) for (let i = 0; i < buyers.length; i++) if (buyers[i] >= maxCode) maxCode = buyers[i] + 1;
  const seen = new Uint8Array(maxCode);
  let total = 0;
  let distinct = 0;
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i];
    if (amount !== amount || (counted !== undefined && counted[i] !== 1)) continue;
    total += amount;
    const buyer = buyers[i];
    if (buyer >= 0 && seen[buyer] === 0) {
      seen[buyer] = 1;
      distinct++;
    }
  }
  return aovPerBuyerOfTotal(total, distinct);
}

/** 客单价 per buyer from GMV and the number of distinct paying buyers (for callers that counted in one pass); `EC.AOV` and the review end here. */
export function aovPerBuyerOfTotal(total: number, buyers: number): number | MetricError {
  if (buyers === 0) return metricError("DIV0", "argument.noBuyers");
  return total / buyers;
}
