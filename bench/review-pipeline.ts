/**
 * The review's inputs as the task pane reads them from the sheets' 2-D arrays: the order table,
 * the ad spend and the traffic tables; `summarizeReview` of them is every figure of summary.json.
 */
import type { SampleShopTables } from "../src/sample-shop/generate-sample-shop";
import { readOrderTable } from "../src/review/order-table";
import { readChannelMonthTable } from "../src/review/channel-month-table";
import type { ReviewInputs } from "../src/review/review-inputs";
import type { MonthRange } from "../src/review/review-period";
import { AD_SPEND_MAPPING, ORDER_MAPPING, TRAFFIC_MAPPING } from "./shop-fixtures";

/** The review period of PRODUCT.md's review: June–October 2025, against the five months before. */
export const REVIEW_PERIOD: MonthRange = { from: 2025 * 12 + 5, to: 2025 * 12 + 9 };
export const COMPARE = "previous" as const;

/** The three tables read into typed columns (the first half of the review's work). */
export function readReviewInputs(shop: SampleShopTables): ReviewInputs {
  const orders = readOrderTable(shop.orders, ORDER_MAPPING, { sheet: "订单", headerRow: 0 });
  const spend = readChannelMonthTable(shop.adSpend, AD_SPEND_MAPPING, { sheet: "推广花费", headerRow: 0 });
  const traffic = readChannelMonthTable(shop.traffic, TRAFFIC_MAPPING, { sheet: "流量", headerRow: 0 });
  return {
    orders: orders.table,
    skipped: [...orders.skipped, ...spend.skipped, ...traffic.skipped],
    spend: spend.table,
    traffic: traffic.table,
    period: REVIEW_PERIOD,
    compare: COMPARE,
    // The targets of PRODUCT.md's review; they add rows to the attainment table, not work.
    targets: { gmv: 25_000_000, gmvGrowth: 0.25, aov: 180, aovGrowth: 0.15, repurchaseRate: 0.2, conversionRate: 0.035 },
    locale: "zh-CN",
    sources: ["订单", "推广花费", "流量"],
    generatedAt: new Date(0),
  };
}
