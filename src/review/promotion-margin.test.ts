import { describe, expect, it } from "vitest";
import { checkPromotionMargins, promotionNameKey } from "./promotion-margin";
import { readOrderTable, type OrderColumnMapping } from "./order-table";
import { parseMonthRange } from "./review-period";

const HEADER = ["订单编号", "买家会员名", "订单付款时间", "实付金额", "订单状态", "宝贝标题", "购买数量", "成本", "商家编码"];
const BAND = { low: 0.08, high: 0.12 };
const PERIOD = parseMonthRange("2025-06..2025-08")!;

/** [month, title, quantity, amount, cost, sku]: one order each. */
type Sale = [string, string, number, number, number, string];

// 面膜 sells at 100 and is cut to 80 in July at a cost of 74 (7.5%: below the band); 面霜 at 200 is
// cut 10% to 180 in August at a cost of 162 (10%: inside); 眼霜 sells two at a time, 150 each in
// May and 120 each in July, cost 90 each (25%: above); 精华 never changes its price of 50 (60%
// margin, far above the band, and no promotion item: not judged).
const SALES: Sale[] = [
  ["05", "面膜", 1, 100, 45, "SKU-A"], ["05", "面膜", 1, 100, 45, "SKU-A"], ["06", "面膜", 1, 100, 45, "SKU-A"],
  ["07", "面膜", 1, 80, 74, "SKU-A"], ["07", "面膜", 1, 80, 74, "SKU-A"],
  ["05", "面霜", 1, 200, 162, "SKU-B"], ["06", "面霜", 1, 200, 162, "SKU-B"], ["07", "面霜", 1, 200, 162, "SKU-B"],
  ["08", "面霜", 1, 180, 162, "SKU-B"], ["08", "面霜", 1, 180, 162, "SKU-B"],
  ["05", "眼霜", 2, 300, 180, "SKU-C"], ["07", "眼霜", 2, 240, 180, "SKU-C"],
  ["05", "精华", 1, 50, 20, "SKU-D"], ["06", "精华", 1, 50, 20, "SKU-D"], ["08", "精华", 1, 50, 20, "SKU-D"],
];

function table(sales: readonly Sale[], without: readonly (keyof OrderColumnMapping)[] = []) {
  const grid: unknown[][] = [HEADER, ...sales.map(([month, title, quantity, amount, cost, sku], i) => [
    String(1000 + i), `tb${i % 4}`, `2025-${month}-10 10:00:00`, amount, "交易成功", title, quantity, cost, sku,
  ])];
  const mapping: OrderColumnMapping = { orderId: 0, buyer: 1, time: 2, amount: 3, status: 4, itemTitle: 5, quantity: 6, cost: 7, sku: 8 };
  const kept = Object.fromEntries(Object.entries(mapping).filter(([field]) => !without.includes(field as keyof OrderColumnMapping))) as unknown as OrderColumnMapping;
  return readOrderTable(grid, kept, { sheet: "订单", headerRow: 0 }).table;
}

describe("checkPromotionMargins: items sold below their usual price", () => {
  const check = checkPromotionMargins(table(SALES), PERIOD, BAND, { rule: "belowUsualPrice", priceDrop: 0.05 });

  it("finds the items of the months sold at least 5% under their usual price, and judges only them", () => {
    expect(check).toMatchObject({ rule: "belowUsualPrice", priceDrop: 0.05, listed: null, items: 3, checked: 3, inside: 1, below: 1, above: 1, undetermined: null });
    expect(check.outside.map((item) => [item.item, item.position, item.months, item.orders])).toEqual([
      ["眼霜", "above", ["2025-07"], 1],
      ["面膜", "below", ["2025-07"], 2],
    ]);
  });

  it("takes the margin over the promotion sales only, and gives the usual and the promotion unit price", () => {
    const [eyes, masks] = check.outside;
    expect([eyes.revenue, eyes.cost, eyes.margin]).toEqual([240, 180, 0.25]);
    // 眼霜's usual price is the median of 150 and 120 (two lines): their mean.
    expect([eyes.usualPrice, eyes.promotionPrice]).toEqual([135, 120]);
    expect([masks.revenue, masks.cost, masks.margin]).toEqual([160, 148, 12 / 160]);
    expect([masks.usualPrice, masks.promotionPrice]).toEqual([100, 80]);
  });

  it("judges nothing when no item was sold below its usual price, however far a margin is from the band", () => {
    const steady = SALES.filter(([, title]) => title === "精华");
    expect(checkPromotionMargins(table(steady), PERIOD, BAND)).toMatchObject({ items: 0, checked: 0, outside: [], undetermined: "noneBelowUsualPrice" });
  });

  it("reads a larger drop as fewer promotion items", () => {
    // Only 面膜 (−20%) and 眼霜 (−11%) are 11% or more under their usual price.
    expect(checkPromotionMargins(table(SALES), PERIOD, BAND, { rule: "belowUsualPrice", priceDrop: 0.11 })).toMatchObject({ items: 2, inside: 0 });
  });
});

describe("checkPromotionMargins: items the operator lists", () => {
  const check = checkPromotionMargins(table(SALES), PERIOD, BAND, { rule: "list", items: ["ｓｋｕ-b", " 精华 ", "不存在"] });

  it("matches titles and SKUs (full-width, case and spaces aside) and checks their sales of the period", () => {
    expect(check).toMatchObject({ rule: "list", priceDrop: null, listed: 3, items: 2, checked: 2, inside: 0, below: 0, above: 2, listedNotFound: ["不存在"] });
    // 面霜 over June–August: 200 + 200 + 180 + 180 against 4 × 162.
    const cream = check.outside.find((item) => item.item === "面霜")!;
    expect([cream.revenue, cream.cost, cream.months]).toEqual([760, 648, ["2025-06", "2025-07", "2025-08"]]);
    expect(cream.margin).toBeCloseTo(112 / 760, 12);
    const serum = check.outside.find((item) => item.item === "精华")!;
    expect([serum.revenue, serum.cost, serum.margin]).toEqual([100, 40, 0.6]);
  });

  it("says so when no listed item sold in the period", () => {
    expect(checkPromotionMargins(table(SALES), PERIOD, BAND, { rule: "list", items: ["不存在"] })).toMatchObject({ items: 0, undetermined: "noneListedSold", listedNotFound: ["不存在"] });
  });

  it("compares names as the operator may type them", () => {
    expect(promotionNameKey(" ＳＫＵ－００１ ")).toBe(promotionNameKey("sku-001"));
  });
});

describe("checkPromotionMargins: what it cannot do", () => {
  it("says why without costs or without items", () => {
    expect(checkPromotionMargins(table(SALES, ["cost"]), PERIOD, BAND).undetermined).toBe("noCostColumn");
    expect(checkPromotionMargins(table(SALES, ["itemTitle", "sku"]), PERIOD, BAND, { rule: "list", items: ["面膜"] })).toMatchObject({ undetermined: "noItemColumn", listedNotFound: ["面膜"] });
    // Without a title the SKU names the item.
    const bySku = checkPromotionMargins(table(SALES, ["itemTitle"]), PERIOD, BAND);
    expect(bySku.outside.map((item) => item.item)).toEqual(["SKU-C", "SKU-A"]);
  });
});
