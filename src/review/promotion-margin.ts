import { monthLabel } from "../engine/calendar";
import { isMetricError } from "../engine/metric-error";
import { marginBandPosition, type MarginBandPosition } from "../engine/metrics/margin-band";
import { belowUsualPrice, DEFAULT_PRICE_DROP, usualUnitPrices } from "../engine/metrics/usual-price";
import type { OrderTable } from "./order-table";
import type { PromotionRule } from "./review-inputs";
import type { MonthRange } from "./review-period";

/** The rule the review uses when the operator names none: items sold at least 5% below their usual price. */
export const DEFAULT_PROMOTION_RULE: PromotionRule = { rule: "belowUsualPrice", priceDrop: DEFAULT_PRICE_DROP };

/** A promotion item whose gross margin, over its promotion sales in the period, lies outside the band. */
export interface ItemOutsideBand {
  readonly item: string;
  /** The months of the period with promotion sales of the item ("2025-08"). */
  readonly months: readonly string[];
  /** The item's usual unit price (median over all the data); null without a unit price. */
  readonly usualPrice: number | null;
  /** The median unit price of its promotion sales in the period; null without one. */
  readonly promotionPrice: number | null;
  readonly orders: number;
  readonly revenue: number;
  readonly cost: number;
  readonly margin: number;
  readonly position: Exclude<MarginBandPosition, "inside">;
}

/** Why no promotion item could be checked against the band. */
export type PromotionUndetermined =
  /** The orders have no item (title) nor SKU column. */
  | "noItemColumn"
  /** The orders have no cost: no margin to check. */
  | "noCostColumn"
  /** Price rule: no line of the period has an amount of its own to give a unit price (only order totals). */
  | "noUnitPrices"
  /** Price rule: no item sold below its usual price in a month of the period. */
  | "noneBelowUsualPrice"
  /** List rule: no listed item sold in the period. */
  | "noneListedSold";

/** The margin band checked on the promotion items of the period: summary.json's `promotionMargin`, with the items outside the band. */
export interface PromotionMarginCheck {
  readonly rule: PromotionRule["rule"];
  /** The price rule's drop (a fraction); null for a list. */
  readonly priceDrop: number | null;
  /** The number of names in the operator's list; null for the price rule. */
  readonly listed: number | null;
  /** Names of the list that match no item or SKU sold in the period. */
  readonly listedNotFound: readonly string[];
  /** Promotion items with sales in the period. */
  readonly items: number;
  /** Of those, the items with a revenue above 0 and a known cost, checked against the band. */
  readonly checked: number;
  readonly inside: number;
  readonly below: number;
  readonly above: number;
  /** The checked items outside the band, largest revenue first. */
  readonly outside: readonly ItemOutsideBand[];
  /** Why there is nothing to check; null when promotion items were found. */
  readonly undetermined: PromotionUndetermined | null;
}

/** How list names and item names are compared: Unicode-compatible forms (full-width letters as ASCII), trimmed, case ignored. */
export function promotionNameKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

/**
 * Checks the margin band on the promotion items of the period — PRODUCT.md: promotional items
 * must keep their gross margin inside 8%–12% — and only on them: regular-price items run far
 * above the band and would all be flagged.
 *
 * Which items are promotion items, as the operator picks (`rule`):
 * - `list`: the items whose title or SKU the operator names (compared by `promotionNameKey`); their
 *   sales in the period are checked.
 * - `belowUsualPrice` (the default): an item is on promotion in a month of the period when the
 *   median unit price of its lines that month is at least `priceDrop` (5%) under its usual unit
 *   price, the median over all the data read (`belowUsualPrice`); its sales in those months are checked.
 *
 * A line's unit price is its amount ÷ its quantity (one unit where no quantity is given). Its
 * revenue is its own amount (`OrderLines.amount`); a line without one (an order of several lines
 * whose export gives only the order's total) or without a known cost is left out of the margin, as
 * the item table of the review always did. Items are grouped by title, by SKU without a title column.
 * An item's margin is (revenue − cost) ÷ revenue over its promotion lines (`marginBandPosition`).
 */
