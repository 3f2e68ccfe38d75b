import { metricError, type MetricError } from "../metric-error";

/** The orders a basket is measured over: one entry per order. */
export interface BasketOrderColumns {
  readonly length: number;
  /** The order's amount (what the buyer paid), NaN unknown. */
  readonly amount: Float64Array;
  /** The order's time, an Excel serial. */
  readonly time: Float64Array;
  /** 1 for a counted order. */
  readonly counted: Uint8Array;
}

/** The lines of those orders, in any order. */
export interface BasketLineColumns {
  readonly length: number;
  /** Index of the line's order in `BasketOrderColumns`. */
  readonly order: Int32Array;
  /** The line's own amount; NaN where the export does not give one (an order total on the first row). */
  readonly amount: Float64Array;
  /** Items on the line; `null` without a quantity column (each line is then one item). */
  readonly quantity: Float64Array | null;
  /** 1 for a line that counts, 0 for one closed or refunded within its order. */
  readonly counted: Uint8Array;
}

/**
 * A promotion threshold (满200减30): orders whose goods reach `threshold` in [from, to) get
 * `discount` off. `from` and `to` are Excel serials, `to` the day after the promotion's last day.
 */
export interface ThresholdPromotion {
  readonly threshold: number;
  readonly discount: number;
  readonly from: number;
  readonly to: number;
}

/**
 * Which lines are add-on lines (凑单, PRODUCT.md "The analyses behind the figures"):
 * - `threshold`: a line that takes its order across a promotion threshold running at the order's
 *   time: the order's goods (the sum of its counted lines) are at or over the threshold and would
 *   be under it without the line. Where several lines of an order pass that test, the cheapest is
 *   the add-on (the later one of equal amounts): in an order of 189 + 15 under a 200 threshold
 *   both pass, and counting the 189 line too would make the whole order an add-on;
 * - `priceLimit`: a line whose unit price (line amount ÷ quantity) is under `limit`;
 * - `none`: no add-on figures.
 * Either way the order must have another counted line: a line alone is the order, not an add-on.
 */
export type AddOnRule =
  | { readonly kind: "threshold"; readonly promotions: readonly ThresholdPromotion[] }
  | { readonly kind: "priceLimit"; readonly limit: number }
  | { readonly kind: "none" };

/** A window of order times, Excel serials, from ≤ t < to. */
export interface TimeWindow {
  readonly from: number;
  readonly to: number;
}

/** The baskets of the counted orders of one window. */
export interface BasketFigures {
  /** Counted orders of the window whose baskets are known (the figures' base). */
  readonly orders: number;
  /** Counted orders of the window left out: a counted line without a quantity, or — with an add-on rule — without an amount. */
  readonly leftOut: number;
  /** GMV of the `orders`. */
  readonly gmv: number;
  /** Items (quantities of the counted lines) and counted lines of the `orders`. */
  readonly items: number;
  readonly lines: number;
  /** items ÷ orders, lines ÷ orders, gmv ÷ items, gmv ÷ orders; null without orders (or items). */
  readonly itemsPerOrder: number | null;
  readonly linesPerOrder: number | null;
  readonly amountPerItem: number | null;
  readonly aov: number | null;
  /** Add-on lines, the orders holding one, their amount, and that amount ÷ orders (null without orders or rule). */
  readonly addOnLines: number;
  readonly addOnOrders: number;
  readonly addOnAmount: number;
  readonly addOnPerOrder: number | null;
}

