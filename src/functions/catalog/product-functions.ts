/**
 * The `EC.` functions over items and their prices, costs and stock: MARGIN, MARGINBAND,
 * PRICEFORMARGIN, SLOWMOVING. The per-item ones spill one result per item, shaped like the range.
 */
import { isMetricError, metricError } from "../../engine/metric-error";
import { grossMargin } from "../../engine/metrics/gross-margin";
import { DEFAULT_MARGIN_BAND, marginBandPosition } from "../../engine/metrics/margin-band";
import { priceForMargin } from "../../engine/metrics/price-for-margin";
import { DEFAULT_SLOW_MOVING_DAYS, stockCover } from "../../engine/metrics/stock-cover";
import { firstMissing, readNumbers, spillLike } from "../arguments";
import { toCell, toCellNumber, toExcelError, type ExcelScalar } from "../excel-values";
import { defineFunction } from "./function-entry";
import { label, need } from "./runner";

const percent = (fraction: number) => `${Math.round(fraction * 1000) / 10}%`;

export const MARGIN = defineFunction({
  id: "MARGIN",
  exportName: "marginFunction",
  engine: "grossMargin",
  en: { description: "Gross margin: (revenue − cost) ÷ revenue, over all rows (a revenue-weighted margin).", result: "Gross margin as a fraction (0.1 = 10%)." },
  zh: { description: "毛利率：(收入 − 成本) ÷ 收入，对所有行合并计算（即按收入加权）。", result: "毛利率，以小数表示（0.1 即 10%）。" },
  parameters: [
    { name: "revenue", kind: "amounts", what: "what.amounts", en: "Revenue (or price), one number or a range.", zh: { name: "收入", description: "收入（或售价），单个数字或一个区域。" } },
    { name: "cost", kind: "amounts", what: "what.costs", en: "Cost, one number or a range lined up with revenue.", zh: { name: "成本", description: "成本，单个数字或与收入逐行对应的区域。" } },
  ],
  align: [["revenue", "cost"]],
  example: {
    formula: "=EC.MARGIN(D2:D5001, G2:G5001)",
    result: "0.182, an 18.2% gross margin",
    resultZh: "0.182，即毛利率 18.2%",
  },
  errors: [
    "cell.missingCost",
    { key: "argument.zero", en: "The revenues add up to 0.", zh: "收入合计为 0。" },
    { key: "argument.negative", en: "The revenues add up to less than 0 (more refunded than sold): the margin's sign would mislead.", zh: "收入合计小于 0（退款多于销售）：毛利率的正负会误导。" },
    "result.notFinite",
  ],
  compute: ({ revenue, cost }) => {
    const revenueValues = need(readNumbers(revenue));
    const costValues = need(readNumbers(cost));
    need(firstMissing(revenueValues, undefined, (i) => costValues[i] !== costValues[i], cost, "cell.missingCost"));
    return grossMargin(revenueValues, costValues);
  },
});

export const MARGINBAND = defineFunction({
  id: "MARGINBAND",
  exportName: "marginBandFunction",
  engine: "marginBandPosition",
  en: {
    description: `Whether each item's margin is below, inside or above the band (default ${percent(DEFAULT_MARGIN_BAND.low)}–${percent(DEFAULT_MARGIN_BAND.high)}); spills one label per item, down a column or along a row.`,
    result: "below / inside / above for each row; blank rows stay blank.",
  },
  zh: {
    description: `逐件判断毛利率低于、处于还是高于区间（默认 ${percent(DEFAULT_MARGIN_BAND.low)}–${percent(DEFAULT_MARGIN_BAND.high)}），每件商品返回一个结果（向下或向右）。`,
    result: "每行为“低于区间”“区间内”或“高于区间”；空行保持空白。",
  },
  parameters: [
    { name: "price", kind: "amounts", what: "what.amounts", en: "Selling price per item (or revenue per row).", zh: { name: "售价", description: "每件商品的售价（或每行的收入）。" } },
    { name: "cost", kind: "amounts", what: "what.costs", en: "Cost per item, lined up with price.", zh: { name: "成本", description: "每件商品的成本，与售价逐行对应。" } },
    {
      name: "low", kind: "number", what: "what.low", optional: true, default: DEFAULT_MARGIN_BAND.low,
      en: `Lowest acceptable margin (default ${DEFAULT_MARGIN_BAND.low}).`, zh: { name: "下限", description: `可接受的最低毛利率（默认 ${DEFAULT_MARGIN_BAND.low}）。` },
    },
    {
      name: "high", kind: "number", what: "what.high", optional: true, default: DEFAULT_MARGIN_BAND.high,
      en: `Highest expected margin (default ${DEFAULT_MARGIN_BAND.high}).`, zh: { name: "上限", description: `预期的最高毛利率（默认 ${DEFAULT_MARGIN_BAND.high}）。` },
    },
  ],
  align: [["price", "cost"]],
  example: {
    formula: "=EC.MARGINBAND(D2:D5001, G2:G5001, 8%, 12%)",
    result: "below / inside / above, one label per row",
    resultZh: "每行一个结果：低于区间 / 区间内 / 高于区间",
  },
  errors: [
    { key: "argument.zero", en: "An item's price is 0: its row shows #DIV/0!, the other rows their label.", zh: "某件商品售价为 0：该行显示 #DIV/0!，其余行照常显示。" },
    "argument.marginBand",
  ],
  checkScalars: ({ low, high }) => (low > high ? metricError("NUM", "argument.marginBand", { low, high }) : null),
  compute: ({ price, cost, low, high }, locale) => {
    const prices = need(readNumbers(price));
    const costs = need(readNumbers(cost));
    const labels: ExcelScalar[] = [];
    for (let i = 0; i < prices.length; i++) {
      if (prices[i] !== prices[i] || costs[i] !== costs[i]) {
        labels.push("");
        continue;
      }
      const position = marginBandPosition(prices[i], costs[i], { low, high });
      labels.push(isMetricError(position) ? toExcelError(position, locale) : label(locale, `label.${position}`));
    }
    return spillLike(price, labels);
  },
});

