import { metricError, type MetricError } from "../metric-error";

/**
 * Growth (`EC.GROWTH`): current ÷ previous − 1.
 *
 * Units: a fraction (0.125 is +12.5%). Edge cases: previous = 0 → #DIV/0!. A negative previous
 * value (a loss) gives a growth whose sign misleads, so it is #NUM!; so is a ratio beyond the
 * number range (a previous value of 5e-324).
 * The review's figure: ROI 1.2 → 0.9 is −25%.
 *
 * @example growth(0.9, 1.2) // -0.25
 */
export function growth(current: number, previous: number): number | MetricError {
  if (previous === 0) return metricError("DIV0", "argument.zero", { what: "what.previous" });
  if (previous < 0) return metricError("NUM", "argument.negative", { what: "what.previous", found: previous });
  const value = current / previous - 1;
  // A previous value so near zero that the ratio overflows (5e-324) has no growth either.
  return Number.isFinite(value) ? value : metricError("NUM", "result.notFinite", {});
}

/**
 * Growth as the review reports it: `growth(current, previous)`, or null (a blank cell, no finding)
 * where `growth` gives an error — a previous value of zero or below. One definition for both: the
 * `EC.GROWTH` function shows that error with its message, the review leaves the figure out.
 *
 * @example growthOrNone(4_475_879, 2_800_000) // 0.598…
 * @example growthOrNone(120, 0) // null
 */
export function growthOrNone(current: number, previous: number): number | null {
  const value = growth(current, previous);
  return typeof value === "number" ? value : null;
}
