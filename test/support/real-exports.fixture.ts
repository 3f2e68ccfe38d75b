/**
 * Sheets as operators download them, for the detection tests: each export's header row as the
 * platform writes it, and a few realistic rows (values made up, shapes as exported). Buyer names,
 * phones and addresses are masked the way the platforms mask them.
 */

/** Taobao/Tmall 千牛 订单报表 (order export), with 商家编码 and 流量来源 as shops add them. */
export const TAOBAO_ORDERS: unknown[][] = [
  [
    "订单编号", "买家会员名", "买家支付宝账号", "支付单号", "支付详情", "买家应付货款", "买家应付邮费", "买家支付积分", "总金额", "返点积分",
    "买家实际支付金额", "买家实际支付积分", "订单状态", "买家留言", "收货人姓名", "收货地址", "运送方式", "联系电话", "联系手机",
    "订单创建时间", "订单付款时间", "宝贝标题", "宝贝种类", "物流单号", "物流公司", "订单备注", "宝贝总数量", "店铺Id", "店铺名称",
    "订单关闭原因", "卖家服务费", "买家服务费", "发票抬头", "是否手机订单", "退款金额", "确认收货时间", "打款商家金额", "商家编码", "流量来源",
  ],
  [
    "3012345678901234567", "tb8842195_2011", "138****5521", "2025060122001123451234567890", "支付宝:118.00", "128.00", "0.00", 0, "128.00", 0,
    "118.00", 0, "交易成功", "", "王**", "浙江省 杭州市 西湖区 文三路***号", "快递", "", "138****5521",
    "2025-06-01 10:21:05", "2025-06-01 10:22:33", "玻尿酸补水保湿面膜 20片装 敏感肌可用", 1, "No:YT7512345678901", "圆通速递", "", 2,
    "123456789", "小鹿家护肤旗舰店", "订单未关闭", "0.00", "0.00", "", "手机订单", "0.00", "2025-06-05 09:12:40", "118.00", "MASK-20", "手淘搜索",
  ],
  [
    "3012345678901239876", "小鹿酱2019", "159****0032", "2025060122001198761234567890", "支付宝:89.90", "99.90", "0.00", 0, "99.90", 0,
    "89.90", 0, "交易成功", "请尽快发货", "李**", "江苏省 南京市 鼓楼区 中山路***号", "快递", "", "159****0032",
    "2025-06-01 11:02:44", "2025-06-01 11:03:10", "烟酰胺美白精华液 30ml", 1, "No:ZT7319876543210", "中通快递", "", 1,
    "123456789", "小鹿家护肤旗舰店", "订单未关闭", "0.00", "0.00", "", "手机订单", "0.00", "2025-06-04 18:30:02", "89.90", "SERUM-30", "直通车",
  ],
  [
    "3012345678901245511", "tb8842195_2011", "138****5521", "", "", "59.00", "0.00", 0, "59.00", 0,
    "0.00", 0, "交易关闭", "", "王**", "浙江省 杭州市 西湖区 文三路***号", "快递", "", "138****5521",
    "2025-06-02 09:45:12", "", "氨基酸洁面乳 120g", 1, "", "", "", 1,
    "123456789", "小鹿家护肤旗舰店", "买家不想买了", "0.00", "0.00", "", "手机订单", "0.00", "", "0.00", "CLEANSER-120", "猜你喜欢",
  ],
  [
    "3012345678901251234", "sunny_小雨", "186****7788", "2025060322001155661234567890", "支付宝:236.00", "256.00", "0.00", 0, "256.00", 0,
    "236.00", 0, "卖家已发货，等待买家确认", "", "赵**", "上海 上海市 浦东新区 张江路***号", "快递", "", "186****7788",
    "2025-06-03 20:15:33", "2025-06-03 20:16:01", "玻尿酸补水保湿面膜 20片装 敏感肌可用", 1, "No:YT7512345600001", "圆通速递", "", 4,
    "123456789", "小鹿家护肤旗舰店", "订单未关闭", "0.00", "0.00", "", "手机订单", "0.00", "", "236.00", "MASK-20", "抖音",
  ],
];

