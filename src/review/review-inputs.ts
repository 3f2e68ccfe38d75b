import type { Locale } from "../i18n/messages";
import type { CurrencyCode } from "../engine/cells/detect-currency";
import type { OrderTable, SkippedRow } from "./order-table";
import type { ComparisonMode, MonthRange } from "./review-period";
import type { ExperimentRows } from "./experiments";
import type { TouchpointRows } from "./attribution-review";

/** The metrics an industry benchmark may be given for. */
export type BenchmarkMetric = "aov" | "repurchaseRate" | "conversionRate" | "grossMargin" | "costPerNewBuyer" | "roi";

/**
 * Industry benchmarks, each optional: shown beside the targets and compared with in the findings.
 * Money in the data's currency, rates as fractions, ROI as a ratio (GMV ÷ spend).
 */
export type ReviewBenchmarks = { readonly [M in BenchmarkMetric]?: number };

/**
 * Targets of the review; each is optional. Growths and rates are fractions (0.25 = +25%); how the
 * operator may write them is src/review/target-values.ts.
 */
export interface ReviewTargets {
  readonly gmv?: number;
  readonly gmvGrowth?: number;
  readonly aov?: number;
  readonly aovGrowth?: number;
  readonly repurchaseRate?: number;
  /** Growth of the repurchase rate over the comparison period's (复购率提升10% = 0.1): a rate of change of the rate, not points. */
  readonly repurchaseGrowth?: number;
  readonly conversionRate?: number;
  /** Overall gross margin target, a fraction (0.3 = 30%). */
  readonly grossMargin?: number;
  /** The gross margin band promotional items must keep (default 8%–12%); promotion items outside it are listed. */
  readonly marginBand?: { readonly low: number; readonly high: number };
  readonly benchmarks?: ReviewBenchmarks;
  /** Which items are promotion items, whose margin the band is checked on (default: sold below their usual price, 5%). */
  readonly promotion?: PromotionRule;
  /** Promotion thresholds (满200减30): the add-on lines and threshold bunching are judged on them (see basket-review.ts). */
  readonly promotions?: readonly PromotionThreshold[];
  /** Without thresholds, a line under this unit price in an order with other items is an add-on line. */
  readonly addOnPriceLimit?: number;
  /** Orders shipped more than this many hours after payment are late (default 48; targets.json `shippingLimitHours`). */
  readonly shippingLimitHours?: number;
  /** Touches this many days or fewer before an order's payment are its path (default 30; targets.json `attributionLookbackDays`). */
  readonly attributionLookbackDays?: number;
  /** Time decay's half-life in days (default 7; targets.json `attributionHalfLifeDays`). */
  readonly attributionHalfLifeDays?: number;
}

/** A promotion threshold as the operator gives it: money in the data's currency, dates `2025-08-01` (both days included). */
export interface PromotionThreshold {
  readonly threshold: number;
  readonly discount: number;
  readonly from: string;
  readonly to: string;
}

/**
 * How the review finds the promotion items (see promotion-margin.ts): the items the operator lists
 * (item titles or SKUs), or the items sold below their usual price in a month of the period.
 */
export type PromotionRule =
  | { readonly rule: "belowUsualPrice"; /** A fraction: 0.05 = a month's median unit price 5% or more under the usual one. */ readonly priceDrop: number }
  | { readonly rule: "list"; readonly items: readonly string[] };

/** Rows of a channel-by-month table (ad spend, traffic) already read into columns. */
export interface ChannelMonthTable {
  readonly channels: readonly (string | null)[];
  readonly months: Int32Array;
  readonly values: Float64Array;
}

export interface ReviewInputs {
  readonly orders: OrderTable;
  /** Rows of the source tables that could not be used. */
  readonly skipped: readonly SkippedRow[];
  /** The sheet of the workbook that lists every skipped row when the review sheet shows only the first (the command line's). */
  readonly skippedListedOn?: string;
  readonly spend?: ChannelMonthTable;
  readonly traffic?: ChannelMonthTable;
  /** The experiment table's rows (one per arm, or per arm and day); the review gets a section per experiment. */
  readonly experiments?: ExperimentRows;
  /** The touchpoint table's rows (visits, ad clicks); the channel contribution section credits the orders along them. */
  readonly touchpoints?: TouchpointRows;
  /** Items need this many first-time buyers to be named best or worst for repurchase (default `DEFAULT_MIN_FIRST_BUYERS`, 30). */
  readonly firstProductMinBuyers?: number;
  readonly period: MonthRange;
  readonly compare: ComparisonMode;
  readonly targets: ReviewTargets;
  /** Attainment at or above `met` is met, at or above `near` is near (defaults 1 and 0.9). */
  readonly thresholds?: { readonly met: number; readonly near: number };
  readonly priceBandEdges?: readonly number[];
  readonly locale: Locale;
  /**
   * The currency of the amounts, as found in the data (`detectCurrency`) or set by the operator:
   * every money figure of the review is shown in it. Default `DEFAULT_CURRENCY` (CNY).
   */
  readonly currency?: CurrencyCode;
  /** Names of the source sheets or files, for the header. */
  readonly sources: readonly string[];
  readonly generatedAt: Date;
}
