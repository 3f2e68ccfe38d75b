/**
 * Whether a traffic source brings buyers from inside the marketplace (on-site: search,
 * recommendations, the platform's own ads) or from outside it (off-site: Tencent, Douyin,
 * Xiaohongshu, affiliates …), judged from the channel's name. PRODUCT.md's review compares the
 * two: off-site traffic 68%, on-site natural 12%; repurchase 18% off-site against 34% on-site.
 * Names that match neither list are left unclassified rather than guessed.
 */
export type ChannelSite = "onsite" | "offsite";

const OFFSITE = ["腾讯", "广点通", "微信", "朋友圈", "抖音", "巨量", "快手", "磁力", "小红书", "微博", "知乎", "b站", "哔哩", "淘宝客", "淘客", "站外", "外部", "外投",
  "tencent", "wechat", "douyin", "tiktok", "kuaishou", "xiaohongshu", "red", "reddit", "weibo", "facebook", "instagram", "google", "bing", "email", "affiliate", "referral", "social", "offsite", "off-site"];
const ONSITE = ["手淘", "淘宝", "天猫", "搜索", "推荐", "猜你喜欢", "直通车", "万相台", "引力魔方", "钻展", "超级推荐", "站内", "自然", "店铺", "购物车", "收藏", "首页", "拼多多", "多多",
  "search", "organic", "direct", "onsite", "on-site", "store", "marketplace"];

/**
 * Chinese names are matched as fragments (手淘搜索 holds 搜索). Latin-letter words must start a
 * word ("TencentAds" and "Google Shopping" match), and the short ones must also end it: "red"
 * (Xiaohongshu's English name) is not found in "Sponsored", "Featured" or "Credit".
 */
function matcher(words: readonly string[]): (name: string) => boolean {
  const latin = words.filter((word) => /^[a-z0-9 -]+$/.test(word));
  const fragments = words.filter((word) => !latin.includes(word));
  const pattern = latin.map((word) => (word.length <= 3 ? `${word}s?(?![a-z0-9])` : word)).join("|");
  const latinWords = new RegExp(`(?:^|[^a-z0-9])(?:${pattern})`);
  return (name) => latinWords.test(name) || fragments.some((fragment) => name.includes(fragment));
}

const isOffsite = matcher(OFFSITE);
const isOnsite = matcher(ONSITE);

export function channelSite(channel: string): ChannelSite | null {
  const name = channel.trim().toLowerCase();
  if (isOffsite(name)) return "offsite";
  if (isOnsite(name)) return "onsite";
  return null;
}
