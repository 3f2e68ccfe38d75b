/**
 * The `EC.` functions over totals and pairs of numbers: ROI, CAC, CONVERSION, GROWTH, ATTAINMENT,
 * ABTEST. GROWTH and ATTAINMENT also take two ranges and spill one result per pair of cells.
 */
import { metricError, type MetricError } from "../../engine/metric-error";
import { roi, type RoiMode } from "../../engine/metrics/roi";
import { costPerNewBuyer } from "../../engine/metrics/cac";
import { conversionRate } from "../../engine/metrics/conversion-rate";
import { growth } from "../../engine/metrics/growth";
import { attainment } from "../../engine/metrics/attainment";
import { DEFAULT_CONFIDENCE, abTest } from "../../engine/metrics/ab-test";
import type { Locale } from "../../i18n/messages";
import { readNumbers, spillLike, type RangeArgument } from "../arguments";
import { toCell, toCellNumber, type ExcelScalar } from "../excel-values";
import { defineFunction } from "./function-entry";
import { label, need } from "./runner";

const SUM_OR_NUMBER_EN = "one number or a range to sum.";
const SUM_OR_NUMBER_ZH = "单个数字或要求和的区域。";

export const ROI = defineFunction({
  id: "ROI",
  exportName: "roiFunction",
  engine: "roi",
  en: { description: "ROI of ad spend: GMV ÷ spend (投产比), or (GMV × margin − spend) ÷ spend in \"profit\" mode.", result: "ROI as a ratio (1.2 = ¥1.2 per ¥1 spent)." },
  zh: { description: "广告投产比：GMV ÷ 花费；“profit”模式为 (GMV × 毛利率 − 花费) ÷ 花费。", result: "投产比（1.2 表示每花 ¥1 带来 ¥1.2）。" },
  parameters: [
    { name: "gmv", kind: "total", what: "what.amounts", en: `Attributed GMV: ${SUM_OR_NUMBER_EN}`, zh: { name: "GMV", description: `归因 GMV：${SUM_OR_NUMBER_ZH}` } },
    { name: "spend", kind: "total", what: "what.spendAmounts", en: `Ad spend: ${SUM_OR_NUMBER_EN}`, zh: { name: "花费", description: `广告花费：${SUM_OR_NUMBER_ZH}` } },
    {
      name: "mode", kind: "text", optional: true, choices: ["gmv", "profit"] satisfies RoiMode[],
      en: "\"gmv\" (default) or \"profit\".", zh: { name: "口径", description: "计算口径：\"gmv\"（默认，投产比）或 \"profit\"（利润口径）。" },
    },
    { name: "margin", kind: "number", what: "what.margin", optional: true, en: "Gross margin for profit mode, e.g. 0.3.", zh: { name: "毛利率", description: "profit 模式使用的毛利率，如 0.3。" } },
  ],
  example: {
    formula: "=EC.ROI(90000, 投放!C2:C31)",
    result: "0.9: ¥0.9 of GMV per ¥1 spent",
    resultZh: "0.9：每花 ¥1 带来 ¥0.9 的 GMV",
  },
  errors: [
    { key: "argument.zero", en: "The spend adds up to 0.", zh: "花费合计为 0。" },
    { key: "argument.negative", en: "The spend adds up to less than 0.", zh: "花费合计小于 0。" },
    "argument.marginRequired",
    "result.notFinite",
  ],
  compute: ({ gmv, spend, mode, margin }) => roi(gmv, spend, { mode: mode as RoiMode, margin }),
});

export const CAC = defineFunction({
  id: "CAC",
  exportName: "cacFunction",
  engine: "costPerNewBuyer",
  en: { description: "Cost per new buyer (CAC): spend ÷ new buyers.", result: "Spend per new buyer." },
  zh: { description: "新客成本：花费 ÷ 新客数。", result: "平均每位新客的花费。" },
  parameters: [
    { name: "spend", kind: "total", what: "what.spendAmounts", en: `Ad spend: ${SUM_OR_NUMBER_EN}`, zh: { name: "花费", description: `广告花费：${SUM_OR_NUMBER_ZH}` } },
    { name: "newBuyers", kind: "total", what: "what.newBuyerCount", en: `Number of new buyers: ${SUM_OR_NUMBER_EN}`, zh: { name: "新客数", description: `新客数：${SUM_OR_NUMBER_ZH}` } },
  ],
  example: {
    formula: "=EC.CAC(3800, 100)",
    result: "38 per new buyer",
    resultZh: "每位新客 38",
  },
  errors: [
    { key: "argument.zero", en: "There are no new buyers (0).", zh: "新客数为 0。" },
    { key: "argument.negative", en: "The spend or the number of new buyers is negative.", zh: "花费或新客数为负数。" },
    "result.notFinite",
  ],
  compute: ({ spend, newBuyers }) => costPerNewBuyer(spend, newBuyers),
});

