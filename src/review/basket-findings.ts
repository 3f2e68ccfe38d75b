import { translate, type Locale, type MessageKey } from "../i18n/messages";
import type { Finding } from "./review-findings";
import type { ReviewSummary } from "./review-summary";
import { formatCount, formatCurrency, formatCurrencyCents, formatPercent, formatRatio } from "./format-figures";

/** Each period needs this many basket orders before its basket is compared. */
export const MIN_BASKET_ORDERS = 30;
/** An AOV change under this share of the comparison period's AOV is too small to split in words. */
export const NOTABLE_AOV_CHANGE = 0.01;
/** Each side of a threshold needs this many orders before its bunching is stated. */
const MIN_THRESHOLD_ORDERS = 30;

/**
 * The written statements of the baskets section, each naming its figures, and each only where the
 * data supports it: the AOV change split into items per order and amount per item; the add-on
 * lines' share of an AOV increase, for the period and for the month where the add-on amount per
 * order rose most; for each promotion threshold, the orders just over it against just under it in
 * its dates and outside them, and its cost against the gross profit of the orders that reached it.
 */
export function basketFindings(summary: ReviewSummary, locale: Locale): Finding[] {
  const basket = summary.basket;
  const findings: Finding[] = [];
  if (basket === undefined) return findings;
  const add = (key: MessageKey, text: Record<string, string | number>, figures: Record<string, number | string>) => {
    findings.push({ key, text: translate(locale, key, text), figures });
  };
  const money = (value: number) => formatCurrencyCents(value, summary.currency, locale);
  const signed = (value: number) => `${value > 0 ? "+" : ""}${money(value)}`;
  const enough = (orders: number) => orders >= MIN_BASKET_ORDERS && basket.comparison.orders >= MIN_BASKET_ORDERS;

  const split = basket.decomposition;
  if (split !== null && enough(basket.period.orders) && Math.abs(split.change) >= NOTABLE_AOV_CHANGE * split.aovBefore) {
    add("finding.aovSplit", {
      before: money(split.aovBefore), after: money(split.aovAfter), change: signed(split.change), fromItems: signed(split.fromItemsPerOrder), fromPrice: signed(split.fromAmountPerItem),
      itemsBefore: formatRatio(basket.comparison.itemsPerOrder!), itemsAfter: formatRatio(basket.period.itemsPerOrder!),
      priceBefore: money(basket.comparison.amountPerItem!), priceAfter: money(basket.period.amountPerItem!),
    }, {
      aovBefore: split.aovBefore, aovAfter: split.aovAfter, change: split.change, fromItemsPerOrder: split.fromItemsPerOrder, fromAmountPerItem: split.fromAmountPerItem,
      itemsPerOrderBefore: basket.comparison.itemsPerOrder!, itemsPerOrderAfter: basket.period.itemsPerOrder!,
      amountPerItemBefore: basket.comparison.amountPerItem!, amountPerItemAfter: basket.period.amountPerItem!,
    });
    if (split.addOnShare !== null && split.addOnChange !== null && split.change > 0) {
      add("finding.addOnShare", {
        share: formatPercent(split.addOnShare), before: money(split.aovBefore), after: money(split.aovAfter),
        addOnBefore: money(basket.comparison.addOnPerOrder!), addOnAfter: money(basket.period.addOnPerOrder!),
      }, { addOnShare: split.addOnShare, addOnChange: split.addOnChange, aovChange: split.change, addOnPerOrderBefore: basket.comparison.addOnPerOrder!, addOnPerOrderAfter: basket.period.addOnPerOrder! });
    }
  }
  // The month where the add-on amount per order rose most, when its AOV rose too.
  const months = basket.monthly.filter((m) => m.decomposition !== null && m.decomposition.addOnShare !== null && m.decomposition.addOnChange! > 0
    && m.decomposition.change >= NOTABLE_AOV_CHANGE * m.decomposition.aovBefore && enough(m.orders));
  if (months.length > 0 && basket.monthly.length > 1) {
    const month = months.reduce((a, b) => (b.decomposition!.addOnChange! > a.decomposition!.addOnChange! ? b : a));
    const d = month.decomposition!;
    add("finding.addOnShareMonth", { month: month.month, share: formatPercent(d.addOnShare!), before: money(d.aovBefore), after: money(d.aovAfter) },
      { month: month.month, addOnShare: d.addOnShare!, addOnChange: d.addOnChange!, aovChange: d.change });
  }

  for (const t of basket.thresholds) {
    const threshold = formatCurrency(t.threshold, summary.currency, locale);
    const discount = formatCurrency(t.discount, summary.currency, locale);
    const { inPromotion, outside } = t;
    if (inPromotion.orders >= MIN_THRESHOLD_ORDERS && outside.orders >= MIN_THRESHOLD_ORDERS) {
      add("finding.thresholdBunching", {
        threshold, over: formatPercent(inPromotion.overShare!), under: formatPercent(inPromotion.underShare!),
        overOutside: formatPercent(outside.overShare!), underOutside: formatPercent(outside.underShare!),
      }, {
        threshold: t.threshold, overShare: inPromotion.overShare!, underShare: inPromotion.underShare!, overShareOutside: outside.overShare!, underShareOutside: outside.underShare!,
      });
    }
    if (inPromotion.atOrOver > 0) {
      const cost = formatCurrency(t.promotionCost, summary.currency, locale);
      if (t.grossProfit !== null) {
        add("finding.promotionCost", { threshold, discount, cost, orders: formatCount(inPromotion.atOrOver), profit: formatCurrency(t.grossProfit, summary.currency, locale) },
          { threshold: t.threshold, discount: t.discount, cost: t.promotionCost, orders: inPromotion.atOrOver, grossProfit: t.grossProfit, costUnknownOrders: t.costUnknownOrders });
      } else {
        add("finding.promotionCostNoProfit", { threshold, discount, cost, orders: formatCount(inPromotion.atOrOver) },
          { threshold: t.threshold, discount: t.discount, cost: t.promotionCost, orders: inPromotion.atOrOver });
      }
    }
  }
  return findings;
}
