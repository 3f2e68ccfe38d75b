/**
 * What an after-sales status says about an order, judged by the text of the export's after-sales
 * column (抖店 and 拼多多 `售后状态`, or a refund status such as Shopify's refunded / partially_refunded):
 *
 * - `none`: no after-sales case — blank, `无售后`, `无`, `暂无`, `未申请`, `-`, `--`, `无售后或售后取消`
 *   (拼多多: none, or withdrawn), `none`.
 * - `refund`: money went back to the buyer — the text names a finished refund: `退款成功`,
 *   `已退款`, `退款完成`, `全额退款`, `部分退款`, `refunded`, `partially_refunded`, `refund success`.
 * - `case`: any other text — a case opened, in progress, rejected or closed (`售后处理中`,
 *   `待商家处理`, `退款中`, `售后关闭`, `换货成功`): the order had an after-sales case.
 *
 * A refund is also a case. A refund in progress (`退款中`) is a case, not yet a refund.
 *
 * @example afterSalesKind("无售后") // "none"
 * @example afterSalesKind("退款成功") // "refund"
 * @example afterSalesKind("售后处理中") // "case"
 */
export function afterSalesKind(status: string): "none" | "case" | "refund" {
  const normalized = status.trim().toLowerCase().replace(/[\s_-]+/g, " ").trim();
  if (normalized.length === 0 || NONE_EXACT.has(normalized)) return "none";
  if (namesRefund(normalized)) return "refund";
  return "case";
}

function namesRefund(normalized: string): boolean {
  if (normalized.includes("退款中") || normalized.includes("待退款") || normalized.includes("refund pending")) return false;
  return REFUND_FRAGMENTS.some((fragment) => normalized.includes(fragment));
}

/** After-sales texts that say there was none (拼多多 writes `无售后或售后取消`, 抖店 a dash). */
const NONE_EXACT = new Set(["无", "无售后", "暂无", "暂无售后", "未申请", "未申请售后", "无售后或售后取消", "", "none", "no", "n/a", "na", "null", "0"]);

/** Parts of texts that name a finished refund. */
const REFUND_FRAGMENTS = ["退款成功", "已退款", "退款完成", "全额退款", "部分退款", "退货退款成功", "refunded", "refund success", "refund successful", "refund completed"];
