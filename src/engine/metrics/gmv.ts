/**
 * GMV (`EC.GMV`): the sum of the order amount over counted orders.
 *
 * Formula: GMV = Σ amountᵢ over rows i with an amount and (when a status mask is given) a counted status.
 * Units: the currency of the amounts. Blank amounts (NaN) are not orders and add nothing.
 * Edge cases: no rows → 0 (no sales is a GMV of zero, not an error).
 * Complexity: one pass, O(n).
 *
 * @example gmv(Float64Array.of(100, 50, NaN)) // 150
 */
export function gmv(amounts: Float64Array, options: { counted?: Uint8Array } = {}): number {
  const counted = options.counted;
  let total = 0;
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i];
    if (amount === amount && (counted === undefined || counted[i] === 1)) total += amount;
  }
  return total;
}

/**
 * The number of counted orders: rows with an amount and a counted status (`EC.ORDERS`; with order
 * ids the rows are orders already, see `orderColumnsOfRows`).
 *
 * @example countOrders(Float64Array.of(100, NaN, 30)) // 2
 */
export function countOrders(amounts: Float64Array, options: { counted?: Uint8Array } = {}): number {
  const counted = options.counted;
  let orders = 0;
  for (let i = 0; i < amounts.length; i++) {
    if (amounts[i] === amounts[i] && (counted === undefined || counted[i] === 1)) orders++;
  }
  return orders;
}
