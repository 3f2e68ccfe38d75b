/**
 * The `EC.` functions over order rows: GMV, AOV, ORDERS, PRICEBANDS, REPURCHASE, RETENTION, RFM, CHANNELS.
 * Each takes order ids last: rows sharing an order id (the lines of one order) are one order.
 */
import { isMetricError } from "../../engine/metric-error";
import { monthLabel } from "../../engine/calendar";
import { aov, aovOfTotal, aovPerBuyer } from "../../engine/metrics/aov";
import { countOrders, gmv } from "../../engine/metrics/gmv";
import { DEFAULT_PRICE_BAND_EDGES, priceBands } from "../../engine/metrics/price-bands";
import { repurchaseRate } from "../../engine/metrics/repurchase-rate";
import { DEFAULT_RETENTION_MONTHS, MAX_RETENTION_MONTHS, cohortRetention } from "../../engine/metrics/cohort-retention";
import { rfm, summarizeRfm } from "../../engine/metrics/rfm";
import { channelTable } from "../../engine/metrics/channel-table";
import { firstMissing, readCounted, readKeys, readNumbers, sumNumbers } from "../arguments";
import { toCellNumber, type ExcelScalar } from "../excel-values";
import type { Locale } from "../../i18n/messages";
import { defineFunction, type ParameterSpec } from "./function-entry";
import { groupOrders, readOrderEntries } from "./order-arguments";
import { header, label, need } from "./runner";

/** Said of every function that takes order ids, in its description. */
const ONE_ORDER_EN = "With order ids, rows sharing an order id count as one order";
const ONE_ORDER_ZH = "给出订单编号时，订单编号相同的行算作一笔订单";

const STATUSES = {
  name: "statuses", kind: "statuses", what: "what.statuses", optional: true,
  en: "Order statuses; closed and refunded orders are left out.",
  zh: { name: "订单状态", description: "订单状态；交易关闭、已退款的订单不计入。" },
} as const satisfies ParameterSpec;

const ORDER_IDS = {
  name: "orderIds", kind: "orderIds", what: "what.orderIds", optional: true,
  en: "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.",
  zh: {
    name: "订单编号",
    description: "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），订单金额为各行金额之和，或在每行重复、只写在首行的整单金额只取一次；订单编号为空的行各自算一笔订单。",
  },
} as const satisfies ParameterSpec;

const BUYER_IDS = {
  name: "buyers", kind: "keys", what: "what.buyers",
  en: "Buyer id of each order.",
  zh: { name: "买家", description: "每笔订单的买家 ID。" },
} as const satisfies ParameterSpec;


export const GMV = defineFunction({
  id: "GMV",
  exportName: "gmvFunction",
  engine: "gmv",
  en: {
    description: `GMV: the sum of the order amounts, leaving out closed, cancelled and refunded orders. ${ONE_ORDER_EN} and a repeated order total is taken once.`,
    result: "GMV, in the currency of the amounts.",
  },
  zh: {
    description: `成交总额：订单金额之和，不含交易关闭、已退款的订单。${ONE_ORDER_ZH}，重复的整单金额只计一次。`,
    result: "GMV，币种与订单金额相同。",
  },
  parameters: [
    {
      name: "amounts", kind: "amounts", what: "what.amounts",
      en: "Order amounts (paid amount per order). Currency text like ¥1,234 and 1.2万 is read.",
      zh: { name: "金额", description: "订单金额（每笔订单的实付金额），可识别 ¥1,234、1.2万 这样的文本。" },
    },
    {
      ...STATUSES,
      en: "Order statuses, row by row; 交易关闭, 退款成功, cancelled, refunded … are left out.",
      zh: { name: "订单状态", description: "订单状态，与金额逐行对应；交易关闭、退款成功、已取消等订单不计入。" },
    },
    ORDER_IDS,
  ],
  align: [["amounts", "statuses", "orderIds"]],
  example: {
    formula: "=EC.GMV(D2:D5001, E2:E5001, A2:A5001)",
    result: "the paid amounts of the counted orders, each order's amount once however many lines it has, e.g. 1,234,567.80",
    resultZh: "计入订单的实付金额之和，每笔订单无论有几行商品明细，金额只计一次，如 1,234,567.80",
  },
  errors: ["result.notFinite"],
  compute: ({ amounts, statuses, orderIds }) => {
    if (orderIds !== undefined) {
      const orders = groupOrders(orderIds, statuses, { amounts: need(readNumbers(amounts)) });
      return gmv(orders.amount!, { counted: orders.counted });
    }
    const counted = readCounted(statuses);
    const sums = need(sumNumbers(amounts, isMetricError(counted) ? undefined : counted));
    need(counted);
    return sums.total;
  },
});