export const CONVERSION = defineFunction({
  id: "CONVERSION",
  exportName: "conversionFunction",
  engine: "conversionRate",
  en: { description: "Conversion rate: paying buyers (or orders) ÷ visitors.", result: "Conversion rate as a fraction (0.032 = 3.2%)." },
  zh: { description: "转化率：支付买家数（或订单数）÷ 访客数。", result: "转化率，以小数表示（0.032 即 3.2%）。" },
  parameters: [
    {
      name: "converters", kind: "total", what: "what.converters", en: `Paying buyers, or orders where buyers are unknown: ${SUM_OR_NUMBER_EN}`,
      zh: { name: "支付买家数", description: `支付买家数，无买家数据时用订单数：${SUM_OR_NUMBER_ZH}` },
    },
    { name: "visitors", kind: "total", what: "what.visitorTotal", en: `Visitors: ${SUM_OR_NUMBER_EN}`, zh: { name: "访客数", description: `访客数：${SUM_OR_NUMBER_ZH}` } },
  ],
  example: {
    formula: "=EC.CONVERSION(320, 10000)",
    result: "0.032, a 3.2% conversion rate",
    resultZh: "0.032，即转化率 3.2%",
  },
  errors: [
    { key: "argument.zero", en: "There are no visitors (0).", zh: "访客数为 0。" },
    { key: "argument.negative", en: "The paying buyers or the visitors are negative.", zh: "支付买家数或访客数为负数。" },
    "argument.visitorsBelowConversions",
    "result.notFinite",
  ],
  compute: ({ converters, visitors }) => conversionRate(converters, visitors),
});

/**
 * `compute` over two lined-up ranges: one number for two single cells, else one result per pair
 * of cells shaped like the first range ("" where either cell is blank).
 */
function pairwise(first: RangeArgument, second: RangeArgument, compute: (a: number, b: number) => number | MetricError, locale: Locale): number | MetricError | ExcelScalar[][] {
  const a = need(readNumbers(first));
  const b = need(readNumbers(second));
  if (a.length === 1) {
    if (a[0] !== a[0] || b[0] !== b[0]) return metricError("VALUE", "cell.notScalar", { what: a[0] !== a[0] ? first.what : second.what });
    return compute(a[0], b[0]);
  }
  const results: ExcelScalar[] = [];
  for (let i = 0; i < a.length; i++) results.push(a[i] !== a[i] || b[i] !== b[i] ? "" : toCell(compute(a[i], b[i]), locale));
  return spillLike(first, results);
}

export const GROWTH = defineFunction({
  id: "GROWTH",
  exportName: "growthFunction",
  engine: "growth",
  en: {
    description: "Growth: current ÷ previous − 1. With two ranges of equal length, spills one growth per cell, down a column or along a row.",
    result: "Growth as a fraction (0.125 = +12.5%).",
  },
  zh: { description: "增长率：本期 ÷ 上期 − 1。给出两个等长区域时按区域方向（向下或向右）逐个返回增长率。", result: "增长率，以小数表示（0.125 即 +12.5%）。" },
  parameters: [
    { name: "current", kind: "numbers", what: "what.current", en: "This period's value (or a column of them).", zh: { name: "本期", description: "本期数值（或一列本期数值）。" } },
    { name: "previous", kind: "numbers", what: "what.previous", en: "The previous period's value (or a column of them).", zh: { name: "上期", description: "上期数值（或一列上期数值）。" } },
  ],
  align: [["current", "previous"]],
  example: {
    formula: "=EC.GROWTH(0.9, 1.2)",
    result: "-0.25: ROI fell 25%",
    resultZh: "-0.25：投产比下降 25%",
  },
  errors: [
    { key: "cell.notScalar", en: "Two single cells, and one of them is blank.", zh: "给出两个单元格，其中一个为空。" },
    { key: "argument.zero", en: "The previous value is 0 (with two ranges, that pair's cell shows #DIV/0!).", zh: "上期数值为 0（给出两个区域时，该行显示 #DIV/0!）。" },
    { key: "argument.negative", en: "The previous value is below 0: a loss as the base gives a growth whose sign misleads.", zh: "上期数值小于 0：以亏损为基数算出的增长率正负会误导。" },
    "result.notFinite",
  ],
  compute: ({ current, previous }, locale) => pairwise(current, previous, growth, locale),
});

