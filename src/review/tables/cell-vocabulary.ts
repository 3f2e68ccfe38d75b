import { channelSite } from "../channel-site";

/**
 * Words that tell what a column of short text holds when its header does not: order statuses
 * and traffic channels, in the forms the exports write them.
 */

/** Order statuses of Taobao/Tmall, Douyin, Pinduoduo, Shopify (`Financial Status`) and WooCommerce. */
const STATUS_EXACT = new Set([
  "paid", "pending", "authorized", "refunded", "partially refunded", "partially paid", "voided", "expired",
  "completed", "processing", "on hold", "cancelled", "canceled", "failed", "shipped", "delivered", "fulfilled", "unfulfilled",
  "draft", "trash", "checkout draft", "success", "closed", "open", "archived",
]);

/** Parts of Chinese statuses: 交易成功, 等待买家付款, 卖家已发货, 已签收, 退款成功, 待成团 … */
const STATUS_FRAGMENTS = ["交易", "付款", "支付", "发货", "签收", "收货", "退款", "售后", "完成", "取消", "关闭", "成团", "待评价", "已评价"];

/** True for a cell that reads like an order status. */
export function isStatusText(text: string): boolean {
  const normalized = text.trim().toLowerCase().replace(/[\s_-]+/g, " ").replace(/^wc /, "");
  if (normalized.length === 0 || normalized.length > 24) return false;
  if (STATUS_EXACT.has(normalized)) return true;
  return STATUS_FRAGMENTS.some((fragment) => normalized.includes(fragment));
}

/**
 * Traffic sources beyond the on-site / off-site names `channelSite` knows: 生意参谋's source
 * groups, Douyin's traffic types, Shopify's `Source` values. Latin words match whole words only,
 * so that `pos` does not match `deposit`.
 */
const CHANNEL_PARTS = [
  "直接访问", "自主访问", "付费流量", "免费流量", "淘内免费", "其他", "其它", "直播", "短视频", "商品卡", "达人", "自然流量", "橱窗",
  "小程序", "公众号", "私域", "社群", "分销", "团购", "老客", "广告", "投放", "推广", "信息流", "品牌",
];
const CHANNEL_WORDS = /\b(?:web|pos|shopify draft order|android|iphone|ios|app|mobile|desktop|direct|none|cpc|ads|paid|organic|email|referral|social)\b/;

/** True for a cell that reads like a traffic channel or source (and not like an order status). */
export function isChannelText(text: string): boolean {
  const normalized = text.trim().toLowerCase().replace(/[\s_]+/g, " ");
  if (normalized.length === 0 || normalized.length > 24 || isStatusText(normalized)) return false;
  if (channelSite(normalized) !== null) return true;
  return CHANNEL_PARTS.some((part) => normalized.includes(part)) || CHANNEL_WORDS.test(normalized);
}
