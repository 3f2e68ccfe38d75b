import { describe, expect, it } from "vitest";
import { readOrderTable } from "./order-table";
import { buildReview } from "./build-review";
import { parseMonthRange } from "./review-period";
import type { ReviewTargets } from "./review-inputs";
import { BASKET_LEDGER_HEADERS, BASKET_PROMOTION, basketLedgerGrid, basketShopLines } from "../../test/support/basket-shop.fixture";
import { sectionTitleOf } from "./review-sheet";

const grid = basketLedgerGrid(basketShopLines({ ordersPerMonth: 80 }));
const col = (header: (typeof BASKET_LEDGER_HEADERS)[number]) => BASKET_LEDGER_HEADERS.indexOf(header);

function review(targets: ReviewTargets, locale: "en-US" | "zh-CN" = "en-US", withQuantity = true) {
  const { table } = readOrderTable(grid, {
    orderId: col("订单编号"), buyer: col("买家会员名"), time: col("订单付款时间"), amount: col("商品金额"), cost: col("成本"), status: col("订单状态"),
    ...(withQuantity ? { quantity: col("购买数量") } : {}),
  }, { sheet: "明细", headerRow: 0 });
  return buildReview({ orders: table, skipped: [], period: parseMonthRange("2025-07..2025-10")!, compare: "previous", targets, locale, sources: ["明细"], generatedAt: new Date("2025-11-03T09:00:00Z") });
}

const textOf = (model: ReturnType<typeof review>) => model.sheet.cells.map((c) => String(c.value ?? c.result ?? ""));

describe("the review's baskets section", () => {
  it("lays out a row per month with the summary's figures, the split chart, and each threshold with its distribution chart", () => {
    const model = review({ promotions: [BASKET_PROMOTION] });
    const basket = model.summary.basket!;
    const { cells, charts } = model.sheet;
    const section = cells.find((c) => c.style === "section" && sectionTitleOf(String(c.value)) === "Baskets, add-on items and promotion thresholds")!;
    expect(section).toBeDefined();
    const august = cells.find((c) => c.value === "2025-08" && c.row > section.row)!;
    const at = (column: number) => cells.find((c) => c.row === august.row && c.column === column)?.value;
    const month = basket.monthly.find((m) => m.month === "2025-08")!;
    expect(at(1)).toBe(month.orders);
    expect(at(2)).toBeCloseTo(month.itemsPerOrder!, 2);
    expect(at(8)).toBeCloseTo(month.decomposition!.fromItemsPerOrder, 2);
    // The share is of a rise only: blank in a month whose AOV fell.
    if (month.decomposition!.change > 0) expect(at(10)).toBeCloseTo(month.decomposition!.addOnShare!, 6);
    else expect([at(10), month.decomposition!.addOnShare]).toEqual([undefined, null]);
    expect(charts.some((c) => c.title === "AOV change against the comparison period, by part" && c.kind === "stackedColumn")).toBe(true);
    const bins = charts.find((c) => c.title === "Orders by goods around ¥200: share of each side's orders")!;
    expect(bins.series.map((s) => s.values.length)).toEqual([20, 20]);
    expect(bins.series[0].values.reduce((s: number, v) => s + (v ?? 0), 0)).toBeLessThanOrEqual(1.0001);
    expect(textOf(model)).toContain("Promotion cost: ¥30 × " + basket.thresholds[0].inPromotion.atOrOver.toLocaleString("en-US") + " orders at or over the threshold in its dates");
  });

  it("says when add-on lines are not looked for and when every line is one item, in Chinese too", () => {
    const model = review({}, "zh-CN", false);
    const text = textOf(model);
    expect(text.some((t) => t.startsWith("未查找凑单"))).toBe(true);
    expect(text).toContain("订单没有数量列：每行按一件计。");
    expect(model.summary.basket!.period.addOnPerOrder).toBeNull();
    expect(model.findings.some((f) => f.key === "finding.addOnShare" || f.key === "finding.thresholdBunching")).toBe(false);
  });

  it("finds add-on lines under the price limit without thresholds", () => {
    const basket = review({ addOnPriceLimit: 20 }).summary.basket!;
    expect(basket.addOnRule).toBe("priceLimit");
    expect(basket.period.addOnLines).toBeGreaterThan(0);
    expect(basket.thresholds).toEqual([]);
  });
});
