import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import type { MessageKey } from "../../i18n/messages";
import { metricError, type MetricError } from "../metric-error";
import { DEFAULT_CONFIDENCE } from "./ab-test";

/** One group of a comparison of two proportions: its size and how many of it had the outcome. */
export interface ProportionGroup {
  readonly size: number;
  readonly events: number;
}

export interface ProportionDifference {
  /** events ÷ size of the first group. */
  readonly rateA: number;
  readonly rateB: number;
  /** rateA − rateB, a fraction (−0.041 is 4.1 percentage points lower). */
  readonly difference: number;
  /** Newcombe's hybrid score interval of the difference. */
  readonly ciLow: number;
  readonly ciHigh: number;
}

/** Wilson's score interval of one proportion x ÷ n at the normal quantile z. */
function wilson(events: number, size: number, z: number): { low: number; high: number } {
  const p = events / size;
  const z2 = z * z;
  const centre = p + z2 / (2 * size);
  const spread = z * Math.sqrt((p * (1 - p) + z2 / (4 * size)) / size);
  const scale = 1 + z2 / size;
  return { low: Math.max(0, (centre - spread) / scale), high: Math.min(1, (centre + spread) / scale) };
}

/**
 * The difference of two proportions with its confidence interval, by Newcombe's hybrid score
 * method (Newcombe 1998, "Interval estimation for the difference between independent
 * proportions", method 10): each proportion's Wilson score interval, combined. Unlike the Wald
 * interval it stays inside [−1, 1] and keeps its coverage for small groups and rates near 0 or 1,
 * as the repurchase of a few dozen buyers is.
 *
 * - p₁ = x₁ ÷ n₁, p₂ = x₂ ÷ n₂, d = p₁ − p₂; (l₁, u₁), (l₂, u₂) the Wilson intervals at z = Φ⁻¹(1 − α/2).
 * - Low = d − √((p₁ − l₁)² + (u₂ − p₂)²); high = d + √((u₁ − p₁)² + (p₂ − l₂)²).
 * - Edge cases: a group of size 0 → #DIV/0!; events above the size or negative → #NUM!;
 *   confidence outside (0, 1) → #NUM!.
 *
 * @example proportionDifference({ size: 70, events: 56 }, { size: 80, events: 48 }) // difference 0.2, CI 0.0524 to 0.3339 (Newcombe 1998, Table II, example a)
 */
export function proportionDifference(
  a: ProportionGroup, b: ProportionGroup, options: { confidence?: number; /** How messages name the two groups. */ names?: readonly [MessageKey, MessageKey] } = {},
): ProportionDifference | MetricError {
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  const [nameA, nameB] = options.names ?? ["what.groupA", "what.groupB"];
  if (!(confidence > 0 && confidence < 1)) return metricError("NUM", "argument.outOfRange", { what: "what.confidence", min: 0, max: 1, found: confidence });
  for (const [group, what] of [[a, nameA], [b, nameB]] as const) {
    if (group.size < 0 || group.events < 0) return metricError("NUM", "argument.negative", { what, found: Math.min(group.size, group.events) });
    if (group.size === 0) return metricError("DIV0", "argument.zero", { what });
    if (group.events > group.size) return metricError("NUM", "argument.eventsAboveSize", { what, events: group.events, size: group.size });
  }
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1);
  const rateA = a.events / a.size;
  const rateB = b.events / b.size;
  const wa = wilson(a.events, a.size, z);
  const wb = wilson(b.events, b.size, z);
  const difference = rateA - rateB;
  return {
    rateA, rateB, difference,
    ciLow: difference - Math.sqrt((rateA - wa.low) ** 2 + (wb.high - rateB) ** 2),
    ciHigh: difference + Math.sqrt((wa.high - rateA) ** 2 + (rateB - wb.low) ** 2),
  };
}
