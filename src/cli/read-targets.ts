import { readFile } from "node:fs/promises";
import path from "node:path";
import type { MessageKey } from "../i18n/messages";
import type { PromotionRule, ReviewTargets } from "../review/review-inputs";
import { DEFAULT_PRICE_DROP } from "../engine/metrics/usual-price";
import { CliError } from "./cli-error";

type TargetCheck = "positive" | "growth" | "fraction";

/** The keys of targets.json and what each must hold (money in the data's currency, rates as fractions). */
const TARGET_KEYS: Readonly<Record<Exclude<keyof ReviewTargets, "marginBand" | "promotion">, TargetCheck>> = {
  gmv: "positive",
  gmvGrowth: "growth",
  aov: "positive",
  aovGrowth: "growth",
  repurchaseRate: "fraction",
  conversionRate: "fraction",
  grossMargin: "fraction",
};
const KNOWN_KEYS = [...Object.keys(TARGET_KEYS), "marginBand", "promotionItems", "promotionPriceDrop"];
/** `"promotionItems": "belowUsualPrice"`: the promotion items are the ones sold below their usual price (the default). */
const BELOW_USUAL_PRICE = "belowUsualPrice";

const EXPECTED: Readonly<Record<TargetCheck | "band" | "promotionItems" | "priceDrop", MessageKey>> = {
  positive: "cli.targets.expect.positive",
  growth: "cli.targets.expect.growth",
  fraction: "cli.targets.expect.fraction",
  band: "cli.targets.expect.band",
  promotionItems: "cli.targets.expect.promotionItems",
  priceDrop: "cli.targets.expect.priceDrop",
};

function passes(check: TargetCheck, value: number): boolean {
  if (!Number.isFinite(value)) return false;
  if (check === "positive") return value > 0;
  if (check === "growth") return value > -1;
  return value >= 0 && value <= 1;
}

/**
 * Checks the parsed content of targets.json and returns the review's targets:
 *
 *   { "gmv": 25000000, "gmvGrowth": 0.25, "aov": 200, "aovGrowth": 0.15,
 *     "repurchaseRate": 0.3, "conversionRate": 0.035, "marginBand": [0.08, 0.12],
 *     "promotionItems": ["SKU-001", "玻尿酸补水保湿面膜 10片装"] }
 *
 * Every key is optional. Money is in the data's currency and above 0; growths are fractions above
 * −1 (0.25 = +25%); rates are fractions from 0 to 1; the margin band is [low, high] with
 * −1 < low ≤ high < 1. The band is checked on promotion items: `promotionItems` lists them (item
 * titles or SKUs, at least one), or is "belowUsualPrice" (the default) for the items sold at least
 * `promotionPriceDrop` (a fraction above 0 and below 1, default 0.05) under their usual price;
 * `promotionPriceDrop` goes with that rule only. A key that is not one of these, or a value of the wrong type or range, is
 * an error naming it (CliError, exit code 1), never dropped silently.
 */
export function parseTargets(content: unknown, file: string): ReviewTargets {
  if (typeof content !== "object" || content === null || Array.isArray(content)) throw new CliError("cli.error.targetsNotObject", { file });
  const targets: Record<string, unknown> = {};
  const entries = content as Record<string, unknown>;
  for (const [key, value] of Object.entries(entries)) {
    if (key === "promotionItems" || key === "promotionPriceDrop") continue;
    if (key === "marginBand") {
      const band = value;
      const valid = Array.isArray(band) && band.length === 2 && band.every((edge) => typeof edge === "number" && edge > -1 && edge < 1) && band[0] <= band[1];
      if (!valid) throw new CliError("cli.error.targetsBadValue", { file, key, what: EXPECTED.band, found: JSON.stringify(value) });
      targets.marginBand = { low: band[0], high: band[1] };
      continue;
    }
    const check = (TARGET_KEYS as Readonly<Record<string, TargetCheck>>)[key];
    if (check === undefined) throw new CliError("cli.error.targetsUnknownKey", { file, key, known: KNOWN_KEYS.join(", ") });
    if (typeof value !== "number" || !passes(check, value)) {
      throw new CliError("cli.error.targetsBadValue", { file, key, what: EXPECTED[check], found: JSON.stringify(value) ?? String(value) });
    }
    targets[key] = value;
  }
  const promotion = parsePromotion(entries, file);
  if (promotion !== undefined) targets.promotion = promotion;
  return targets as ReviewTargets;
}

/** `promotionItems` and `promotionPriceDrop` as the review's promotion rule; undefined when neither is given (the default rule). */
function parsePromotion(entries: Record<string, unknown>, file: string): PromotionRule | undefined {
  const items = entries.promotionItems;
  const drop = entries.promotionPriceDrop;
  if (items === undefined && drop === undefined) return undefined;
  const bad = (key: string, what: MessageKey, value: unknown) => new CliError("cli.error.targetsBadValue", { file, key, what, found: JSON.stringify(value) ?? String(value) });
  if (drop !== undefined && !(typeof drop === "number" && drop > 0 && drop < 1)) throw bad("promotionPriceDrop", EXPECTED.priceDrop, drop);
  if (items === undefined || items === BELOW_USUAL_PRICE) return { rule: "belowUsualPrice", priceDrop: (drop as number | undefined) ?? DEFAULT_PRICE_DROP };
  const names = Array.isArray(items) ? items.map((item) => (typeof item === "number" && Number.isFinite(item) ? String(item) : item)) : null;
  if (names === null || names.length === 0 || !names.every((name) => typeof name === "string" && name.trim() !== "")) throw bad("promotionItems", EXPECTED.promotionItems, items);
  // A drop says how to find promotion items by price: with a list it would be silently unused.
  if (drop !== undefined) throw new CliError("cli.error.targetsDropWithList", { file });
  return { rule: "list", items: (names as string[]).map((name) => name.trim()) };
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
