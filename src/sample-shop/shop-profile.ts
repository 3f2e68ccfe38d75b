/**
 * The shop the sample data describes: a Taobao skincare shop shaped like the June–October 2025
 * review in PRODUCT.md. Every number here is a modelling choice, kept in one place so that the
 * generator holds only mechanics.
 *
 * What the figures aim at (before the randomness): AOV around 180–195 in June–July, a dip to
 * 155–169 in August when a low-price promotion pushes orders under ¥50 from about 30% to 42%;
 * a repurchase rate of 20–35%, higher for buyers found on site (手淘搜索, 直通车, 自然流量) than
 * off site (腾讯广告, 抖音, 小红书); off-site traffic growing to about two thirds; Tencent ads ROI
 * falling from 1.2 to about 0.9.
 */

/** Months are calendar months 1–12; arrays indexed by month hold 13 entries, index 0 unused. */
type ByCalendarMonth = readonly number[];

export interface AdProfile {
  /** GMV ÷ spend the platform reports, by calendar month. */
  readonly roi: ByCalendarMonth;
  /** Cost per thousand impressions, in yuan. */
  readonly cpm: number;
  /** Clicks ÷ impressions. */
  readonly ctr: number;
}

export interface ChannelProfile {
  /** The 流量来源 text of the order export and of the traffic table. */
  readonly name: string;
  readonly onSite: boolean;
  /** Relative share of new buyers at the start and at the end of the window (interpolated by month). */
  readonly newBuyerWeight: readonly [start: number, end: number];
  /** Relative share of the repeat orders of returning buyers. */
  readonly repeatWeight: number;
  /** Chance that a buyer acquired here orders a second time (before the window end cuts it off). */
  readonly repurchaseChance: number;
  /** Orders ÷ visitors, for the traffic table. */
  readonly conversionRate: number;
  /** Present for channels bought with ad spend. */
  readonly ad?: AdProfile;
}

export const CHANNELS: readonly ChannelProfile[] = [
  { name: "手淘搜索", onSite: true, newBuyerWeight: [30, 18], repeatWeight: 32, repurchaseChance: 0.42, conversionRate: 0.04 },
  {
    name: "直通车", onSite: true, newBuyerWeight: [20, 12], repeatWeight: 10, repurchaseChance: 0.38, conversionRate: 0.03,
    ad: { roi: [0, 2.8, 2.8, 2.8, 2.7, 2.7, 2.6, 2.5, 2.5, 2.4, 2.5, 2.9, 2.8], cpm: 40, ctr: 0.03 },
  },
  { name: "自然流量", onSite: true, newBuyerWeight: [12, 8], repeatWeight: 45, repurchaseChance: 0.48, conversionRate: 0.06 },
  {
    name: "腾讯广告", onSite: false, newBuyerWeight: [12, 24], repeatWeight: 3, repurchaseChance: 0.19, conversionRate: 0.012,
    ad: { roi: [0, 1.2, 1.2, 1.2, 1.2, 1.2, 1.1, 1.0, 0.9, 0.9, 0.88, 1.25, 1.25], cpm: 25, ctr: 0.008 },
  },
  {
    name: "抖音", onSite: false, newBuyerWeight: [16, 24], repeatWeight: 6, repurchaseChance: 0.22, conversionRate: 0.016,
    ad: { roi: [0, 1.9, 1.9, 1.8, 1.8, 1.8, 1.7, 1.7, 1.6, 1.7, 1.7, 2.0, 1.9], cpm: 30, ctr: 0.015 },
  },
  {
    name: "小红书", onSite: false, newBuyerWeight: [10, 14], repeatWeight: 4, repurchaseChance: 0.25, conversionRate: 0.014,
    ad: { roi: [0, 1.5, 1.5, 1.5, 1.5, 1.4, 1.4, 1.4, 1.3, 1.4, 1.4, 1.6, 1.5], cpm: 45, ctr: 0.025 },
  },
];

/**
 * An ad channel with spend and no orders of its own (its orders show under 直通车 and 手淘搜索),
 * tried in July–August: the channel table must list it with zero GMV.
 */
