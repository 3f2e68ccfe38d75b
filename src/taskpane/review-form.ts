/**
 * The Period and targets tab as data: the text the operator typed, its validation, and the
 * conversions to and from the saved settings. Pure, so every message is unit-tested without React.
 *
 * Percentages are typed as percents ("25" or "25%" for 25%) and kept as fractions in the settings;
 * money accepts what operators write in cells too (`2500万`, `¥180`).
 */
import type { MessageKey, MessageParams } from "../i18n/messages";
import { parseNumberCell } from "../engine/cells/parse-number";
import { DEFAULT_STATUS_THRESHOLDS } from "../engine/metrics/attainment";
import type { PromotionRule, ReviewTargets } from "../review/review-inputs";
import { DEFAULT_PROMOTION_RULE } from "../review/promotion-margin";
import { DEFAULT_PRICE_DROP } from "../engine/metrics/usual-price";
import { monthCount, parseMonthRange, type ComparisonMode, type MonthRange } from "../review/review-period";
import { monthLabel } from "../engine/calendar";
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
  /** Percents; blank for no target. */
  readonly gmvGrowth: string;
  readonly aovGrowth: string;
  readonly repurchaseRate: string;
  readonly conversionRate: string;
  /** Percents, required. */
  readonly marginLow: string;
  readonly marginHigh: string;
  /** Which items the margin band is checked on: sold below their usual price (the default), or the ones listed. */
  readonly promotionRule: PromotionRule["rule"];
  /** Percent under the usual price that marks a promotion month (price rule). */
  readonly promotionDrop: string;
  /** The promotion items' titles or SKUs, one a line (list rule). */
  readonly promotionItems: string;
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

/** A percent field as a fraction: "25", "25%", "２５％" → 0.25; null when blank, undefined when unreadable. */
export function parsePercent(text: string): number | null | undefined {
  const trimmed = text.trim().replace(/[%％]$/, "");
  const value = parseNumberCell(trimmed);
  return value === null || value === undefined ? value : value / 100;
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

/** Percent text for a fraction, without float noise: 0.035 → "3.5". */
export function percentText(fraction: number | undefined): string {
  return fraction === undefined ? "" : String(Number((fraction * 100).toPrecision(10)));
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
    gmv: "", aov: "", gmvGrowth: "", aovGrowth: "", repurchaseRate: "", conversionRate: "",
    marginLow: percentText(DEFAULT_MARGIN_BAND.low), marginHigh: percentText(DEFAULT_MARGIN_BAND.high),
    promotionRule: DEFAULT_PROMOTION_RULE.rule, promotionDrop: percentText(DEFAULT_PRICE_DROP), promotionItems: "",
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
    repurchaseRate: percentText(targets.repurchaseRate), conversionRate: percentText(targets.conversionRate),
    marginLow: percentText(targets.marginBand?.low ?? DEFAULT_MARGIN_BAND.low),
    marginHigh: percentText(targets.marginBand?.high ?? DEFAULT_MARGIN_BAND.high),
    promotionRule: targets.promotion?.rule ?? DEFAULT_PROMOTION_RULE.rule,
    promotionDrop: percentText(targets.promotion?.rule === "belowUsualPrice" ? targets.promotion.priceDrop : DEFAULT_PRICE_DROP),
    promotionItems: targets.promotion?.rule === "list" ? targets.promotion.items.join("\n") : "",
    thresholdMet: percentText(settings.thresholds?.met ?? DEFAULT_STATUS_THRESHOLDS.met),
    thresholdNear: percentText(settings.thresholds?.near ?? DEFAULT_STATUS_THRESHOLDS.near),
  };
}

/**
 * Checks the form. Each invalid field gets one message saying what to type:
 * months as YYYY-MM, the last not before the first, at most 24 months; targets blank or above
 * zero (an attainment needs a positive target); rates up to 100%; the margin band's edges between
 * −100% and 100%, low not above high; the promotion rule's drop above 0% and below 100%, its list
 * at least one name (names one a line, or separated by commas or 、); thresholds above zero, near below met.
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
  for (const field of ["gmvGrowth", "aovGrowth", "repurchaseRate", "conversionRate"] as const) {
    const value = parsePercent(form[field]);
    const isRate = field === "repurchaseRate" || field === "conversionRate";
    if (value === undefined) errors[field] = { key: "pane.error.percent" };
    else if (value !== null && value <= 0) errors[field] = { key: "pane.error.positive" };
    else if (value !== null && isRate && value > 1) errors[field] = { key: "pane.error.rateAbove100" };
    else if (value !== null) targets[field] = value;
  }

  const low = parsePercent(form.marginLow);
  const high = parsePercent(form.marginHigh);
  for (const [field, value] of [["marginLow", low], ["marginHigh", high]] as const) {
    if (value === null) errors[field] = { key: "pane.error.required" };
    else if (value === undefined) errors[field] = { key: "pane.error.percent" };
    else if (value <= -1 || value >= 1) errors[field] = { key: "pane.error.marginRange" };
  }
  if (errors.marginLow === undefined && errors.marginHigh === undefined && low! > high!) errors.marginHigh = { key: "pane.error.bandOrder" };
  else if (errors.marginLow === undefined && errors.marginHigh === undefined) targets.marginBand = { low: low!, high: high! };

  if (form.promotionRule === "list") {
    const items = promotionListItems(form.promotionItems);
    if (items.length === 0) errors.promotionItems = { key: "pane.error.promotionItems" };
    else targets.promotion = { rule: "list", items };
  } else {
    const drop = parsePercent(form.promotionDrop);
    if (drop === null) errors.promotionDrop = { key: "pane.error.required" };
    else if (drop === undefined) errors.promotionDrop = { key: "pane.error.percent" };
    else if (!(drop > 0 && drop < 1)) errors.promotionDrop = { key: "pane.error.priceDrop" };
    else targets.promotion = { rule: "belowUsualPrice", priceDrop: drop };
  }

  const met = parsePercent(form.thresholdMet);
  const near = parsePercent(form.thresholdNear);
  for (const [field, value] of [["thresholdMet", met], ["thresholdNear", near]] as const) {
    if (value === null) errors[field] = { key: "pane.error.required" };
    else if (value === undefined) errors[field] = { key: "pane.error.percent" };
    else if (value <= 0) errors[field] = { key: "pane.error.positive" };
  }
  if (errors.thresholdMet === undefined && errors.thresholdNear === undefined && near! >= met!) errors.thresholdNear = { key: "pane.error.thresholdOrder" };

  if (Object.keys(errors).length > 0) return { errors, values: null };
  return {
    errors,
    values: {
      period: { from: from!, to: to! }, compare: form.compare, ...(form.currency === "detected" ? {} : { currency: form.currency }),
      targets, thresholds: { met: met!, near: near! },
    },
  };
}
