import { metricError, type MetricError } from "../metric-error";

/**
 * The price that yields a target gross margin on a cost (`EC.PRICEFORMARGIN`).
 *
 * Formula: price = cost ÷ (1 − m). Units: the cost's currency.
 * Edge cases: m ≥ 1 is impossible (#NUM!); a negative cost is an error (#NUM!); m may be negative
 * (a price below cost that clears stock at a loss, e.g. −1.5%).
 *
 * @example priceForMargin(88, 0.12) // 100
 */
export function priceForMargin(cost: number, targetMargin: number): number | MetricError {
  if (cost < 0) return metricError("NUM", "argument.negative", { what: "what.costs", found: cost });
  if (!(targetMargin < 1) || targetMargin <= -1) return metricError("NUM", "argument.outOfRange", { what: "what.targetMargin", min: -1, max: 1, found: targetMargin });
  return cost / (1 - targetMargin);
}