/**
 * Taobao/Tmall 千牛 宝贝报表 (item export) of the orders of `TAOBAO_ORDERS`: one row per item, joined
 * to them by 订单编号 (written as text, `'…` or `="…"` on some rows); 价格 is the unit price.
 */
export const TAOBAO_ITEMS: unknown[][] = [
  ["订单编号", "标题", "价格", "购买数量", "外部系统编号", "商品属性", "套餐信息", "备注", "订单状态", "商家编码"],
  ["'3012345678901234567", "玻尿酸补水保湿面膜 20片装 敏感肌可用", "64.00", "2", "", "颜色分类：20片", "", "", "交易成功", "MASK-20"],
  ["=\"3012345678901239876\"", "烟酰胺美白精华液 30ml", "99.90", "1", "", "规格：30ml", "", "", "交易成功", "SERUM-30"],
  ["3012345678901245511", "氨基酸洁面乳 120g", "59.00", "1", "", "规格：120g", "", "", "交易关闭", "CLEANSER-120"],
  ["'3012345678901251234", "玻尿酸补水保湿面膜 20片装 敏感肌可用", "64.00", "3", "", "颜色分类：20片", "", "", "卖家已发货，等待买家确认", "MASK-20"],
  ["'3012345678901251234", "积雪草舒缓爽肤水 200ml", "64.00", "1", "", "规格：200ml", "", "", "卖家已发货，等待买家确认", "TONER-200"],
];

/** 生意参谋 → 流量 → 店铺来源, exported: three lines about the report above the header. */
export const SYCM_TRAFFIC: unknown[][] = [
  ["小鹿家护肤旗舰店"],
  ["统计时间：2025-06-01 ~ 2025-06-03"],
  [],
  ["统计日期", "来源", "来源明细", "访客数", "浏览量", "支付买家数", "支付转化率", "支付金额", "客单价", "UV价值"],
  ["2025-06-01", "手淘搜索", "-", "1,204", "3,880", 41, "3.41%", "5,120.50", "124.89", "4.25"],
  ["2025-06-01", "直通车", "-", 862, 2310, 22, "2.55%", "2,780.00", "126.36", "3.23"],
  ["2025-06-01", "淘宝客", "-", 455, 901, 7, "1.54%", "812.30", "116.04", "1.79"],
  ["2025-06-02", "手淘搜索", "-", "1,150", "3,702", 38, "3.30%", "4,901.20", "128.98", "4.26"],
  ["2025-06-02", "直通车", "-", 901, 2455, 25, "2.77%", "3,010.00", "120.40", "3.34"],
  ["2025-06-03", "腾讯广告", "-", 1320, 1888, 11, "0.83%", "1,210.00", "110.00", "0.92"],
];

