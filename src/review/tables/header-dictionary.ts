import type { FieldOf, TableKind } from "./table-fields";

/**
 * The headers of the exports operators download and of the sheets they make by hand, and which
 * field each one names. Data only: `match-header.ts` reads it. Headers are written as the exports
 * write them and compared after `normalizeHeader` (so `商品数量(件)` stands for `商品数量（件）` too).
 *
 * The number beside a header is how surely it names that field in that kind of table. Where an
 * export has several candidate columns the better one has the higher number: Taobao's order
 * export has 买家应付货款, 总金额 and 买家实际支付金额, and the review's amount is the paid one.
 *
 * Sources: Taobao/Tmall 千牛 订单报表 and 宝贝报表; 生意参谋 流量/来源 reports; 抖店 订单导出;
 * Pinduoduo 商家后台 订单导出; Shopify orders export; WooCommerce order exports; 直通车/万相台,
 * 巨量/千川, 腾讯广告, Meta and Google Ads reports; hand-made sheets.
 */
export type HeaderEntry = readonly [header: string, confidence: number];

export type HeaderEntries = { readonly [K in TableKind]: { readonly [F in FieldOf<K>]?: readonly HeaderEntry[] } };

const SKU: readonly HeaderEntry[] = [
  ["商家编码", 1], ["商品编码", 1], ["SKU", 1], ["SKU编码", 1], ["商家编码-SKU维度", 1], ["规格编码", 0.9], ["货号", 0.9],
  ["产品编码", 0.9], ["Lineitem sku", 1], ["Variant SKU", 1], ["商家编码-商品维度", 0.8], ["款号", 0.8], ["商品编号", 0.8],
  ["SKU ID", 0.8], ["Product Code", 0.9], ["Item Code", 0.9], ["外部系统编号", 0.7], ["商品ID", 0.6], ["Product ID", 0.6],
];

const ITEM_TITLE: readonly HeaderEntry[] = [
  ["宝贝标题", 1], ["商品名称", 1], ["商品标题", 1], ["宝贝名称", 1], ["产品名称", 1], ["商品名", 0.95], ["选购商品", 0.95],
  ["品名", 0.9], ["标题", 0.85], ["商品", 0.85], ["Lineitem name", 1], ["Item Name", 1], ["Product Name", 1], ["Product Title", 1],
  ["Item Title", 1], ["Product", 0.85], ["Title", 0.8], ["Item", 0.7], ["Name", 0.5],
];

const DAY: readonly HeaderEntry[] = [
  ["日期", 1], ["统计日期", 1], ["投放日期", 1], ["报表日期", 1], ["数据日期", 1], ["时间", 0.7], ["天", 0.7], ["Date", 1], ["Day", 1],
  ["Reporting starts", 0.9], ["Date Range", 0.6],
];

const MONTH: readonly HeaderEntry[] = [["月份", 1], ["统计月份", 1], ["年月", 1], ["月", 0.9], ["Month", 1], ["Year Month", 1]];

const TRAFFIC_SOURCE: readonly HeaderEntry[] = [
  ["流量来源", 1], ["来源", 1], ["来源名称", 1], ["来源渠道", 1], ["渠道", 1], ["流量渠道", 1], ["渠道来源", 1], ["访客来源", 1],
  ["Source", 1], ["Channel", 1], ["Traffic Source", 1], ["Referrer source", 0.9], ["Session source", 0.9], ["Source / Medium", 0.9],
];