export const AOV = defineFunction({
  id: "AOV",
  exportName: "aovFunction",
  engine: "aovPerBuyer",
  en: {
    description: `AOV (客单价): GMV ÷ orders, or GMV ÷ distinct buyers when buyer ids are given. ${ONE_ORDER_EN}.`,
    result: "Average order value, or GMV per buyer.",
  },
  zh: {
    description: `客单价：GMV ÷ 订单数；给出买家 ID 时为 GMV ÷ 去重后的买家数。${ONE_ORDER_ZH}。`,
    result: "平均每单金额，或每位买家的成交额。",
  },
  parameters: [
    { name: "amounts", kind: "amounts", what: "what.amounts", en: "Order amounts.", zh: { name: "金额", description: "订单金额。" } },
    {
      name: "buyers", kind: "keys", what: "what.buyers", optional: true,
      en: "Buyer ids, row by row: the result is then GMV per distinct buyer (生意参谋's 客单价).",
      zh: { name: "买家", description: "买家 ID，与金额逐行对应；给出后结果为每位买家的成交额（生意参谋口径的客单价）。" },
    },
    STATUSES,
    ORDER_IDS,
  ],
  align: [["amounts", "buyers", "statuses", "orderIds"]],
  example: {
    formula: "=EC.AOV(D2:D5001, B2:B5001, E2:E5001, A2:A5001)",
    result: "GMV per distinct buyer, e.g. 186.40 (leave out the buyers for GMV per order)",
    resultZh: "每位买家（去重）的成交额，如 186.40（省略买家则为每单金额）",
  },
  errors: [
    { key: "argument.noOrders", en: "Without buyer ids: there is no counted order (every amount blank, or every order closed, cancelled or refunded).", zh: "未给出买家时：没有计入的订单（金额全部为空，或订单全部为交易关闭、已取消、已退款）。" },
    { key: "argument.noBuyers", en: "With buyer ids: no buyer has a counted order.", zh: "给出买家时：没有买家有计入的订单。" },
    "cell.missingBuyer",
    "result.notFinite",
  ],
  compute: ({ amounts, buyers, statuses, orderIds }) => {
    if (orderIds !== undefined) {
      const values = need(readNumbers(amounts));
      if (buyers === undefined) {
        const orders = groupOrders(orderIds, statuses, { amounts: values });
        return aov(orders.amount!, { counted: orders.counted });
      }
      const buyerKeys = need(readKeys(buyers));
      const orders = groupOrders(orderIds, statuses, { amounts: values, buyers: buyerKeys.codes });
      const buyerOf = orders.buyer!;
      need(firstMissing(orders.amount!, orders.counted, (o) => buyerOf[o] < 0, buyers, "cell.missingBuyer", orders.firstRow));
      return aovPerBuyer(orders.amount!, buyerOf, { counted: orders.counted, buyerCount: buyerKeys.names.length });
    }
    if (buyers === undefined) {
      // One pass over the amounts, nothing kept: a million rows in about the time of a plain loop.
      const counted = readCounted(statuses);
      const sums = need(sumNumbers(amounts, isMetricError(counted) ? undefined : counted));
      need(counted);
      return aovOfTotal(sums.total, sums.count);
    }
    const values = need(readNumbers(amounts));
    const counted = need(readCounted(statuses));
    const buyerKeys = need(readKeys(buyers));
    need(firstMissing(values, counted, (i) => buyerKeys.codes[i] < 0, buyers, "cell.missingBuyer"));
    return aovPerBuyer(values, buyerKeys.codes, { counted, buyerCount: buyerKeys.names.length });
  },
});

