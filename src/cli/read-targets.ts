import { readFile } from "node:fs/promises";
import path from "node:path";
import type { MessageKey } from "../i18n/messages";
import type { BenchmarkMetric, PromotionRule, PromotionThreshold, ReviewTargets } from "../review/review-inputs";
import { BENCHMARK_KINDS, TARGET_KINDS, readRate, type ValueKind } from "../review/target-values";
import { DEFAULT_PRICE_DROP } from "../engine/metrics/usual-price";
import { MAX_SHIPPING_LIMIT_HOURS } from "../engine/metrics/fulfilment";
import { CliError } from "./cli-error";

const KNOWN_KEYS = [...Object.keys(TARGET_KINDS), "marginBand", "benchmarks", "promotionItems", "promotionPriceDrop", "promotions", "addOnPriceLimit", "shippingLimitHours", "attributionLookbackDays", "attributionHalfLifeDays"];
/** `"promotionItems": "belowUsualPrice"`: the promotion items are the ones sold below their usual price (the default). */
const BELOW_USUAL_PRICE = "belowUsualPrice";

const EXPECTED: Readonly<Record<ValueKind, MessageKey>> = {
  money: "cli.targets.expect.positive",
  ratio: "cli.targets.expect.ratio",
  rate: "cli.targets.expect.rate",
  growth: "cli.targets.expect.growth",
  bandEdge: "cli.targets.expect.bandEdge",
  threshold: "cli.targets.expect.growth",
  priceDrop: "cli.targets.expect.priceDrop",
};

const found = (value: unknown) => JSON.stringify(value) ?? String(value);

/**
 * One value of targets.json by its kind (src/review/target-values.ts): money and ROI as JSON
 * numbers above 0; rates by the one rule for rates, where a bare number beyond ±1 is refused with
 * what it would mean and what to write instead.
 */
function readValue(value: unknown, kind: ValueKind, key: string, file: string): number {
  if (kind === "money" || kind === "ratio") {
    if (typeof value === "number" && Number.isFinite(value) && value > 0) return value;
    throw new CliError("cli.error.targetsBadValue", { file, key, what: EXPECTED[kind], found: found(value) });
  }
  const reading = readRate(value, kind);
  if (reading.ok && reading.value !== null) return reading.value;
  if (!reading.ok && reading.problem.reason === "bareNumber") {
    const { meaning, fraction, percent, literal } = reading.problem;
    throw new CliError(literal === null ? "cli.error.targetsBareRate" : "cli.error.targetsBareRateOrLiteral", { file, key, found: found(value), meaning, fraction, percent, literal: literal ?? "" });
  }
  throw new CliError("cli.error.targetsBadValue", { file, key, what: EXPECTED[kind], found: found(value) });
}

/**
 * Checks the parsed content of targets.json and returns the review's targets:
 *
 *   { "gmv": 25000000, "gmvGrowth": "25%", "aov": 200, "aovGrowth": 0.15, "repurchaseGrowth": "10%",
 *     "repurchaseRate": 0.3, "conversionRate": "3.5%", "marginBand": ["8%", "12%"],
 *     "benchmarks": { "conversionRate": 0.038, "costPerNewBuyer": 25 },
 *     "promotionItems": ["SKU-001", "玻尿酸补水保湿面膜 10片装"] }
 *
 * Every key is optional. Money is in the data's currency and above 0. Rates follow the one rule
 * of src/review/target-values.ts: a fraction (0.25) or a string with a % sign ("25%"); a bare
 * number beyond ±1 (25 for +25%) is refused as ambiguous. Growth targets are above 0; rate targets
 * above 0 and at most 100%; the margin band is [low, high] with −100% < low ≤ high < 100%.
 * `benchmarks` holds industry benchmarks for aov and costPerNewBuyer (money), repurchaseRate,
 * conversionRate and grossMargin (rates) and roi (a ratio, GMV ÷ spend). The band is checked on
 * promotion items: `promotionItems` lists them (item titles or SKUs, at least one), or is
 * "belowUsualPrice" (the default) for the items sold at least `promotionPriceDrop` (a rate above 0%
 * and below 100%, default 5%) under their usual price; `promotionPriceDrop` goes with that rule
 * only. `shippingLimitHours` (hours, above 0, at most 8760; default 48) is when an order counts as
 * shipped late. `attributionLookbackDays` (default 30) and `attributionHalfLifeDays` (default 7),
 * days above 0 and at most 365, set the channel contribution's lookback and time decay. A key that is not one of these, or a value of the wrong type or range, is an error naming
 * it (CliError, exit code 1), never dropped silently.
 */
