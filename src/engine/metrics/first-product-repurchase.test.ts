import { describe, expect, it } from "vitest";
import { firstProductRepurchase, mainItemOfOrders, rankFirstProducts, type FirstProductResult, type FirstProductRow } from "./first-product-repurchase";

const row = (item: number, firstBuyers: number, repeatBuyers: number, rate = repeatBuyers / firstBuyers, ciLow = 0, ciHigh = 1): FirstProductRow => ({ item, firstBuyers, repeatBuyers, rate, ciLow, ciHigh });

describe("firstProductRepurchase", () => {
  // Orders (buyer, day, item, counted), hand-worked with the window [10, 20):
  //  buyer 0: day 1 item 2 — first order before the window: not acquired in it, though it orders on days 12 and 15.
  //  buyer 1: day 11 item 0, day 14 item 1 → acquired with item 0, repeats.
  //  buyer 2: day 12 item 0 → acquired with item 0, no repeat.
  //  buyer 3: day 13 item 1, day 25 item 1 → acquired with item 1; the second order is after the window: no repeat.
  //  buyer 4: day 9 closed, day 15 item 1, day 16 item 0 → the closed order does not count: acquired on day 15 with item 1, repeats.
  //  buyer 5: day 17 no item, day 18 item 0 → acquired without an item, repeats: in the totals only.
  const buyers = Int32Array.of(0, 0, 0, 1, 1, 2, 3, 3, 4, 4, 4, 5, 5);
  const dates = Float64Array.of(1, 12, 15, 11, 14, 12, 13, 25, 9, 15, 16, 17, 18);
  const items = Int32Array.of(2, 0, 0, 0, 1, 0, 1, 1, 0, 1, 0, -1, 0);
  const counted = Uint8Array.of(1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1);
  const result = firstProductRepurchase(buyers, dates, items, { counted, from: 10, to: 20 }) as FirstProductResult;

  it("counts the buyers acquired in the window by the item of their first order", () => {
    expect(result.firstBuyers).toBe(5);
    expect(result.repeatBuyers).toBe(3);
    expect(result.withoutItem).toBe(1);
    expect(result.items.map((r) => [r.item, r.firstBuyers, r.repeatBuyers])).toEqual([[0, 2, 1], [1, 2, 1]]);
    expect(result.items[0].rate).toBe(0.5);
  });

  it("gives each rate its Wilson interval (1 of 2 at 95%: 9.45% – 90.55%)", () => {
    expect(result.items[0].ciLow).toBeCloseTo(0.094531, 5);
    expect(result.items[0].ciHigh).toBeCloseTo(0.905469, 5);
  });

  it("takes the whole data without a window, and the first listed of two first orders on the same day", () => {
    const all = firstProductRepurchase(Int32Array.of(0, 0, 1), Float64Array.of(5, 5, 6), Int32Array.of(3, 4, 4)) as FirstProductResult;
    expect(all.items.map((r) => [r.item, r.firstBuyers, r.repeatBuyers])).toEqual([[3, 1, 1], [4, 1, 0]]);
  });

  it("sorts most first-time buyers first", () => {
    const many = firstProductRepurchase(Int32Array.of(0, 1, 2, 3), Float64Array.of(1, 1, 1, 1), Int32Array.of(0, 1, 1, 1)) as FirstProductResult;
    expect(many.items.map((r) => r.item)).toEqual([1, 0]);
  });

  it("is #DIV/0! when no buyer is acquired in the window", () => {
    expect(firstProductRepurchase(buyers, dates, items, { counted, from: 30, to: 40 })).toMatchObject({ code: "DIV0", key: "argument.noFirstTimeBuyers" });
    expect(firstProductRepurchase(buyers, dates, items, { confidence: 2 })).toMatchObject({ code: "NUM" });
  });
});

describe("mainItemOfOrders", () => {
  it("takes the largest counted line by amount; the first listed on a tie; −1 without an item", () => {
    const orders = Int32Array.of(0, 0, 0, 1, 1, 2, 3, 3);
    const lineItems = Int32Array.of(5, 7, 8, 5, 6, 9, -1, 4);
    const amounts = Float64Array.of(20, 80, 90, 30, 30, 10, 50, NaN);
    const counted = Uint8Array.of(1, 1, 0, 1, 1, 1, 1, 1);
    // Order 0: line 8 (90) is refunded → 7 (80). Order 1: tie at 30 → the first, 5. Order 3: the blank item's line is passed over → 4.
    expect(Array.from(mainItemOfOrders(orders, lineItems, { orderCount: 5, amounts, counted }))).toEqual([7, 5, 9, 4, -1]);
  });

  it("takes the first line with an item when no line has an amount of its own (a Shopify total on the first row)", () => {
    expect(Array.from(mainItemOfOrders(Int32Array.of(0, 0), Int32Array.of(3, 2), { orderCount: 1, amounts: Float64Array.of(NaN, NaN) }))).toEqual([3]);
    expect(Array.from(mainItemOfOrders(Int32Array.of(0, 0), Int32Array.of(3, 2), { orderCount: 1, amounts: Float64Array.of(NaN, 1) }))).toEqual([2]);
  });
});

describe("rankFirstProducts", () => {
  it("never names an item under the minimum the best, and counts those too small", () => {
    const rows = [row(0, 100, 30), row(1, 3, 3), row(2, 50, 5, 0.1, 0.04, 0.21), row(3, 40, 20, 0.5, 0.35, 0.65)];
    const ranking = rankFirstProducts(rows, { minBuyers: 30 });
    expect(ranking.best?.item).toBe(3);
    expect(ranking.worst?.item).toBe(2);
    expect(ranking.eligible).toBe(3);
    expect(ranking.tooSmall).toBe(1);
    expect(ranking.separated).toBe(true);
  });

  it("names none with fewer than two items large enough, or when all rates are equal", () => {
    expect(rankFirstProducts([row(0, 100, 30), row(1, 3, 3)])).toMatchObject({ best: null, worst: null, eligible: 1, tooSmall: 1 });
    expect(rankFirstProducts([row(0, 40, 20), row(1, 60, 30)]).best).toBeNull();
  });

  it("says when the intervals overlap", () => {
    expect(rankFirstProducts([row(0, 40, 20, 0.5, 0.35, 0.65), row(1, 40, 16, 0.4, 0.26, 0.55)]).separated).toBe(false);
  });
});