export const ORDERS = defineFunction({
  id: "ORDERS",
  exportName: "ordersFunction",
  engine: "countOrders",
  en: {
    description: `Orders: the number of orders with an amount, leaving out closed, cancelled and refunded orders. ${ONE_ORDER_EN}, so an order of three lines is one order.`,
    result: "The number of counted orders: EC.GMV ÷ EC.ORDERS is EC.AOV.",
  },
  zh: {
    description: `订单数：有金额的订单笔数，不含交易关闭、已退款的订单。${ONE_ORDER_ZH}，三行商品明细的订单算一笔。`,
    result: "计入的订单笔数：EC.GMV ÷ EC.ORDERS 即 EC.AOV。",
  },
  parameters: [
    {
      name: "amounts", kind: "amounts", what: "what.amounts",
      en: "Order amounts: a row without an amount is not an order (a blank line under an order, a note row).",
      zh: { name: "金额", description: "订单金额：没有金额的行不算订单（订单下的空行、备注行）。" },
    },
    STATUSES,
    ORDER_IDS,
  ],
  align: [["amounts", "statuses", "orderIds"]],
  example: {
    formula: "=EC.ORDERS(D2:D5001, E2:E5001, A2:A5001)",
    result: "the number of counted orders, each order once however many lines it has, e.g. 6,624",
    resultZh: "计入的订单笔数，每笔订单无论有几行商品明细只计一笔，如 6,624",
  },
  errors: [],
  compute: ({ amounts, statuses, orderIds }) => {
    const values = need(readNumbers(amounts));
    if (orderIds !== undefined) {
      const orders = groupOrders(orderIds, statuses, { amounts: values });
      return countOrders(orders.amount!, { counted: orders.counted });
    }
    return countOrders(values, { counted: need(readCounted(statuses)) });
  },
});

export const PRICEBANDS = defineFunction({
  id: "PRICEBANDS",
  exportName: "priceBandsFunction",
  engine: "priceBands",
  en: {
    description: `Orders and GMV per order-amount band with their shares; spills a table with a header row. ${ONE_ORDER_EN}, banded by the order's amount.`,
    result: "Band, orders, order share, GMV, GMV share.",
  },
  zh: {
    description: `按订单金额划分价格带，统计各价格带的订单数、GMV 及占比，返回带表头的表格。${ONE_ORDER_ZH}，按整单金额划分价格带。`,
    result: "价格带、订单数、订单占比、GMV、GMV 占比。",
  },
  parameters: [
    { name: "amounts", kind: "amounts", what: "what.amounts", en: "Order amounts.", zh: { name: "金额", description: "订单金额。" } },
    {
      name: "edges", kind: "list", what: "what.edges", optional: true,
      en: `Band edges, increasing (default ${DEFAULT_PRICE_BAND_EDGES.join(", ")}).`,
      zh: { name: "分界点", description: `价格带分界点，须递增（默认 ${DEFAULT_PRICE_BAND_EDGES.join("、")}）。` },
    },
    STATUSES,
    ORDER_IDS,
  ],
  align: [["amounts", "statuses", "orderIds"]],
  example: {
    formula: "=EC.PRICEBANDS(D2:D5001, {50,100,200,500}, E2:E5001, A2:A5001)",
    result: "a table: band, orders, order share, GMV, GMV share",
    resultZh: "一张表：价格带、订单数、订单占比、GMV、GMV 占比",
  },
  errors: [
    { key: "argument.edgesNotIncreasing", en: "The band edges are not positive and increasing ({50,100,200} is; {100,50} is not).", zh: "价格带分界点不是正数或没有递增（{50,100,200} 可以，{100,50} 不行）。" },
    "argument.noOrders",
    "result.notFinite",
  ],
  compute: ({ amounts, edges, statuses, orderIds }, locale) => {
    // A range of blank cells is an edges argument not filled in yet, as a single blank cell is.
    const edgeValues = edges.length > 0 ? edges : DEFAULT_PRICE_BAND_EDGES;
    const values = need(readNumbers(amounts));
    const orders = orderIds === undefined ? undefined : groupOrders(orderIds, statuses, { amounts: values });
    const counted = orders === undefined ? need(readCounted(statuses)) : orders.counted;
    const bands = need(priceBands(orders === undefined ? values : orders.amount!, { edges: edgeValues, counted }));
    const table: ExcelScalar[][] = [header(locale, ["label.band", "label.orders", "label.orderShare", "label.gmv", "label.gmvShare"])];
    for (const band of bands) {
      const name = band.low === null ? label(locale, "label.under", { edge: band.high ?? 0 })
        : band.high === null ? label(locale, "label.atLeast", { edge: band.low })
          : label(locale, "label.between", { low: band.low, high: band.high });
      table.push([name, band.orders, toCellNumber(band.orderShare, locale), toCellNumber(band.gmv, locale), toCellNumber(band.gmvShare, locale)]);
    }
    return table;
  },
});

