/**
 * The `EC.` function of fulfilment and after-sales (issue 14): FULFILMENT, per month of payment.
 */
import { afterSalesKind } from "../../engine/after-sales";
import { monthLabel } from "../../engine/calendar";
import { isMetricError, metricError } from "../../engine/metric-error";
import { DEFAULT_SHIPPING_LIMIT_HOURS, MAX_SHIPPING_LIMIT_HOURS, fulfilmentByMonth } from "../../engine/metrics/fulfilment";
import type { Locale } from "../../i18n/messages";
import { cellLocation, readDates, readKeys, readNumbers } from "../arguments";
import { toCellNumber, type ExcelScalar } from "../excel-values";
import { defineFunction } from "./function-entry";
import { header, need } from "./runner";

/** A number, or "" where the month has none (no shipped order, no after-sales column). */
function cellOrBlank(value: number | null, locale: Locale): ExcelScalar {
  return value === null ? "" : toCellNumber(value, locale);
}

export const FULFILMENT = defineFunction({
  id: "FULFILMENT",
  exportName: "fulfilmentFunction",
  engine: "fulfilmentByMonth",
  en: {
    description: "Fulfilment per month of payment: paid orders, orders shipped, median and 90th percentile hours from payment to shipping (PERCENTILE.INC), share shipped later than the limit (default 48 h), after-sales and refund rates over the paid orders. Spills a table with a header row. With order ids, rows sharing an order id count as one order, shipped with its last line.",
    result: "Month, paid orders, shipped, median hours, 90th percentile hours, share late, after-sales rate, refund rate.",
  },
  zh: {
    description: "按付款月份统计发货与售后：已付款订单数、已发货数、付款到发货小时数的中位数与第 90 百分位（PERCENTILE.INC）、超过时限（默认 48 小时）发货的占比，以及以已付款订单为分母的售后率与退款率，返回带表头的表格。给出订单编号时，订单编号相同的行算作一笔订单，以最后一行的发货时间为准。",
    result: "月份、已付款订单、已发货、小时数中位数、第 90 百分位小时数、超时占比、售后率、退款率。",
  },
  parameters: [
    {
      name: "paidTimes", kind: "dates", what: "what.paidTimes",
      en: "Payment time of each order (a row without one is not a paid order).",
      zh: { name: "付款时间", description: "每笔订单的付款时间（没有付款时间的行不算已付款订单）。" },
    },
    {
      name: "shippedTimes", kind: "dates", what: "what.shippedTimes",
      en: "Shipping time of each order (发货时间, Fulfilled at); blank for an order not shipped.",
      zh: { name: "发货时间", description: "每笔订单的发货时间；未发货的留空。" },
    },
    {
      name: "afterSales", kind: "keys", what: "what.afterSales", optional: true,
      en: "After-sales status of each order (售后状态): blank, 无售后 or - is none; 退款成功 and refunded are refunds; any other text is an after-sales case.",
      zh: { name: "售后状态", description: "每笔订单的售后状态：空、无售后、- 为无售后；退款成功、refunded 为退款；其他文字为有售后。" },
    },
    {
      name: "refundAmounts", kind: "amounts", what: "what.refundAmounts", optional: true,
      en: "Refund amount of each order (退款金额, Refunded Amount): above 0 is a refund, whole or partial.",
      zh: { name: "退款金额", description: "每笔订单的退款金额：大于 0 即为退款（全额或部分）。" },
    },
    {
      name: "limitHours", kind: "number", what: "what.shippingLimit", optional: true, default: DEFAULT_SHIPPING_LIMIT_HOURS,
      limits: { min: 0, max: MAX_SHIPPING_LIMIT_HOURS },
      en: `Orders shipped more than this many hours after payment are late (default ${DEFAULT_SHIPPING_LIMIT_HOURS}).`,
      zh: { name: "时限", description: `付款后超过这么多小时才发货即为超时（默认 ${DEFAULT_SHIPPING_LIMIT_HOURS}）。` },
    },
    {
      name: "orderIds", kind: "orderIds", what: "what.orderIds", optional: true,
      en: "Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), paid at its first payment time and shipped at its last shipping time; a blank id makes the row an order of its own.",
      zh: { name: "订单编号", description: "每行的订单编号：订单编号相同的行算作一笔订单（商品明细行、抖店子订单），以最早的付款时间和最晚的发货时间为准；订单编号为空的行各自算一笔订单。" },
    },
  ],
  align: [["paidTimes", "shippedTimes", "afterSales", "refundAmounts", "orderIds"]],
  example: {
    formula: "=EC.FULFILMENT(C2:C5001, H2:H5001, I2:I5001, J2:J5001, 48, A2:A5001)",
    result: "one row per month (with H 发货时间, I 售后状态, J 退款金额): paid orders, shipped, median and P90 hours, share late, after-sales and refund rates, e.g. 2025-09 · 1,204 · 1,180 · 30.5 · 71.2 · 31.0% · 4.2% · 3.1%",
    resultZh: "每月一行（H 列发货时间、I 列售后状态、J 列退款金额）：已付款订单、已发货、小时数中位数与 P90、超时占比、售后率、退款率，如 2025-09 · 1,204 · 1,180 · 30.5 · 71.2 · 31.0% · 4.2% · 3.1%",
  },
  errors: [
    { key: "cell.shippedBeforePaid", en: "A shipping time is before its order's payment time.", zh: "发货时间早于该订单的付款时间。" },
    "argument.outOfRange",
    "argument.noPaidOrders",
  ],
  compute: ({ paidTimes, shippedTimes, afterSales, refundAmounts, limitHours, orderIds }, locale) => {
    const paid = need(readDates(paidTimes));
    const shipped = need(readDates(shippedTimes));
    let cases: Uint8Array | undefined;
    let refunds: Uint8Array | undefined;
    if (afterSales !== undefined) {
      const keys = need(readKeys(afterSales));
      const kinds = keys.names.map(afterSalesKind);
      cases = new Uint8Array(keys.codes.length);
      refunds = new Uint8Array(keys.codes.length);
      for (let i = 0; i < keys.codes.length; i++) {
        const kind = keys.codes[i] < 0 ? "none" : kinds[keys.codes[i]];
        cases[i] = kind === "none" ? 0 : 1;
        refunds[i] = kind === "refund" ? 1 : 0;
      }
    }
    if (refundAmounts !== undefined) {
      const amounts = need(readNumbers(refundAmounts));
      refunds ??= new Uint8Array(amounts.length);
      for (let i = 0; i < amounts.length; i++) if (amounts[i] > 0) refunds[i] = 1;
    }
    const ids = orderIds === undefined ? undefined : need(readKeys(orderIds)).codes;
    const months = fulfilmentByMonth(paid, shipped, { afterSales: cases, refunded: refunds, limitHours, orderIds: ids });
    // The engine names the row; the function names the cell of the shipping time.
    if (isMetricError(months) && months.key === "argument.shippedBeforePaid") {
      return metricError("VALUE", "cell.shippedBeforePaid", cellLocation(shippedTimes, Number(months.params.row) - 1));
    }
    const table: ExcelScalar[][] = [header(locale, [
      "label.paymentMonth", "label.paidOrders", "label.shippedOrders", "label.medianHours", "label.p90Hours", "label.lateShare", "label.afterSalesRate", "label.refundRate",
    ])];
    for (const m of need(months)) {
      table.push([
        monthLabel(m.month), m.orders, m.shipped, cellOrBlank(m.medianHours, locale), cellOrBlank(m.p90Hours, locale),
        cellOrBlank(m.lateShare, locale), cellOrBlank(m.afterSalesRate, locale), cellOrBlank(m.refundRate, locale),
      ]);
    }
    return table;
  },
});