/** 抖店 订单导出 (Douyin shop order export). It has no buyer column; 达人昵称 is the influencer who sold the order. */
export const DOUYIN_ORDERS: unknown[][] = [
  [
    "主订单编号", "子订单编号", "商品名称", "商品规格", "商品数量", "商品ID", "商家编码", "商品单价", "订单应付金额", "运费", "优惠总金额",
    "平台优惠", "商家优惠", "达人优惠", "支付方式", "手续费", "收件人", "收件人手机号", "省", "市", "区", "详细地址", "买家留言",
    "订单提交时间", "支付完成时间", "订单完成时间", "订单状态", "售后状态", "取消原因", "流量来源", "流量体裁", "达人ID", "达人昵称",
    "商家备注", "App渠道", "订单类型",
  ],
  [
    "6921234567890123456", "6921234567890123457", "【官方正品】玻尿酸补水面膜20片", "20片装", 1, "3612345678901234567", "MASK-20", "59.90",
    "59.90", "0.00", "10.00", "0.00", "10.00", "0.00", "抖音支付", "0.36", "张*", "151****2233", "广东省", "深圳市", "南山区", "科技园***",
    "", "2025/06/01 20:15:33", "2025/06/01 20:16:01", "2025/06/06 10:00:00", "已完成", "-", "", "直播", "直播", "1234567", "小美护肤日记",
    "", "抖音", "普通订单",
  ],
  [
    "6921234567890124001", "6921234567890124002", "烟酰胺美白精华液30ml", "30ml", 2, "3612345678901239999", "SERUM-30", "79.00",
    "148.00", "0.00", "10.00", "0.00", "10.00", "0.00", "微信", "0.89", "刘*", "137****4455", "北京市", "北京市", "朝阳区", "望京***",
    "", "2025/06/01 21:02:11", "2025/06/01 21:02:40", "", "已发货", "-", "", "短视频", "短视频", "7654321", "成分党阿月",
    "", "抖音极速版", "普通订单",
  ],
  [
    "6921234567890125550", "6921234567890125551", "【官方正品】玻尿酸补水面膜20片", "20片装", 1, "3612345678901234567", "MASK-20", "59.90",
    "59.90", "0.00", "10.00", "0.00", "10.00", "0.00", "抖音支付", "0.00", "陈*", "139****6677", "四川省", "成都市", "武侯区", "天府大道***",
    "", "2025/06/02 08:30:00", "", "", "已关闭", "-", "超时未支付", "商品卡", "商品卡", "", "",
    "", "抖音", "普通订单",
  ],
  [
    "6921234567890126660", "6921234567890126661", "氨基酸洁面乳120g", "120g", 3, "3612345678901238888", "CLEANSER-120", "39.00",
    "107.00", "0.00", "10.00", "0.00", "10.00", "0.00", "抖音支付", "0.64", "周*", "135****8899", "湖北省", "武汉市", "洪山区", "光谷***",
    "", "2025/06/02 19:45:21", "2025/06/02 19:45:50", "", "待发货", "-", "", "直播", "直播", "1234567", "小美护肤日记",
    "", "抖音", "普通订单",
  ],
];

/** Pinduoduo 商家后台 订单导出. Amounts in yuan with `(元)` in the header; no buyer column. */
export const PINDUODUO_ORDERS: unknown[][] = [
  [
    "商品", "订单号", "订单状态", "商品总价(元)", "店铺优惠折扣(元)", "平台优惠折扣(元)", "多多支付立减金额(元)", "邮费(元)", "用户实付金额(元)",
    "商家实收金额(元)", "商品数量(件)", "收货人", "手机", "是否蜂窝单", "省", "市", "区", "街道", "支付时间", "成团时间", "承诺发货时间",
    "发货时间", "确认收货时间", "商品id", "商品规格", "样式ID", "商家编码-SKU维度", "商家编码-商品维度", "售后状态", "快递单号", "快递公司",
    "商家备注", "买家留言",
  ],
  [
    "玻尿酸补水面膜 20片装", "250601-123456789012345", "已签收", "49.90", "5.00", "3.00", "0.00", "0.00", "41.90",
    "44.90", 1, "孙**", "188****1122", "否", "河南省", "郑州市", "金水区", "文化路***", "2025-06-01 12:00:05", "2025-06-01 12:00:05", "2025-06-03 12:00:05",
    "2025-06-01 18:22:10", "2025-06-04 09:00:00", "512345678901", "20片装", "1234567890", "MASK-20", "MASK", "无售后", "YT1234567890123", "圆通快递",
    "", "",
  ],
  [
    "烟酰胺精华液 30ml", "250601-123456789099887", "已发货，待签收", "69.00", "5.00", "0.00", "2.00", "0.00", "62.00",
    "64.00", 1, "周**", "136****3344", "否", "山东省", "济南市", "历下区", "泉城路***", "2025-06-01 15:20:43", "2025-06-01 15:20:43", "2025-06-03 15:20:43",
    "2025-06-02 10:05:00", "", "512345678902", "30ml", "1234567891", "SERUM-30", "SERUM", "无售后", "ZT9876543210987", "中通快递",
    "", "",
  ],
  [
    "玻尿酸补水面膜 20片装", "250602-123456789054321", "已取消", "99.80", "10.00", "0.00", "0.00", "0.00", "89.80",
    "89.80", 2, "吴**", "177****5566", "否", "河北省", "石家庄市", "长安区", "中山路***", "2025-06-02 09:10:11", "", "",
    "", "", "512345678901", "20片装", "1234567890", "MASK-20", "MASK", "退款成功", "", "",
    "", "",
  ],
];

