/**
 * The Period and targets tab as data: the text the operator typed, its validation, and the
 * conversions to and from the saved settings. Pure, so every message is unit-tested without React.
 *
 * Rates follow the one rule of src/review/target-values.ts, as targets.json does: "25%" or 0.25
 * (a bare 25 is refused, saying what to type instead); they are kept as fractions in the settings.
 * Money accepts what operators write in cells too (`2500万`, `¥180`).
 */
import type { MessageKey, MessageParams } from "../i18n/messages";
import { parseNumberCell } from "../engine/cells/parse-number";
import { DEFAULT_STATUS_THRESHOLDS } from "../engine/metrics/attainment";
import type { BenchmarkMetric, PromotionRule, PromotionThreshold, ReviewTargets } from "../review/review-inputs";
import { BARE_RATE_LIMIT, BENCHMARK_KINDS, TARGET_KINDS, percentText as ratePercentText, plainNumberText, rateNumber, readRate, type RateKind, type ValueKind } from "../review/target-values";
import { DEFAULT_PROMOTION_RULE } from "../review/promotion-margin";
import { DEFAULT_PRICE_DROP } from "../engine/metrics/usual-price";
import { monthCount, parseMonthRange, type ComparisonMode, type MonthRange } from "../review/review-period";
import { monthLabel } from "../engine/calendar";
import { MAX_SHIPPING_LIMIT_HOURS } from "../engine/metrics/fulfilment";
import { promotionLines, promotionLinesText, readPromotionLine } from "../review/promotion-lines";
import type { ReviewSettings } from "./workbook/workbook-gateway";
import type { CurrencyCode } from "../engine/cells/detect-currency";

export interface ReviewForm {
  /** "2025-06" */
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly compare: ComparisonMode;
  /** The review's currency: "detected" (the one found in the orders, the default) or one the operator chose. */
  readonly currency: "detected" | CurrencyCode;
  /** Money; blank for no target. */
  readonly gmv: string;
  readonly aov: string;
  /** Rates ("25%" or 0.25); blank for no target. */
  readonly gmvGrowth: string;
  readonly aovGrowth: string;
  readonly repurchaseRate: string;
  readonly repurchaseGrowth: string;
  readonly conversionRate: string;
  readonly grossMargin: string;
  /** Industry benchmarks, each optional: money, rates and ROI (a ratio). */
  readonly benchmarkAov: string;
  readonly benchmarkRepurchaseRate: string;
  readonly benchmarkConversionRate: string;
  readonly benchmarkGrossMargin: string;
  readonly benchmarkCostPerNewBuyer: string;
  readonly benchmarkRoi: string;
  /** Rates, required. */
  readonly marginLow: string;
  readonly marginHigh: string;
  /** Which items the margin band is checked on: sold below their usual price (the default), or the ones listed. */
  readonly promotionRule: PromotionRule["rule"];
  /** Percent under the usual price that marks a promotion month (price rule). */
  readonly promotionDrop: string;
  /** The promotion items' titles or SKUs, one a line (list rule). */
  readonly promotionItems: string;
  /** Promotion thresholds, one a line ("满200减30 2025-08-01 2025-08-31", see promotion-lines.ts); blank for none. */
  readonly promotionThresholds: string;
  /** Money: without thresholds, a line under this unit price in an order with other items is an add-on line; blank for none. */
  readonly addOnPriceLimit: string;
  /** Hours from payment to shipping over which an order is late; blank for the default (48). */
  readonly shippingLimitHours: string;
  readonly thresholdMet: string;
  readonly thresholdNear: string;
}

export type FormField = Exclude<keyof ReviewForm, "compare" | "currency" | "promotionRule">;

/** What the form says, once valid. */
export interface FormValues {
  readonly period: MonthRange;
  readonly compare: ComparisonMode;
  /** The operator's currency; absent for the one found in the orders. */
  readonly currency?: CurrencyCode;
  readonly targets: ReviewTargets;
  readonly thresholds: { readonly met: number; readonly near: number };
}

