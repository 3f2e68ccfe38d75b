/**
 * The `EC.` functions of issue 14, what drove AOV and repurchase: FIRSTPRODUCT (repurchase of
 * first-time buyers by the item of their first order) and EXPERIMENT (an experiment's arms against
 * its control, with the minimum detectable effect). The review's sections end in the same engine
 * functions (src/review/first-product.ts, src/review/experiments.ts).
 */
import { CLOSED_STATUS, UNPAID_STATUS } from "../../engine/cells/read-columns";
import { DEFAULT_CONFIDENCE } from "../../engine/metrics/ab-test";
import { DEFAULT_POWER, armsOfRows, experimentResult } from "../../engine/metrics/experiment";
import { firstProductRepurchase, mainItemOfOrders } from "../../engine/metrics/first-product-repurchase";
import { metricError } from "../../engine/metric-error";
import { translate } from "../../i18n/messages";
import { cellLocation, firstMissing, readCounted, readDates, readKeys, readNumbers, readStatuses } from "../arguments";
import { toCellNumber, type ExcelScalar } from "../excel-values";
import { defineFunction } from "./function-entry";
import { groupOrders } from "./order-arguments";
import { header, label, need } from "./runner";


/** The order of each row (orders numbered by their first row, as `groupOrders` numbers them); −1 for a row of no order. */
function orderOfRows(ids: Int32Array, firstRow: Int32Array, idCount: number): Int32Array {
  const orderOfId = new Int32Array(idCount).fill(-1);
  const orderOfRow = new Int32Array(ids.length).fill(-1);
  for (let o = 0; o < firstRow.length; o++) {
    const row = firstRow[o];
    if (ids[row] >= 0) orderOfId[ids[row]] = o;
    else orderOfRow[row] = o;
  }
  for (let i = 0; i < ids.length; i++) if (ids[i] >= 0) orderOfRow[i] = orderOfId[ids[i]];
  return orderOfRow;
}

