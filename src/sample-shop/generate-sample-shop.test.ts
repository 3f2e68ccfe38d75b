import { describe, expect, it } from "vitest";
import {
  AD_SPEND_HEADERS, ORDER_HEADERS, TRAFFIC_HEADERS, generateSampleShop, sampleShopRecords, type SampleOrderRecord,
} from "./generate-sample-shop";
import { CHANNELS, MAIN_ITEMS, PRICE_CUTS } from "./shop-profile";

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

const isCounted = (order: SampleOrderRecord) => order.status !== "交易关闭" && order.status !== "退款成功";

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
    expect(shop.orders).toHaveLength(1 + 2000 + 5);
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
      if (typeof row[3] === "string") messyAmounts++;
    });
    expect(messyAmounts).toBeGreaterThan(1200);
    expect(messyAmounts).toBeLessThan(1800);
    expect(new Set(records.map((r) => r.orderId)).size).toBe(5000);

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
