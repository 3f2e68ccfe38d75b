/**
 * The `EC.` functions over order lines: BASKET (items per order, amount per item, add-on lines and
 * the AOV change split) and THRESHOLD (bunching at a promotion threshold, its cost and gross profit).
 * Each row is a line; rows sharing an order id are one order, as in the other order functions.
 */
import { dateTimeLabel } from "../../engine/calendar";
import { CLOSED_STATUS, UNPAID_STATUS } from "../../engine/cells/read-columns";
import { metricError } from "../../engine/metric-error";
import { aovDecomposition, basketFigures, type AddOnRule, type BasketLineColumns } from "../../engine/metrics/basket";
import { thresholdBunching } from "../../engine/metrics/threshold-bunching";
import { orderColumnsOfRows } from "../../engine/orders/order-columns";
import { orderCodesOfRows } from "../../engine/orders/order-groups";
import type { Locale } from "../../i18n/messages";
import { firstMissing, readDates, readKeys, readNumbers, readStatuses, type RangeArgument } from "../arguments";
import { toCellNumber, type ExcelScalar } from "../excel-values";
import { defineFunction, type ParameterSpec } from "./function-entry";
import { header, label, need } from "./runner";

/** The largest threshold, discount or price limit a function takes (money). */
const MONEY_LIMIT = 1e12;

const AMOUNTS = {
  name: "amounts", kind: "amounts", what: "what.amounts",
  en: "Amount of each row: a line amount on every row, or the order total repeated on every row or on the first row only (line amounts are then unknown where an order has several rows).",
  zh: { name: "金额", description: "每行的金额：每行的商品行金额，或每行重复、只写在首行的整单金额（此时多行订单的各行金额未知）。" },
} as const satisfies ParameterSpec;

const DATES = {
  name: "dates", kind: "dates", what: "what.dates",
  en: "Order date (payment time) of each row.", zh: { name: "下单日期", description: "每行的下单日期（付款时间）。" },
} as const satisfies ParameterSpec;

const STATUSES = {
  name: "statuses", kind: "statuses", what: "what.statuses", optional: true,
  en: "Status of each row; closed and refunded lines and orders are left out.",
  zh: { name: "订单状态", description: "每行的状态；交易关闭、已退款的商品行和订单不计入。" },
} as const satisfies ParameterSpec;

const ORDER_IDS = {
  name: "orderIds", kind: "orderIds", what: "what.orderIds", optional: true,
  en: "Order id of each row: rows sharing an order id are the lines of one order; without it every row is an order of one line.",
  zh: { name: "订单编号", description: "每行的订单编号：订单编号相同的行算作一笔订单（各行为其商品行）；省略时每行是一笔只有一行的订单。" },
} as const satisfies ParameterSpec;

interface BasketRows {
  readonly orders: { readonly length: number; readonly amount: Float64Array; readonly time: Float64Array; readonly counted: Uint8Array; readonly cost: Float64Array | null };
  readonly lines: BasketLineColumns;
  /** The first row of each order, to name its cell. */
  readonly firstRow: Int32Array;
}

/**
 * Rows made orders and lines, by the rules of the review's reader (`readOrderTable`): an order's
 * amount in the shape its rows show; a line's own amount where the rows hold line amounts or the
 * order has one row, else unknown (NaN); a line closed, refunded or unpaid does not count; an
 * order's cost is the sum of its counted lines' costs, unknown when one is.
 */
