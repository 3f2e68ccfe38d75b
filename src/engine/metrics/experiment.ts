import normalQuantile from "@stdlib/stats-base-dists-normal-quantile";
import { isMetricError, metricError, type MetricError } from "../metric-error";
import { abTest, DEFAULT_CONFIDENCE, type AbTestResult } from "./ab-test";
import { wilsonInterval } from "./wilson-interval";

/** The power the minimum detectable effect is stated at when none is given. */
export const DEFAULT_POWER = 0.8;

/** Arm names that mark the control (compared after trimming and lower-casing). */
const CONTROL_NAMES: ReadonlySet<string> = new Set(["control", "对照", "对照组", "a", "a组", "控制组", "baseline", "original", "原版", "基线"]);

/**
 * The control of an experiment's arms: the first arm named control, 对照 (对照组, 控制组), A,
 * baseline or original, else the first arm. −1 without arms.
 *
 * @example controlArmIndex(["新券", "对照组"]) // 1
 */
export function controlArmIndex(names: readonly string[]): number {
  const named = names.findIndex((name) => CONTROL_NAMES.has(name.trim().toLowerCase()));
  return named >= 0 ? named : names.length > 0 ? 0 : -1;
}

/**
 * The minimum detectable effect of a two-arm test (`EC.EXPERIMENT`): the smallest difference in
 * conversion the test had an 80% chance (the power) to find significant at its level α = 1 − confidence.
 *
 *   MDE = (z₁₋α/₂ + z_power) × √(p(1 − p)(1/n₁ + 1/n₂))
 *
 * with p the control's conversion rate (the baseline the test is planned on) and n₁, n₂ the arms'
 * visitors. Returned as an absolute difference of rates and as a relative lift (MDE ÷ p).
 * Edge cases: no visitors in an arm → #DIV/0!; a control rate of 0 or 1 (no spread to measure
 * against) → #DIV/0!; confidence or power outside (0, 1) → #NUM!.
 *
 * @example minimumDetectableEffect(0.02, 10000, 10000) // { absolute: 0.005547, relative: 0.2773 } (to 4 significant digits)
 */
export function minimumDetectableEffect(
  controlRate: number, controlVisitors: number, treatmentVisitors: number, options: { confidence?: number; power?: number } = {},
): { absolute: number; relative: number } | MetricError {
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  const power = options.power ?? DEFAULT_POWER;
  if (!(confidence > 0 && confidence < 1)) return metricError("NUM", "argument.outOfRange", { what: "what.confidence", min: 0, max: 1, found: confidence });
  if (!(power > 0 && power < 1)) return metricError("NUM", "argument.outOfRange", { what: "what.power", min: 0, max: 1, found: power });
  if (!(controlVisitors > 0 && treatmentVisitors > 0)) return metricError("DIV0", "argument.zero", { what: "what.visitorTotal" });
  if (!(controlRate > 0 && controlRate < 1)) return metricError("DIV0", "argument.noConversions", { what: "what.controlGroup" });
  const z = normalQuantile(1 - (1 - confidence) / 2, 0, 1) + normalQuantile(power, 0, 1);
  const absolute = z * Math.sqrt(controlRate * (1 - controlRate) * (1 / controlVisitors + 1 / treatmentVisitors));
  return { absolute, relative: absolute / controlRate };
}

/** One arm of an experiment as the operator's table gives it. */
export interface ExperimentArm {
  readonly name: string;
  readonly visitors: number;
  readonly conversions: number;
  /** Revenue of the arm; null when not given. */
  readonly revenue?: number | null;
}

/** Why a result should not be acted on as it stands. */
export type ExperimentWarning = "notSignificant" | "belowMde";

/** An arm against the control. */
export interface ArmComparison extends AbTestResult {
  /** treatment rate − control rate. */
  readonly difference: number;
  /** The minimum detectable effect of this pair; null where undefined (see `minimumDetectableEffect`). */
  readonly mdeAbsolute: number | null;
  readonly mdeRelative: number | null;
  /** notSignificant when p ≥ α; belowMde when significant but |difference| < MDE (an underpowered test overstates a lift it finds); null otherwise. */
  readonly warning: ExperimentWarning | null;
}

export interface ArmResult {
  readonly name: string;
  readonly isControl: boolean;
  readonly visitors: number;
  readonly conversions: number;
  /** conversions ÷ visitors, and its Wilson interval. */
  readonly rate: number;
  readonly rateLow: number;
  readonly rateHigh: number;
  readonly revenue: number | null;
  /** revenue ÷ visitors; null without revenue. */
  readonly revenuePerVisitor: number | null;
  /** Against the control; null for the control itself. */
  readonly comparison: ArmComparison | null;
  /** Why there is no comparison (an arm without conversions: the lift is undefined); null otherwise. */
  readonly comparisonError: MetricError | null;
}

