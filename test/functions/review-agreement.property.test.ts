/**
 * One engine for the functions and the review (issue 11): on the same orders, the review's figures
 * and the `EC.` functions give the same GMV, AOV (per order and per buyer), repurchase rate and
 * gross margin, for shops of any size and seed, clean and with messy cells. Both end in the same
 * engine functions (aovOfTotal, aovPerBuyerOfTotal, repurchaseRateOfCounts, grossMarginOfTotals).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aovFunction, gmvFunction, marginFunction, repurchaseFunction } from "../../src/functions/functions";
import { isCountedStatus } from "../../src/engine/order-status";
import { buildReview } from "../../src/review/build-review";
import { parseMonthRange } from "../../src/review/review-period";
import { generateSampleShop, ORDER_HEADERS } from "../../src/sample-shop/generate-sample-shop";
import { sampleShopInputs } from "../support/sample-shop-inputs";
import { asTable } from "./excel-call";

const MONTHS = "2025-01..2025-06";

function columnOf(grid: unknown[][], header: (typeof ORDER_HEADERS)[number]): unknown[][] {
  const c = ORDER_HEADERS.indexOf(header);
  return grid.slice(1).map((row) => [row[c] ?? ""]);
}

function single(result: unknown): unknown {
  const [[value]] = asTable(result);
  return value;
}

function expectSame(inCell: unknown, inReview: number | null, what: string): void {
  if (inReview === null) {
    expect(inCell, what).toBeInstanceOf(CustomFunctions.Error);
    return;
  }
  expect(typeof inCell, what).toBe("number");
  expect(inCell as number, what).toBeCloseTo(inReview, 6);
}

describe("the EC. functions and the review agree on the same orders", () => {
  it("GMV, AOV, AOV per buyer, repurchase rate and gross margin", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 20, max: 400 }), fc.constantFrom(0, 0.15), (seed, orders, dirtyRate) => {
        const shop = generateSampleShop({ orders, seed, dirtyRate, startMonth: "2025-01", months: 6 });
        const review = buildReview(sampleShopInputs(shop, true, {
          period: parseMonthRange(MONTHS)!, compare: "previous", targets: {}, locale: "en-US", generatedAt: new Date("2025-07-01T00:00:00Z"),
        }));
        const s = review.summary;
        const amounts = columnOf(shop.orders, "实付金额");
        const statuses = columnOf(shop.orders, "订单状态");
        const buyers = columnOf(shop.orders, "买家会员名");
        expectSame(single(gmvFunction(amounts, statuses)), s.gmv, "GMV");
        expectSame(single(aovFunction(amounts, null as never, statuses)), s.aov, "AOV");
        expectSame(single(aovFunction(amounts, buyers, statuses)), s.aovPerBuyer, "AOV per buyer");
        expectSame(single(repurchaseFunction(buyers, amounts, statuses)), s.repurchaseRate, "repurchase rate");
        // EC.MARGIN takes no statuses: the counted orders' rows are handed to it.
        const counted = statuses.map(([status]) => isCountedStatus(String(status)));
        const costs = columnOf(shop.orders, "成本");
        expectSame(single(marginFunction(amounts.filter((_, i) => counted[i]), costs.filter((_, i) => counted[i]))), s.grossMargin, "gross margin");
      }),
      { numRuns: 40 },
    );
  });
});
