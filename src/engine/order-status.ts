/**
 * Whether an order counts towards GMV, orders and buyers, judged by the status text of the export.
 *
 * PRODUCT.md: orders whose status marks them closed or fully refunded are excluded — Taobao/Tmall
 * `交易关闭`, `退款成功`; Douyin/Pinduoduo `已取消`, `已关闭`, `已退款`; Shopify/WooCommerce `cancelled`,
 * `refunded`, `voided`. Partial refunds (`部分退款`, `partially_refunded`) still count: the order
 * was paid and kept. A blank status counts.
 *
 * @example isCountedStatus("交易成功") // true
 * @example isCountedStatus("交易关闭") // false
 * @example isCountedStatus("partially_refunded") // true
 */
export function isCountedStatus(status: string): boolean {
  const normalized = status.trim().toLowerCase().replace(/[\s_-]+/g, " ").replace(/^wc /, "");
  if (normalized.length === 0) return true;
  if (EXCLUDED_EXACT.has(normalized)) return false;
  if (normalized.startsWith("partial") || normalized.includes("部分")) return true;
  for (const fragment of EXCLUDED_FRAGMENTS) if (normalized.includes(fragment)) return false;
  return true;
}

const EXCLUDED_EXACT = new Set([
  "cancelled", "canceled", "cancel", "refunded", "voided", "void", "closed", "trade closed", "refund success",
  "refund successful", "fully refunded", "failed", "取消", "关闭", "已取消", "已关闭", "已退款", "全额退款",
]);

/** Parts of Chinese status texts that mark an order closed, e.g. `交易关闭（买家取消）`. */
const EXCLUDED_FRAGMENTS = ["交易关闭", "退款成功", "订单关闭", "订单取消", "交易取消", "已取消", "已关闭", "已退款", "全额退款"];