function basketRows(
  amountRange: RangeArgument, dateRange: RangeArgument, quantityRange: RangeArgument | undefined, statusRange: RangeArgument | undefined,
  idRange: RangeArgument | undefined, costRange?: RangeArgument,
): BasketRows {
  const ids = idRange === undefined ? null : need(readKeys(idRange));
  const statuses = need(readStatuses(statusRange));
  const amounts = need(readNumbers(amountRange));
  const dates = need(readDates(dateRange));
  const quantities = quantityRange === undefined ? null : need(readNumbers(quantityRange));
  const costs = costRange === undefined ? null : need(readNumbers(costRange));
  const rowCount = amounts.length;
  const orderIds = ids?.codes ?? new Int32Array(rowCount).fill(-1);
  const orders = orderColumnsOfRows({ orderIds, orderIdCount: ids?.names.length ?? 0, amounts, statuses, dates });
  // The same numbering as orderColumnsOfRows: orders by first row, a row blank in every column given is none.
  const isBlankRow = (i: number) => amounts[i] !== amounts[i] && dates[i] !== dates[i] && (statuses === undefined || statuses[i] === 0);
  const { orderOfRow } = orderCodesOfRows(rowCount, orderIds, ids?.names.length ?? 0, isBlankRow);
  const rowsOf = new Int32Array(orders.length);
  for (let i = 0; i < rowCount; i++) if (orderOfRow[i] >= 0) rowsOf[orderOfRow[i]]++;
  const lineAmounts = (orders.amountShape ?? "lines") === "lines";
  const order: number[] = [];
  const amount: number[] = [];
  const quantity: number[] = [];
  const counted: number[] = [];
  const cost = costs === null ? null : new Float64Array(orders.length);
  for (let i = 0; i < rowCount; i++) {
    const o = orderOfRow[i];
    if (o < 0) continue;
    const lineCounted = statuses === undefined || (statuses[i] !== CLOSED_STATUS && statuses[i] !== UNPAID_STATUS) ? 1 : 0;
    order.push(o);
    amount.push(lineCounted === 1 && (lineAmounts || rowsOf[o] === 1) ? amounts[i] : NaN);
    quantity.push(quantities === null ? NaN : quantities[i]);
    counted.push(lineCounted);
    if (cost !== null && lineCounted === 1) cost[o] += costs![i];
  }
  return {
    orders: { length: orders.length, amount: orders.amount!, time: orders.date!, counted: orders.counted, cost },
    lines: {
      length: order.length, order: Int32Array.from(order), amount: Float64Array.from(amount),
      quantity: quantities === null ? null : Float64Array.from(quantity), counted: Uint8Array.from(counted),
    },
    firstRow: orders.firstRow,
  };
}

/** A window of whole days, the last included: [from, to + 1). */
function dayWindow(from: number, to: number): { from: number; to: number } {
  return { from: Math.floor(from), to: Math.floor(to) + 1 };
}

/** #VALUE! for a required date left out (the runner hands it over as undefined). */
function requiredDate(value: number | undefined, what: "what.periodFrom" | "what.periodTo" | "what.compareFrom" | "what.compareTo" | "what.promotionFrom" | "what.promotionTo") {
  return value === undefined ? metricError("VALUE", "cell.notOneCell", { what }) : null;
}

/** The first pair of days whose last comes before its first. */
function reversedDays(pairs: readonly (readonly [number | undefined, number | undefined])[]) {
  for (const [from, to] of pairs) {
    if (from !== undefined && to !== undefined && Math.floor(to) < Math.floor(from)) {
      return metricError("NUM", "argument.monthsReversed", { from: dateTimeLabel(Math.floor(from)), to: dateTimeLabel(Math.floor(to)) });
    }
  }
  return null;
}

function cell(value: number | null, locale: Locale): ExcelScalar {
  return value === null ? "" : toCellNumber(value, locale);
}

