import { describe, expect, it } from "vitest";
import {
  AD_SPEND_HEADERS, COST_HEADERS, EXPERIMENT_HEADERS, ITEM_HEADERS, ORDER_HEADERS, TRAFFIC_HEADERS, generateSampleShop, sampleShopRecords,
  type SampleItemRecord, type SampleOrderRecord,
} from "./generate-sample-shop";
import { CHANNELS, DEMO_PROMOTIONS, LOW_PRICE_ITEMS, MAIN_ITEMS, PRICE_CUTS, THRESHOLD_PROMOTION } from "./shop-profile";

/** The cell readers of this test: written here, apart from the engine, for the forms the generator writes. */
function readAmount(cell: unknown): number {
  if (typeof cell === "number") return cell;
  const text = String(cell).trim().replace(/^[¥￥]/, "").replace(/,/g, "");
  return text.endsWith("万") ? Number(`${text.slice(0, -1)}e4`) : Number(text);
}

function readDateTime(cell: unknown): string | null {
  if (cell === "" || cell === null) return null;
  if (typeof cell === "number") return new Date(Math.round((cell - 25569) * 86400) * 1000).toISOString().slice(0, 19);
  const text = String(cell);
  const parts = /^(\d{4})[/年-](\d{1,2})[/月-](\d{1,2})日?(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (parts === null) throw new Error(`unexpected date cell ${text}`);
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = parts;
  return new Date(Date.UTC(+y, +mo - 1, +d, +h, +mi, +s)).toISOString().slice(0, 19);
}

/** An order id as the item report's cell holds it, without the `'` or `="…"` that keeps Excel from rounding it. */
function readId(cell: unknown): string {
  const text = String(cell);
  return text.startsWith("'") ? text.slice(1) : text.startsWith('="') ? text.slice(2, -1) : text;
}

const isCounted = (order: SampleOrderRecord) => order.status !== "交易关闭" && order.status !== "退款成功";
const HOUR_MS = 3_600_000;
/** Hours from payment to shipping, as the cells read (`null` when never shipped). */
const shippingHours = (order: SampleOrderRecord) =>
  order.shippedAt === null || order.paidAt === null ? null : (Date.parse(`${order.shippedAt}Z`) - Date.parse(`${order.paidAt}Z`)) / HOUR_MS;
const col = (header: (typeof ORDER_HEADERS)[number]) => ORDER_HEADERS.indexOf(header);

describe("generateSampleShop", () => {
  it("gives the same shop for the same seed and another for another seed", () => {
    const a = generateSampleShop({ orders: 3000, seed: 7 });
    expect(generateSampleShop({ orders: 3000, seed: 7 })).toEqual(a);
    expect(generateSampleShop({ orders: 3000, seed: 8 }).orders.slice(1, 50)).not.toEqual(a.orders.slice(1, 50));
  });

  it("writes Excel-shaped tables: a header row, one row per order, blank rows at the end when messy", () => {
    const shop = generateSampleShop({ orders: 2000, seed: 3, dirtyRate: 0.2 });
    expect(shop.orders[0]).toEqual([...ORDER_HEADERS]);
    expect(shop.adSpend[0]).toEqual([...AD_SPEND_HEADERS]);
    expect(shop.traffic[0]).toEqual([...TRAFFIC_HEADERS]);
    expect(shop.items[0]).toEqual([...ITEM_HEADERS]);
    expect(shop.costs[0]).toEqual([...COST_HEADERS]);
    expect(shop.experiments[0]).toEqual([...EXPERIMENT_HEADERS]);
    expect(shop.orders).toHaveLength(1 + 2000 + 5);
    // One item row per line: every order has one or more.
    expect(shop.items.length - 1 - 5).toBeGreaterThan(2000);
    for (const row of shop.items) expect(row).toHaveLength(ITEM_HEADERS.length);
    // A cost row per item listing: main items, low-price items and their August-tagged listings.
    expect(shop.costs).toHaveLength(1 + MAIN_ITEMS.length + 2 * LOW_PRICE_ITEMS.length);
    // Two experiments of two arms.
    expect(shop.experiments).toHaveLength(1 + 4);
    for (const row of shop.orders) expect(row).toHaveLength(ORDER_HEADERS.length);
    for (const row of shop.orders.slice(-5)) expect(row.every((cell) => cell === "" || cell === null)).toBe(true);
    // Daily rows: 4 paid channels for 365 days, 万相台 for the 62 days of July and August; 6 sources of traffic.
    expect(shop.adSpend).toHaveLength(1 + 365 * 4 + 62 + 5);
    expect(shop.traffic).toHaveLength(1 + 365 * CHANNELS.length + 5);
  });

  it("writes clean cells when dirtyRate is 0: numbers, Excel dates, no stray spaces, no blank rows", () => {
    const shop = generateSampleShop({ orders: 2000, seed: 3, dirtyRate: 0 });
    const rows = shop.orders.slice(1);
    expect(rows).toHaveLength(2000);
    for (const row of rows) {
      expect(typeof row[3]).toBe("number");
      expect(typeof row[8]).toBe("number");
      expect(typeof row[col("退款金额")]).toBe("number");
      expect(row[col("发货时间")] === "" || row[col("发货时间")] === null || typeof row[col("发货时间")] === "number").toBe(true);
      expect(row[2] === "" || row[2] === null || typeof row[2] === "number").toBe(true);
      expect(row[7]).toBe(String(row[7]).trim());
    }
  });

  it("records hold exactly what the messy cells say", () => {
    const options = { orders: 5000, seed: 11, dirtyRate: 0.3 };
    const rows = generateSampleShop(options).orders.slice(1);
    const records = sampleShopRecords(options).orders;
    expect(records).toHaveLength(5000);
    let messyAmounts = 0;
    records.forEach((record, i) => {
      const row = rows[i];
      expect(record.row).toBe(i);
      expect(row[0]).toBe(record.orderId);
      expect(String(row[1]).trim()).toBe(record.buyer);
      expect(readDateTime(row[2])).toBe(record.paidAt);
      expect(readAmount(row[3])).toBe(record.amount);
      expect(String(row[4]).trim()).toBe(record.status);
      expect(row[5]).toBe(record.title);
      expect(Number(row[6])).toBe(record.quantity);
      expect(String(row[7]).trim()).toBe(record.channel);
      expect(readAmount(row[8])).toBe(record.cost);
      expect(readDateTime(row[col("发货时间")])).toBe(record.shippedAt);
      expect(readAmount(row[col("退款金额")])).toBe(record.refund);
      if (typeof row[3] === "string") messyAmounts++;
    });
    expect(messyAmounts).toBeGreaterThan(1200);
    expect(messyAmounts).toBeLessThan(1800);
    expect(new Set(records.map((r) => r.orderId)).size).toBe(5000);

    const itemRows = generateSampleShop(options).items.slice(1);
    const items = sampleShopRecords(options).items;
    expect(itemRows.length - 5).toBe(items.length);
    let wrappedIds = 0;
    items.forEach((record, i) => {
      const row = itemRows[i];
      expect(record.row).toBe(i);
      expect(readId(row[0])).toBe(record.orderId);
      expect(row[1]).toBe(record.title);
      expect(readAmount(row[2])).toBe(record.price);
      expect(Number(row[3])).toBe(record.quantity);
      expect(String(row[4]).trim()).toBe(record.status);
      expect(row[5]).toBe(record.sku);
      if (row[0] !== record.orderId) wrappedIds++;
    });
    expect(wrappedIds).toBeGreaterThan(0);

    const experimentRows = generateSampleShop(options).experiments.slice(1);
    sampleShopRecords(options).experiments.forEach((record, i) => {
      expect(experimentRows[i].slice(0, 2)).toEqual([record.experiment, record.arm]);
      expect(readAmount(String(experimentRows[i][2]).replace(/,/g, ""))).toBe(record.visitors);
      expect(experimentRows[i][3]).toBe(record.conversions);
      expect(readAmount(experimentRows[i][4])).toBe(record.revenue);
    });

    const spend = generateSampleShop(options).adSpend.slice(1);
    sampleShopRecords(options).adSpend.forEach((record, i) => {
      expect(readAmount(spend[i][2])).toBe(record.spend);
      expect(readDateTime(spend[i][0])?.slice(0, 10)).toBe(record.date);
    });
  });

  it("covers the months asked for", () => {
    const records = sampleShopRecords({ orders: 4000, seed: 5, startMonth: "2025-06", months: 3 }).orders;
    const months = new Set(records.filter((r) => r.paidAt !== null).map((r) => r.paidAt!.slice(0, 7)));
    expect([...months].sort()).toEqual(["2025-06", "2025-07", "2025-08"]);
  });

  it("refuses options it cannot honour", () => {
    expect(() => generateSampleShop({ orders: -1 })).toThrow(RangeError);
    expect(() => generateSampleShop({ orders: 10, startMonth: "2025/06" })).toThrow(RangeError);
    expect(() => generateSampleShop({ orders: 10, dirtyRate: 2 })).toThrow(RangeError);
    expect(() => generateSampleShop({ orders: 10, months: 0 })).toThrow(RangeError);
    expect(generateSampleShop({ orders: 0, dirtyRate: 0 }).orders).toEqual([[...ORDER_HEADERS]]);
  });
});

describe("the order report and the item report tell one story", () => {
  const truth = sampleShopRecords({ orders: 20_000, seed: 4 });
  const linesOf = new Map<string, SampleItemRecord[]>();
  for (const line of truth.items) {
    const lines = linesOf.get(line.orderId);
    if (lines === undefined) linesOf.set(line.orderId, [line]);
    else lines.push(line);
  }
  const unitCost = new Map(truth.costs.map((c) => [c.sku, c.unitCost]));
  const fen = (yuan: number) => Math.round(yuan * 100);

  it("gives every order its lines: their total less the discount is 实付金额, their costs add up to 成本, their units to 购买数量", () => {
    expect(linesOf.size).toBe(truth.orders.length);
    for (const order of truth.orders) {
      const lines = linesOf.get(order.orderId)!;
      expect(lines[0].title, order.orderId).toBe(order.title);
      expect(lines.every((line) => line.status === order.status), order.orderId).toBe(true);
      expect(fen(lines.reduce((sum, line) => sum + line.price * line.quantity, 0)) - fen(order.discount), order.orderId).toBe(fen(order.amount));
      expect(fen(lines.reduce((sum, line) => sum + unitCost.get(line.sku)! * line.quantity, 0)), order.orderId).toBe(fen(order.cost));
      expect(lines.reduce((sum, line) => sum + line.quantity, 0), order.orderId).toBe(order.quantity);
    }
    // Orders of several lines: a main item and its add-ons.
    expect(truth.orders.filter((o) => linesOf.get(o.orderId)!.length > 1).length / truth.orders.length).toBeGreaterThan(0.12);
  });

  it("takes the shop's discounts off the lines' total: 满200减30 in August on ¥200 or more, the coupons in the other months", () => {
    for (const order of truth.orders) {
      if (order.discount === 0 || order.paidAt === null) continue;
      const lines = linesOf.get(order.orderId)!.reduce((sum, line) => sum + line.price * line.quantity, 0);
      if (Number(order.paidAt.slice(5, 7)) === THRESHOLD_PROMOTION.month) {
        expect(order.discount).toBe(THRESHOLD_PROMOTION.discountFen / 100);
        expect(lines).toBeGreaterThanOrEqual(THRESHOLD_PROMOTION.thresholdFen / 100);
      } else {
        expect([20, 40]).toContain(order.discount);
      }
    }
  });

  it("ships every order but those closed before shipping, and pays back what the status says", () => {
    for (const order of truth.orders) {
      const hours = shippingHours(order);
      if (order.status === "交易关闭") {
        expect(order.shippedAt).toBeNull();
        expect(order.refund).toBe(order.paidAt === null ? 0 : order.amount);
        continue;
      }
      expect(order.shippedAt).not.toBeNull();
      // A date-only payment cell reads as midnight: its hours count from then.
      expect(hours!).toBeGreaterThan(0);
      if (order.status === "退款成功") expect(order.refund).toBe(order.amount);
      else if (order.status === "部分退款") expect(order.refund > 0 && order.refund < order.amount).toBe(true);
      else expect(order.refund).toBe(0);
    }
  });
});

describe("the sample shop looks like the review in PRODUCT.md", () => {
  const truth = sampleShopRecords({ orders: 60_000, seed: 1 });
  const counted = truth.orders.filter(isCounted);
  const month = (order: SampleOrderRecord) => order.paidAt!.slice(0, 7);

  it("has every status, unpaid closed orders without a payment time", () => {
    const statuses = new Set(truth.orders.map((o) => o.status));
    expect([...statuses].sort()).toEqual(["交易关闭", "交易成功", "卖家已发货，等待买家确认", "退款成功", "部分退款"].sort());
    expect(truth.orders.some((o) => o.status === "交易关闭" && o.paidAt === null)).toBe(true);
    expect(counted.length / truth.orders.length).toBeGreaterThan(0.88);
  });

  it("has an August promotion: more orders under ¥50 and a lower AOV", () => {
    const stats = (m: string) => {
      const orders = counted.filter((o) => month(o) === m);
      return { aov: orders.reduce((s, o) => s + o.amount, 0) / orders.length, under50: orders.filter((o) => o.amount < 50).length / orders.length };
    };
    const june = stats("2025-06");
    const august = stats("2025-08");
    expect(june.aov).toBeGreaterThan(175);
    expect(june.aov).toBeLessThan(200);
    expect(august.aov).toBeLessThan(june.aov * 0.9);
    expect(june.under50).toBeLessThan(0.33);
    expect(august.under50).toBeGreaterThan(0.38);
  });

  it("has a repurchase rate of 20–35%, higher for buyers found on site", () => {
    const ordersOf = new Map<string, number>();
    const firstChannel = new Map<string, string>();
    for (const o of counted) {
      ordersOf.set(o.buyer, (ordersOf.get(o.buyer) ?? 0) + 1);
      if (!firstChannel.has(o.buyer)) firstChannel.set(o.buyer, o.channel);
    }
    const rate = (buyers: string[]) => buyers.filter((b) => ordersOf.get(b)! >= 2).length / buyers.length;
    const all = [...ordersOf.keys()];
    const onSite = new Set(CHANNELS.filter((c) => c.onSite).map((c) => c.name));
    expect(rate(all)).toBeGreaterThan(0.2);
    expect(rate(all)).toBeLessThan(0.35);
    expect(rate(all.filter((b) => onSite.has(firstChannel.get(b)!)))).toBeGreaterThan(rate(all.filter((b) => !onSite.has(firstChannel.get(b)!))) + 0.1);
  });

  it("has Tencent ads falling to an ROI around 0.9", () => {
    const roi = (months: string[]) => {
      const gmv = counted.filter((o) => o.channel === "腾讯广告" && months.includes(month(o))).reduce((s, o) => s + o.amount, 0);
      const spend = truth.adSpend.filter((s) => s.channel === "腾讯广告" && months.includes(s.date.slice(0, 7))).reduce((s, r) => s + r.spend, 0);
      return gmv / spend;
    };
    expect(roi(["2025-01", "2025-02", "2025-03"])).toBeGreaterThan(1.1);
    expect(roi(["2025-08", "2025-09", "2025-10"])).toBeGreaterThan(0.8);
    expect(roi(["2025-08", "2025-09", "2025-10"])).toBeLessThan(1.0);
  });

  const linesOf = new Map<string, SampleItemRecord[]>();
  for (const line of truth.items) {
    const lines = linesOf.get(line.orderId);
    if (lines === undefined) linesOf.set(line.orderId, [line]);
    else lines.push(line);
  }
  /** The order's lines' total, before the discount: the amount a threshold is checked on. */
  const linesTotal = (order: SampleOrderRecord) => linesOf.get(order.orderId)!.reduce((sum, line) => sum + line.price * line.quantity, 0);
  const [promotion] = DEMO_PROMOTIONS;
  const inPromotion = (order: SampleOrderRecord) => order.paidAt!.slice(0, 10) >= promotion.from && order.paidAt!.slice(0, 10) <= promotion.to;

  it("has August's 满200减30: lines' totals bunch just over ¥200 in August, not in the other months", () => {
    const bunching = (orders: SampleOrderRecord[]) => {
      const totals = orders.map(linesTotal);
      const above = totals.filter((t) => t >= promotion.threshold && t <= promotion.threshold * 1.1).length;
      const below = totals.filter((t) => t >= promotion.threshold * 0.9 && t < promotion.threshold).length;
      return above / below;
    };
    expect(bunching(counted.filter(inPromotion))).toBeGreaterThan(5);
    expect(bunching(counted.filter((o) => !inPromotion(o)))).toBeGreaterThan(0.7);
    expect(bunching(counted.filter((o) => !inPromotion(o)))).toBeLessThan(1.6);
    // The paid amounts (实付金额, after the ¥30) do not show it: they sit ¥30 under the lines' totals.
    const paidBunching = (orders: SampleOrderRecord[]) =>
      orders.filter((o) => o.amount >= promotion.threshold && o.amount <= promotion.threshold * 1.1).length
      / orders.filter((o) => o.amount >= promotion.threshold * 0.9 && o.amount < promotion.threshold).length;
    expect(paidBunching(counted.filter(inPromotion))).toBeLessThan(1);
  });

  it("has add-on lines carrying a visible share of the AOV change between January–May and June–October", () => {
    // 凑单: a low-price line added to a main item that takes the order across the threshold.
    const addOnAmount = (order: SampleOrderRecord) => {
      if (!inPromotion(order)) return 0;
      const total = linesTotal(order);
      if (total < promotion.threshold) return 0;
      return linesOf.get(order.orderId)!.filter((line) => line.addOn && total - line.price * line.quantity < promotion.threshold)
        .reduce((sum, line) => sum + line.price * line.quantity, 0);
    };
    const figures = (from: string, to: string) => {
      const orders = counted.filter((o) => month(o) >= from && month(o) <= to);
      return { aov: orders.reduce((s, o) => s + o.amount, 0) / orders.length, addOn: orders.reduce((s, o) => s + addOnAmount(o), 0) / orders.length };
    };
    const before = figures("2025-01", "2025-05");
    const after = figures("2025-06", "2025-10");
    expect(after.aov / before.aov - 1).toBeGreaterThan(0.02);
    expect(after.aov / before.aov - 1).toBeLessThan(0.08);
    const share = (after.addOn - before.addOn) / (after.aov - before.aov);
    expect(share).toBeGreaterThan(0.25);
    expect(share).toBeLessThan(0.6);
  });

  it("ships September late: a third of its orders after 48 hours, about 5% in the other months", () => {
    const lateShare = (orders: SampleOrderRecord[]) => {
      const hours = orders.map(shippingHours).filter((h): h is number => h !== null);
      return hours.filter((h) => h > 48).length / hours.length;
    };
    const paid = truth.orders.filter((o) => o.paidAt !== null);
    expect(lateShare(paid.filter((o) => month(o) === "2025-09"))).toBeGreaterThan(0.28);
    expect(lateShare(paid.filter((o) => month(o) !== "2025-09"))).toBeLessThan(0.08);
  });

  it("has after-sales rising by about a third in September", () => {
    const afterSales = (orders: SampleOrderRecord[]) => orders.filter((o) => o.refund > 0).length / orders.length;
    const shipped = truth.orders.filter((o) => o.shippedAt !== null);
    const september = afterSales(shipped.filter((o) => month(o) === "2025-09"));
    const others = afterSales(shipped.filter((o) => month(o) >= "2025-01" && month(o) <= "2025-08"));
    expect(september / others - 1).toBeGreaterThan(0.25);
    expect(september / others - 1).toBeLessThan(0.5);
  });

  it("has buyers whose first order shipped late repurchasing less than those served on time", () => {
    const ordersOf = new Map<string, number>();
    const first = new Map<string, SampleOrderRecord>();
    for (const o of counted) {
      ordersOf.set(o.buyer, (ordersOf.get(o.buyer) ?? 0) + 1);
      if (!first.has(o.buyer)) first.set(o.buyer, o);
    }
    const rate = (late: boolean, inMonth?: string) => {
      const buyers = [...first].filter(([, o]) => shippingHours(o) !== null && shippingHours(o)! > 48 === late && (inMonth === undefined || month(o) === inMonth));
      return buyers.filter(([buyer]) => ordersOf.get(buyer)! >= 2).length / buyers.length;
    };
    expect(rate(true)).toBeLessThan(rate(false) * 0.7);
    // Within September too, where the late ones are many and the time to come back the same.
    expect(rate(true, "2025-09")).toBeLessThan(rate(false, "2025-09") * 0.8);
  });

  it("has a coupon pop-up test lifting conversion by about 9%, significant, and a first-image test that is not", () => {
    const test = (name: string) => {
      const [control, treatment] = truth.experiments.filter((e) => e.experiment === name);
      const p1 = control.conversions / control.visitors;
      const p2 = treatment.conversions / treatment.visitors;
      const pooled = (control.conversions + treatment.conversions) / (control.visitors + treatment.visitors);
      const z = (p2 - p1) / Math.sqrt(pooled * (1 - pooled) * (1 / control.visitors + 1 / treatment.visitors));
      return { lift: p2 / p1 - 1, z, arms: [control.arm, treatment.arm] };
    };
    const coupon = test("优惠券弹窗");
    expect(coupon.arms).toEqual(["对照组", "实验组"]);
    expect(coupon.lift).toBeGreaterThan(0.085);
    expect(coupon.lift).toBeLessThan(0.1);
    // |z| > 1.96: p < 0.05, two-sided.
    expect(coupon.z).toBeGreaterThan(1.96);
    expect(Math.abs(test("详情页首图").z)).toBeLessThan(1.96);
  });

  it("sells each flash-sale item at its cut price for its month, and at its list price in the others", () => {
    for (const cut of PRICE_CUTS) {
      const list = MAIN_ITEMS.find((item) => item.title === cut.itemTitle)!.priceFen / 100;
      const cutPrice = cut.priceFen / 100;
      // Orders of the item alone (no add-on: amount ÷ quantity is its unit price) in the cut month and the rest.
      const single = counted.filter((o) => o.title === cut.itemTitle && o.paidAt !== null);
      const inCut = single.filter((o) => Number(month(o).slice(5)) === cut.month);
      const others = single.filter((o) => Number(month(o).slice(5)) !== cut.month);
      const atUnit = (orders: SampleOrderRecord[], unit: number) => orders.filter((o) => Math.abs(o.amount - unit * o.quantity) < 0.005).length;
      expect(inCut.length, cut.itemTitle).toBeGreaterThan(10);
      // Most of the month at the cut price (the rest carry an add-on), none at the list price.
      expect(atUnit(inCut, cutPrice) / inCut.length, cut.itemTitle).toBeGreaterThan(0.7);
      expect(atUnit(inCut, list), cut.itemTitle).toBe(0);
      expect(atUnit(others, cutPrice), cut.itemTitle).toBe(0);
    }
  });
});