/**
 * Baskets and add-on items (`EC.BASKET`): per window of order times, items per order, lines per
 * order, average item price (amount per item) and the add-on lines' amount per order.
 *
 * - items per order = Σ quantities of the counted lines ÷ orders; lines per order = counted lines ÷ orders;
 * - amount per item = GMV ÷ items, so that AOV = GMV ÷ orders = items per order × amount per item exactly;
 * - add-on amount per order = Σ amounts of the add-on lines (`AddOnRule`) ÷ orders.
 *
 * GMV is the orders' own amounts. An order counts in a window when it is counted and its time is in
 * the window. A counted order is left out (and counted in `leftOut`) when one of its counted lines
 * has no quantity (or a quantity of 0 or less), or — with an add-on rule — no amount of its own
 * (Shopify's total on the first row only: its lines have no amounts). Without a quantity column
 * every line is one item. Under thresholds an order has at most one add-on line, however many
 * thresholds it crosses; under a price limit every line under it is one.
 *
 * Complexity: O(lines + orders × windows).
 *
 * @example
 * // Order 0: 120 + 90 (quantity 2) paid in August; order 1: one line of 80. Threshold 200 in August.
 * basketFigures({ length: 2, amount: Float64Array.of(210, 80), time: Float64Array.of(45880, 45881), counted: Uint8Array.of(1, 1) },
 *   { length: 3, order: Int32Array.of(0, 0, 1), amount: Float64Array.of(120, 90, 80), quantity: Float64Array.of(1, 2, 1), counted: Uint8Array.of(1, 1, 1) },
 *   [{ from: 45870, to: 45901 }], { addOn: { kind: "threshold", promotions: [{ threshold: 200, discount: 30, from: 45870, to: 45901 }] } })
 * // [{ orders: 2, items: 4, itemsPerOrder: 2, amountPerItem: 72.5, aov: 145, addOnLines: 1, addOnAmount: 90, addOnPerOrder: 45, … }]
 */
export function basketFigures(
  orders: BasketOrderColumns, lines: BasketLineColumns, windows: readonly TimeWindow[], options: { readonly addOn?: AddOnRule } = {},
): BasketFigures[] {
  const rule: AddOnRule = options.addOn ?? { kind: "none" };
  const needsAmounts = rule.kind !== "none";
  const n = orders.length;
  const lineCount = new Int32Array(n);
  const itemCount = new Float64Array(n);
  const goods = new Float64Array(n);
  const unknown = new Uint8Array(n);
  for (let j = 0; j < lines.length; j++) {
    if (lines.counted[j] !== 1) continue;
    const o = lines.order[j];
    const quantity = lines.quantity === null ? 1 : lines.quantity[j];
    const amount = lines.amount[j];
    lineCount[o]++;
    if (!(quantity > 0 && Number.isFinite(quantity))) unknown[o] = 1;
    else itemCount[o] += quantity;
    if (amount !== amount) {
      if (needsAmounts) unknown[o] = 1;
    } else {
      goods[o] += amount;
    }
  }

  // Add-on lines, per order: their amount and count.
  const addOnAmount = new Float64Array(n);
  const addOnLines = new Int32Array(n);
  if (rule.kind === "threshold") {
    // Per order, the cheapest line that takes it across a threshold running at its time.
    const chosen = new Int32Array(n).fill(-1);
    for (let j = 0; j < lines.length; j++) {
      const o = lines.order[j];
      if (lines.counted[j] !== 1 || unknown[o] === 1 || lineCount[o] < 2) continue;
      const amount = lines.amount[j];
      const t = orders.time[o];
      const crosses = rule.promotions.some((p) => t >= p.from && t < p.to && goods[o] >= p.threshold && goods[o] - amount < p.threshold);
      if (crosses && (chosen[o] < 0 || amount <= lines.amount[chosen[o]])) chosen[o] = j;
    }
    for (let o = 0; o < n; o++) {
      if (chosen[o] < 0) continue;
      addOnAmount[o] = lines.amount[chosen[o]];
      addOnLines[o] = 1;
    }
  } else if (rule.kind === "priceLimit") {
    for (let j = 0; j < lines.length; j++) {
      const o = lines.order[j];
      if (lines.counted[j] !== 1 || unknown[o] === 1 || lineCount[o] < 2) continue;
      const amount = lines.amount[j];
      const unitPrice = lines.quantity === null ? amount : amount / lines.quantity[j];
      if (unitPrice < rule.limit) {
        addOnAmount[o] += amount;
        addOnLines[o]++;
      }
    }
  }

  return windows.map((window) => {
    let count = 0;
    let leftOut = 0;
    let gmv = 0;
    let items = 0;
    let lineTotal = 0;
    let addOns = 0;
    let addOnOrders = 0;
    let addOnTotal = 0;
    for (let o = 0; o < n; o++) {
      const t = orders.time[o];
      if (orders.counted[o] !== 1 || !(t >= window.from && t < window.to)) continue;
      if (unknown[o] === 1 || lineCount[o] === 0 || orders.amount[o] !== orders.amount[o]) {
        leftOut++;
        continue;
      }
      count++;
      gmv += orders.amount[o];
      items += itemCount[o];
      lineTotal += lineCount[o];
      addOns += addOnLines[o];
      addOnTotal += addOnAmount[o];
      if (addOnLines[o] > 0) addOnOrders++;
    }
    return {
      orders: count, leftOut, gmv, items, lines: lineTotal,
      itemsPerOrder: count > 0 ? items / count : null,
      linesPerOrder: count > 0 ? lineTotal / count : null,
      amountPerItem: items > 0 ? gmv / items : null,
      aov: count > 0 ? gmv / count : null,
      addOnLines: addOns, addOnOrders, addOnAmount: addOnTotal,
      addOnPerOrder: count > 0 && rule.kind !== "none" ? addOnTotal / count : null,
    };
  });
}