export const HEADER_DICTIONARY: HeaderEntries = {
  orders: {
    orderId: [
      ["订单编号", 1], ["订单号", 1], ["主订单编号", 1], ["订单ID", 1], ["交易编号", 0.9], ["子订单编号", 0.85], ["订单编码", 0.9],
      ["Order Number", 1], ["Order ID", 1], ["Order No", 1], ["Order #", 1], ["Name", 0.8], ["Id", 0.5],
    ],
    buyer: [
      ["买家会员名", 1], ["买家昵称", 1], ["买家账号", 1], ["买家ID", 1], ["买家", 0.9], ["会员名", 1], ["会员", 0.85], ["会员ID", 1],
      ["用户ID", 1], ["用户昵称", 1], ["用户名", 0.8], ["客户ID", 1], ["客户", 0.9], ["客户名称", 0.9], ["顾客", 0.85],
      ["买家支付宝账号", 0.7], ["Customer ID", 1], ["Customer User ID", 0.95], ["Customer", 0.9], ["Customer Name", 0.8],
      ["Buyer", 0.9], ["Buyer ID", 1], ["Customer Email", 0.95], ["Email", 0.9], ["Billing Email", 0.8], ["Billing Name", 0.5],
    ],
    createdTime: [
      ["订单创建时间", 1], ["创建时间", 1], ["下单时间", 1], ["订单提交时间", 1], ["交易创建时间", 1], ["拍下时间", 0.95],
      ["提交时间", 0.9], ["订单时间", 0.85], ["下单日期", 0.9], ["成交时间", 0.8], ["Created at", 1], ["Order Date", 0.9],
      ["Date Created", 0.9], ["Created", 0.8], ["日期", 0.5], ["时间", 0.5], ["Date", 0.5],
    ],
    paidTime: [
      ["订单付款时间", 1], ["付款时间", 1], ["支付时间", 1], ["支付完成时间", 1], ["付款日期", 0.95], ["支付日期", 0.95],
      ["成团时间", 0.7], ["Paid at", 1], ["Paid Date", 1], ["Date Paid", 1], ["Payment Date", 0.9],
    ],
    amount: [
      ["买家实际支付金额", 1], ["实付金额", 1], ["实际支付金额", 1], ["用户实付金额", 1], ["订单实付金额", 1], ["实付款", 1],
      ["付款金额", 0.95], ["实付", 0.95], ["支付金额", 0.9], ["订单应付金额", 0.9], ["应付金额", 0.8], ["商家实收金额", 0.8],
      ["实收金额", 0.8], ["订单金额", 0.8], ["销售金额", 0.75], ["交易金额", 0.75], ["成交金额", 0.7], ["销售额", 0.7],
      ["买家应付货款", 0.65], ["金额", 0.6], ["总金额", 0.6], ["商品金额", 0.55], ["商品总价", 0.5], ["收入", 0.5],
      ["Order Total", 0.95], ["Order Total Amount", 0.95], ["Total", 0.9], ["Amount Paid", 0.95], ["Total Paid", 0.95],
      ["Amount", 0.6], ["GMV", 0.6], ["Revenue", 0.6], ["Sales", 0.6], ["Subtotal", 0.55], ["Order Subtotal", 0.55],
      ["Order Subtotal Amount", 0.55],
    ],
    cost: [
      ["成本", 1], ["订单成本", 1], ["商品成本", 0.95], ["总成本", 0.95], ["采购成本", 0.85], ["成本价", 0.8], ["进价", 0.6],
      ["Cost", 0.8], ["COGS", 0.9], ["Cost of goods", 0.9], ["Total Cost", 0.9],
    ],
    itemTitle: ITEM_TITLE,
    sku: SKU,
    quantity: [
      ["宝贝总数量", 1], ["购买数量", 1], ["商品数量", 1], ["宝贝数量", 1], ["商品件数", 1], ["数量", 1], ["件数", 0.9], ["销量", 0.7],
      ["Lineitem quantity", 1], ["Quantity", 1], ["Qty", 1], ["Item Quantity", 1], ["Quantity Ordered", 1],
    ],
    status: [
      ["订单状态", 1], ["交易状态", 1], ["状态", 0.8], ["支付状态", 0.8], ["Financial Status", 1], ["Order Status", 1],
      ["Payment Status", 0.9], ["Status", 0.8],
    ],
    channel: [
      ["流量来源", 1], ["渠道", 1], ["来源", 1], ["来源渠道", 1], ["订单来源", 1], ["流量渠道", 1], ["渠道来源", 1], ["销售渠道", 1],
      ["推广渠道", 0.9], ["流量类型", 0.8], ["广告渠道", 0.7], ["Source", 1], ["Channel", 1], ["Traffic Source", 1],
      ["Sales Channel", 1], ["Source Name", 0.9], ["utm_source", 0.9], ["Referring Site", 0.6],
    ],
    // Fulfilment and after-sales (issue 14): read for their own figures, never as the order's time or amount.
    shippedTime: [
      ["发货时间", 1], ["发货日期", 0.95], ["卖家发货时间", 1], ["Fulfilled at", 1], ["Shipped at", 1], ["Shipped Date", 0.95],
      ["Date Shipped", 0.95], ["Ship Date", 0.9], ["Shipping Date", 0.9],
    ],
    afterSales: [["售后状态", 1], ["退款状态", 0.9], ["售后类型", 0.7], ["Refund Status", 0.9], ["Return Status", 0.8]],
    refundAmount: [
      ["退款金额", 1], ["已退款金额", 1], ["退款总额", 1], ["Refunded Amount", 1], ["Refund Amount", 1], ["Total Refunded", 1],
      ["Order Refund", 0.9], ["Refunds", 0.8],
    ],
    experimentArm: [
      ["实验分组", 1], ["实验组别", 1], ["实验组", 0.95], ["AB分组", 1], ["A/B分组", 1], ["AB测试分组", 1], ["测试分组", 0.95],
      ["Experiment Variant", 1], ["AB Variant", 1], ["Experiment Group", 1], ["AB Group", 1], ["A/B Group", 1], ["Test Group", 0.95], ["Experiment Arm", 1],
    ],
  },
  adSpend: {
    date: DAY,
    month: MONTH,
    channel: [
      ["渠道", 1], ["推广渠道", 1], ["投放渠道", 1], ["广告渠道", 1], ["投放平台", 0.9], ["平台", 0.9], ["媒体", 0.9], ["推广工具", 0.9],
      ["推广产品", 0.8], ["来源", 0.8], ["流量来源", 0.8], ["账户", 0.6], ["Channel", 1], ["Platform", 1], ["Network", 0.8],
      ["Source", 0.8], ["Publisher platform", 0.9],
      // A campaign is not a channel, but where the sheet has nothing better the spend still needs a home.
      ["计划名称", 0.45], ["推广计划", 0.45], ["Campaign", 0.45], ["Campaign name", 0.45],
    ],
    spend: [
      ["花费", 1], ["消耗", 1], ["实际消耗", 1], ["总花费", 1], ["推广花费", 1], ["广告花费", 1], ["广告费", 0.95], ["推广费", 0.95],
      ["现金花费", 0.9], ["消耗金额", 1], ["投放金额", 0.85], ["Spend", 1], ["Amount spent", 1], ["Cost", 0.85], ["Ad spend", 1],
      ["金额", 0.4],
    ],
    impressions: [
      ["展现量", 1], ["展现数", 1], ["展示量", 1], ["展示数", 1], ["展示次数", 1], ["曝光量", 1], ["曝光数", 1], ["曝光", 0.9],
      ["Impressions", 1], ["Impr", 1],
    ],
    clicks: [["点击量", 1], ["点击数", 1], ["点击次数", 1], ["点击", 0.9], ["Clicks", 1], ["Link clicks", 0.9], ["Clicks (all)", 0.9]],
    attributedGmv: [
      ["成交金额", 1], ["总成交金额", 1], ["成交额", 1], ["转化金额", 0.9], ["直接成交金额", 0.85], ["支付金额", 0.85], ["支付GMV", 0.9],
      ["销售额", 0.8], ["GMV", 1], ["Purchase value", 1], ["Purchases conversion value", 1], ["Conversion value", 1],
      ["Conv value", 0.95], ["All conv value", 0.9], ["Revenue", 0.8],
    ],
  },
  traffic: {
    date: DAY,
    month: MONTH,
    channel: TRAFFIC_SOURCE,
    visitors: [
      ["访客数", 1], ["访客", 1], ["访客量", 1], ["UV", 1], ["访问人数", 0.9], ["进店人数", 0.8], ["Visitors", 1], ["Unique visitors", 1],
      ["Sessions", 0.9], ["Users", 0.8], ["流量", 0.6], ["人数", 0.5],
    ],
  },
  costs: {
    sku: SKU,
    itemTitle: ITEM_TITLE,
    unitCost: [
      ["成本", 1], ["成本价", 1], ["单位成本", 1], ["单件成本", 1], ["成本单价", 1], ["进价", 1], ["进货价", 1], ["采购价", 1],
      ["采购单价", 1], ["Unit cost", 1], ["Cost per item", 1], ["Cost", 0.9], ["Item cost", 0.6], ["COGS", 0.8],
    ],
  },
  // 千牛 宝贝报表: 订单编号, 标题, 价格, 购买数量, 外部系统编号, 商品属性, 套餐信息, 备注, 订单状态, 商家编码.
  items: {
    orderId: [
      ["订单编号", 1], ["主订单编号", 1], ["订单号", 1], ["订单ID", 1], ["交易编号", 0.9], ["订单编码", 0.9], ["Order ID", 1],
      ["Order Number", 1], ["Order No", 1], ["Order #", 1],
    ],
    itemTitle: ITEM_TITLE,
    sku: SKU,
    // Not 宝贝总数量: that is the order's count of items, on the order report.
    quantity: [
      ["购买数量", 1], ["数量", 1], ["商品数量", 1], ["宝贝数量", 1], ["商品件数", 0.95], ["件数", 0.9], ["Quantity", 1], ["Qty", 1],
      ["Lineitem quantity", 1], ["Item Quantity", 1],
    ],
    unitPrice: [
      ["价格", 0.9], ["单价", 1], ["商品单价", 1], ["宝贝单价", 1], ["销售单价", 1], ["成交单价", 0.95], ["售价", 0.9],
      ["Unit price", 1], ["Price", 0.9], ["Item Price", 1], ["Lineitem price", 1],
    ],
    lineAmount: [
      ["小计", 1], ["商品金额", 1], ["商品小计", 1], ["宝贝金额", 1], ["商品总价", 0.9], ["商品实付金额", 1], ["实付金额", 0.8],
      ["金额", 0.7], ["Line total", 1], ["Line amount", 1], ["Item total", 1], ["Lineitem total", 1], ["Total", 0.6],
    ],
    status: [
      ["订单状态", 1], ["交易状态", 1], ["退款状态", 1], ["售后状态", 0.9], ["状态", 0.8], ["Order Status", 1], ["Refund Status", 1],
      ["Status", 0.8],
    ],
  },
  // An experiment table as operators write it: 实验名称, 组别, 访客数, 转化数, 成交金额 (Experiment, Variant, Visitors, Conversions, Revenue).
  experiments: {
    experiment: [["实验名称", 1], ["实验", 1], ["实验ID", 0.9], ["测试名称", 0.9], ["Experiment", 1], ["Experiment name", 1], ["Test", 0.8], ["Test name", 0.9]],
    arm: [
      ["组别", 1], ["分组", 1], ["实验组", 0.9], ["版本", 0.9], ["实验分组", 1], ["方案", 0.8], ["Variant", 1], ["Arm", 1], ["Group", 0.9],
      ["Variation", 1], ["Bucket", 0.8],
    ],
    visitors: [["访客数", 1], ["曝光人数", 1], ["访问人数", 0.9], ["人数", 0.7], ["UV", 0.9], ["Visitors", 1], ["Users", 1], ["Sessions", 0.8], ["Exposures", 0.9]],
    conversions: [
      ["转化数", 1], ["支付买家数", 1], ["成交人数", 1], ["转化人数", 1], ["下单人数", 0.9], ["购买人数", 0.9], ["Conversions", 1], ["Converters", 1],
      ["Purchasers", 0.9], ["Orders", 0.7],
    ],
    revenue: [["成交金额", 1], ["支付金额", 1], ["销售额", 0.9], ["GMV", 0.9], ["Revenue", 1], ["Sales", 0.8]],
  },
  // Touchpoints (issue 15): one row per visit or ad click, as a site's analytics or a CDP exports them.
  touchpoints: {
    visitor: [
      ["访客ID", 1], ["访客id", 1], ["用户ID", 1], ["用户id", 1], ["买家会员名", 0.9], ["买家昵称", 0.9], ["会员ID", 0.9], ["客户ID", 0.9], ["OpenID", 0.9],
      ["Visitor ID", 1], ["User ID", 1], ["user_id", 1], ["Client ID", 1], ["client_id", 1], ["Customer ID", 0.9], ["user_pseudo_id", 1], ["Email", 0.7],
    ],
    touchTime: [
      ["访问时间", 1], ["点击时间", 1], ["触达时间", 1], ["触点时间", 1], ["浏览时间", 0.9], ["进店时间", 0.9], ["Visit time", 1], ["Click time", 1],
      ["Touch time", 1], ["Timestamp", 0.9], ["event_timestamp", 1], ["Event time", 1], ["Session start", 0.9],
    ],
    channel: [
      ["渠道", 1], ["来源", 1], ["流量来源", 1], ["来源渠道", 1], ["触点渠道", 1], ["访问来源", 1], ["广告渠道", 0.9], ["Channel", 1], ["Source", 1],
      ["Traffic Source", 1], ["utm_source", 0.9], ["Source / Medium", 0.9], ["Default channel group", 1], ["Session default channel group", 1],
    ],
  },
};