export function checkPromotionMargins(orders: OrderTable, period: MonthRange, band: { low: number; high: number }, rule: PromotionRule = DEFAULT_PROMOTION_RULE): PromotionMarginCheck {
  const { lines } = orders;
  const base = {
    rule: rule.rule, priceDrop: rule.rule === "belowUsualPrice" ? rule.priceDrop : null, listed: rule.rule === "list" ? rule.items.length : null,
    listedNotFound: [] as string[], items: 0, checked: 0, inside: 0, below: 0, above: 0, outside: [] as ItemOutsideBand[],
  };
  const byTitle = lines.item !== null;
  const itemCodes = lines.item ?? lines.sku;
  const itemNames = byTitle ? orders.itemNames : lines.skuNames;
  if (itemCodes === null) return { ...base, listedNotFound: rule.rule === "list" ? [...rule.items] : [], undetermined: "noItemColumn" };
  if (lines.cost === null) return { ...base, undetermined: "noCostColumn" };

  const lineMonth = new Int32Array(lines.length);
  const unitPrice = new Float64Array(lines.length);
  let anyPricedInPeriod = false;
  const inPeriod = (i: number) => lines.counted[i] === 1 && lineMonth[i] >= period.from && lineMonth[i] <= period.to;
  for (let i = 0; i < lines.length; i++) {
    lineMonth[i] = orders.month[lines.order[i]];
    const quantity = lines.quantity === null ? NaN : lines.quantity[i];
    unitPrice[i] = lines.amount[i] / (quantity === quantity ? quantity : 1);
    if (inPeriod(i) && unitPrice[i] > 0 && unitPrice[i] < Infinity) anyPricedInPeriod = true;
  }

  let onPromotion: Uint8Array;
  let usualPrice: Float64Array;
  let listedNotFound: string[] = [];
  if (rule.rule === "belowUsualPrice") {
    if (!anyPricedInPeriod) return { ...base, undetermined: "noUnitPrices" };
    const found = belowUsualPrice(itemCodes, lineMonth, unitPrice, { from: period.from, to: period.to, priceDrop: rule.priceDrop, counted: lines.counted, itemCount: itemNames.length });
    if (isMetricError(found)) return { ...base, undetermined: "noneBelowUsualPrice" };
    onPromotion = found.onPromotion;
    usualPrice = found.usualPrice;
  } else {
    usualPrice = usualUnitPrices(itemCodes, unitPrice, { counted: lines.counted, itemCount: itemNames.length });
    const listed = matchList(rule.items, itemCodes, itemNames, byTitle ? lines.sku : null, lines.skuNames, lines.length, inPeriod);
    onPromotion = listed.lines;
    listedNotFound = listed.notFound;
  }

  // Promotion lines of the period, per item.
  const perItem = new Map<number, { prices: number[]; months: Set<number>; orders: number; lastOrder: number; revenue: number; cost: number; costed: boolean }>();
  for (let i = 0; i < lines.length; i++) {
    if (onPromotion[i] !== 1 || !inPeriod(i)) continue;
    const item = itemCodes[i];
    if (item < 0) continue;
    let entry = perItem.get(item);
    if (entry === undefined) perItem.set(item, (entry = { prices: [], months: new Set(), orders: 0, lastOrder: -1, revenue: 0, cost: 0, costed: false }));
    entry.months.add(lineMonth[i]);
    if (unitPrice[i] > 0 && unitPrice[i] < Infinity) entry.prices.push(unitPrice[i]);
    const revenue = lines.amount[i];
    const cost = lines.cost[i];
    if (revenue !== revenue || cost !== cost) continue;
    entry.revenue += revenue;
    entry.cost += cost;
    entry.costed = true;
    if (entry.lastOrder !== lines.order[i]) {
      entry.lastOrder = lines.order[i];
      entry.orders++;
    }
  }

  let checked = 0;
  let inside = 0;
  const outside: ItemOutsideBand[] = [];
  for (const [item, entry] of perItem) {
    if (!entry.costed || !(entry.revenue > 0)) continue;
    const position = marginBandPosition(entry.revenue, entry.cost, band);
    if (typeof position !== "string") continue;
    checked++;
    if (position === "inside") {
      inside++;
      continue;
    }
    const usual = usualPrice[item];
    outside.push({
      item: itemNames[item], months: [...entry.months].sort((a, b) => a - b).map(monthLabel),
      usualPrice: usual === usual ? usual : null, promotionPrice: entry.prices.length === 0 ? null : median(entry.prices),
      orders: entry.orders, revenue: entry.revenue, cost: entry.cost, margin: (entry.revenue - entry.cost) / entry.revenue, position,
    });
  }
  outside.sort((a, b) => b.revenue - a.revenue || (a.item < b.item ? -1 : a.item > b.item ? 1 : 0));
  const undetermined = perItem.size > 0 ? null : rule.rule === "list" ? "noneListedSold" : "noneBelowUsualPrice";
  return {
    ...base, listedNotFound, items: perItem.size, checked, inside, outside, undetermined,
    below: outside.filter((item) => item.position === "below").length, above: outside.filter((item) => item.position === "above").length,
  };
}

/** The lines whose item or SKU the list names, and the names that match no line of the period. */
function matchList(
  names: readonly string[], itemCodes: Int32Array, itemNames: readonly string[], skuCodes: Int32Array | null, skuNames: readonly string[],
  length: number, inPeriod: (i: number) => boolean,
): { lines: Uint8Array; notFound: string[] } {
  const wanted = new Map<string, number>();
  names.forEach((name, k) => {
    const key = promotionNameKey(name);
    if (key !== "" && !wanted.has(key)) wanted.set(key, k);
  });
  const listOf = (all: readonly string[]) => Int32Array.from(all, (name) => wanted.get(promotionNameKey(name)) ?? -1);
  const itemEntry = listOf(itemNames);
  const skuEntry = skuCodes === null ? null : listOf(skuNames);
  const matched = new Uint8Array(length);
  const found = new Uint8Array(names.length);
  for (let i = 0; i < length; i++) {
    const byItem = itemCodes[i] >= 0 ? itemEntry[itemCodes[i]] : -1;
    const bySku = skuCodes !== null && skuEntry !== null && skuCodes[i] >= 0 ? skuEntry[skuCodes[i]] : -1;
    if (byItem < 0 && bySku < 0) continue;
    matched[i] = 1;
    if (!inPeriod(i)) continue;
    if (byItem >= 0) found[byItem] = 1;
    if (bySku >= 0) found[bySku] = 1;
  }
  // A name given twice is found when its first mention is.
  const notFound = names.filter((name) => {
    const entry = wanted.get(promotionNameKey(name));
    return entry === undefined || found[entry] === 0;
  });
  return { lines: matched, notFound: [...new Set(notFound)] };
}

function median(values: number[]): number {
  const sorted = Float64Array.from(values).sort();
  const n = sorted.length;
  return n % 2 === 1 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}