export const PRICEFORMARGIN = defineFunction({
  id: "PRICEFORMARGIN",
  exportName: "priceForMarginFunction",
  engine: "priceForMargin",
  en: { description: "The selling price that gives a target gross margin: cost ÷ (1 − margin). Spills when cost is a range.", result: "The price for each cost." },
  zh: { description: "达到目标毛利率所需的售价：成本 ÷ (1 − 毛利率)。成本为区域时按区域方向（向下或向右）逐个返回。", result: "每个成本对应的售价。" },
  parameters: [
    { name: "cost", kind: "amounts", what: "what.costs", en: "Unit cost, one number or a column.", zh: { name: "成本", description: "单位成本，单个数字或一列。" } },
    {
      name: "margin", kind: "number", what: "what.targetMargin",
      en: "Target gross margin, e.g. 0.12 or 12%; negative to clear stock at a loss (-1.5%).",
      zh: { name: "毛利率", description: "目标毛利率，如 0.12 或 12%；亏本清仓时填负数（如 -1.5%）。" },
    },
  ],
  example: {
    formula: "=EC.PRICEFORMARGIN(G2:G20, 12%)",
    result: "100 for a cost of 88",
    resultZh: "成本为 88 时售价为 100",
  },
  errors: [
    { key: "argument.negative", en: "A cost is negative: its row shows #NUM!.", zh: "某个成本为负数：该行显示 #NUM!。" },
    { key: "argument.outOfRange", en: "The margin is 1 (100%) or more, or −1 (−100%) or less: no price gives it.", zh: "毛利率大于等于 1（100%）或小于等于 −1（−100%）：没有售价能达到。" },
    "result.notFinite",
  ],
  // An impossible margin is one error for the whole call, not one per cost (a cost of 0 is always valid).
  checkScalars: ({ margin }) => {
    const impossible = priceForMargin(0, margin);
    return isMetricError(impossible) ? impossible : null;
  },
  compute: ({ cost, margin }, locale) => {
    const costs = need(readNumbers(cost));
    const prices: ExcelScalar[] = [];
    for (let i = 0; i < costs.length; i++) prices.push(costs[i] !== costs[i] ? "" : toCell(priceForMargin(costs[i], margin), locale));
    return spillLike(cost, prices);
  },
});

export const SLOWMOVING = defineFunction({
  id: "SLOWMOVING",
  exportName: "slowMovingFunction",
  engine: "stockCover",
  en: {
    description: "Slow-moving stock: days of cover = stock ÷ average daily sales, flagged above a threshold. Spills two columns per row.",
    result: "Days of cover and TRUE when slow-moving, per item.",
  },
  zh: { description: "滞销库存：可售天数 = 库存 ÷ 日均销量，超过阈值即标记为滞销；每行返回两列。", result: "每件商品的可售天数；滞销时第二列为 TRUE。" },
  parameters: [
    { name: "stock", kind: "numbers", what: "what.stocks", en: "Units in stock per item.", zh: { name: "库存", description: "每件商品的库存数量。" } },
    { name: "unitsSold", kind: "numbers", what: "what.unitsSold", en: "Units sold per item over the period.", zh: { name: "销量", description: "每件商品在统计期内的销量。" } },
    { name: "days", kind: "number", what: "what.days", en: "Length of the period in days.", zh: { name: "天数", description: "统计期的天数。" } },
    {
      name: "thresholdDays", kind: "number", what: "what.threshold", optional: true, default: DEFAULT_SLOW_MOVING_DAYS,
      en: `Cover above this many days is slow-moving (default ${DEFAULT_SLOW_MOVING_DAYS}).`,
      zh: { name: "滞销天数", description: `可售天数超过该值即为滞销（默认 ${DEFAULT_SLOW_MOVING_DAYS}）。` },
    },
  ],
  align: [["stock", "unitsSold"]],
  example: {
    formula: "=EC.SLOWMOVING(H2:H200, I2:I200, 30, 90)",
    result: "days of cover and TRUE for slow-moving stock, per item",
    resultZh: "每件商品的可售天数，滞销时第二列为 TRUE",
  },
  errors: [
    { key: "argument.negative", en: "A stock or sales quantity, or the threshold, is negative.", zh: "库存、销量或滞销天数为负数。" },
    { key: "argument.outOfRange", en: "The period is 0 days or fewer.", zh: "统计期天数为 0 或更少。" },
    "result.notFinite",
  ],
  // The period and the threshold are checked once, even when every stock cell is blank.
  checkScalars: ({ days, thresholdDays }) => {
    const checked = stockCover(0, 0, days, { thresholdDays });
    return isMetricError(checked) ? checked : null;
  },
  compute: ({ stock, unitsSold, days, thresholdDays }, locale) => {
    const stockValues = need(readNumbers(stock));
    const soldValues = need(readNumbers(unitsSold));
    const rows: ExcelScalar[][] = [];
    for (let i = 0; i < stockValues.length; i++) {
      if (stockValues[i] !== stockValues[i]) {
        rows.push(["", ""]);
        continue;
      }
      const cover = need(stockCover(stockValues[i], soldValues[i] === soldValues[i] ? soldValues[i] : 0, days, { thresholdDays }));
      rows.push([cover.daysOfCover === null ? label(locale, "label.noSales") : toCellNumber(cover.daysOfCover, locale), cover.slowMoving]);
    }
    return rows.length === 0 ? [["", ""]] : rows;
  },
});