/**
 * Words a header may contain when it is none of the above (`订单实付金额(含运费)`, `客户编号`,
 * `Total Spend`), with a lower confidence. Consulted only for a header the dictionary does not
 * know; the column's contents must then bear the field out.
 */
export const HEADER_FRAGMENTS: HeaderEntries = {
  orders: {
    orderId: [["订单编号", 0.7], ["订单号", 0.7], ["订单id", 0.7], ["orderid", 0.6], ["ordernumber", 0.6], ["orderno", 0.6]],
    buyer: [["买家", 0.5], ["会员", 0.5], ["客户", 0.5], ["顾客", 0.5], ["用户id", 0.5], ["customer", 0.5], ["buyer", 0.5], ["email", 0.5]],
    createdTime: [["创建时间", 0.7], ["下单时间", 0.7], ["提交时间", 0.6], ["下单日期", 0.6], ["created", 0.6], ["orderdate", 0.6]],
    paidTime: [["付款时间", 0.7], ["支付时间", 0.7], ["付款日期", 0.6], ["支付日期", 0.6], ["paid", 0.5]],
    amount: [
      ["实付", 0.7], ["实际支付", 0.7], ["支付金额", 0.65], ["付款金额", 0.65], ["应付金额", 0.6], ["订单金额", 0.6], ["金额", 0.4],
      ["total", 0.4], ["amount", 0.4],
    ],
    cost: [["成本", 0.6], ["cost", 0.5]],
    itemTitle: [["标题", 0.6], ["商品名", 0.6], ["宝贝名", 0.6], ["品名", 0.5], ["title", 0.5], ["productname", 0.5], ["itemname", 0.5]],
    sku: [["sku", 0.6], ["编码", 0.5], ["货号", 0.6]],
    quantity: [["数量", 0.7], ["件数", 0.6], ["qty", 0.7], ["quantity", 0.7]],
    status: [["状态", 0.6], ["status", 0.6]],
    channel: [["来源", 0.6], ["渠道", 0.6], ["source", 0.5], ["channel", 0.6]],
  },
  adSpend: {
    date: [["日期", 0.6], ["date", 0.6]],
    month: [["月份", 0.7], ["month", 0.6]],
    channel: [["渠道", 0.6], ["平台", 0.5], ["channel", 0.6], ["platform", 0.5]],
    spend: [["花费", 0.7], ["消耗", 0.7], ["spend", 0.7], ["cost", 0.4]],
    impressions: [["展现", 0.7], ["展示", 0.6], ["曝光", 0.7], ["impression", 0.7]],
    clicks: [["点击量", 0.7], ["点击数", 0.7], ["点击次数", 0.7], ["clicks", 0.6]],
    attributedGmv: [["成交金额", 0.6], ["成交额", 0.6], ["gmv", 0.6], ["purchasevalue", 0.6], ["conversionvalue", 0.6], ["convvalue", 0.6]],
  },
  traffic: {
    date: [["日期", 0.6], ["date", 0.6]],
    month: [["月份", 0.7], ["month", 0.6]],
    channel: [["来源", 0.6], ["渠道", 0.6], ["source", 0.5], ["channel", 0.6]],
    visitors: [["访客", 0.7], ["uv", 0.6], ["visitor", 0.7], ["session", 0.6]],
  },
  costs: {
    sku: [["sku", 0.6], ["编码", 0.5], ["货号", 0.6]],
    itemTitle: [["标题", 0.6], ["商品名", 0.6], ["品名", 0.5], ["title", 0.5], ["productname", 0.5]],
    unitCost: [["成本", 0.6], ["进价", 0.6], ["采购价", 0.6], ["cost", 0.5]],
  },
  items: {
    orderId: [["订单编号", 0.7], ["订单号", 0.7], ["订单id", 0.7], ["orderid", 0.6], ["ordernumber", 0.6], ["orderno", 0.6]],
    itemTitle: [["标题", 0.6], ["商品名", 0.6], ["宝贝名", 0.6], ["品名", 0.5], ["title", 0.5], ["productname", 0.5], ["itemname", 0.5]],
    sku: [["sku", 0.6], ["编码", 0.5], ["货号", 0.6]],
    quantity: [["数量", 0.7], ["件数", 0.6], ["qty", 0.7], ["quantity", 0.7]],
    unitPrice: [["单价", 0.7], ["价格", 0.6], ["price", 0.6]],
    lineAmount: [["小计", 0.6], ["金额", 0.4], ["total", 0.4], ["amount", 0.4]],
    status: [["状态", 0.6], ["status", 0.6]],
  },
  experiments: {
    experiment: [["实验", 0.7], ["experiment", 0.7]],
    arm: [["组别", 0.7], ["分组", 0.7], ["variant", 0.7]],
    visitors: [["访客", 0.6], ["visitor", 0.6]],
    conversions: [["转化", 0.6], ["conversion", 0.6]],
    revenue: [["金额", 0.4], ["revenue", 0.6]],
  },
  touchpoints: {
    visitor: [["访客", 0.6], ["用户", 0.6], ["visitor", 0.6], ["user", 0.5]],
    touchTime: [["访问", 0.5], ["点击", 0.5], ["visit", 0.5], ["click", 0.5]],
    channel: [["渠道", 0.7], ["来源", 0.7], ["channel", 0.7], ["source", 0.6]],
  },
};