/** Shopify orders export (Orders → Export). A second line item of an order leaves the order's amounts blank. */
export const SHOPIFY_ORDERS: unknown[][] = [
  [
    "Name", "Email", "Financial Status", "Paid at", "Fulfillment Status", "Fulfilled at", "Accepts Marketing", "Currency", "Subtotal",
    "Shipping", "Taxes", "Total", "Discount Code", "Discount Amount", "Shipping Method", "Created at", "Lineitem quantity", "Lineitem name",
    "Lineitem price", "Lineitem compare at price", "Lineitem sku", "Lineitem requires shipping", "Lineitem taxable",
    "Lineitem fulfillment status", "Billing Name", "Billing City", "Billing Zip", "Billing Country", "Notes", "Cancelled at",
    "Payment Method", "Refunded Amount", "Vendor", "Outstanding Balance", "Id", "Tags", "Risk Level", "Source", "Phone",
  ],
  [
    "#1001", "anna.li@example.com", "paid", "2025-06-01 10:22:33 +0800", "fulfilled", "2025-06-02 09:00:00 +0800", "no", "USD", 45,
    5, 0, 50, "WELCOME10", 5, "Standard", "2025-06-01 10:21:58 +0800", 1, "Hydrating Sheet Mask - 20 pack",
    45, 55, "MASK-20", "true", "true", "fulfilled", "Anna Li", "Singapore", 238801, "SG", "", "",
    "Shopify Payments", 0, "Little Deer", 0, 5123456789012, "", "Low", "web", "",
  ],
  [
    "#1002", "ben@example.com", "paid", "2025-06-01 14:05:10 +0800", "fulfilled", "2025-06-02 10:00:00 +0800", "yes", "USD", 84.5,
    0, 0, 84.5, "", 0, "Free shipping", "2025-06-01 14:04:40 +0800", 1, "Niacinamide Serum 30ml",
    39.5, "", "SERUM-30", "true", "true", "fulfilled", "Ben Tan", "Kuala Lumpur", 50450, "MY", "", "",
    "Shopify Payments", 0, "Little Deer", 0, 5123456789013, "vip", "Low", "web", "",
  ],
  [
    "#1002", "ben@example.com", "", "", "", "", "", "", "",
    "", "", "", "", "", "", "2025-06-01 14:04:40 +0800", 1, "Hydrating Sheet Mask - 20 pack",
    45, 55, "MASK-20", "true", "true", "fulfilled", "", "", "", "", "", "",
    "", "", "Little Deer", "", "", "", "", "", "",
  ],
  [
    "#1003", "cara@example.com", "refunded", "2025-06-02 09:00:01 +0800", "", "", "no", "USD", 39.5,
    5, 0, 44.5, "", 0, "Standard", "2025-06-02 08:59:30 +0800", 1, "Niacinamide Serum 30ml",
    39.5, "", "SERUM-30", "true", "true", "", "Cara Wong", "Hong Kong", "", "HK", "", "2025-06-03 10:00:00 +0800",
    "PayPal Express Checkout", 44.5, "Little Deer", 0, 5123456789014, "", "Low", "pos", "",
  ],
  [
    "#1004", "anna.li@example.com", "partially_refunded", "2025-06-03 19:30:00 +0800", "fulfilled", "2025-06-04 09:00:00 +0800", "no", "USD", 90,
    0, 0, 90, "", 0, "Free shipping", "2025-06-03 19:29:41 +0800", 2, "Hydrating Sheet Mask - 20 pack",
    45, 55, "MASK-20", "true", "true", "fulfilled", "Anna Li", "Singapore", 238801, "SG", "", "",
    "Shopify Payments", 10, "Little Deer", 0, 5123456789015, "", "Low", "shopify_draft_order", "",
  ],
];

