/**
 * Chinese descriptions of the `EC.` custom functions, keyed by function id and parameter name as
 * they appear in the `functions.json` generated from the JSDoc of `functions.ts`.
 *
 * The build (scripts/localize-functions-metadata.mjs) copies the generated `functions.json` into
 * `functions.zh-CN.json`, replacing each description with the text below; the manifest points
 * Excel at that file for the zh-CN locale. Function and parameter names stay as they are.
 * `functions.zh-CN.test.ts` fails when a function or parameter has no entry here.
 *
 * This file must stay self-contained (type imports only): the build evaluates it outside webpack.
 */

/** The Chinese text of one custom function. */
export interface FunctionTranslation {
  /** Replaces the function's `description`. */
  readonly description: string;
  /** Parameter name → the Chinese text that replaces that parameter's `description`. */
  readonly parameters: Readonly<Record<string, string>>;
  /**
   * What the function returns. Excel's metadata has no place for it (the `result` object holds
   * only type and dimensionality), so it is not written to the JSON; it serves the function catalog.
   */
  readonly result?: string;
}

/** Function id → its Chinese text. */
export type FunctionTranslations = Readonly<Record<string, FunctionTranslation>>;

const STATUSES = "订单状态；交易关闭、已退款的订单不计入。";
const BUYER_IDS = "每笔订单的买家 ID。";
const ORDER_IDS = "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。";
/** Appended to the description of each function that takes order ids. */
const ONE_ORDER = "给出订单编号时，订单编号相同的行算作一笔订单";