export const REPURCHASE = defineFunction({
  id: "REPURCHASE",
  exportName: "repurchaseFunction",
  engine: "repurchaseRate",
  en: {
    description: `Repurchase rate (复购率): buyers with two or more orders ÷ buyers with one or more. ${ONE_ORDER_EN}.`,
    result: "Repurchase rate as a fraction (0.18 = 18%).",
  },
  zh: {
    description: `复购率：下单 2 次及以上的买家数 ÷ 下单 1 次及以上的买家数。${ONE_ORDER_ZH}。`,
    result: "复购率，以小数表示（0.18 即 18%）。",
  },
  parameters: [
    BUYER_IDS,
    {
      name: "amounts", kind: "amounts", what: "what.amounts", optional: true,
      en: "Order amounts, row by row: rows without an amount are not orders.",
      zh: { name: "金额", description: "订单金额，与买家逐行对应；没有金额的行不算订单。" },
    },
    STATUSES,
    ORDER_IDS,
  ],
  align: [["buyers", "amounts", "statuses", "orderIds"]],
  example: {
    formula: "=EC.REPURCHASE(B2:B5001, D2:D5001, E2:E5001, A2:A5001)",
    result: "0.21: 21% of buyers placed two orders or more (the lines of one order are one order)",
    resultZh: "0.21：21% 的买家下单 2 次及以上（一笔订单的多行商品明细算一笔订单）",
  },
  errors: ["argument.noBuyers", "cell.missingBuyer"],
  compute: ({ buyers, amounts, statuses, orderIds }) => {
    const keys = need(readKeys(buyers));
    const values = amounts === undefined ? undefined : need(readNumbers(amounts));
    if (orderIds !== undefined) {
      const orders = groupOrders(orderIds, statuses, { buyers: keys.codes, amounts: values });
      const buyerOf = orders.buyer!;
      if (orders.amount !== null) need(firstMissing(orders.amount, orders.counted, (o) => buyerOf[o] < 0, buyers, "cell.missingBuyer", orders.firstRow));
      return need(repurchaseRate(buyerOf, { amounts: orders.amount ?? undefined, counted: orders.counted, buyerCount: keys.names.length })).rate;
    }
    const counted = need(readCounted(statuses));
    if (values !== undefined) need(firstMissing(values, counted, (i) => keys.codes[i] < 0, buyers, "cell.missingBuyer"));
    return need(repurchaseRate(keys.codes, { amounts: values, counted, buyerCount: keys.names.length })).rate;
  },
});

export const RETENTION = defineFunction({
  id: "RETENTION",
  exportName: "retentionFunction",
  engine: "cohortRetention",
  en: {
    description: `Monthly cohort retention: buyers grouped by the month of their first order; for each later month, the share who ordered again. Spills a matrix. ${ONE_ORDER_EN}.`,
    result: "Cohort month, buyers, then the share retained in month 0, 1, 2 …; months not yet reached stay blank.",
  },
  zh: {
    description: `按月同期群留存：按首购月份给买家分组，计算此后每个月再次下单的比例，返回矩阵。${ONE_ORDER_ZH}。`,
    result: "首购月、买家数，以及第 0、1、2 … 月的留存比例；尚未到来的月份留空。",
  },
  parameters: [
    BUYER_IDS,
    {
      name: "dates", kind: "dates", what: "what.dates",
      en: "Order date of each order (date, date-time or text such as 2025/6/1 10:22).",
      zh: { name: "下单日期", description: "每笔订单的下单日期（日期、日期时间，或 2025/6/1 10:22 这样的文本）。" },
    },
    STATUSES,
    {
      name: "months", kind: "number", what: "what.months", optional: true, default: DEFAULT_RETENTION_MONTHS, limits: { min: 0, max: MAX_RETENTION_MONTHS },
      en: `Months after the first to show (default ${DEFAULT_RETENTION_MONTHS}, at most ${MAX_RETENTION_MONTHS}).`,
      zh: { name: "月数", description: `首购之后显示的月数（默认 ${DEFAULT_RETENTION_MONTHS}，最多 ${MAX_RETENTION_MONTHS}）。` },
    },
    ORDER_IDS,
  ],
  align: [["buyers", "dates", "statuses", "orderIds"]],
  example: {
    formula: "=EC.RETENTION(B2:B5001, C2:C5001, E2:E5001, 6, A2:A5001)",
    result: "a cohort matrix: first-order month, buyers, M0 … M6",
    resultZh: "同期群矩阵：首购月、买家数、M0 … M6",
  },
  errors: ["cell.missingDate", "argument.noDates"],
  compute: ({ buyers, dates, statuses, months, orderIds }, locale) => {
    const orders = readOrderEntries({ buyers, dates, statuses, orderIds });
    const cohorts = need(cohortRetention(orders.buyers, orders.dates, { counted: orders.counted, buyerCount: orders.buyerNames.length, months }));
    const width = Math.max(...cohorts.map((c) => c.retention.length));
    const head: ExcelScalar[] = header(locale, ["label.cohort", "label.buyers"]);
    for (let k = 0; k < width; k++) head.push(label(locale, "label.month", { k }));
    const table: ExcelScalar[][] = [head];
    for (const cohort of cohorts) {
      const row: ExcelScalar[] = [monthLabel(cohort.month), cohort.size];
      for (let k = 0; k < width; k++) row.push(k < cohort.retention.length ? cohort.retention[k] : "");
      table.push(row);
    }
    return table;
  },
});