/** WooCommerce order export (a common order-export plugin's default columns, one row per line item). */
export const WOOCOMMERCE_ORDERS: unknown[][] = [
  [
    "Order Number", "Order Status", "Order Date", "Customer Note", "Billing First Name", "Billing Last Name", "Billing Email", "Billing Phone",
    "Payment Method Title", "Cart Discount", "Order Shipping", "Order Total", "Customer Email", "Item #", "Item Name", "Quantity", "SKU",
    "Item Cost", "Coupon Code",
  ],
  [1201, "Completed", "2025-06-01 10:22", "", "Anna", "Li", "anna.li@example.com", "+65 8123 4567", "Credit Card", 0, 5, 50, "anna.li@example.com", 1, "Hydrating Sheet Mask - 20 pack", 1, "MASK-20", 45, ""],
  [1202, "Processing", "2025-06-01 14:05", "Gift wrap please", "Ben", "Tan", "ben.tan@example.com", "+60 12 345 6789", "PayPal", 0, 0, 84.5, "ben@example.com", 1, "Niacinamide Serum 30ml", 1, "SERUM-30", 39.5, ""],
  [1203, "Refunded", "2025-06-02 09:00", "", "Cara", "Wong", "cara@example.com", "+852 9123 4567", "Credit Card", 0, 5, 44.5, "cara@example.com", 1, "Niacinamide Serum 30ml", 1, "SERUM-30", 39.5, ""],
  [1204, "Completed", "2025-06-03 19:30", "", "Anna", "Li", "anna.li@example.com", "+65 8123 4567", "Credit Card", 10, 0, 80, "anna.li@example.com", 1, "Hydrating Sheet Mask - 20 pack", 2, "MASK-20", 45, "SUMMER10"],
];

/** A hand-combined ad sheet: daily spend per channel and campaign, with the platforms' metrics. */
export const AD_SPEND_CN: unknown[][] = [
  ["日期", "计划名称", "渠道", "花费", "展现量", "点击量", "点击率", "平均点击花费", "成交金额", "投入产出比"],
  ["2025-06-01", "面膜-搜索-核心词", "直通车", "1,250.40", 48210, 1302, "2.70%", "0.96", "4,120.00", "3.29"],
  ["2025-06-01", "人群-拉新", "万相台", "2,080.00", 91500, 1850, "2.02%", "1.12", "5,230.50", "2.51"],
  ["2025-06-01", "朋友圈-夏季", "腾讯广告", "3,300.00", 180200, 2210, "1.23%", "1.49", "2,970.00", "0.90"],
  ["2025-06-02", "面膜-搜索-核心词", "直通车", "1,180.20", 46020, 1251, "2.72%", "0.94", "3,986.40", "3.38"],
  ["2025-06-02", "人群-拉新", "万相台", "2,150.00", 93320, 1902, "2.04%", "1.13", "5,001.00", "2.33"],
  ["2025-06-02", "朋友圈-夏季", "腾讯广告", "3,280.00", 176900, 2188, "1.24%", "1.50", "2,890.00", "0.88"],
];

/** 直通车 report: one platform, so no channel column; the campaign name is all there is. */
export const ZHITONGCHE_REPORT: unknown[][] = [
  ["日期", "计划名称", "展现量", "点击量", "花费", "点击率", "平均点击花费", "总成交金额", "总成交笔数", "投入产出比"],
  ["2025-06-01", "面膜-搜索-核心词", 48210, 1302, "1250.40", "2.70%", "0.96", "4120.00", 33, "3.29"],
  ["2025-06-01", "精华-搜索-长尾词", 22105, 640, "610.80", "2.90%", "0.95", "1988.00", 16, "3.25"],
  ["2025-06-02", "面膜-搜索-核心词", 46020, 1251, "1180.20", "2.72%", "0.94", "3986.40", 31, "3.38"],
];