export const BASKET = defineFunction({
  id: "BASKET",
  exportName: "basketFunction",
  engine: "basketFigures",
  en: {
    description: "Baskets: items per order, lines per order, amount per item and AOV in a comparison period and a period, the AOV change split into more items per order and dearer items, and the add-on lines' share of it. Spills a labelled table. With order ids, rows sharing an order id count as one order.",
    result: "Rows of figures (orders, items per order, lines per order, amount per item, AOV, add-on amount per order, orders left out, the two parts of the AOV change, the add-on share); columns comparison period, period, change.",
  },
  zh: {
    description: "客单构成：对比期与本期的每单件数、每单行数、件均价和客单价，客单价变化拆为每单件数与件均价两部分，以及凑单商品占变化的比例。返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单。",
    result: "各行指标（订单数、每单件数、每单行数、件均价、客单价、每单凑单金额、未计入订单、客单价变化的两部分、凑单占比）；各列为对比期、本期、变化。",
  },
  parameters: [
    AMOUNTS,
    {
      name: "quantities", kind: "numbers", what: "what.quantities",
      en: "Quantity of each row (items on the line); a counted line without one leaves its order out.",
      zh: { name: "数量", description: "每行的商品件数；计入的商品行没有数量时，该订单不计入。" },
    },
    DATES,
    { name: "periodFrom", kind: "date", what: "what.periodFrom", en: "First day of the period.", zh: { name: "本期首日", description: "本期的第一天。" } },
    { name: "periodTo", kind: "date", what: "what.periodTo", en: "Last day of the period (included).", zh: { name: "本期末日", description: "本期的最后一天（含当天）。" } },
    { name: "compareFrom", kind: "date", what: "what.compareFrom", en: "First day of the comparison period.", zh: { name: "对比首日", description: "对比期的第一天。" } },
    { name: "compareTo", kind: "date", what: "what.compareTo", en: "Last day of the comparison period (included).", zh: { name: "对比末日", description: "对比期的最后一天（含当天）。" } },
    STATUSES,
    {
      name: "priceLimit", kind: "number", what: "what.priceLimit", optional: true, limits: { min: 0, max: MONEY_LIMIT },
      en: "Without a threshold: a line under this unit price in an order with other items is an add-on line.",
      zh: { name: "凑单价上限", description: "未给出门槛时：与其他商品同单、单价低于此值的商品行算作凑单。" },
    },
    {
      name: "threshold", kind: "number", what: "what.promotionThreshold", optional: true, limits: { min: 0, max: MONEY_LIMIT },
      en: "A promotion threshold (满200减30: 200): a line that takes its order across it in the promotion's dates is an add-on line.",
      zh: { name: "满减门槛", description: "满减门槛（满200减30 的 200）：活动期内使订单跨过门槛的商品行算作凑单。" },
    },
    {
      name: "promotionFrom", kind: "date", what: "what.promotionFrom", optional: true,
      en: "First day of the promotion (default: the period's first day).", zh: { name: "活动首日", description: "活动的第一天（默认本期首日）。" },
    },
    {
      name: "promotionTo", kind: "date", what: "what.promotionTo", optional: true,
      en: "Last day of the promotion (default: the period's last day).", zh: { name: "活动末日", description: "活动的最后一天（默认本期末日）。" },
    },
    // Order ids last, as in every function that takes them.
    ORDER_IDS,
  ],
  align: [["amounts", "quantities", "dates", "statuses", "orderIds"]],
  example: {
    formula: "=EC.BASKET(D2:D5001, H2:H5001, C2:C5001, \"2025-08-01\", \"2025-08-31\", \"2025-03-01\", \"2025-07-31\", E2:E5001, , 200, , , A2:A5001)",
    result: "a table: items per order, amount per item and AOV before and in August, the AOV change from items per order and from amount per item, and the add-on share, e.g. 37%",
    resultZh: "一张表：对比期与 8 月的每单件数、件均价和客单价，客单价变化中件数与件均价的贡献，以及凑单占比，如 37%",
  },
  errors: ["cell.missingDate", "argument.monthsReversed", "argument.noBasketOrders"],
  checkScalars: ({ periodFrom, periodTo, compareFrom, compareTo, promotionFrom, promotionTo }) =>
    reversedDays([[periodFrom, periodTo], [compareFrom, compareTo], [promotionFrom ?? periodFrom, promotionTo ?? periodTo]]),
  compute: ({ amounts, quantities, dates, periodFrom, periodTo, compareFrom, compareTo, statuses, orderIds, priceLimit, threshold, promotionFrom, promotionTo }, locale) => {
    const rows = basketRows(amounts, dates, quantities, statuses, orderIds);
    // A blank day arrives as undefined (no scalar error): the period needs all four.
    need(requiredDate(periodFrom, "what.periodFrom") ?? requiredDate(periodTo, "what.periodTo") ?? requiredDate(compareFrom, "what.compareFrom") ?? requiredDate(compareTo, "what.compareTo"));
    need(firstMissing(rows.orders.amount, rows.orders.counted, (o) => rows.orders.time[o] !== rows.orders.time[o], orderIds ?? dates, "cell.missingDate", rows.firstRow));
    const period = dayWindow(periodFrom!, periodTo!);
    const comparison = dayWindow(compareFrom!, compareTo!);
    const promotion = dayWindow(promotionFrom ?? periodFrom!, promotionTo ?? periodTo!);
    const rule: AddOnRule = threshold !== undefined ? { kind: "threshold", promotions: [{ threshold, discount: 0, ...promotion }] }
      : priceLimit !== undefined ? { kind: "priceLimit", limit: priceLimit } : { kind: "none" };
    const [before, after] = basketFigures(rows.orders, rows.lines, [comparison, period], { addOn: rule });
    const split = need(aovDecomposition(before, after));
    const line = (key: Parameters<typeof label>[1], a: number | null, b: number | null, change: number | null): ExcelScalar[] =>
      [label(locale, key), cell(a, locale), cell(b, locale), cell(change, locale)];
    const delta = (a: number | null, b: number | null) => (a === null || b === null ? null : b - a);
    const table: ExcelScalar[][] = [
      header(locale, ["label.figure", "label.comparisonPeriod", "label.period", "label.change"]),
      line("label.orders", before.orders, after.orders, null),
      line("label.itemsPerOrder", before.itemsPerOrder, after.itemsPerOrder, delta(before.itemsPerOrder, after.itemsPerOrder)),
      line("label.linesPerOrder", before.linesPerOrder, after.linesPerOrder, delta(before.linesPerOrder, after.linesPerOrder)),
      line("label.amountPerItem", before.amountPerItem, after.amountPerItem, delta(before.amountPerItem, after.amountPerItem)),
      line("label.aov", split.aovBefore, split.aovAfter, split.change),
      line("label.fromItemsPerOrder", null, null, split.fromItemsPerOrder),
      line("label.fromAmountPerItem", null, null, split.fromAmountPerItem),
    ];
    if (rule.kind !== "none") {
      table.push(line("label.addOnPerOrder", before.addOnPerOrder, after.addOnPerOrder, split.addOnChange));
      table.push(line("label.addOnShare", null, null, split.addOnShare));
    }
    table.push(line("label.ordersLeftOut", before.leftOut, after.leftOut, null));
    return table;
  },
});

