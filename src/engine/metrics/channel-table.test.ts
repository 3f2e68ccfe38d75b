import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { channelKey, channelTable, type ChannelOrders, type ChannelRow } from "./channel-table";
import { isMetricError } from "../metric-error";
import { growth } from "./growth";

type Order = { amount: number; channel: number; buyer: number; date: number; counted?: number };

function ordersOf(rows: readonly Order[], channelNames: readonly string[]): ChannelOrders {
  return {
    amounts: Float64Array.from(rows, (r) => r.amount),
    channels: Int32Array.from(rows, (r) => r.channel),
    channelNames,
    buyers: Int32Array.from(rows, (r) => r.buyer),
    dates: Float64Array.from(rows, (r) => r.date),
    counted: Uint8Array.from(rows, (r) => r.counted ?? 1),
  };
}

const byChannel = (rows: ChannelRow[] | ReturnType<typeof channelTable>) => new Map((rows as ChannelRow[]).map((r) => [r.channel, r]));

const JUNE_1 = 45809;
const JULY_1 = 45839;

describe("channelKey", () => {
  it("ignores case and surrounding space", () => {
    expect(channelKey("  Tencent Ads ")).toBe("tencent ads");
    expect(channelKey("站外")).toBe("站外");
  });
});

describe("channelTable", () => {
  it("gives the review's Tencent ads figures: ROI 0.9 (down from 1.2) and 38 per new buyer", () => {
    // 100 new buyers through Tencent ads in June, 900 each: GMV 90,000 on 100,000 of spend.
    const rows: Order[] = [];
    for (let b = 0; b < 100; b++) rows.push({ amount: 900, channel: 0, buyer: b, date: JUNE_1 + (b % 30) });
    const spend = { channels: ["Tencent Ads", "tencent ads "], amounts: Float64Array.of(60_000, 40_000) };
    const table = channelTable(ordersOf(rows, ["Tencent Ads"]), spend) as ChannelRow[];
    expect(table).toHaveLength(1);
    const tencent = table[0];
    expect(tencent).toMatchObject({ channel: "Tencent Ads", gmv: 90_000, orders: 100, spend: 100_000, newBuyers: 100 });
    expect(tencent.roi).toBeCloseTo(0.9, 15);
    expect(growth(tencent.roi as number, 1.2)).toBeCloseTo(-0.25, 12);
    expect(tencent.costPerNewBuyer).toBe(1000);

    const cheaper = channelTable(ordersOf(rows, ["Tencent Ads"]), { channels: ["Tencent Ads"], amounts: Float64Array.of(3800) }) as ChannelRow[];
    expect(cheaper[0].costPerNewBuyer).toBe(38);
  });

  it("credits a buyer to the channel of their earliest counted order, and gives that channel's repurchase rate", () => {
    const names = ["站外 Off-site", "站内 On-site"];
    const rows: Order[] = [
      { amount: 100, channel: 1, buyer: 0, date: JUNE_1 + 5 },
      { amount: 50, channel: 0, buyer: 0, date: JUNE_1 + 1 }, // buyer 0 first came off-site
      { amount: 80, channel: 0, buyer: 1, date: JUNE_1 + 2, counted: 0 }, // cancelled: buyer 1 first came on-site
      { amount: 70, channel: 1, buyer: 1, date: JUNE_1 + 3 },
      { amount: 60, channel: 1, buyer: 2, date: JUNE_1 + 4 },
      { amount: 40, channel: 1, buyer: 2, date: JUNE_1 + 9 },
      { amount: 30, channel: -1, buyer: 3, date: JUNE_1 + 2 }, // no channel: GMV of no channel, new to none
    ];
    const table = channelTable(ordersOf(rows, names)) as ChannelRow[];
    expect(table.map((r) => r.channel)).toEqual(["站内 On-site", "站外 Off-site"]); // by GMV, largest first
    const offSite = byChannel(table).get("站外 Off-site")!;
    const onSite = byChannel(table).get("站内 On-site")!;
    expect(offSite).toEqual({ channel: "站外 Off-site", gmv: 50, orders: 1, spend: 0, roi: null, newBuyers: 1, costPerNewBuyer: null, repurchaseRate: 1 });
    expect(onSite).toEqual({ channel: "站内 On-site", gmv: 270, orders: 4, spend: 0, roi: null, newBuyers: 2, costPerNewBuyer: null, repurchaseRate: 0.5 });
  });

  it("counts GMV in the window, and a buyer as new only when their first order ever falls in it", () => {
    const rows: Order[] = [
      { amount: 100, channel: 0, buyer: 0, date: JUNE_1 - 10 }, // May: buyer 0 is not new in June
      { amount: 200, channel: 0, buyer: 0, date: JUNE_1 + 3 },
      { amount: 300, channel: 0, buyer: 1, date: JUNE_1 + 4 },
      { amount: 400, channel: 0, buyer: 1, date: JULY_1 }, // outside [June 1, July 1)
      { amount: 500, channel: 0, buyer: 2, date: NaN }, // undated: outside any window, counted without one
    ];
    const table = channelTable(ordersOf(rows, ["Shop"]), undefined, { from: JUNE_1, to: JULY_1 }) as ChannelRow[];
    expect(table).toEqual([{ channel: "Shop", gmv: 500, orders: 2, spend: 0, roi: null, newBuyers: 1, costPerNewBuyer: null, repurchaseRate: 0 }]);
    const all = channelTable(ordersOf(rows, ["Shop"])) as ChannelRow[];
    // Without a window the undated order still counts in GMV (never dropped silently), but its buyer,
    // whose first order has no date, is new to no channel.
    expect(all[0]).toMatchObject({ gmv: 1500, orders: 5, newBuyers: 2, repurchaseRate: 1 });
  });

  it("gives a buyer's first order, on a tie of dates, to the first row", () => {
    const rows: Order[] = [
      { amount: 10, channel: 1, buyer: 0, date: JUNE_1 },
      { amount: 10, channel: 0, buyer: 0, date: JUNE_1 },
    ];
    const table = byChannel(channelTable(ordersOf(rows, ["A", "B"])));
    expect(table.get("B")!.newBuyers).toBe(1);
    expect(table.get("A")!.newBuyers).toBe(0);
  });

  it("merges channel names that differ in case or spaces, and lists channels seen only in spend", () => {
    const rows: Order[] = [
      { amount: 100, channel: 0, buyer: 0, date: JUNE_1 },
      { amount: 100, channel: 1, buyer: 1, date: JUNE_1 },
    ];
    const spend = { channels: ["douyin", null, "Xiaohongshu", "抖音直播"], amounts: Float64Array.of(50, 999, 80, NaN) };
    const table = channelTable(ordersOf(rows, ["Douyin", " douyin "]), spend) as ChannelRow[];
    expect(table.map((r) => [r.channel, r.gmv, r.orders, r.spend, r.roi])).toEqual([
      ["Douyin", 200, 2, 50, 4],
      ["Xiaohongshu", 0, 0, 80, 0],
    ]);
    expect(table[1].costPerNewBuyer).toBeNull();
    expect(table[1].repurchaseRate).toBeNull();
  });

  it("is #DIV/0! without a counted order and without spend", () => {
    const noOrders = { kind: "metric-error", code: "DIV0", key: "argument.noOrders", params: {} };
    expect(channelTable(ordersOf([], []))).toEqual(noOrders);
    expect(channelTable(ordersOf([{ amount: 10, channel: 0, buyer: 0, date: JUNE_1, counted: 0 }], ["A"]))).toEqual(noOrders);
    expect(channelTable(ordersOf([{ amount: NaN, channel: 0, buyer: 0, date: JUNE_1 }], ["A"]))).toEqual(noOrders);
  });

  it("lists spend without any order as channels with zero GMV and an ROI of 0", () => {
    const table = channelTable(ordersOf([], []), { channels: ["Kuaishou"], amounts: Float64Array.of(500) });
    expect(table).toEqual([{ channel: "Kuaishou", gmv: 0, orders: 0, spend: 500, roi: 0, newBuyers: 0, costPerNewBuyer: null, repurchaseRate: null }]);
  });
});