/**
 * Headers of the same exports that name none of our fields. Knowing them keeps their columns
 * away from content inference: 物流单号 looks like an order id, 联系手机 like a buyer, 运费 like an
 * amount, 达人昵称 (the influencer who sold the order) like a buyer, 点击率 contains the words of a
 * field it is not. (支付买家数 and Conversions name an experiment table's conversions; 发货时间,
 * 售后状态 and 退款金额 the order's shipping and after-sales fields.)
 */
export const IGNORED_HEADERS: readonly string[] = [
  // Taobao/Tmall 千牛 订单报表 and 宝贝报表
  "买家应付邮费", "买家支付积分", "返点积分", "买家实际支付积分", "买家留言", "收货人姓名", "收货地址", "运送方式", "联系电话", "联系手机",
  "宝贝种类", "物流单号", "物流公司", "订单备注", "店铺Id", "店铺名称", "订单关闭原因", "卖家服务费", "买家服务费", "发票抬头", "是否手机订单",
  "分阶段订单信息", "特权订金订单id", "是否代付", "修改后的sku", "修改后的收货地址", "异常信息", "天猫卡券抵扣", "集分宝抵扣",
  "确认收货时间", "打款商家金额", "支付单号", "支付详情", "商品属性", "套餐信息", "备注", "订单部分退款状态", "运费", "邮费", "是否上传合同照片", "是否上传小票", "定金排名", "预约门店",
  "含应开票给个人的个人红包", "是否信用购", "是否是O2O交易",
  // 抖店 订单导出
  "商品规格", "优惠总金额", "平台优惠", "商家优惠", "达人优惠", "支付优惠", "支付方式", "手续费", "收件人", "收件人手机号", "省", "市", "区",
  "街道", "详细地址", "是否修改过地址", "订单完成时间", "取消原因", "流量体裁", "达人ID", "达人昵称", "所属门店ID", "商家备注",
  "直播主题", "推广类型", "App渠道", "订单类型", "预约发货时间", "旗帜颜色",
  // Pinduoduo 订单导出
  "店铺优惠折扣", "平台优惠折扣", "多多支付立减金额", "身份证姓名", "身份证号码", "收货人", "手机", "是否蜂窝单", "样式ID", "快递单号",
  "快递公司", "承诺发货时间", "订单确认时间",
  // Shopify orders export
  "Fulfillment Status", "Accepts Marketing", "Currency", "Shipping", "Taxes", "Discount Code", "Discount Amount",
  "Shipping Method", "Lineitem compare at price", "Lineitem requires shipping", "Lineitem taxable",
  "Lineitem fulfillment status", "Lineitem discount", "Billing Street", "Billing Address1", "Billing Address2", "Billing Company",
  "Billing City", "Billing Zip", "Billing Province", "Billing Province Name", "Billing Country", "Billing Phone", "Shipping Name",
  "Shipping Street", "Shipping Address1", "Shipping Address2", "Shipping Company", "Shipping City", "Shipping Zip", "Shipping Province",
  "Shipping Province Name", "Shipping Country", "Shipping Phone", "Notes", "Note Attributes", "Cancelled at", "Payment Method",
  "Payment Reference", "Payment References", "Payment ID", "Payment Terms Name", "Next Payment Due At", "Vendor",
  "Outstanding Balance", "Employee", "Location", "Device ID", "Tags", "Risk Level", "Tax 1 Name", "Tax 1 Value", "Phone",
  "Receipt Number", "Duties",
  // WooCommerce order exports
  "Order Shipping", "Order Shipping Tax", "Cart Discount", "Order Discount", "Order Tax", "Order Currency", "Payment Method Title",
  "Shipping Method Title", "Billing First Name", "Billing Last Name", "Billing Address 1", "Billing Address 2", "Billing Postcode",
  "Billing State", "Shipping First Name", "Shipping Last Name", "Customer Note", "Item #", "Coupon Code",
  "Coupons Used",
  // ad platforms
  "点击率", "CTR", "点击转化率", "转化率", "CVR", "平均点击花费", "CPC", "千次展现花费", "CPM", "投入产出比", "ROI", "ROAS", "投产比",
  "成交笔数", "成交订单数", "订单数", "Purchases", "加购数", "收藏数", "计划ID", "单元名称", "Ad set name", "Ad name",
  "转化成本", "Cost per result", "Results", "Reach", "覆盖人数", "Reporting ends", "Currency code", "Avg CPC",
  "Conv rate", "Cost / conv",
  // 生意参谋 and shop analytics
  "浏览量", "PV", "支付转化率", "跳失率", "人均浏览量", "平均停留时长", "下单买家数", "下单转化率", "支付件数", "客单价",
  "新访客数", "老访客数", "UV价值", "关注店铺人数", "Pageviews", "Bounce rate", "Conversion rate", "Avg session duration",
  // Times of the order's later steps (shipping, delivery, receipt, completion, refund, cancellation):
  // never the order's time, though their dates look like order times. See also LATER_STEP_WORDS.
  "完成时间", "交易完成时间", "交易结束时间", "签收时间", "收货时间", "退款时间", "退款完成时间", "出库时间", "揽收时间",
  "Delivered at", "Delivery Date", "Date Delivered", "Closed at",
  "Refunded at", "Completed at", "Completed Date", "Date Completed",
  // sales ledgers ("Superstore"-style) and CRM columns: attributes of the customer or the shipment,
  // and a profit that is not a cost; their short repeated words look like channels and items.
  "Ship Mode", "Segment", "Customer Segment", "Region", "Market", "Country/Region", "Discount", "Profit", "利润", "毛利",
  "客户类型", "客户等级", "会员等级",
];