export interface FormMessage {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

export interface FormCheck {
  readonly errors: Partial<Record<FormField, FormMessage>>;
  /** The values, `null` while any field is invalid. */
  readonly values: FormValues | null;
}

/** The longest period a review covers: its monthly tables get a column per month. */
export const MAX_PERIOD_MONTHS = 24;
const DEFAULT_MARGIN_BAND = { low: 0.08, high: 0.12 };

const MONTH = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?\s*$/;

/** "2025-06" (also "2025/6", "2025年6月") → a month index; `null` when not a month. */
export function parseMonth(text: string): number | null {
  const match = MONTH.exec(text);
  if (match === null) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return Number(match[1]) * 12 + month - 1;
}

/** The form field of each benchmark. */
export const BENCHMARK_FIELDS = {
  aov: "benchmarkAov", repurchaseRate: "benchmarkRepurchaseRate", conversionRate: "benchmarkConversionRate",
  grossMargin: "benchmarkGrossMargin", costPerNewBuyer: "benchmarkCostPerNewBuyer", roi: "benchmarkRoi",
} as const satisfies Readonly<Record<BenchmarkMetric, FormField>>;

/**
 * A rate field by the one rule for rates (`readRate`): its fraction (null when blank), or the
 * message saying what is wrong and what to type instead.
 *
 * @example readRateField("25%", "growth") // { value: 0.25 }
 * @example readRateField("25", "growth") // { error: { key: "pane.error.bareRateOrLiteral", params: { found: "25", meaning: "+2500%", … } } }
 */
export function readRateField(text: string, kind: RateKind): { value: number | null; error?: undefined } | { value?: undefined; error: FormMessage } {
  const reading = readRate(text, kind);
  if (reading.ok) return { value: reading.value };
  const { problem } = reading;
  if (problem.reason === "unreadable") return { error: { key: "pane.error.percent" } };
  if (problem.reason === "bareNumber") {
    const { meaning, fraction, percent, literal } = problem;
    return { error: { key: literal === null ? "pane.error.bareRate" : "pane.error.bareRateOrLiteral", params: { found: text.trim(), meaning, fraction, percent, literal: literal ?? "" } } };
  }
  if (kind === "bandEdge") return { error: { key: "pane.error.marginRange" } };
  if (kind === "priceDrop") return { error: { key: "pane.error.priceDrop" } };
  if (kind === "rate" && problem.value > 1) return { error: { key: "pane.error.rateAbove100" } };
  return { error: { key: "pane.error.positive" } };
}

/** A rate field's value in percent for a spin button ("12.5%" or "0.125" → 12.5); null when blank or not a rate by the rule. */
export function percentOfField(text: string): number | null {
  const number = rateNumber(text);
  if (number === null || number === undefined || (number.bare && Math.abs(number.value) > BARE_RATE_LIMIT)) return null;
  return Number((number.value * 100).toPrecision(10));
}

/** A money field: "25000000", "2500万", "¥180" → the number; null when blank, undefined when unreadable. */
export function parseMoney(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (/[%％]$/.test(trimmed)) return undefined;
  return parseNumberCell(trimmed);
}

/** The names of a promotion list as typed: one a line, or separated by commas, 、 or semicolons; blanks and repeats left out. */
export function promotionListItems(text: string): string[] {
  return [...new Set(text.split(/[\n\r,，、;；]+/).map((name) => name.trim()).filter((name) => name !== ""))];
}

/** A rate's text for its field, without float noise: 0.035 → "3.5%". */
export function percentText(fraction: number | undefined): string {
  return fraction === undefined ? "" : ratePercentText(fraction);
}

function valueText(value: number | undefined, kind: ValueKind): string {
  if (value === undefined) return "";
  return kind === "money" || kind === "ratio" ? plainNumberText(value) : percentText(value);
}

function moneyText(value: number | undefined): string {
  return value === undefined ? "" : String(value);
}

/**
 * The form's default: the given period (the controller's `defaultPeriod` of the orders), else the
 * last full month before `today`; compared with the previous period, the currency found in the
 * orders, no targets, the 8%–12% margin band, met at 100% and near at 90%.
 */
export function defaultReviewForm(period: MonthRange | null, today: Date = new Date()): ReviewForm {
  const lastMonth = today.getFullYear() * 12 + today.getMonth() - 1;
  return {
    periodFrom: monthLabel(period?.from ?? lastMonth), periodTo: monthLabel(period?.to ?? lastMonth), compare: "previous", currency: "detected",
    gmv: "", aov: "", gmvGrowth: "", aovGrowth: "", repurchaseRate: "", repurchaseGrowth: "", conversionRate: "", grossMargin: "",
    benchmarkAov: "", benchmarkRepurchaseRate: "", benchmarkConversionRate: "", benchmarkGrossMargin: "", benchmarkCostPerNewBuyer: "", benchmarkRoi: "",
    marginLow: percentText(DEFAULT_MARGIN_BAND.low), marginHigh: percentText(DEFAULT_MARGIN_BAND.high),
    promotionRule: DEFAULT_PROMOTION_RULE.rule, promotionDrop: percentText(DEFAULT_PRICE_DROP), promotionItems: "",
    promotionThresholds: "", addOnPriceLimit: "", shippingLimitHours: "",
    thresholdMet: percentText(DEFAULT_STATUS_THRESHOLDS.met), thresholdNear: percentText(DEFAULT_STATUS_THRESHOLDS.near),
  };
}

/** The form as saved settings left it (a period it cannot read is left to `fallback`). */
export function formFromSettings(settings: ReviewSettings, fallback: ReviewForm = defaultReviewForm(null)): ReviewForm {
  const { targets } = settings;
  const period = parseMonthRange(settings.period);
  return {
    periodFrom: period === null ? fallback.periodFrom : monthLabel(period.from),
    periodTo: period === null ? fallback.periodTo : monthLabel(period.to),
    compare: settings.compare === "yoy" ? "yoy" : "previous",
    currency: settings.currency ?? "detected",
    gmv: moneyText(targets.gmv), aov: moneyText(targets.aov),
    gmvGrowth: percentText(targets.gmvGrowth), aovGrowth: percentText(targets.aovGrowth),
    repurchaseRate: percentText(targets.repurchaseRate), repurchaseGrowth: percentText(targets.repurchaseGrowth),
    conversionRate: percentText(targets.conversionRate), grossMargin: percentText(targets.grossMargin),
    ...Object.fromEntries(Object.entries(BENCHMARK_FIELDS).map(([metric, field]) => [field, valueText(targets.benchmarks?.[metric as BenchmarkMetric], BENCHMARK_KINDS[metric as BenchmarkMetric])])) as
      Pick<ReviewForm, (typeof BENCHMARK_FIELDS)[BenchmarkMetric]>,
    marginLow: percentText(targets.marginBand?.low ?? DEFAULT_MARGIN_BAND.low),
    marginHigh: percentText(targets.marginBand?.high ?? DEFAULT_MARGIN_BAND.high),
    promotionRule: targets.promotion?.rule ?? DEFAULT_PROMOTION_RULE.rule,
    promotionDrop: percentText(targets.promotion?.rule === "belowUsualPrice" ? targets.promotion.priceDrop : DEFAULT_PRICE_DROP),
    promotionItems: targets.promotion?.rule === "list" ? targets.promotion.items.join("\n") : "",
    promotionThresholds: promotionLinesText(targets.promotions),
    addOnPriceLimit: moneyText(targets.addOnPriceLimit),
    shippingLimitHours: targets.shippingLimitHours === undefined ? "" : plainNumberText(targets.shippingLimitHours),
    thresholdMet: percentText(settings.thresholds?.met ?? DEFAULT_STATUS_THRESHOLDS.met),
    thresholdNear: percentText(settings.thresholds?.near ?? DEFAULT_STATUS_THRESHOLDS.near),
  };
}

/**
 * Checks the form. Each invalid field gets one message saying what to type:
 * months as YYYY-MM, the last not before the first, at most 24 months; targets and benchmarks
 * blank or above zero (an attainment needs a positive target); rates by the one rule for rates
 * ("25%" or 0.25, a bare 25 refused), up to 100% for shares; the margin band's edges between
 * −100% and 100%, low not above high; the promotion rule's drop above 0% and below 100%, its list
 * at least one name (names one a line, or separated by commas or 、); promotion thresholds one a
 * line as `readPromotionLine` reads them (the first line it cannot read named); the add-on price
 * limit blank or money above zero; the shipping limit blank (48 hours) or hours above 0 and at most
 * a year; thresholds above zero, near below met.
 */
export function validateReviewForm(form: ReviewForm): FormCheck {
  const errors: Partial<Record<FormField, FormMessage>> = {};

  const from = parseMonth(form.periodFrom);
  const to = parseMonth(form.periodTo);
  if (from === null) errors.periodFrom = { key: "pane.error.month" };
  if (to === null) errors.periodTo = { key: "pane.error.month" };
  if (from !== null && to !== null) {
    if (to < from) errors.periodTo = { key: "pane.error.periodOrder" };
    else if (monthCount({ from, to }) > MAX_PERIOD_MONTHS) errors.periodTo = { key: "pane.error.periodLength", params: { max: MAX_PERIOD_MONTHS } };
  }

  const targets: { -readonly [K in keyof ReviewTargets]: ReviewTargets[K] } = {};
  for (const field of ["gmv", "aov"] as const) {
    const value = parseMoney(form[field]);
    if (value === undefined) errors[field] = { key: "pane.error.money" };
    else if (value !== null && value <= 0) errors[field] = { key: "pane.error.positive" };
    else if (value !== null) targets[field] = value;
  }
  for (const field of ["gmvGrowth", "aovGrowth", "repurchaseRate", "repurchaseGrowth", "conversionRate", "grossMargin"] as const) {
    const read = readRateField(form[field], TARGET_KINDS[field] as RateKind);
    if (read.error !== undefined) errors[field] = read.error;
    else if (read.value !== null) targets[field] = read.value;
  }

  const benchmarks: { [M in BenchmarkMetric]?: number } = {};
  for (const [metric, field] of Object.entries(BENCHMARK_FIELDS) as [BenchmarkMetric, FormField][]) {
    const kind = BENCHMARK_KINDS[metric];
    const text = form[field];
    if (kind === "money") {
      const value = parseMoney(text);
      if (value === undefined) errors[field] = { key: "pane.error.money" };
      else if (value !== null && value <= 0) errors[field] = { key: "pane.error.positive" };
      else if (value !== null) benchmarks[metric] = value;
    } else if (kind === "ratio") {
      const value = /[%％]\s*$/.test(text) ? undefined : parseNumberCell(text.trim());
      if (value === undefined) errors[field] = { key: "pane.error.ratio" };
      else if (value !== null && value <= 0) errors[field] = { key: "pane.error.positive" };
      else if (value !== null) benchmarks[metric] = value;
    } else {
      const read = readRateField(text, kind);
      if (read.error !== undefined) errors[field] = read.error;
      else if (read.value !== null) benchmarks[metric] = read.value;
    }
  }
  if (Object.keys(benchmarks).length > 0) targets.benchmarks = benchmarks;

  const required = (field: "marginLow" | "marginHigh" | "promotionDrop" | "thresholdMet" | "thresholdNear", kind: RateKind): number | null => {
    const read = readRateField(form[field], kind);
    if (read.error !== undefined) errors[field] = read.error;
    else if (read.value === null) errors[field] = { key: "pane.error.required" };
    return read.value ?? null;
  };
  const low = required("marginLow", "bandEdge");
  const high = required("marginHigh", "bandEdge");
  if (low !== null && high !== null && low > high) errors.marginHigh = { key: "pane.error.bandOrder" };
  else if (low !== null && high !== null) targets.marginBand = { low, high };

  if (form.promotionRule === "list") {
    const items = promotionListItems(form.promotionItems);
    if (items.length === 0) errors.promotionItems = { key: "pane.error.promotionItems" };
    else targets.promotion = { rule: "list", items };
  } else {
    const drop = required("promotionDrop", "priceDrop");
    if (drop !== null) targets.promotion = { rule: "belowUsualPrice", priceDrop: drop };
  }

  const promotions: PromotionThreshold[] = [];
  for (const line of promotionLines(form.promotionThresholds)) {
    const reading = readPromotionLine(line.text);
    if (!reading.ok) {
      errors.promotionThresholds = { key: `pane.error.promotionLine.${reading.problem}`, params: { line: line.number, found: line.text } };
      break;
    }
    promotions.push(reading.promotion);
  }
  if (promotions.length > 0 && errors.promotionThresholds === undefined) targets.promotions = promotions;
  const addOnLimit = parseMoney(form.addOnPriceLimit);
  if (addOnLimit === undefined) errors.addOnPriceLimit = { key: "pane.error.money" };
  else if (addOnLimit !== null && addOnLimit <= 0) errors.addOnPriceLimit = { key: "pane.error.positive" };
  else if (addOnLimit !== null) targets.addOnPriceLimit = addOnLimit;
  const hours = /[%％]\s*$/.test(form.shippingLimitHours) ? undefined : parseNumberCell(form.shippingLimitHours.trim());
  if (hours === undefined || (hours !== null && !(hours > 0 && hours <= MAX_SHIPPING_LIMIT_HOURS))) {
    errors.shippingLimitHours = { key: "pane.error.shippingLimit", params: { max: MAX_SHIPPING_LIMIT_HOURS } };
  } else if (hours !== null) targets.shippingLimitHours = hours;

  const met = required("thresholdMet", "threshold");
  const near = required("thresholdNear", "threshold");
  if (met !== null && near !== null && near >= met) errors.thresholdNear = { key: "pane.error.thresholdOrder" };

  if (Object.keys(errors).length > 0) return { errors, values: null };
  return {
    errors,
    values: {
      period: { from: from!, to: to! }, compare: form.compare, ...(form.currency === "detected" ? {} : { currency: form.currency }),
      targets, thresholds: { met: met!, near: near! },
    },
  };
}
