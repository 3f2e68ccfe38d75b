/**
 * The review's inputs as the task pane reads them from the sheets' 2-D arrays: the order table,
 * the ad spend and the traffic tables; `summarizeReview` of them is every figure of summary.json.
 */
import { ORDER_HEADERS, type SampleShopTables } from "../src/sample-shop/generate-sample-shop";
import { readOrderTable, type OrderColumnMapping } from "../src/review/order-table";
import { joinItemTable, type ItemJoin } from "../src/review/item-join";
import { detectTable } from "../src/review/tables/detect-table";
import type { TableDetectionOf } from "../src/review/tables/table-detection";
import { readChannelMonthTable } from "../src/review/channel-month-table";
import type { PromotionThreshold, ReviewInputs } from "../src/review/review-inputs";
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

/** 满200减30 in August 2025 (the sample shop's promotion, as the demo gives it in targets.json's `promotions`). */
export const AUGUST_PROMOTION: PromotionThreshold = { threshold: 200, discount: 30, from: "2025-08-01", to: "2025-08-31" };

/** The order mapping of case 1 with the order report's fulfilment columns: 发货时间 and 退款金额. */
export const FULFILMENT_ORDER_MAPPING: OrderColumnMapping = {
  ...ORDER_MAPPING,
  shipped: ORDER_HEADERS.indexOf("发货时间"),
  refundAmount: ORDER_HEADERS.indexOf("退款金额"),
};

const itemDetections = new WeakMap<unknown[][], TableDetectionOf<"items">>();

/** The item report's columns as the pane detects them (once per sheet, when it is scanned; not part of a build). */
export function itemDetection(items: unknown[][]): TableDetectionOf<"items"> {
  let detection = itemDetections.get(items);
  if (detection === undefined) {
    detection = detectTable(items, { kind: "items" });
    itemDetections.set(items, detection);
  }
  return detection;
}

/**
 * What `build --items` (and the demo) reads: the order report with its shipping and refund columns,
 * the item report (千牛 宝贝报表) joined to it by order id as `computeReview` joins it
 * (`joinItemTable`: the lines become the item rows, price × quantity each), the ad spend and the
 * traffic, with the August threshold promotion in the targets. Case 7's inputs; case 1 keeps
 * `readReviewInputs` (one line per order) so that its figures stay comparable across runs.
 * `lap` is called after each of the three readings (see `measureStages`).
 */
export function readReviewInputsWithItems(
  shop: SampleShopTables, items: unknown[][], lap: (stage: string) => void = () => {},
): ReviewInputs & { itemJoin: ItemJoin } {
  const orders = readOrderTable(shop.orders, FULFILMENT_ORDER_MAPPING, { sheet: "订单", headerRow: 0 });
  lap("read orders");
  const ids = { grid: shop.orders, column: FULFILMENT_ORDER_MAPPING.orderId!, dataStart: 1, firstSheetRow: 1 };
  const itemJoin = joinItemTable(orders.table, ids, { sheet: "宝贝", grid: items, detection: itemDetection(items), firstSheetRow: 1 });
  if (itemJoin === null) throw new Error("the item report has no order id column");
  lap("join items");
  const spend = readChannelMonthTable(shop.adSpend, AD_SPEND_MAPPING, { sheet: "推广花费", headerRow: 0 });
  const traffic = readChannelMonthTable(shop.traffic, TRAFFIC_MAPPING, { sheet: "流量", headerRow: 0 });
  lap("read spend and traffic");
  return {
    orders: itemJoin.table,
    skipped: [...orders.skipped, ...itemJoin.skipped, ...spend.skipped, ...traffic.skipped],
    spend: spend.table,
    traffic: traffic.table,
    period: REVIEW_PERIOD,
    compare: COMPARE,
    targets: { gmv: 25_000_000, gmvGrowth: 0.25, aov: 180, aovGrowth: 0.15, repurchaseRate: 0.2, conversionRate: 0.035, promotions: [AUGUST_PROMOTION] },
    locale: "zh-CN",
    sources: ["订单", "宝贝", "推广花费", "流量"],
    generatedAt: new Date(0),
    itemJoin,
  };
}