/**
 * Words of a header (after `normalizeHeader`) that name a later step of the order than its payment:
 * shipping, delivery, receipt, completion, refund, cancellation, closing. A header the dictionary
 * does not know that contains one of them (`Ship Date (UTC)`, `发货日期2`, `Shipped On`) is read as a
 * header of no field, as `IGNORED_HEADERS` are: its dates would otherwise be guessed to be the
 * order's time, and every order dated by its shipping.
 */
export const LATER_STEP_WORDS: readonly string[] = [
  "ship", "deliver", "fulfil", "refund", "cancel", "closed", "发货", "收货", "签收", "完成", "退款", "取消", "关闭", "退货", "出库", "揽收",
];

/**
 * Words that say a header names the payment or the creation itself even beside a later-step word
 * (`支付完成时间`, `完成付款日期`): such a header is not passed over by `LATER_STEP_WORDS`.
 */
export const ORDER_TIME_WORDS: readonly string[] = ["付款", "支付", "下单", "创建", "拍下", "paid", "payment", "created"];

/** Words of a sheet's name that hint at the kind of table it holds (`6月订单`, `推广花费`, `Traffic`). */
export const SHEET_NAME_HINTS: { readonly [K in TableKind]: readonly string[] } = {
  orders: ["订单", "销售明细", "交易明细", "order", "sales"],
  adSpend: ["广告", "推广", "投放", "花费", "消耗", "直通车", "万相台", "千川", "巨量", "ads", "adspend", "advert", "campaign", "marketing"],
  traffic: ["流量", "访客", "来源", "traffic", "visitor", "session", "analytics"],
  costs: ["成本", "进价", "采购", "cost", "cogs"],
  items: ["宝贝", "商品明细", "子订单", "lineitem", "items"],
  experiments: ["实验", "ab测试", "abtest", "experiment", "split test"],
  touchpoints: ["触点", "访问日志", "点击日志", "touchpoint", "touch", "clicks", "visits"],
};

/**
 * Amount headers that name the amount of one line (one item of an order), not the order's total:
 * an order's rows under such a header are summed even when they hold the same amount.
 * Compared after `normalizeHeader`.
 */
export const LINE_AMOUNT_HEADERS: readonly string[] = [
  "商品金额", "商品小计", "小计", "金额小计", "商品实付金额", "子订单金额", "子订单实付金额", "商品总价", "宝贝金额", "明细金额", "行金额",
  "Sales", "Line Total", "Line Amount", "Line Subtotal", "Item Total", "Item Subtotal", "Lineitem price", "Lineitem total", "Item Cost", "Item Amount",
];
