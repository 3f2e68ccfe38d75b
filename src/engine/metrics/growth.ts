import { metricError, type MetricError } from "../metric-error";

/**
 * Growth: current ÷ previous − 1.
 *
 * Units: a fraction (0.125 is +12.5%). Edge cases: previous = 0 → #DIV/0!. A negative previous
 * value (a loss) gives a growth whose sign misleads, so it is #NUM!.
 * The review's figure: ROI 1.2 → 0.9 is −25%.
 *
 * @example growth(0.9, 1.2) // -0.25
 */
export function growth(current: number, previous: number): number | MetricError {
  if (previous === 0) return metricError("DIV0", "argument.zero", { what: "what.previous" });
  if (previous < 0) return metricError("NUM", "argument.negative", { what: "what.previous", found: previous });
  return current / previous - 1;
}