export const FIRSTPRODUCT = defineFunction({
  id: "FIRSTPRODUCT",
  exportName: "firstProductFunction",
  engine: "firstProductRepurchase",
  en: {
    description: "Repurchase by first product: for buyers whose first order falls between from and to, the repurchase rate (two or more orders in that window) per item of their first order, with its 95% Wilson interval. With order ids, rows sharing an order id count as one order, whose item is its largest line by amount (the first listed on a tie). Spills a table, most first-time buyers first.",
    result: "Item, first-time buyers, repeat buyers, repurchase rate, CI low, CI high.",
  },
  zh: {
    description: "按首购商品看复购：首单落在起止日期之间的新客，按首单商品分组，计算其在该时间范围内下单 2 次及以上的比例（复购率）及 95% Wilson 置信区间。给出订单编号时，订单编号相同的行算作一笔订单，其商品取金额最大的一行（金额相同取先列出的一行）。返回按新客数从多到少排列的表格。",
    result: "商品、新客数、复购人数、复购率、置信下限、置信上限。",
  },
  parameters: [
    { name: "buyers", kind: "keys", what: "what.buyers", en: "Buyer id of each row.", zh: { name: "买家", description: "每行的买家 ID。" } },
    {
      name: "dates", kind: "dates", what: "what.dates", en: "Order date of each row (payment time, else creation time).",
      zh: { name: "下单日期", description: "每行的订单日期（付款时间，没有则用创建时间）。" },
    },
    {
      name: "items", kind: "keys", what: "what.items", en: "Item of each row: the SKU (商家编码) or the item title.",
      zh: { name: "商品", description: "每行的商品：SKU（商家编码）或商品标题。" },
    },
    {
      name: "amounts", kind: "amounts", what: "what.amounts", optional: true,
      en: "Amount of each row: rows without an amount are not orders, and of an order's lines the largest is its item.",
      zh: { name: "金额", description: "每行的金额：没有金额的行不算订单；一笔订单的多行中金额最大的一行是其商品。" },
    },
    {
      name: "statuses", kind: "statuses", what: "what.statuses", optional: true,
      en: "Order statuses; closed and refunded orders (and lines) are left out.",
      zh: { name: "订单状态", description: "订单状态；交易关闭、已退款的订单（及商品行）不计入。" },
    },
    {
      name: "from", kind: "date", what: "what.from", optional: true,
      en: "First day of the window (default: the earliest order).", zh: { name: "起始日期", description: "时间范围的第一天（默认最早的订单）。" },
    },
    {
      name: "to", kind: "date", what: "what.to", optional: true,
      en: "Last day of the window, included (default: the latest order).", zh: { name: "截止日期", description: "时间范围的最后一天，含当天（默认最晚的订单）。" },
    },
    {
      name: "orderIds", kind: "orderIds", what: "what.orderIds", optional: true,
      en: "Order id of each row: rows sharing an order id are one order (line items); a blank id makes the row an order of its own.",
      zh: { name: "订单编号", description: "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行）；订单编号为空的行各自算一笔订单。" },
    },
  ],
  align: [["buyers", "dates", "items", "amounts", "statuses", "orderIds"]],
  example: {
    formula: "=EC.FIRSTPRODUCT(B2:B5001, C2:C5001, F2:F5001, D2:D5001, E2:E5001, DATE(2025,6,1), DATE(2025,10,31), A2:A5001)",
    result: "a table: each first item with its first-time buyers, how many came back, the repurchase rate and its 95% interval",
    resultZh: "表格：每个首购商品的新客数、复购人数、复购率及其 95% 置信区间",
  },
  errors: ["argument.noFirstTimeBuyers", "cell.missingDate", "cell.missingBuyer"],
  compute: ({ buyers, dates, items, amounts, statuses, from, to, orderIds }, locale) => {
    const buyerKeys = need(readKeys(buyers));
    const itemKeys = need(readKeys(items));
    const serials = need(readDates(dates));
    const values = amounts === undefined ? undefined : need(readNumbers(amounts));
    let buyerOf = buyerKeys.codes;
    let dateOf = serials;
    let itemOf = itemKeys.codes;
    let amountOf = values;
    let counted: Uint8Array | undefined;
    let rowOf: Int32Array | undefined;
    if (orderIds !== undefined) {
      const orders = groupOrders(orderIds, statuses, { buyers: buyerKeys.codes, dates: serials, amounts: values });
      const ids = need(readKeys(orderIds));
      const verdicts = need(readStatuses(statuses));
      const lineCounted = new Uint8Array(ids.codes.length);
      for (let i = 0; i < lineCounted.length; i++) lineCounted[i] = verdicts !== undefined && (verdicts[i] === CLOSED_STATUS || verdicts[i] === UNPAID_STATUS) ? 0 : 1;
      itemOf = mainItemOfOrders(orderOfRows(ids.codes, orders.firstRow, ids.names.length), itemKeys.codes, { orderCount: orders.length, amounts: values, counted: lineCounted });
      buyerOf = orders.buyer!;
      dateOf = orders.date!;
      amountOf = orders.amount ?? undefined;
      counted = orders.counted;
      rowOf = orders.firstRow;
    } else {
      counted = need(readCounted(statuses)) ?? new Uint8Array(buyerOf.length).fill(1);
    }
    // Orders are the entries with a buyer (and an amount, where amounts are given) that count.
    const entries = new Float64Array(buyerOf.length);
    for (let i = 0; i < entries.length; i++) entries[i] = amountOf !== undefined ? amountOf[i] : buyerOf[i] >= 0 ? 0 : NaN;
    need(firstMissing(entries, counted, (i) => dateOf[i] !== dateOf[i], dates, "cell.missingDate", rowOf));
    if (amountOf !== undefined) need(firstMissing(entries, counted, (i) => buyerOf[i] < 0, buyers, "cell.missingBuyer", rowOf));
    const isOrder = new Uint8Array(entries.length);
    for (let i = 0; i < entries.length; i++) isOrder[i] = entries[i] === entries[i] && counted[i] === 1 ? 1 : 0;
    const result = need(firstProductRepurchase(buyerOf, dateOf, itemOf, {
      counted: isOrder, from, to: to === undefined ? undefined : Math.floor(to) + 1, buyerCount: buyerKeys.names.length, itemCount: itemKeys.names.length,
    }));
    const table: ExcelScalar[][] = [header(locale, ["label.item", "label.firstTimeBuyers", "label.repeatBuyers", "label.repurchaseRate", "label.ciLow", "label.ciHigh"])];
    for (const row of result.items) {
      table.push([itemKeys.names[row.item], row.firstBuyers, row.repeatBuyers, toCellNumber(row.rate, locale), toCellNumber(row.ciLow, locale), toCellNumber(row.ciHigh, locale)]);
    }
    return table;
  },
});