describe("channelTable properties", () => {
  const NAMES = ["Tencent Ads", "Douyin", "站内自然", "tencent ads"];
  // Distinct dates (a fraction per row) so that no buyer has two first orders.
  const rows = fc
    .array(
      fc.record({
        amount: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.constant(NaN)),
        channel: fc.integer({ min: -1, max: NAMES.length - 1 }),
        buyer: fc.integer({ min: -1, max: 10 }),
        day: fc.integer({ min: 0, max: 90 }),
        counted: fc.constantFrom(0, 1, 1, 1),
      }),
      { maxLength: 50 },
    )
    .map((rs) => rs.map(({ day, ...r }, i): Order => ({ ...r, date: JUNE_1 - 30 + day + i / 100 })));
  const spend = { channels: ["Douyin", "Kuaishou", "TENCENT ADS"], amounts: Float64Array.of(500, 300, 1000) };

  it("does not change when the rows are permuted", () => {
    const permuted = rows.chain((r) => fc.tuple(fc.constant(r), fc.shuffledSubarray(r, { minLength: r.length, maxLength: r.length })));
    fc.assert(
      fc.property(permuted, fc.boolean(), ([r, p], windowed) => {
        const window = windowed ? { from: JUNE_1, to: JULY_1 } : {};
        const a = channelTable(ordersOf(r, NAMES), spend, window);
        const b = channelTable(ordersOf(p, NAMES), spend, window);
        const sorted = (t: typeof a) => (t as ChannelRow[]).slice().sort((x, y) => x.channel.localeCompare(y.channel));
        expect(sorted(b)).toEqual(sorted(a));
      }),
      { numRuns: 150 },
    );
  });

  it("sums channel GMV and orders to the windowed total, new buyers to the buyers first seen in the window", () => {
    fc.assert(
      fc.property(rows, (r) => {
        const table = channelTable(ordersOf(r, NAMES), spend, { from: JUNE_1, to: JULY_1 });
        expect(isMetricError(table)).toBe(false);
        const t = table as ChannelRow[];
        const inWindow = r.filter((o) => o.amount === o.amount && o.counted === 1 && o.channel >= 0 && o.date >= JUNE_1 && o.date < JULY_1);
        expect(t.reduce((s, c) => s + c.gmv, 0)).toBe(inWindow.reduce((s, o) => s + o.amount, 0));
        expect(t.reduce((s, c) => s + c.orders, 0)).toBe(inWindow.length);
        const first = new Map<number, Order>();
        for (const o of r) {
          if (o.amount !== o.amount || o.counted !== 1 || o.buyer < 0) continue;
          const seen = first.get(o.buyer);
          if (seen === undefined || o.date < seen.date) first.set(o.buyer, o);
        }
        const newInWindow = [...first.values()].filter((o) => o.channel >= 0 && o.date >= JUNE_1 && o.date < JULY_1).length;
        expect(t.reduce((s, c) => s + c.newBuyers, 0)).toBe(newInWindow);
        for (let i = 1; i < t.length; i++) expect(t[i - 1].gmv).toBeGreaterThanOrEqual(t[i].gmv);
        for (const c of t) if (c.repurchaseRate !== null) expect(c.repurchaseRate >= 0 && c.repurchaseRate <= 1).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