export const ATTAINMENT = defineFunction({
  id: "ATTAINMENT",
  exportName: "attainmentFunction",
  engine: "attainment",
  en: {
    description: "Attainment: actual ÷ target. With two ranges of equal length, spills one attainment per cell, down a column or along a row.",
    result: "Attainment as a fraction (0.792 = 79.2%).",
  },
  zh: { description: "目标达成率：实际 ÷ 目标。给出两个等长区域时按区域方向（向下或向右）逐个返回达成率。", result: "达成率，以小数表示（0.792 即 79.2%）。" },
  parameters: [
    { name: "actual", kind: "numbers", what: "what.actual", en: "The actual value (or a column of them).", zh: { name: "实际", description: "实际值（或一列实际值）。" } },
    { name: "target", kind: "numbers", what: "what.target", en: "The target (or a column of them).", zh: { name: "目标", description: "目标值（或一列目标值）。" } },
  ],
  align: [["actual", "target"]],
  example: {
    formula: "=EC.ATTAINMENT(19800000, 25000000)",
    result: "0.792: 79.2% of the target",
    resultZh: "0.792：完成目标的 79.2%",
  },
  errors: [
    { key: "cell.notScalar", en: "Two single cells, and one of them is blank.", zh: "给出两个单元格，其中一个为空。" },
    { key: "argument.zero", en: "The target is 0 (with two ranges, that pair's cell shows #DIV/0!).", zh: "目标为 0（给出两个区域时，该行显示 #DIV/0!）。" },
    { key: "argument.negative", en: "The target is below 0.", zh: "目标小于 0。" },
    "result.notFinite",
  ],
  compute: ({ actual, target }, locale) => pairwise(actual, target, attainment, locale),
});

export const ABTEST = defineFunction({
  id: "ABTEST",
  exportName: "abTestFunction",
  engine: "abTest",
  en: {
    description: "A/B test of two conversion rates (two-proportion z-test). Spills lift, CI low, CI high, p-value, significant.",
    result: "A header row and a row of: lift, CI low, CI high, p-value, significant (TRUE/FALSE).",
  },
  zh: {
    description: "两组转化率的 A/B 检验（双比例 z 检验），返回提升幅度、置信下限、置信上限、p 值和是否显著。",
    result: "一行表头加一行结果：提升幅度、置信下限、置信上限、p 值、是否显著（TRUE/FALSE）。",
  },
  parameters: [
    { name: "controlConversions", kind: "number", what: "what.controlGroup", en: "Conversions in the control group.", zh: { name: "对照组转化数", description: "对照组的转化数。" } },
    { name: "controlVisitors", kind: "number", what: "what.controlGroup", en: "Visitors in the control group.", zh: { name: "对照组访客数", description: "对照组的访客数。" } },
    { name: "treatmentConversions", kind: "number", what: "what.treatmentGroup", en: "Conversions in the treatment group.", zh: { name: "实验组转化数", description: "实验组的转化数。" } },
    { name: "treatmentVisitors", kind: "number", what: "what.treatmentGroup", en: "Visitors in the treatment group.", zh: { name: "实验组访客数", description: "实验组的访客数。" } },
    {
      name: "confidence", kind: "number", what: "what.confidence", optional: true, default: DEFAULT_CONFIDENCE,
      en: `Confidence level (default ${DEFAULT_CONFIDENCE}).`, zh: { name: "置信水平", description: `置信水平（默认 ${DEFAULT_CONFIDENCE}）。` },
    },
  ],
  addresses: false,
  example: {
    formula: "=EC.ABTEST(500, 10000, 546, 10000)",
    result: "lift 9.2%, its 95% interval, the p-value and TRUE/FALSE for significant",
    resultZh: "提升 9.2%、其 95% 置信区间、p 值，以及是否显著（TRUE/FALSE）",
  },
  errors: [
    { key: "argument.zero", en: "A group has no visitors (0).", zh: "有一组访客数为 0。" },
    "argument.noConversions",
    { key: "argument.negative", en: "A group's conversions or visitors are negative.", zh: "有一组的转化数或访客数为负数。" },
    { key: "argument.outOfRange", en: "The confidence level is not between 0 and 1 (0.95 is 95%).", zh: "置信水平不在 0 与 1 之间（0.95 即 95%）。" },
    "argument.visitorsBelowConversions",
    "result.notFinite",
  ],
  compute: ({ controlConversions, controlVisitors, treatmentConversions, treatmentVisitors, confidence }, locale) => {
    const result = need(abTest({ conversions: controlConversions, visitors: controlVisitors }, { conversions: treatmentConversions, visitors: treatmentVisitors }, { confidence }));
    return [
      [label(locale, "label.lift"), label(locale, "label.ciLow"), label(locale, "label.ciHigh"), label(locale, "label.pValue"), label(locale, "label.significant")],
      [toCellNumber(result.lift, locale), toCellNumber(result.ciLow, locale), toCellNumber(result.ciHigh, locale), toCellNumber(result.pValue, locale), result.significant],
    ];
  },
});