export function parseTargets(content: unknown, file: string): ReviewTargets {
  if (!isObject(content)) throw new CliError("cli.error.targetsNotObject", { file });
  const targets: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(content)) {
    if (key === "promotionItems" || key === "promotionPriceDrop") continue;
    if (key === "marginBand") {
      const band = value;
      if (!Array.isArray(band) || band.length !== 2) throw new CliError("cli.error.targetsBadValue", { file, key, what: "cli.targets.expect.band", found: found(value) });
      const [low, high] = band.map((edge, k) => readValue(edge, "bandEdge", `marginBand[${k}]`, file));
      if (low > high) throw new CliError("cli.error.targetsBadValue", { file, key, what: "cli.targets.expect.band", found: found(value) });
      targets.marginBand = { low, high };
      continue;
    }
    if (key === "promotions") {
      targets.promotions = parsePromotionThresholds(value, file);
      continue;
    }
    if (key === "addOnPriceLimit") {
      targets.addOnPriceLimit = readValue(value, "money", key, file);
      continue;
    }
    if (key === "shippingLimitHours") {
      // Hours, a plain number above 0 and at most a year (MAX_SHIPPING_LIMIT_HOURS).
      if (typeof value !== "number" || !(value > 0 && value <= MAX_SHIPPING_LIMIT_HOURS)) throw new CliError("cli.error.targetsBadValue", { file, key, what: "cli.targets.expect.hours", found: found(value) });
      targets.shippingLimitHours = value;
      continue;
    }
    if (key === "attributionLookbackDays" || key === "attributionHalfLifeDays") {
      // Days, a plain number above 0 and at most a year.
      if (typeof value !== "number" || !(value > 0 && value <= 365)) throw new CliError("cli.error.targetsBadValue", { file, key, what: "cli.targets.expect.days", found: found(value) });
      targets[key] = value;
      continue;
    }
    if (key === "benchmarks") {
      if (!isObject(value)) throw new CliError("cli.error.targetsBadValue", { file, key, what: "cli.targets.expect.benchmarks", found: found(value) });
      const benchmarks: Partial<Record<BenchmarkMetric, number>> = {};
      for (const [metric, benchmark] of Object.entries(value)) {
        const kind = (BENCHMARK_KINDS as Readonly<Record<string, ValueKind>>)[metric];
        if (kind === undefined) throw new CliError("cli.error.targetsUnknownBenchmark", { file, key: metric, known: Object.keys(BENCHMARK_KINDS).join(", ") });
        benchmarks[metric as BenchmarkMetric] = readValue(benchmark, kind, `benchmarks.${metric}`, file);
      }
      targets.benchmarks = benchmarks;
      continue;
    }
    const kind = (TARGET_KINDS as Readonly<Record<string, ValueKind>>)[key];
    if (kind === undefined) throw new CliError("cli.error.targetsUnknownKey", { file, key, known: KNOWN_KEYS.join(", ") });
    targets[key] = readValue(value, kind, key, file);
  }
  const promotion = parsePromotion(content, file);
  if (promotion !== undefined) targets.promotion = promotion;
  return targets as ReviewTargets;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `promotionItems` and `promotionPriceDrop` as the review's promotion rule; undefined when neither is given (the default rule). */
function parsePromotion(entries: Record<string, unknown>, file: string): PromotionRule | undefined {
  const items = entries.promotionItems;
  const drop = entries.promotionPriceDrop === undefined ? undefined : readValue(entries.promotionPriceDrop, "priceDrop", "promotionPriceDrop", file);
  if (items === undefined && drop === undefined) return undefined;
  if (items === undefined || items === BELOW_USUAL_PRICE) return { rule: "belowUsualPrice", priceDrop: drop ?? DEFAULT_PRICE_DROP };
  const names = Array.isArray(items) ? items.map((item) => (typeof item === "number" && Number.isFinite(item) ? String(item) : item)) : null;
  if (names === null || names.length === 0 || !names.every((name) => typeof name === "string" && name.trim() !== "")) {
    throw new CliError("cli.error.targetsBadValue", { file, key: "promotionItems", what: "cli.targets.expect.promotionItems", found: found(items) });
  }
  // A drop says how to find promotion items by price: with a list it would be silently unused.
  if (drop !== undefined) throw new CliError("cli.error.targetsDropWithList", { file });
  return { rule: "list", items: (names as string[]).map((name) => name.trim()) };
}

const PROMOTION_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` date that exists (no 2025-02-30). */
function isPromotionDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = PROMOTION_DATE.exec(value);
  if (match === null) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * `"promotions": [{ "threshold": 200, "discount": 30, "from": "2025-08-01", "to": "2025-08-31" }]`:
 * each a threshold above 0, a discount above 0 and below the threshold (money), and the first and
 * last day (both included, from ≤ to). Anything else is an error naming the promotion.
 */
function parsePromotionThresholds(value: unknown, file: string): PromotionThreshold[] {
  const bad = (k: number | null, item: unknown): never => {
    throw new CliError("cli.error.targetsBadValue", { file, key: k === null ? "promotions" : `promotions[${k}]`, what: "cli.targets.expect.promotions", found: found(item) });
  };
  if (!Array.isArray(value) || value.length === 0) return bad(null, value);
  return value.map((item: unknown, k) => {
    if (!isObject(item) || Object.keys(item).some((key) => !["threshold", "discount", "from", "to"].includes(key))) return bad(k, item);
    const { threshold, discount, from, to } = item;
    if (typeof threshold !== "number" || !Number.isFinite(threshold) || threshold <= 0) return bad(k, item);
    if (typeof discount !== "number" || !Number.isFinite(discount) || discount <= 0 || discount >= threshold) return bad(k, item);
    if (!isPromotionDate(from) || !isPromotionDate(to) || from > to) return bad(k, item);
    return { threshold, discount, from, to };
  });
}

/** Reads and checks a targets.json file (see `parseTargets`); a missing or malformed file is a CliError. */
export async function readTargetsFile(file: string, cwd: string): Promise<ReviewTargets> {
  const text = await readFile(path.resolve(cwd, file), "utf8").catch((error: NodeJS.ErrnoException) => {
    throw error.code === "ENOENT" ? new CliError("cli.error.missingFile", { file }) : new CliError("cli.error.unreadableFile", { file, detail: error.message });
  });
  let content: unknown;
  try {
    content = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new CliError("cli.error.targetsNotJson", { file, detail: (error as Error).message });
  }
  return parseTargets(content, file);
}