export const SPEND_ONLY_CHANNEL = {
  name: "万相台",
  activeMonths: [7, 8] as readonly number[],
  /** Its daily spend as a share of 直通车's. */
  shareOfSearchAds: 0.08,
  cpm: 35,
  ctr: 0.012,
} as const;

/** New buyers per calendar month, relative (Double 11, Spring Festival, 618, the August promotion; July −18% on June). */
export const NEW_BUYERS_BY_MONTH: ByCalendarMonth = [0, 0.85, 0.65, 0.9, 0.9, 1.0, 1.2, 0.98, 1.25, 0.95, 1.0, 1.45, 1.05];

/** Days that sell more than the rest of their month: [month, first day, last day, factor]. */
export const SALE_DAYS: readonly (readonly [number, number, number, number])[] = [
  [11, 1, 10, 1.3], [11, 11, 11, 5], [12, 12, 12, 2.5], [6, 1, 17, 1.2], [6, 18, 18, 4], [8, 8, 8, 3],
];

/** Orders by hour of day, relative: late-morning and evening peaks. */
export const ORDERS_BY_HOUR: readonly number[] = [
  1.2, 0.7, 0.4, 0.25, 0.2, 0.25, 0.5, 1.0, 1.8, 2.6, 3.4, 3.6, 3.0, 2.8, 3.0, 3.1, 3.0, 2.9, 3.0, 3.6, 4.4, 5.0, 4.6, 2.8,
];

/** Days between a buyer's orders: at least this many, plus an exponential wait of the mean below. */
export const REPEAT_GAP_MIN_DAYS = 5;
export const REPEAT_GAP_MEAN_DAYS = 40;
/** Chance of one more order after each repeat order. */
export const FURTHER_REPEAT_CHANCE = 0.5;
/** Chance that a payment covers two orders (合并付款): same buyer, same second, possibly another source. */
export const SPLIT_PAYMENT_CHANCE = 0.03;

export interface CatalogItem {
  readonly title: string;
  /** List price in fen (1/100 yuan). */
  readonly priceFen: number;
  /** Cost ÷ price. */
  readonly costRatio: number;
  /** Relative share of orders among the items of its kind. */
  readonly weight: number;
}

/** Items an order is built around. */
export const MAIN_ITEMS: readonly CatalogItem[] = [
  { title: "玻尿酸补水保湿面膜 10片装", priceFen: 6900, costRatio: 0.42, weight: 16 },
  { title: "氨基酸温和洁面乳 120g", priceFen: 7900, costRatio: 0.4, weight: 14 },
  { title: "防晒乳 SPF50+ PA++++ 50ml", priceFen: 12900, costRatio: 0.45, weight: 10 },
  { title: "烟酰胺亮肤精华液 30ml", priceFen: 15900, costRatio: 0.38, weight: 12 },
  { title: "维C焕亮精华 30ml", priceFen: 18900, costRatio: 0.4, weight: 8 },
  { title: "神经酰胺修护面霜 50g", priceFen: 21900, costRatio: 0.42, weight: 10 },
  { title: "多肽紧致眼霜 15g", priceFen: 25900, costRatio: 0.4, weight: 6 },
  { title: "视黄醇抗老精华 30ml", priceFen: 29900, costRatio: 0.41, weight: 7 },
  { title: "水乳套装 补水保湿 2件套", priceFen: 35900, costRatio: 0.45, weight: 8 },
  { title: "护肤礼盒 5件套 送礼", priceFen: 59900, costRatio: 0.48, weight: 4 },
  { title: "臻颜修护面霜 50g 礼盒装", priceFen: 89900, costRatio: 0.35, weight: 2 },
  { title: "全年囤货装 精华+面霜+面膜", priceFen: 129900, costRatio: 0.44, weight: 0.5 },
];