/** Google Ads campaign report (English, daily). */
export const GOOGLE_ADS_REPORT: unknown[][] = [
  ["Day", "Campaign", "Network", "Currency code", "Cost", "Impr.", "Clicks", "CTR", "Avg. CPC", "Conversions", "Conv. value"],
  ["2025-06-01", "Search - Brand", "Google Search", "USD", 120.55, 4120, 310, "7.52%", 0.39, 12, 612.4],
  ["2025-06-01", "PMax - Masks", "Cross-network", "USD", 260.1, 38210, 702, "1.84%", 0.37, 9, 455],
  ["2025-06-02", "Search - Brand", "Google Search", "USD", 118.2, 3988, 301, "7.55%", 0.39, 11, 580.1],
  ["2025-06-02", "PMax - Masks", "Cross-network", "USD", 255.75, 37004, 688, "1.86%", 0.37, 10, 498.75],
];

/** Shopify analytics: sessions by referrer, per day. */
export const SHOPIFY_TRAFFIC: unknown[][] = [
  ["Day", "Referrer source", "Referrer name", "Sessions"],
  ["2025-06-01", "Search", "Google", 812],
  ["2025-06-01", "Social", "Instagram", 455],
  ["2025-06-01", "Direct", "", 301],
  ["2025-06-02", "Search", "Google", 790],
  ["2025-06-02", "Social", "Facebook", 240],
];

/** The operator's cost sheet. */
export const COST_SHEET_CN: unknown[][] = [
  ["商家编码", "宝贝标题", "规格", "成本价", "供应商", "更新日期"],
  ["MASK-20", "玻尿酸补水保湿面膜 20片装", "20片", 32.5, "广州某化妆品厂", "2025-05-20"],
  ["SERUM-30", "烟酰胺美白精华液 30ml", "30ml", 28, "广州某化妆品厂", "2025-05-20"],
  ["CLEANSER-120", "氨基酸洁面乳 120g", "120g", 15.8, "上海某日化", "2025-04-02"],
  ["TONER-200", "积雪草舒缓爽肤水 200ml", "200ml", 21.2, "上海某日化", "2025-04-02"],
];

export const COST_SHEET_EN: unknown[][] = [
  ["SKU", "Product Name", "Variant", "Unit cost", "Supplier"],
  ["MASK-20", "Hydrating Sheet Mask", "20 pack", 3.6, "GZ Cosmetics"],
  ["SERUM-30", "Niacinamide Serum", "30ml", 4.1, "GZ Cosmetics"],
  ["CLEANSER-120", "Amino Acid Cleanser", "120g", 2.2, "SH Daily"],
];

const TITLES = ["玻尿酸补水保湿面膜 20片装", "烟酰胺美白精华液 30ml", "氨基酸洁面乳 120g", "积雪草舒缓爽肤水 200ml"];
const CHANNELS = ["手淘搜索", "直通车", "淘宝客", "腾讯广告"];
const BUYERS = ["tb8842195_2011", "小鹿酱2019", "sunny_小雨", "阿花爱护肤", "tb2231009", "momo_88", "清风徐来", "糖糖不吃糖", "tb77120345", "一只小熊"];

/** The columns of `handMadeOrders`, in order. */
export const HAND_MADE_ORDER_FIELDS = ["orderId", "buyer", "createdTime", "paidTime", "amount", "cost", "status", "quantity", "channel", "itemTitle"] as const;

/**
 * An operator's own order sheet of `count` rows (no header): ids, buyers who come back, order and
 * payment times as Excel date-times, amounts with cents, costs below them, statuses, quantities,
 * channels and titles, in `HAND_MADE_ORDER_FIELDS` order.
 */
export function handMadeOrders(count: number): unknown[][] {
  const rows: unknown[][] = [];
  for (let i = 0; i < count; i++) {
    const created = 45809 + i * 0.37 + 0.0123;
    const amount = Math.round((59.9 + (i % 7) * 20.5) * 100) / 100;
    rows.push([
      `30123456789${String(10_000_000 + i * 7919).padStart(8, "0")}`,
      `${BUYERS[i % BUYERS.length]}${Math.floor(i / BUYERS.length) % 4}`,
      created,
      created + 0.0009,
      amount,
      Math.round(amount * 40) / 100,
      i % 9 === 4 ? "交易关闭" : "交易成功",
      1 + (i % 3),
      CHANNELS[i % CHANNELS.length],
      TITLES[(i * 5) % TITLES.length],
    ]);
  }
  return rows;
}
