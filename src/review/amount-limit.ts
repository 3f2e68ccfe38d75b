/**
 * The largest amount, cost or quantity one row of an order can hold: 10¹⁵. Beyond it no shop's
 * order is plausible, and Excel — which keeps 15 significant digits — could no longer add the
 * cents of the other orders to it exactly; two amounts of 1e308 would even sum to Infinity and
 * leave the review without a total. A row holding one is skipped with the reason (`readOrderTable`,
 * `joinItemTable`), never read, so every total of the review stays finite and exact.
 */
export const MAX_PLAUSIBLE_AMOUNT = 1e15;

/** Whether a number read from an order row is within ±`MAX_PLAUSIBLE_AMOUNT` (false for NaN and ±Infinity). */
export function isPlausibleAmount(value: number): boolean {
  return Math.abs(value) <= MAX_PLAUSIBLE_AMOUNT;
}
