import { metricError, type MetricError } from "../metric-error";

/** Met at 100% of target or more, near from 90%, missed below (PRODUCT.md); both configurable. */
export const DEFAULT_STATUS_THRESHOLDS = { met: 1, near: 0.9 } as const;

export type AttainmentStatus = "met" | "near" | "missed";

/**
 * Attainment (`EC.ATTAINMENT`): actual ÷ target.
 *
 * Units: a fraction (0.792 is 79.2%). For a growth target, pass the growths: +12.5% actual of a
 * +25% target is 50%. Edge cases: target = 0 → #DIV/0!; a negative target → #NUM!.
 * The review's figure: GMV 19.8M of a 25.0M target is 79.2%.
 *
 * @example attainment(19.8e6, 25e6) // 0.792
 */
export function attainment(actual: number, target: number): number | MetricError {
  if (target === 0) return metricError("DIV0", "argument.zero", { what: "what.target" });
  if (target < 0) return metricError("NUM", "argument.negative", { what: "what.target", found: target });
  return actual / target;
}

/**
 * The status of an attainment: met (≥ `met`), near (≥ `near`), missed (below).
 *
 * @example attainmentStatus(0.792) // "missed"
 */
export function attainmentStatus(ratio: number, thresholds: { met: number; near: number } = DEFAULT_STATUS_THRESHOLDS): AttainmentStatus {
  if (ratio >= thresholds.met - 1e-12) return "met";
  if (ratio >= thresholds.near - 1e-12) return "near";
  return "missed";
}