export const EXPERIMENT = defineFunction({
  id: "EXPERIMENT",
  exportName: "experimentFunction",
  engine: "experimentResult",
  en: {
    description: "An experiment of two or more arms: each arm's conversion with its Wilson interval, and against the control (the arm named control, 对照 or A, else the first) the lift with its interval, the pooled z-test's z and p-value, and the minimum detectable effect at 80% power, MDE = (z₁₋α/₂ + z₀.₈) × √(p(1−p)(1/n₁+1/n₂)), with a warning when the lift is not significant or below the MDE. Rows of one arm are added up. Spills a table.",
    result: "Arm, visitors, conversions, conversion, CI low, CI high, revenue per visitor, lift, lift CI low, lift CI high, z, p-value, significant, MDE (points), MDE (relative), warning.",
  },
  zh: {
    description: "两组及以上的实验：各组转化率及其 Wilson 区间；与对照组（名为 control、对照或 A 的组，否则第一组）相比的提升及其区间、合并方差 z 检验的 z 值和 p 值，以及 80% 功效下的最小可检测差 MDE = (z₁₋α/₂ + z₀.₈) × √(p(1−p)(1/n₁+1/n₂))；提升不显著或低于 MDE 时给出提示。同一组的多行相加。返回表格。",
    result: "组别、访客数、转化数、转化率、置信下限、置信上限、访客价值、提升、提升置信下限、提升置信上限、z、p 值、是否显著、最小可检测差（百分点）、最小可检测提升、提示。",
  },
  parameters: [
    { name: "arms", kind: "keys", what: "what.arms", en: "Arm (group, variant) of each row: 对照组, A, B …", zh: { name: "组别", description: "每行的组别（分组、版本）：对照组、A、B……" } },
    { name: "visitors", kind: "numbers", what: "what.armVisitors", en: "Visitors (users exposed) of each row.", zh: { name: "访客数", description: "每行的访客数（曝光人数）。" } },
    { name: "conversions", kind: "numbers", what: "what.armConversions", en: "Conversions (paying buyers) of each row.", zh: { name: "转化数", description: "每行的转化数（支付买家数）。" } },
    {
      name: "revenue", kind: "numbers", what: "what.armRevenue", optional: true, en: "Revenue of each row, for revenue per visitor.",
      zh: { name: "成交金额", description: "每行的成交金额，用于计算访客价值。" },
    },
    {
      name: "confidence", kind: "number", what: "what.confidence", optional: true, default: DEFAULT_CONFIDENCE,
      en: `Confidence level (default ${DEFAULT_CONFIDENCE}); the significance level is 1 − confidence.`,
      zh: { name: "置信水平", description: `置信水平（默认 ${DEFAULT_CONFIDENCE}）；显著性水平为 1 − 置信水平。` },
    },
    {
      name: "power", kind: "number", what: "what.power", optional: true, default: DEFAULT_POWER,
      en: `Power of the minimum detectable effect (default ${DEFAULT_POWER}).`, zh: { name: "功效", description: `最小可检测差的检验功效（默认 ${DEFAULT_POWER}）。` },
    },
  ],
  align: [["arms", "visitors", "conversions", "revenue"]],
  example: {
    formula: "=EC.EXPERIMENT(B2:B3, C2:C3, D2:D3, E2:E3)",
    result: "with A 200/10,000 and B 250/10,000: B's lift +25%, z 2.384, p 0.0171, MDE 27.7%, warned: below the MDE",
    resultZh: "A 组 200/10,000、B 组 250/10,000 时：B 提升 +25%，z 2.384，p 0.0171，最小可检测提升 27.7%，提示：低于最小可检测提升",
  },
  errors: [
    "argument.fewArms", "argument.negativeArm", "argument.armWithoutVisitors", "argument.armConversionsAboveVisitors", "cell.missingArmFigure",
    { key: "argument.outOfRange", en: "The confidence level or the power is not between 0 and 1 (0.95 is 95%).", zh: "置信水平或功效不在 0 与 1 之间（0.95 即 95%）。" },
    "result.notFinite",
  ],
  compute: ({ arms, visitors, conversions, revenue, confidence, power }, locale) => {
    const armKeys = need(readKeys(arms));
    const rows = armsOfRows(armKeys.codes, armKeys.names, need(readNumbers(visitors)), need(readNumbers(conversions)), { revenue: revenue === undefined ? undefined : need(readNumbers(revenue)) });
    if ("incompleteRow" in rows) return metricError("VALUE", "cell.missingArmFigure", cellLocation(visitors, rows.incompleteRow));
    const results = need(experimentResult(rows.arms, { confidence, power }));
    const n = (value: number | null | undefined): ExcelScalar => (value === null || value === undefined ? "" : toCellNumber(value, locale));
    const table: ExcelScalar[][] = [header(locale, [
      "label.arm", "label.visitors", "label.conversions", "label.conversionRate", "label.ciLow", "label.ciHigh", "label.revenuePerVisitor",
      "label.lift", "label.liftCiLow", "label.liftCiHigh", "label.z", "label.pValue", "label.significant", "label.mde", "label.mdeRelative", "label.warning",
    ])];
    for (const arm of results) {
      const c = arm.comparison;
      const warning = arm.isControl ? label(locale, "label.control")
        : c === null ? (arm.comparisonError === null ? "" : translate(locale, arm.comparisonError.key, arm.comparisonError.params))
          : c.warning === null ? "" : label(locale, `label.warning.${c.warning}`);
      table.push([
        arm.name, n(arm.visitors), n(arm.conversions), n(arm.rate), n(arm.rateLow), n(arm.rateHigh), n(arm.revenuePerVisitor),
        n(c?.lift), n(c?.ciLow), n(c?.ciHigh), n(c?.z), n(c?.pValue), c === null ? "" : c.significant, n(c?.mdeAbsolute), n(c?.mdeRelative), warning,
      ]);
    }
    return table;
  },
});