export const functionsZhCN: FunctionTranslations = {
  GMV: {
    description: `成交总额：订单金额之和，不含交易关闭、已退款的订单。${ONE_ORDER}，重复的整单金额只计一次。`,
    parameters: {
      amounts: "订单金额（每笔订单的实付金额），可识别 ¥1,234、1.2万 这样的文本。",
      statuses: "订单状态，与金额逐行对应；交易关闭、退款成功、已取消等订单不计入。",
      orderIds: ORDER_IDS,
    },
    result: "GMV，币种与订单金额相同。",
  },
  AOV: {
    description: `客单价：GMV ÷ 订单数；给出买家 ID 时为 GMV ÷ 去重后的买家数。${ONE_ORDER}。`,
    parameters: {
      amounts: "订单金额。",
      buyers: "买家 ID，与金额逐行对应；给出后结果为每位买家的成交额（生意参谋口径的客单价）。",
      statuses: STATUSES,
      orderIds: ORDER_IDS,
    },
    result: "平均每单金额，或每位买家的成交额。",
  },
  MARGIN: {
    description: "毛利率：(收入 − 成本) ÷ 收入，对所有行合并计算（即按收入加权）。",
    parameters: {
      revenue: "收入（或售价），单个数字或一个区域。",
      cost: "成本，单个数字或与收入逐行对应的区域。",
    },
    result: "毛利率，以小数表示（0.1 即 10%）。",
  },
  MARGINBAND: {
    description: "逐件判断毛利率低于、处于还是高于区间（默认 8%–12%），每件商品返回一个结果（向下或向右）。",
    parameters: {
      price: "每件商品的售价（或每行的收入）。",
      cost: "每件商品的成本，与售价逐行对应。",
      low: "可接受的最低毛利率（默认 0.08）。",
      high: "预期的最高毛利率（默认 0.12）。",
    },
    result: "每行为“低于区间”“区间内”或“高于区间”；空行保持空白。",
  },
  PRICEFORMARGIN: {
    description: "达到目标毛利率所需的售价：成本 ÷ (1 − 毛利率)。成本为区域时按区域方向（向下或向右）逐个返回。",
    parameters: {
      cost: "单位成本，单个数字或一列。",
      margin: "目标毛利率，如 0.12 或 12%；亏本清仓时填负数（如 -1.5%）。",
    },
    result: "每个成本对应的售价。",
  },
  PRICEBANDS: {
    description: `按订单金额划分价格带，统计各价格带的订单数、GMV 及占比，返回带表头的表格。${ONE_ORDER}，按整单金额划分价格带。`,
    parameters: {
      amounts: "订单金额。",
      edges: "价格带分界点，须递增（默认 50、100、200、500）。",
      statuses: STATUSES,
      orderIds: ORDER_IDS,
    },
    result: "价格带、订单数、订单占比、GMV、GMV 占比。",
  },
  ROI: {
    description: "广告投产比：GMV ÷ 花费；“profit”模式为 (GMV × 毛利率 − 花费) ÷ 花费。",
    parameters: {
      gmv: "归因 GMV：单个数字或要求和的区域。",
      spend: "广告花费：单个数字或要求和的区域。",
      mode: "计算口径：\"gmv\"（默认，投产比）或 \"profit\"（利润口径）。",
      margin: "profit 模式使用的毛利率，如 0.3。",
    },
    result: "投产比（1.2 表示每花 ¥1 带来 ¥1.2）。",
  },
  CAC: {
    description: "新客成本：花费 ÷ 新客数。",
    parameters: {
      spend: "广告花费：单个数字或要求和的区域。",
      newBuyers: "新客数：单个数字或要求和的区域。",
    },
    result: "平均每位新客的花费。",
  },
  CONVERSION: {
    description: "转化率：支付买家数（或订单数）÷ 访客数。",
    parameters: {
      converters: "支付买家数，无买家数据时用订单数：单个数字或要求和的区域。",
      visitors: "访客数：单个数字或要求和的区域。",
    },
    result: "转化率，以小数表示（0.032 即 3.2%）。",
  },
  REPURCHASE: {
    description: `复购率：下单 2 次及以上的买家数 ÷ 下单 1 次及以上的买家数。${ONE_ORDER}。`,
    parameters: {
      buyers: BUYER_IDS,
      amounts: "订单金额，与买家逐行对应；没有金额的行不算订单。",
      statuses: STATUSES,
      orderIds: ORDER_IDS,
    },
    result: "复购率，以小数表示（0.18 即 18%）。",
  },
  RETENTION: {
    description: `按月同期群留存：按首购月份给买家分组，计算此后每个月再次下单的比例，返回矩阵。${ONE_ORDER}。`,
    parameters: {
      buyers: BUYER_IDS,
      dates: "每笔订单的下单日期（日期、日期时间，或 2025/6/1 10:22 这样的文本）。",
      statuses: STATUSES,
      months: "首购之后显示的月数（默认 12，最多 31）。",
      orderIds: ORDER_IDS,
    },
    result: "首购月、买家数，以及第 0、1、2 … 月的留存比例；尚未到来的月份留空。",
  },
  GROWTH: {
    description: "增长率：本期 ÷ 上期 − 1。给出两个等长区域时按区域方向（向下或向右）逐个返回增长率。",
    parameters: {
      current: "本期数值（或一列本期数值）。",
      previous: "上期数值（或一列上期数值）。",
    },
    result: "增长率，以小数表示（0.125 即 +12.5%）。",
  },
  ATTAINMENT: {
    description: "目标达成率：实际 ÷ 目标。给出两个等长区域时按区域方向（向下或向右）逐个返回达成率。",
    parameters: {
      actual: "实际值（或一列实际值）。",
      target: "目标值（或一列目标值）。",
    },
    result: "达成率，以小数表示（0.792 即 79.2%）。",
  },
  ABTEST: {
    description: "两组转化率的 A/B 检验（双比例 z 检验），返回提升幅度、置信下限、置信上限、p 值和是否显著。",
    parameters: {
      controlConversions: "对照组的转化数。",
      controlVisitors: "对照组的访客数。",
      treatmentConversions: "实验组的转化数。",
      treatmentVisitors: "实验组的访客数。",
      confidence: "置信水平（默认 0.95）。",
    },
    result: "一行表头加一行结果：提升幅度、置信下限、置信上限、p 值、是否显著（TRUE/FALSE）。",
  },
  RFM: {
    description: `RFM 客户分层：每位买家的最近购买（R）、购买频次（F）、消费金额（M）1–5 分及分层名称，或按分层汇总。${ONE_ORDER}（购买频次按订单计）。`,
    parameters: {
      buyers: BUYER_IDS,
      dates: "每笔订单的下单日期。",
      amounts: "每笔订单的金额。",
      asOf: "计算最近购买天数的基准日期（默认为最晚的下单日期）。",
      summary: "为 TRUE 时每个分层一行（买家数、占比），否则每位买家一行。",
      statuses: STATUSES,
      orderIds: ORDER_IDS,
    },
    result: "按买家：买家、最近购买（天）、购买频次、消费金额、R、F、M、客户分层。按分层：客户分层、买家数、买家占比、GMV、GMV 占比。",
  },
  SLOWMOVING: {
    description: "滞销库存：可售天数 = 库存 ÷ 日均销量，超过阈值即标记为滞销；每行返回两列。",
    parameters: {
      stock: "每件商品的库存数量。",
      unitsSold: "每件商品在统计期内的销量。",
      days: "统计期的天数。",
      thresholdDays: "可售天数超过该值即为滞销（默认 90）。",
    },
    result: "每件商品的可售天数；滞销时第二列为 TRUE。",
  },
  CHANNELS: {
    description: `渠道表：各渠道的 GMV、订单数、花费、投产比、新客数和新客成本，返回带表头的表格。${ONE_ORDER}。`,
    parameters: {
      channels: "每笔订单的渠道（流量来源）。",
      amounts: "每笔订单的金额。",
      buyers: BUYER_IDS,
      dates: "每笔订单的下单日期（买家首单所在的渠道即其新客渠道）。",
      spendChannels: "每条广告花费记录的渠道。",
      spendAmounts: "每条广告花费记录的金额。",
      statuses: STATUSES,
      orderIds: ORDER_IDS,
    },
    result: "渠道、GMV、订单数、花费、投产比、新客数、新客成本。",
  },
};