/** The change in AOV between two windows, split into its parts. */
export interface AovDecomposition {
  readonly aovBefore: number;
  readonly aovAfter: number;
  /** aovAfter − aovBefore = fromItemsPerOrder + fromAmountPerItem, exactly. */
  readonly change: number;
  /** The part from more (or fewer) items per order: Δq × (p₀ + p₁) ÷ 2. */
  readonly fromItemsPerOrder: number;
  /** The part from dearer (or cheaper) items: Δp × (q₀ + q₁) ÷ 2. */
  readonly fromAmountPerItem: number;
  /** Change in add-on amount per order; null without an add-on rule. */
  readonly addOnChange: number | null;
  /** addOnChange ÷ change: the add-on lines' share of the AOV increase; null without a rule or when AOV did not rise (a share of a fall says nothing). */
  readonly addOnShare: number | null;
}

/**
 * The AOV change between two windows (`EC.BASKET`), split exactly into more items per order and
 * dearer items by the midpoint (Shapley) two-factor split of AOV = q × p (q items per order, p
 * amount per item):
 *
 *   ΔAOV = q₁p₁ − q₀p₀ = Δq × (p₀ + p₁) ÷ 2 + Δp × (q₀ + q₁) ÷ 2,
 *
 * each factor credited with its change valued at the average of the other, so that the parts sum
 * to the change with no residual and neither factor is favoured by the order it is taken in. The
 * add-on lines' share of the increase (PRODUCT.md) is the change in add-on amount per order ÷ ΔAOV,
 * given only when AOV rose: it can exceed 100% (or be negative) when the rest of the basket moved
 * the other way; of a fall (August's AOV −¥5.75 with ¥25.48 of add-ons per order would read −443%)
 * it says nothing, and is null.
 *
 * Edge cases: a window without basket orders or items → #DIV/0! (`argument.noBasketOrders`).
 *
 * @example
 * // Before: 2 items per order at 50 (AOV 100); after: 2.5 items at 48 (AOV 120).
 * // Δ = 20 = 0.5 × (50 + 48) ÷ 2 + (−2) × (2 + 2.5) ÷ 2 = 24.5 − 4.5
 */
export function aovDecomposition(before: BasketFigures, after: BasketFigures): AovDecomposition | MetricError {
  if (before.itemsPerOrder === null || before.amountPerItem === null || after.itemsPerOrder === null || after.amountPerItem === null) {
    return metricError("DIV0", "argument.noBasketOrders");
  }
  const q0 = before.itemsPerOrder;
  const q1 = after.itemsPerOrder;
  const p0 = before.amountPerItem;
  const p1 = after.amountPerItem;
  const aovBefore = before.aov!;
  const aovAfter = after.aov!;
  const change = aovAfter - aovBefore;
  const addOnChange = before.addOnPerOrder === null || after.addOnPerOrder === null ? null : after.addOnPerOrder - before.addOnPerOrder;
  return {
    aovBefore, aovAfter, change,
    fromItemsPerOrder: (q1 - q0) * (p0 + p1) / 2,
    fromAmountPerItem: (p1 - p0) * (q0 + q1) / 2,
    addOnChange,
    addOnShare: addOnChange === null || !(change > 0) ? null : addOnChange / change,
  };
}