export const RFM = defineFunction({
  id: "RFM",
  exportName: "rfmFunction",
  engine: "rfm",
  en: {
    description: `RFM segments: recency, frequency and monetary scores 1–5 per buyer and the segment name, or a summary per segment. ${ONE_ORDER_EN} (frequency counts orders).`,
    result: "Per buyer: buyer, recency (days), frequency, monetary, R, F, M, segment. Per segment: segment, buyers, buyer share, GMV, GMV share.",
  },
  zh: {
    description: `RFM 客户分层：每位买家的最近购买（R）、购买频次（F）、消费金额（M）1–5 分及分层名称，或按分层汇总。${ONE_ORDER_ZH}（购买频次按订单计）。`,
    result: "按买家：买家、最近购买（天）、购买频次、消费金额、R、F、M、客户分层。按分层：客户分层、买家数、买家占比、GMV、GMV 占比。",
  },
  parameters: [
    BUYER_IDS,
    { name: "dates", kind: "dates", what: "what.dates", en: "Order date of each order.", zh: { name: "下单日期", description: "每笔订单的下单日期。" } },
    { name: "amounts", kind: "amounts", what: "what.amounts", en: "Order amount of each order.", zh: { name: "金额", description: "每笔订单的金额。" } },
    {
      name: "asOf", kind: "date", what: "what.asOf", optional: true,
      en: "Reference date for recency (default: the latest order date).",
      zh: { name: "基准日期", description: "计算最近购买天数的基准日期（默认为最晚的下单日期）。" },
    },
    {
      name: "summary", kind: "boolean", optional: true,
      en: "TRUE for one row per segment (buyers, shares) instead of one row per buyer.",
      zh: { name: "汇总", description: "为 TRUE 时每个分层一行（买家数、占比），否则每位买家一行。" },
    },
    STATUSES,
    ORDER_IDS,
  ],
  align: [["buyers", "dates", "amounts", "statuses", "orderIds"]],
  example: {
    formula: "=EC.RFM(B2:B5001, C2:C5001, D2:D5001, , TRUE, E2:E5001, A2:A5001)",
    result: "one row per segment: buyers, buyer share, GMV, GMV share",
    resultZh: "每个分层一行：买家数、买家占比、GMV、GMV 占比",
  },
  errors: ["cell.missingBuyer", "cell.missingDate", "argument.noBuyers", "result.notFinite"],
  compute: ({ buyers, dates, amounts, asOf, summary, statuses, orderIds }, locale) => {
    const orders = readOrderEntries({ buyers, dates, amounts, statuses, orderIds });
    const scored = need(rfm(orders.buyers, orders.dates, orders.amounts, { counted: orders.counted, buyerCount: orders.buyerNames.length, asOf }));
    if (summary) {
      const table: ExcelScalar[][] = [header(locale, ["label.segment", "label.buyers", "label.buyerShare", "label.gmv", "label.gmvShare"])];
      for (const row of summarizeRfm(scored)) {
        table.push([label(locale, `segment.${row.segment}`), row.buyers, toCellNumber(row.buyerShare, locale), toCellNumber(row.gmv, locale), toCellNumber(row.gmvShare, locale)]);
      }
      return table;
    }
    const table: ExcelScalar[][] = [header(locale, ["label.buyer", "label.recencyDays", "label.frequency", "label.monetary", "label.r", "label.f", "label.m", "label.segment"])];
    for (const row of scored) {
      table.push([orders.buyerNames[row.buyer], row.recencyDays, row.frequency, toCellNumber(row.monetary, locale), row.r, row.f, row.m, label(locale, `segment.${row.segment}`)]);
    }
    return table;
  },
});

/** A number, or "" where a table cell has no meaning (ROI of a channel without spend). */
function tableNumber(value: number | null, locale: Locale): number | string | CustomFunctions.Error {
  return value === null ? "" : toCellNumber(value, locale);
}