/** Items under ¥50: trial sizes and add-ons (凑单). */
export const LOW_PRICE_ITEMS: readonly CatalogItem[] = [
  { title: "化妆棉 100片", priceFen: 990, costRatio: 0.6, weight: 8 },
  { title: "美妆蛋 2只装", priceFen: 1580, costRatio: 0.55, weight: 6 },
  { title: "氨基酸洁面 旅行装 30g", priceFen: 1990, costRatio: 0.6, weight: 12 },
  { title: "补水面膜 体验装 3片", priceFen: 2990, costRatio: 0.62, weight: 14 },
  { title: "润唇膏 4g", priceFen: 3900, costRatio: 0.55, weight: 8 },
  { title: "精华小样套装 5ml×3", priceFen: 4900, costRatio: 0.65, weight: 10 },
];

/** The August promotion: titles of low-price items carry its tag and their margin shrinks to about 10%. */
export const PROMOTION = { month: 8, titlePrefix: "【8月特惠】", costRatio: 0.9 } as const;

/**
 * Flash sales (限时秒杀): a main item sold at a cut price for a whole calendar month, its cost
 * unchanged and no shop coupon on top. Deep cuts, as the promotions of PRODUCT.md are meant to keep
 * a gross margin of 8%–12%: one lands inside that band (with the add-ons some of its orders carry),
 * one below it, and a shallow 10% cut stays far above it. Every cut price is ¥50 or more, so that
 * the share of orders under ¥50 (the August low-price promotion's story) is not touched.
 */
export const PRICE_CUTS: readonly { readonly itemTitle: string; readonly month: number; readonly priceFen: number }[] = [
  { itemTitle: "防晒乳 SPF50+ PA++++ 50ml", month: 7, priceFen: 6390 },
  { itemTitle: "全年囤货装 精华+面霜+面膜", month: 8, priceFen: 59000 },
  { itemTitle: "氨基酸温和洁面乳 120g", month: 9, priceFen: 7100 },
];

/** Share of orders that are a single low-price item, by calendar month. */
export const LOW_PRICE_ORDER_SHARE: ByCalendarMonth = [0, 0.3, 0.3, 0.3, 0.3, 0.3, 0.29, 0.3, 0.42, 0.35, 0.33, 0.26, 0.28];

/** Units of the main item: 1, 2 or 3, relative. */
export const QUANTITY_WEIGHTS: readonly number[] = [0, 84, 12, 4];
/** Chance that an order adds a low-price item (凑单) to reach a coupon threshold. */
export const ADD_ON_CHANCE = 0.18;
/** Shop coupons (满减): [threshold, discount] in fen, highest first, each used with `COUPON_USE_CHANCE`. */
export const COUPONS: readonly (readonly [number, number])[] = [[39900, 4000], [19900, 2000]];
export const COUPON_USE_CHANCE = 0.6;
/** A company gift order: a gift box bought by the dozen. */
export const BULK_ORDER = { chance: 0.00005, itemTitle: "护肤礼盒 5件套 送礼", minQuantity: 10, maxQuantity: 30 } as const;

/** Order status texts of a Taobao export. */
export const STATUS = {
  success: "交易成功",
  closed: "交易关闭",
  refunded: "退款成功",
  partlyRefunded: "部分退款",
  shipped: "卖家已发货，等待买家确认",
} as const;
/** Chances of the statuses other than success. */
export const STATUS_CHANCES = { closed: 0.055, refunded: 0.04, partlyRefunded: 0.02 } as const;
/** Of the closed orders, the share never paid: their payment time is blank. */
export const UNPAID_SHARE_OF_CLOSED = 0.5;
/** Orders paid in the last days of the window are mostly still on their way. */
export const IN_TRANSIT_DAYS = 12;

/** Buyer names (买家会员名): Taobao nicknames are a word and digits, `tb` and digits, or digits alone. */
export const NICKNAME_WORDS: readonly string[] = [
  "小鱼儿", "jenny_w", "晴天", "momo酱", "阿狸", "kiki", "甜橙", "summer_l", "小蘑菇", "大白兔", "lucky星", "糖糖", "Coco", "柚子茶",
];
/** Share of buyers whose nickname is digits only (a phone-like number), which Excel turns into a number. */
export const DIGIT_NICKNAME_SHARE = 0.04;
/** Share of buyers named `tb` and digits. */
export const TB_NICKNAME_SHARE = 0.5;