/**
 * An experiment of two or more arms (`EC.EXPERIMENT`): each arm's conversion with its Wilson
 * interval, and each arm against the control (`controlArmIndex`, or `options.control`) by the
 * pooled two-proportion z-test of `abTest` — relative lift, its interval, p-value — with the
 * minimum detectable effect of the pair (`minimumDetectableEffect`) and a warning when the result
 * is not significant, or significant with a difference below the MDE. Revenue per visitor where
 * revenue is given.
 *
 * Check values (PRODUCT.md): 200/10,000 against 250/10,000 gives z = 2.384, p = 0.0171, MDE 0.555
 * points (27.7% relative), so the +25% lift is significant yet below the MDE: warned.
 * Edge cases: fewer than two arms → #N/A; an arm without visitors, or conversions negative or above
 * visitors → the error of `abTest`, naming the arm; an arm without conversions keeps its rate, and
 * its comparison is null with the reason.
 *
 * @example experimentResult([{ name: "A", visitors: 10000, conversions: 200 }, { name: "B", visitors: 10000, conversions: 250 }])
 */
export function experimentResult(
  arms: readonly ExperimentArm[], options: { confidence?: number; power?: number; control?: number } = {},
): ArmResult[] | MetricError {
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  if (!(confidence > 0 && confidence < 1)) return metricError("NUM", "argument.outOfRange", { what: "what.confidence", min: 0, max: 1, found: confidence });
  const power = options.power ?? DEFAULT_POWER;
  if (!(power > 0 && power < 1)) return metricError("NUM", "argument.outOfRange", { what: "what.power", min: 0, max: 1, found: power });
  if (arms.length < 2) return metricError("NA", "argument.fewArms", { found: arms.length });
  for (const arm of arms) {
    if (!(arm.visitors >= 0 && arm.conversions >= 0)) return metricError("NUM", "argument.negativeArm", { arm: arm.name });
    if (arm.visitors === 0) return metricError("DIV0", "argument.armWithoutVisitors", { arm: arm.name });
    if (arm.conversions > arm.visitors) return metricError("NUM", "argument.armConversionsAboveVisitors", { arm: arm.name, conversions: arm.conversions, visitors: arm.visitors });
  }
  const controlIndex = options.control ?? controlArmIndex(arms.map((arm) => arm.name));
  const control = arms[controlIndex];
  const controlRate = control.conversions / control.visitors;
  const results: ArmResult[] = [];
  for (let k = 0; k < arms.length; k++) {
    const arm = arms[k];
    const interval = wilsonInterval(arm.conversions, arm.visitors, { confidence });
    if (isMetricError(interval)) return interval;
    const revenue = arm.revenue ?? null;
    let comparison: ArmComparison | null = null;
    let comparisonError: MetricError | null = null;
    if (k !== controlIndex) {
      const test = abTest(control, arm, { confidence });
      if (isMetricError(test)) comparisonError = test;
      else {
        const mde = minimumDetectableEffect(controlRate, control.visitors, arm.visitors, { confidence, power });
        const difference = test.treatmentRate - test.controlRate;
        const mdeAbsolute = isMetricError(mde) ? null : mde.absolute;
        const warning: ExperimentWarning | null = !test.significant ? "notSignificant" : mdeAbsolute !== null && Math.abs(difference) < mdeAbsolute ? "belowMde" : null;
        comparison = { ...test, difference, mdeAbsolute, mdeRelative: isMetricError(mde) ? null : mde.relative, warning };
      }
    }
    results.push({
      name: arm.name, isControl: k === controlIndex, visitors: arm.visitors, conversions: arm.conversions,
      rate: interval.rate, rateLow: interval.low, rateHigh: interval.high,
      revenue, revenuePerVisitor: revenue === null ? null : revenue / arm.visitors, comparison, comparisonError,
    });
  }
  return results;
}

/**
 * The arms of an experiment from its table's rows (one row per arm, or per arm and day): rows of
 * one arm are added up, arms in the order they first appear. Revenue is the sum of the arm's
 * revenue cells, null when all of them are blank. A row that names an arm with a blank visitors or
 * conversions cell cannot be added: `incompleteRow` gives the first (an index into the rows).
 * Rows without an arm are passed over.
 *
 * @example armsOfRows(Int32Array.of(0, 1, 0), ["A", "B"], Float64Array.of(10, 20, 30), Float64Array.of(1, 2, 3))
 * // { arms: [{ name: "A", visitors: 40, conversions: 4, revenue: null }, { name: "B", visitors: 20, conversions: 2, revenue: null }] }
 */
export function armsOfRows(
  armCodes: Int32Array, armNames: readonly string[], visitors: Float64Array, conversions: Float64Array, options: { readonly revenue?: Float64Array } = {},
): { arms: ExperimentArm[] } | { incompleteRow: number } {
  const indexOfCode = new Map<number, number>();
  const totals: { name: string; visitors: number; conversions: number; revenue: number | null }[] = [];
  for (let i = 0; i < armCodes.length; i++) {
    const code = armCodes[i];
    if (code < 0) continue;
    if (visitors[i] !== visitors[i] || conversions[i] !== conversions[i]) return { incompleteRow: i };
    let k = indexOfCode.get(code);
    if (k === undefined) {
      indexOfCode.set(code, (k = totals.length));
      totals.push({ name: armNames[code], visitors: 0, conversions: 0, revenue: null });
    }
    const arm = totals[k];
    arm.visitors += visitors[i];
    arm.conversions += conversions[i];
    const revenue = options.revenue?.[i];
    if (revenue !== undefined && revenue === revenue) arm.revenue = (arm.revenue ?? 0) + revenue;
  }
  return { arms: totals };
}
