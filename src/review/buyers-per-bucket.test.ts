import { describe, expect, it } from "vitest";
import { distinctBuyersPerBucket, type BuyerColumn } from "./buyers-per-bucket";

/** A seeded generator, so a failure repeats. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function table(buyer: number[], buyerCount: number, hasBuyers = true): BuyerColumn {
  return { length: buyer.length, buyer: Int32Array.from(buyer), buyerNames: Array.from({ length: buyerCount }, (_, i) => `b${i}`), hasBuyers };
}

/** The same counts with a Set per bucket: the obvious way, independent of the counting sort. */
function bySets(orders: BuyerColumn, bucketCount: number, bucketOf: (row: number) => number) {
  const rows = new Array<number>(bucketCount).fill(0);
  const sets = Array.from({ length: bucketCount }, () => new Set<number | string>());
  for (let i = 0; i < orders.length; i++) {
    const b = bucketOf(i);
    if (b < 0) continue;
    rows[b]++;
    sets[b].add(orders.hasBuyers && orders.buyer[i] >= 0 ? orders.buyer[i] : "no buyer");
  }
  return { rows, buyers: sets.map((set, b) => (orders.hasBuyers ? set.size : rows[b])) };
}

describe("distinctBuyersPerBucket", () => {
  it("counts a worked example: repeat buyers once per bucket, rows without a buyer as one more, rows in no bucket not at all", () => {
    // rows:    0  1  2  3   4  5  6   7
    // buyer:   0  0  1  -1  -1 2  0   1
    // bucket:  0  0  0  0   0  1  1  -1
    const orders = table([0, 0, 1, -1, -1, 2, 0, 1], 3);
    const bucket = [0, 0, 0, 0, 0, 1, 1, -1];
    const counts = distinctBuyersPerBucket(orders, 3, (i) => bucket[i]);
    expect([...counts.rows]).toEqual([5, 2, 0]);
    expect([...counts.buyers]).toEqual([3, 2, 0]);
  });

  it("counts rows as buyers when the table has no buyer column", () => {
    const orders = table([-1, -1, -1], 0, false);
    const counts = distinctBuyersPerBucket(orders, 2, (i) => (i === 2 ? 1 : 0));
    expect([...counts.rows]).toEqual([2, 1]);
    expect([...counts.buyers]).toEqual([2, 1]);
  });

  it("agrees with a Set per bucket on random tables, buckets interleaved in row order", () => {
    const random = seeded(20261203);
    for (let round = 0; round < 50; round++) {
      const buyerCount = 1 + Math.floor(random() * 40);
      const length = Math.floor(random() * 400);
      const buyer = Array.from({ length }, () => (random() < 0.1 ? -1 : Math.floor(random() * buyerCount)));
      const bucketCount = 1 + Math.floor(random() * 12);
      const bucket = Array.from({ length }, () => Math.floor(random() * (bucketCount + 1)) - 1);
      const orders = table(buyer, buyerCount);
      const counts = distinctBuyersPerBucket(orders, bucketCount, (i) => bucket[i]);
      const expected = bySets(orders, bucketCount, (i) => bucket[i]);
      expect([...counts.rows], `round ${round}`).toEqual(expected.rows);
      expect([...counts.buyers], `round ${round}`).toEqual(expected.buyers);
    }
  });
});
