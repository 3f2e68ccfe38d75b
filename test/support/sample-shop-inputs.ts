/**
 * The review's inputs read from a generated sample shop through the real readers, as the pane reads
 * its three sheets (test support for the review's unit tests).
 */
import { readChannelMonthTable } from "../../src/review/channel-month-table";
import { readOrderTable } from "../../src/review/order-table";
import type { ReviewInputs } from "../../src/review/review-inputs";
import { AD_SPEND_HEADERS, ORDER_HEADERS, TRAFFIC_HEADERS, type SampleShopTables } from "../../src/sample-shop/generate-sample-shop";

const column = (headers: readonly string[], name: string) => headers.indexOf(name);

/**
 * @param withBuyer false reads the orders as an export without a buyer column (抖店, 拼多多)
 * @param rest the inputs that are not read from the sheets (period, comparison, targets …)
 */
export function sampleShopInputs(shop: SampleShopTables, withBuyer: boolean, rest: Omit<ReviewInputs, "orders" | "skipped" | "spend" | "traffic" | "sources">): ReviewInputs {
  const orders = readOrderTable(shop.orders, {
    amount: column(ORDER_HEADERS, "实付金额"), time: column(ORDER_HEADERS, "订单付款时间"), buyer: withBuyer ? column(ORDER_HEADERS, "买家会员名") : undefined,
    channel: column(ORDER_HEADERS, "流量来源"), status: column(ORDER_HEADERS, "订单状态"), cost: column(ORDER_HEADERS, "成本"),
  }, { sheet: "订单", headerRow: 0 });
  const spend = readChannelMonthTable(shop.adSpend, { date: 0, channel: 1, value: column(AD_SPEND_HEADERS, "花费") }, { sheet: "推广", headerRow: 0 });
  const traffic = readChannelMonthTable(shop.traffic, { date: 0, channel: 1, value: column(TRAFFIC_HEADERS, "访客数") }, { sheet: "流量", headerRow: 0 });
  return {
    ...rest, orders: orders.table, skipped: [...orders.skipped, ...spend.skipped, ...traffic.skipped], spend: spend.table, traffic: traffic.table,
    sources: ["订单", "推广", "流量"],
  };
}