export const THRESHOLD = defineFunction({
  id: "THRESHOLD",
  exportName: "thresholdFunction",
  engine: "thresholdBunching",
  en: {
    description: "A promotion threshold (满200减30): the share of orders just over it (within 10% above) against just under it (within 10% below), in the promotion's dates and outside them, and the promotion's cost (discount × orders over the threshold) against those orders' gross profit. Spills a labelled table. With order ids, rows sharing an order id count as one order.",
    result: "A header row, then a row for the promotion's dates and one for outside them: orders, just under, just over, their shares, over ÷ under, at or over, promotion cost, gross profit.",
  },
  zh: {
    description: "满减门槛（满200减30）：活动期内外略高于门槛（高出 10% 以内）与略低于门槛（低 10% 以内）的订单占比，以及活动成本（减免金额 × 达到门槛的订单数）与这些订单的毛利。返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单。",
    result: "一行表头，然后是活动期内、活动期外各一行：订单数、略低、略高、各自占比、略高 ÷ 略低、达到门槛、活动成本、毛利。",
  },
  parameters: [
    AMOUNTS,
    DATES,
    {
      name: "threshold", kind: "number", what: "what.promotionThreshold", limits: { min: 0.01, max: MONEY_LIMIT },
      en: "The threshold (满200减30: 200).", zh: { name: "满减门槛", description: "满减门槛（满200减30 的 200）。" },
    },
    {
      name: "discount", kind: "number", what: "what.discount", limits: { min: 0, max: MONEY_LIMIT },
      en: "The discount (满200减30: 30), below the threshold.", zh: { name: "减免金额", description: "减免金额（满200减30 的 30），低于门槛。" },
    },
    { name: "promotionFrom", kind: "date", what: "what.promotionFrom", en: "First day of the promotion.", zh: { name: "活动首日", description: "活动的第一天。" } },
    { name: "promotionTo", kind: "date", what: "what.promotionTo", en: "Last day of the promotion (included).", zh: { name: "活动末日", description: "活动的最后一天（含当天）。" } },
    {
      name: "costs", kind: "amounts", what: "what.costs", optional: true,
      en: "Cost of each row, for the gross profit of the orders over the threshold.", zh: { name: "成本", description: "每行的成本，用于计算达到门槛的订单的毛利。" },
    },
    STATUSES,
    ORDER_IDS,
  ],
  align: [["amounts", "dates", "costs", "statuses", "orderIds"]],
  example: {
    formula: "=EC.THRESHOLD(D2:D5001, C2:C5001, 200, 30, \"2025-08-01\", \"2025-08-31\", G2:G5001, E2:E5001, A2:A5001)",
    result: "a table: in August e.g. 14% of orders just over 200 against 3% just under, outside it 5% against 6%; the cost of 30 off and those orders' gross profit",
    resultZh: "一张表：如 8 月 14% 的订单略高于 200、3% 略低，活动期外为 5% 和 6%；减 30 的活动成本与这些订单的毛利",
  },
  errors: [
    "cell.missingDate",
    "argument.monthsReversed",
    { key: "argument.outOfRange", en: "The discount is not below the threshold.", zh: "减免金额不低于门槛。" },
    { key: "argument.noOrders", en: "There is no counted order with an amount.", zh: "没有带金额的计入订单。" },
  ],
  checkScalars: ({ threshold, discount, promotionFrom, promotionTo }) =>
    reversedDays([[promotionFrom, promotionTo]])
    ?? (discount >= threshold ? metricError("NUM", "argument.outOfRange", { what: "what.discount", min: 0, max: threshold, found: discount }) : null),
  compute: ({ amounts, dates, threshold, discount, promotionFrom, promotionTo, costs, statuses, orderIds }, locale) => {
    const rows = basketRows(amounts, dates, undefined, statuses, orderIds, costs);
    need(requiredDate(promotionFrom, "what.promotionFrom") ?? requiredDate(promotionTo, "what.promotionTo"));
    need(firstMissing(rows.orders.amount, rows.orders.counted, (o) => rows.orders.time[o] !== rows.orders.time[o], orderIds ?? dates, "cell.missingDate", rows.firstRow));
    const figures = need(thresholdBunching(rows.orders, { threshold, discount, ...dayWindow(promotionFrom!, promotionTo!) }));
    const columns = ["label.side", "label.orders", "label.justUnder", "label.justOver", "label.underShare", "label.overShare", "label.overToUnder", "label.atOrOver", "label.promotionCost", "label.grossProfit"] as const;
    const sideRow = (key: "label.inPromotion" | "label.outsidePromotion", side: typeof figures.inPromotion, cost: number | null, profit: number | null): ExcelScalar[] => [
      label(locale, key), side.orders, side.justUnder, side.justOver, cell(side.underShare, locale), cell(side.overShare, locale), cell(side.overToUnder, locale), side.atOrOver,
      cell(cost, locale), cell(profit, locale),
    ];
    return [
      header(locale, columns),
      sideRow("label.inPromotion", figures.inPromotion, figures.promotionCost, figures.grossProfit),
      sideRow("label.outsidePromotion", figures.outside, null, null),
    ];
  },
});
