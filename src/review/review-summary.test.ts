import { sampleShopInputs } from "../../test/support/sample-shop-inputs";
import { describe, expect, it } from "vitest";
import { summaryJson } from "../cli/summary-json";
import { generateSampleShop } from "../sample-shop/generate-sample-shop";
import { buildReview } from "./build-review";
import type { ReviewInputs } from "./review-inputs";
import { parseMonthRange } from "./review-period";

// The same shop read twice: with its buyer column, and as an export without one (抖店, 拼多多).
// No dirty cells, so that the two readings hold the very same orders.
const shop = generateSampleShop({ orders: 6000, seed: 5, dirtyRate: 0 });
const PERIOD = parseMonthRange("2025-06..2025-10")!;
const TARGETS = { gmv: 1_000_000, gmvGrowth: 0.2, aov: 180, aovGrowth: 0.1, repurchaseRate: 0.25, conversionRate: 0.03 };

function inputs(withBuyer: boolean): ReviewInputs {
  return sampleShopInputs(shop, withBuyer, { period: PERIOD, compare: "previous", targets: TARGETS, locale: "en-US", generatedAt: new Date("2025-11-03T09:00:00Z") });
}

const withBuyers = buildReview(inputs(true));
const without = buildReview(inputs(false));
const s = without.summary;

/** Every path in a JSON-like value whose number is not finite, or whose value is undefined. */
function badLeaves(value: unknown, path = "$"): string[] {
  if (value === undefined) return [path];
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, i) => badLeaves(item, `${path}[${i}]`));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => badLeaves(item, `${path}.${key}`));
  return [];
}

describe("summarizeReview: orders without a buyer column", () => {
  it("reads the same orders as with the buyer column", () => {
    expect(s.ordersRead).toBe(withBuyers.summary.ordersRead);
    expect(s.orders).toBeGreaterThan(1000);
  });

  it("gives null, not 0, for every figure of buyers, in the period, the comparison and each month", () => {
    for (const figures of [s, s.comparison]) {
      expect(figures).toMatchObject({ buyers: null, aovPerBuyer: null, repurchaseRate: null, newBuyers: null });
    }
    for (const month of s.monthly) expect(month).toMatchObject({ buyers: null, aovPerBuyer: null, newBuyers: null, returningBuyers: null });
    for (const channel of s.channels) expect(channel).toMatchObject({ newBuyers: null, cac: null, repurchaseRate: null });
    for (const site of s.siteSplit) expect(site).toMatchObject({ newBuyers: null, repurchaseRate: null });
    expect(s.cohorts).toEqual([]);
    expect(s.rfmSegments).toEqual([]);
  });

  it("keeps every figure that needs no buyer as it is with buyers", () => {
    const w = withBuyers.summary;
    expect([s.gmv, s.orders, s.aov, s.grossMargin]).toEqual([w.gmv, w.orders, w.aov, w.grossMargin]);
    expect([s.comparison.gmv, s.comparison.orders, s.comparison.aov]).toEqual([w.comparison.gmv, w.comparison.orders, w.comparison.aov]);
    expect(s.monthly.map((m) => [m.gmv, m.orders, m.aov, m.grossMargin])).toEqual(w.monthly.map((m) => [m.gmv, m.orders, m.aov, m.grossMargin]));
    expect(s.priceBands).toEqual(w.priceBands);
    expect(s.bandMixByMonth).toEqual(w.bandMixByMonth);
    expect(s.channels.map((c) => [c.channel, c.gmv, c.orders, c.spend, c.roi, c.visitors, c.trafficShare]))
      .toEqual(w.channels.map((c) => [c.channel, c.gmv, c.orders, c.spend, c.roi, c.visitors, c.trafficShare]));
    expect(s.visitors).toBe(w.visitors);
  });

  it("takes conversion as orders ÷ visitors, overall, per channel and per channel and month", () => {
    expect(s.visitors).toBeGreaterThan(0);
    expect(s.conversionRate).toBeCloseTo(s.orders / s.visitors!, 12);
    for (const channel of s.channels) {
      if (channel.visitors === null || channel.visitors === 0) expect(channel.conversionRate).toBeNull();
      else expect(channel.conversionRate, channel.channel).toBeCloseTo(channel.orders / channel.visitors, 12);
    }
    expect(s.conversion.length).toBeGreaterThan(0);
    for (const cell of s.conversion) {
      expect(cell.buyers).toBeNull();
      expect(cell.rate).toBe(cell.visitors > 0 ? cell.orders / cell.visitors : null);
    }
    // With buyers, conversion counts them, and each cell still gives its orders.
    for (const cell of withBuyers.summary.conversion) {
      expect(cell.buyers).not.toBeNull();
      expect(cell.orders).toBeGreaterThanOrEqual(cell.buyers!);
    }
  });

  it("has a repurchase target without an attainment: no actual, attainment, gap or status", () => {
    const row = s.attainment.find((r) => r.metric === "repurchaseRate")!;
    expect(row).toEqual({ metric: "repurchaseRate", baseline: null, target: 0.25, actual: null, attainment: null, gap: null, status: null, benchmark: null, benchmarkGap: null });
    const conversion = s.attainment.find((r) => r.metric === "conversionRate")!;
    expect(conversion.actual).toBe(s.conversionRate);
    expect(conversion.attainment).toBeCloseTo(s.conversionRate! / 0.03, 12);
  });

  it("writes no finding on buyers, and summary.json holds no NaN, Infinity or undefined anywhere", () => {
    const keys = without.findings.map((f) => f.key);
    for (const key of ["finding.repurchaseTarget", "finding.repurchaseGap", "finding.newBuyersDrop", "finding.retentionM1", "finding.topSegment", "finding.highestCac"]) {
      expect(keys).not.toContain(key);
    }
    const json = summaryJson(without);
    expect(badLeaves(json)).toEqual([]);
    // Nulls stay nulls through JSON, and nothing turns into a string or 0 on the way.
    const written = JSON.parse(JSON.stringify(json));
    expect(written).toEqual(json);
    expect(written.repurchaseRate).toBeNull();
    expect(written.buyers).toBeNull();
  });
});