export const CHANNELS = defineFunction({
  id: "CHANNELS",
  exportName: "channelsFunction",
  engine: "channelTable",
  en: {
    description: `The channel table: GMV, orders, spend, ROI, new buyers and cost per new buyer per channel. Spills a table with a header row. ${ONE_ORDER_EN}.`,
    result: "Channel, GMV, orders, spend, ROI, new buyers, cost per new buyer.",
  },
  zh: {
    description: `渠道表：各渠道的 GMV、订单数、花费、投产比、新客数和新客成本，返回带表头的表格。${ONE_ORDER_ZH}。`,
    result: "渠道、GMV、订单数、花费、投产比、新客数、新客成本。",
  },
  parameters: [
    { name: "channels", kind: "keys", what: "what.channels", en: "Channel (traffic source) of each order.", zh: { name: "渠道", description: "每笔订单的渠道（流量来源）。" } },
    { name: "amounts", kind: "amounts", what: "what.amounts", en: "Order amount of each order.", zh: { name: "金额", description: "每笔订单的金额。" } },
    BUYER_IDS,
    {
      name: "dates", kind: "dates", what: "what.dates",
      en: "Order date of each order (a buyer is new to the channel of their first order).",
      zh: { name: "下单日期", description: "每笔订单的下单日期（买家首单所在的渠道即其新客渠道）。" },
    },
    {
      name: "spendChannels", kind: "keys", what: "what.spendChannels", optional: true,
      en: "Channel of each ad spend row.", zh: { name: "花费渠道", description: "每条广告花费记录的渠道。" },
    },
    {
      name: "spendAmounts", kind: "amounts", what: "what.spendAmounts", optional: true,
      en: "Amount of each ad spend row.", zh: { name: "花费金额", description: "每条广告花费记录的金额。" },
    },
    STATUSES,
    ORDER_IDS,
  ],
  together: [["spendChannels", "spendAmounts"]],
  align: [["buyers", "dates", "amounts", "statuses", "channels", "orderIds"], ["spendChannels", "spendAmounts"]],
  example: {
    formula: "=EC.CHANNELS(F2:F5001, D2:D5001, B2:B5001, C2:C5001, 投放!B2:B31, 投放!C2:C31, E2:E5001, A2:A5001)",
    result: "a table per channel: GMV, orders, spend, ROI, new buyers, cost per new buyer",
    resultZh: "每个渠道一行：GMV、订单数、花费、投产比、新客数、新客成本",
  },
  errors: [
    "cell.missingBuyer",
    "cell.missingDate",
    "cell.missingChannel",
    "cell.missingSpendChannel",
    { key: "argument.noOrders", en: "There is no counted order and no spend is given.", zh: "没有计入的订单，也没有给出花费。" },
    "result.notFinite",
  ],
  compute: ({ channels, amounts, buyers, dates, spendChannels, spendAmounts, statuses, orderIds }, locale) => {
    const orders = readOrderEntries({ buyers, dates, amounts, statuses, orderIds, channels });
    let spend: { channels: (string | null)[]; amounts: Float64Array } | undefined;
    if (spendChannels !== undefined && spendAmounts !== undefined) {
      const spendKeys = need(readKeys(spendChannels));
      const spendValues = need(readNumbers(spendAmounts));
      // Spend without a channel would vanish from every ROI; it is refused like an order without one.
      need(firstMissing(spendValues, undefined, (i) => spendKeys.codes[i] < 0, spendChannels, "cell.missingSpendChannel"));
      spend = { channels: Array.from(spendKeys.codes, (code) => (code >= 0 ? spendKeys.names[code] : null)), amounts: spendValues };
    }
    const rows = need(channelTable(
      { amounts: orders.amounts, channels: orders.channels!, channelNames: orders.channelNames!, buyers: orders.buyers, dates: orders.dates, counted: orders.counted, buyerCount: orders.buyerNames.length },
      spend,
    ));
    const table: ExcelScalar[][] = [header(locale, [
      "label.channel", "label.gmv", "label.orders", "label.spend", "label.roi", "label.newBuyers", "label.costPerNewBuyer",
    ])];
    for (const row of rows) {
      table.push([row.channel, toCellNumber(row.gmv, locale), row.orders, toCellNumber(row.spend, locale), tableNumber(row.roi, locale), row.newBuyers, tableNumber(row.costPerNewBuyer, locale)]);
    }
    return table;
  },
});
