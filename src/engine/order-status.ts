/**
 * What an order's status says about it, judged by the status text of the export:
 *
 * - `closed`: closed, cancelled or fully refunded — Taobao/Tmall `交易关闭`, `退款成功`;
 *   Douyin/Pinduoduo `已取消`, `已关闭`, `已退款`; Shopify/WooCommerce `cancelled`, `refunded`, `voided`.
 * - `unpaid`: placed but never paid — Taobao `等待买家付款`, Douyin `待支付`, Pinduoduo `待付款`,
 *   Shopify's financial status `pending`, WooCommerce `pending` (pending payment). PRODUCT.md: not an
 *   order of the review and not an error; counted apart, like closed orders.
 * - `counted`: everything else, partial refunds included (`部分退款`, `partially_refunded`: the order
 *   was paid and kept), and a blank status.
 *
 * @example orderStatusKind("交易成功") // "counted"
 * @example orderStatusKind("交易关闭") // "closed"
 * @example orderStatusKind("等待买家付款") // "unpaid"
 */
export function orderStatusKind(status: string): "counted" | "closed" | "unpaid" {
  const normalized = status.trim().toLowerCase().replace(/[\s_-]+/g, " ").replace(/^wc /, "");
  if (normalized.length === 0) return "counted";
  if (EXCLUDED_EXACT.has(normalized)) return "closed";
  if (UNPAID_EXACT.has(normalized)) return "unpaid";
  if (normalized.startsWith("partial") || normalized.includes("部分")) return "counted";
  for (const fragment of EXCLUDED_FRAGMENTS) if (normalized.includes(fragment)) return "closed";
  for (const fragment of UNPAID_FRAGMENTS) if (normalized.includes(fragment)) return "unpaid";
  return "counted";
}

/**
 * Whether an order counts towards GMV, orders and buyers: neither closed nor unpaid (see
 * `orderStatusKind`). A blank status counts.
 *
 * @example isCountedStatus("交易成功") // true
 * @example isCountedStatus("交易关闭") // false
 * @example isCountedStatus("等待买家付款") // false
 * @example isCountedStatus("partially_refunded") // true
 */
export function isCountedStatus(status: string): boolean {
  return orderStatusKind(status) === "counted";
}

const EXCLUDED_EXACT = new Set([
  "cancelled", "canceled", "cancel", "refunded", "voided", "void", "closed", "trade closed", "refund success",
  "refund successful", "fully refunded", "failed", "取消", "关闭", "已取消", "已关闭", "已退款", "全额退款",
]);

/** Parts of Chinese status texts that mark an order closed, e.g. `交易关闭（买家取消）`. */
const EXCLUDED_FRAGMENTS = ["交易关闭", "退款成功", "订单关闭", "订单取消", "交易取消", "已取消", "已关闭", "已退款", "全额退款"];

const UNPAID_EXACT = new Set([
  "pending", "pending payment", "unpaid", "not paid", "awaiting payment", "payment pending", "wait buyer pay", "trade no pay",
  "待付款", "待支付", "未付款", "未支付",
]);

/** Parts of status texts that mark an order placed but not paid, e.g. `等待买家付款`. */
const UNPAID_FRAGMENTS = ["等待买家付款", "等待付款", "待买家付款", "待付款", "待支付", "未付款", "未支付"];
