/**
 * Targets and benchmarks as the operator writes them: the one reading of a rate that targets.json
 * (src/cli/read-targets.ts) and the pane's Targets tab (src/taskpane/review-form.ts) share.
 *
 * **The rule for rates** (growths, repurchase, conversion and gross-margin targets and benchmarks,
 * the margin band's edges, the promotion price drop, the pane's status thresholds):
 *
 * - a number written with a % sign is a percent: `"25%"` (and in the pane `25%`, `２５％`) is 0.25;
 * - a bare number is a fraction: `0.25` is 25%, `-0.05` is −5%;
 * - a bare number beyond ±1 (`BARE_RATE_LIMIT`) is refused as ambiguous: `"gmvGrowth": 25` would
 *   mean +2500%, `"conversionRate": 3.5` 350%, and whoever writes them almost always means 25% and
 *   3.5%. The message says what it would mean and what to write instead (0.25 or "25%"). A rate
 *   beyond ±100% is still possible, written with its % sign: a growth target of `"150%"`. A bare 1
 *   is 100% (a growth target of +100%, a met threshold of 100%).
 *
 * Then each kind of rate has its range (`RateKind`). Money stays as each surface reads it (a JSON
 * number; in the pane also `2500万`, `¥180`), and ROI is a plain ratio.
 */
import type { BenchmarkMetric, ReviewTargets } from "./review-inputs";

/**
 * The kinds of rate and their ranges:
 * - `rate`: a target or benchmark of a share (repurchase, conversion, gross margin), above 0% and at most 100%;
 * - `growth`: a growth target, above 0% (a target is judged as actual ÷ target, which needs it above 0);
 * - `bandEdge`: an edge of the margin band, above −100% and below 100%;
 * - `threshold`: the pane's met / near threshold of attainment, above 0%;
 * - `priceDrop`: how far under its usual price an item sells in a promotion month, above 0% and below 100%.
 */
export type RateKind = "rate" | "growth" | "bandEdge" | "threshold" | "priceDrop";

/** How each value of targets.json and the Targets tab is read: money, a plain ratio, or a rate of a kind. */
export type ValueKind = "money" | "ratio" | RateKind;

/** A bare number beyond ±this is refused as ambiguous (see the module's rule). */
export const BARE_RATE_LIMIT = 1;

export type TargetKey = Exclude<keyof ReviewTargets, "marginBand" | "benchmarks" | "promotion" | "promotions" | "addOnPriceLimit" | "shippingLimitHours" | "attributionLookbackDays" | "attributionHalfLifeDays">;

/** The targets, in the order of the review's attainment table, and how each is read. */
export const TARGET_KINDS: Readonly<Record<TargetKey, ValueKind>> = {
  gmv: "money",
  gmvGrowth: "growth",
  aov: "money",
  aovGrowth: "growth",
  repurchaseRate: "rate",
  repurchaseGrowth: "growth",
  conversionRate: "rate",
  grossMargin: "rate",
};

/** The benchmarks, in the order of the review's attainment table, and how each is read. */
export const BENCHMARK_KINDS: Readonly<Record<BenchmarkMetric, ValueKind>> = {
  aov: "money",
  repurchaseRate: "rate",
  conversionRate: "rate",
  grossMargin: "rate",
  costPerNewBuyer: "money",
  roi: "ratio",
};

/** Why a rate was refused. */
export type RateProblem =
  /** Not a number, nor a number with a % sign. */
  | { readonly reason: "unreadable" }
  /**
   * A bare number beyond ±1. `meaning` is what it would be read as ("+2500%", "350%"); `fraction`
   * and `percent` are what to write for the percent most likely meant ("0.25", "25%"); `literal` is
   * how to write the meaning itself ("150%") when that is a valid value of the kind, else null.
   */
  | { readonly reason: "bareNumber"; readonly value: number; readonly meaning: string; readonly fraction: string; readonly percent: string; readonly literal: string | null }
  /** A value outside the kind's range, as a fraction. */
  | { readonly reason: "range"; readonly value: number };

/** A rate read: its value as a fraction (`null` for blank text: no value), or why it was refused. */
export type RateReading = { readonly ok: true; readonly value: number | null } | { readonly ok: false; readonly problem: RateProblem };

/** Whether a fraction is in the range of its kind. */
export function rateInRange(value: number, kind: RateKind): boolean {
  if (!Number.isFinite(value)) return false;
  if (kind === "rate") return value > 0 && value <= 1;
  if (kind === "bandEdge") return value > -1 && value < 1;
  if (kind === "priceDrop") return value > 0 && value < 1;
  return value > 0;
}

/** A number as short text without float noise: 0.035 → "0.035", 2500.0000000000005 → "2500". */
export function plainNumberText(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** A fraction as percent text without float noise: 0.035 → "3.5%". */
export function percentText(fraction: number): string {
  return `${plainNumberText(fraction * 100)}%`;
}

const RATE_TEXT = /^([+-]?)\s*(\d+(?:\.\d*)?|\.\d+)\s*(%?)$/;

/**
 * A rate's number as written, before any range: `value` is the fraction, `bare` whether it was
 * written without a % sign. `null` for blank text, `undefined` when it is not a rate at all.
 */
export function rateNumber(input: unknown): { readonly value: number; readonly bare: boolean } | null | undefined {
  if (typeof input === "number") return Number.isFinite(input) ? { value: input, bare: true } : undefined;
  if (typeof input !== "string") return undefined;
  const text = input.normalize("NFKC").replace(/[\u2212\u2013]/g, "-").trim();
  if (text === "") return null;
  const match = RATE_TEXT.exec(text);
  if (match === null) return undefined;
  const [, sign, digits, percent] = match;
  // The decimal point is moved in the text, so that "12.5%" is exactly 0.125.
  return percent === "" ? { value: Number(`${sign}${digits}`), bare: true } : { value: Number(`${sign}${digits}e-2`), bare: false };
}

/**
 * Reads a rate as targets.json (a number, or a string) or a text field (a string) gives it, by the
 * rule above. Full-width digits and signs (`３.５％`) read as their ASCII twins.
 *
 * @example readRate(0.25, "growth") // { ok: true, value: 0.25 }
 * @example readRate("25%", "growth") // { ok: true, value: 0.25 }
 * @example readRate("150%", "growth") // { ok: true, value: 1.5 }
 * @example readRate(25, "growth") // { ok: false, problem: { reason: "bareNumber", value: 25, meaning: "+2500%", fraction: "0.25", percent: "25%", literal: "2500%" } }
 * @example readRate(3.5, "rate") // { ok: false, problem: { reason: "bareNumber", value: 3.5, meaning: "350%", fraction: "0.035", percent: "3.5%", literal: null } }
 * @example readRate("", "rate") // { ok: true, value: null }
 */
export function readRate(input: unknown, kind: RateKind): RateReading {
  const number = rateNumber(input);
  if (number === null) return { ok: true, value: null };
  if (number === undefined) return { ok: false, problem: { reason: "unreadable" } };
  const { value, bare } = number;
  if (bare && Math.abs(value) > BARE_RATE_LIMIT) {
    const meaning = `${kind === "growth" && value > 0 ? "+" : ""}${plainNumberText(value * 100)}%`;
    return {
      ok: false,
      problem: {
        reason: "bareNumber", value, meaning, fraction: plainNumberText(value / 100), percent: `${plainNumberText(value)}%`,
        literal: rateInRange(value, kind) ? `${plainNumberText(value * 100)}%` : null,
      },
    };
  }
  if (!rateInRange(value, kind)) return { ok: false, problem: { reason: "range", value } };
  return { ok: true, value };
}
