/* eslint-disable @typescript-eslint/no-explicit-any -- Excel passes ranges as any[][]: every cell type can arrive. */
/**
 * GENERATED from the function catalog (src/functions/catalog/): do not edit. After changing an entry run
 *   npx vitest run src/functions/catalog -u
 * The `EC.` custom functions as Excel sees them: `functions.json` is generated from the JSDoc below
 * at build time (custom-functions-metadata-plugin); each body hands its arguments, in parameter
 * order, to the one runner, which reads and checks them as the catalog entry declares.
 */
import * as catalog from "./catalog";
import { runFunction } from "./catalog/runner";

// Outside Excel (taskpane.html opened in a plain browser, or the pane's browser tests) there is no
// custom functions runtime: the registration lines custom-functions-metadata-plugin appends to this
// file must not throw there. In Excel the runtime defines CustomFunctions before this bundle runs.
if (typeof CustomFunctions === "undefined") {
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = { associate: () => undefined };
}

/**
 * GMV: the sum of the order amounts, leaving out closed, cancelled and refunded orders. With order ids, rows sharing an order id count as one order and a repeated order total is taken once.
 * @customfunction GMV
 * @param {any[][]} amounts Order amounts (paid amount per order). Currency text like ¥1,234 and 1.2万 is read.
 * @param {any[][]} [statuses] Order statuses, row by row; 交易关闭, 退款成功, cancelled, refunded … are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} GMV, in the currency of the amounts.
 * @requiresParameterAddresses
 */
export function gmvFunction(amounts: any[][], statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.GMV, [amounts, statuses, orderIds], invocation);
}

/**
 * AOV (客单价): GMV ÷ orders, or GMV ÷ distinct buyers when buyer ids are given. With order ids, rows sharing an order id count as one order.
 * @customfunction AOV
 * @param {any[][]} amounts Order amounts.
 * @param {any[][]} [buyers] Buyer ids, row by row: the result is then GMV per distinct buyer (生意参谋's 客单价).
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Average order value, or GMV per buyer.
 * @requiresParameterAddresses
 */
export function aovFunction(amounts: any[][], buyers?: any[][], statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.AOV, [amounts, buyers, statuses, orderIds], invocation);
}

/**
 * Orders: the number of orders with an amount, leaving out closed, cancelled and refunded orders. With order ids, rows sharing an order id count as one order, so an order of three lines is one order.
 * @customfunction ORDERS
 * @param {any[][]} amounts Order amounts: a row without an amount is not an order (a blank line under an order, a note row).
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} The number of counted orders: EC.GMV ÷ EC.ORDERS is EC.AOV.
 * @requiresParameterAddresses
 */
export function ordersFunction(amounts: any[][], statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.ORDERS, [amounts, statuses, orderIds], invocation);
}

/**
 * Gross margin: (revenue − cost) ÷ revenue, over all rows (a revenue-weighted margin).
 * @customfunction MARGIN
 * @param {any[][]} revenue Revenue (or price), one number or a range.
 * @param {any[][]} cost Cost, one number or a range lined up with revenue.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Gross margin as a fraction (0.1 = 10%).
 * @requiresParameterAddresses
 */
export function marginFunction(revenue: any[][], cost: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.MARGIN, [revenue, cost], invocation);
}

/**
 * Whether each item's margin is below, inside or above the band (default 8%–12%); spills one label per item, down a column or along a row.
 * @customfunction MARGINBAND
 * @param {any[][]} price Selling price per item (or revenue per row).
 * @param {any[][]} cost Cost per item, lined up with price.
 * @param {number} [low] Lowest acceptable margin (default 0.08).
 * @param {number} [high] Highest expected margin (default 0.12).
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} below / inside / above for each row; blank rows stay blank.
 * @requiresParameterAddresses
 */
export function marginBandFunction(price: any[][], cost: any[][], low?: number, high?: number, invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.MARGINBAND, [price, cost, low, high], invocation);
}

/**
 * The selling price that gives a target gross margin: cost ÷ (1 − margin). Spills when cost is a range.
 * @customfunction PRICEFORMARGIN
 * @param {any[][]} cost Unit cost, one number or a column.
 * @param {number} margin Target gross margin, e.g. 0.12 or 12%; negative to clear stock at a loss (-1.5%).
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} The price for each cost.
 * @requiresParameterAddresses
 */
export function priceForMarginFunction(cost: any[][], margin: number, invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.PRICEFORMARGIN, [cost, margin], invocation);
}

/**
 * Orders and GMV per order-amount band with their shares; spills a table with a header row. With order ids, rows sharing an order id count as one order, banded by the order's amount.
 * @customfunction PRICEBANDS
 * @param {any[][]} amounts Order amounts.
 * @param {any[][]} [edges] Band edges, increasing (default 50, 100, 200, 500).
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Band, orders, order share, GMV, GMV share.
 * @requiresParameterAddresses
 */
export function priceBandsFunction(amounts: any[][], edges?: any[][], statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.PRICEBANDS, [amounts, edges, statuses, orderIds], invocation);
}

/**
 * ROI of ad spend: GMV ÷ spend (投产比), or (GMV × margin − spend) ÷ spend in "profit" mode.
 * @customfunction ROI
 * @param {any[][]} gmv Attributed GMV: one number or a range to sum.
 * @param {any[][]} spend Ad spend: one number or a range to sum.
 * @param {string} [mode] "gmv" (default) or "profit".
 * @param {number} [margin] Gross margin for profit mode, e.g. 0.3.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} ROI as a ratio (1.2 = ¥1.2 per ¥1 spent).
 * @requiresParameterAddresses
 */
export function roiFunction(gmv: any[][], spend: any[][], mode?: string, margin?: number, invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.ROI, [gmv, spend, mode, margin], invocation);
}

/**
 * Cost per new buyer (CAC): spend ÷ new buyers.
 * @customfunction CAC
 * @param {any[][]} spend Ad spend: one number or a range to sum.
 * @param {any[][]} newBuyers Number of new buyers: one number or a range to sum.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Spend per new buyer.
 * @requiresParameterAddresses
 */
export function cacFunction(spend: any[][], newBuyers: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.CAC, [spend, newBuyers], invocation);
}

/**
 * Credits conversion paths (channels joined by >, ›, → or commas, as GA4's paths report writes them) to their channels under last touch, first touch, linear, position-based (40/20/40), the Markov chain (removal effects) and the Shapley value, side by side; or under one model. Every model's credits add up to the conversions (and the value). Channel names differing only by case or spacing are one channel. Spills a table.
 * @customfunction ATTRIBUTION
 * @param {any[][]} paths Conversion path of each row: 小红书 > 抖音本地推 > 站内搜索.
 * @param {any[][]} conversions Conversions of each path.
 * @param {any[][]} [value] Conversion value (GMV) of each path.
 * @param {string} [model] One model: lasttouch, firsttouch, linear, positionbased, markov or shapley (default all, side by side).
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Channel, then the conversions credited under each model (and the value, when given); with a model named: channel, conversions, share, value.
 * @requiresParameterAddresses
 */
export function attributionFunction(paths: any[][], conversions: any[][], value?: any[][], model?: string, invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.ATTRIBUTION, [paths, conversions, value, model], invocation);
}

/**
 * Conversion rate: paying buyers (or orders) ÷ visitors.
 * @customfunction CONVERSION
 * @param {any[][]} converters Paying buyers, or orders where buyers are unknown: one number or a range to sum.
 * @param {any[][]} visitors Visitors: one number or a range to sum.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Conversion rate as a fraction (0.032 = 3.2%).
 * @requiresParameterAddresses
 */
export function conversionFunction(converters: any[][], visitors: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.CONVERSION, [converters, visitors], invocation);
}

/**
 * Repurchase rate (复购率): buyers with two or more orders ÷ buyers with one or more. With order ids, rows sharing an order id count as one order.
 * @customfunction REPURCHASE
 * @param {any[][]} buyers Buyer id of each order.
 * @param {any[][]} [amounts] Order amounts, row by row: rows without an amount are not orders.
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Repurchase rate as a fraction (0.18 = 18%).
 * @requiresParameterAddresses
 */
export function repurchaseFunction(buyers: any[][], amounts?: any[][], statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.REPURCHASE, [buyers, amounts, statuses, orderIds], invocation);
}

/**
 * Repurchase by first product: for buyers whose first order falls between from and to, the repurchase rate (two or more orders in that window) per item of their first order, with its 95% Wilson interval. With order ids, rows sharing an order id count as one order, whose item is its largest line by amount (the first listed on a tie). Spills a table, most first-time buyers first.
 * @customfunction FIRSTPRODUCT
 * @param {any[][]} buyers Buyer id of each row.
 * @param {any[][]} dates Order date of each row (payment time, else creation time).
 * @param {any[][]} items Item of each row: the SKU (商家编码) or the item title.
 * @param {any[][]} [amounts] Amount of each row: rows without an amount are not orders, and of an order's lines the largest is its item.
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders (and lines) are left out.
 * @param {any} [from] First day of the window (default: the earliest order).
 * @param {any} [to] Last day of the window, included (default: the latest order).
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id are one order (line items); a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Item, first-time buyers, repeat buyers, repurchase rate, CI low, CI high.
 * @requiresParameterAddresses
 */
export function firstProductFunction(buyers: any[][], dates: any[][], items: any[][], amounts?: any[][], statuses?: any[][], from?: any, to?: any, orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.FIRSTPRODUCT, [buyers, dates, items, amounts, statuses, from, to, orderIds], invocation);
}

/**
 * Monthly cohort retention: buyers grouped by the month of their first order; for each later month, the share who ordered again. Spills a matrix. With order ids, rows sharing an order id count as one order.
 * @customfunction RETENTION
 * @param {any[][]} buyers Buyer id of each order.
 * @param {any[][]} dates Order date of each order (date, date-time or text such as 2025/6/1 10:22).
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {number} [months] Months after the first to show (default 12, at most 31).
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Cohort month, buyers, then the share retained in month 0, 1, 2 …; months not yet reached stay blank.
 * @requiresParameterAddresses
 */
export function retentionFunction(buyers: any[][], dates: any[][], statuses?: any[][], months?: number, orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.RETENTION, [buyers, dates, statuses, months, orderIds], invocation);
}

/**
 * Growth: current ÷ previous − 1. With two ranges of equal length, spills one growth per cell, down a column or along a row.
 * @customfunction GROWTH
 * @param {any[][]} current This period's value (or a column of them).
 * @param {any[][]} previous The previous period's value (or a column of them).
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Growth as a fraction (0.125 = +12.5%).
 * @requiresParameterAddresses
 */
export function growthFunction(current: any[][], previous: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.GROWTH, [current, previous], invocation);
}

/**
 * Attainment: actual ÷ target. With two ranges of equal length, spills one attainment per cell, down a column or along a row.
 * @customfunction ATTAINMENT
 * @param {any[][]} actual The actual value (or a column of them).
 * @param {any[][]} target The target (or a column of them).
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Attainment as a fraction (0.792 = 79.2%).
 * @requiresParameterAddresses
 */
export function attainmentFunction(actual: any[][], target: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.ATTAINMENT, [actual, target], invocation);
}

/**
 * A/B test of two conversion rates (two-proportion z-test). Spills lift, CI low, CI high, p-value, significant.
 * @customfunction ABTEST
 * @param {number} controlConversions Conversions in the control group.
 * @param {number} controlVisitors Visitors in the control group.
 * @param {number} treatmentConversions Conversions in the treatment group.
 * @param {number} treatmentVisitors Visitors in the treatment group.
 * @param {number} [confidence] Confidence level (default 0.95).
 * @returns {any[][]} A header row and a row of: lift, CI low, CI high, p-value, significant (TRUE/FALSE).
 */
export function abTestFunction(controlConversions: number, controlVisitors: number, treatmentConversions: number, treatmentVisitors: number, confidence?: number) {
  return runFunction(catalog.ABTEST, [controlConversions, controlVisitors, treatmentConversions, treatmentVisitors, confidence]);
}

/**
 * An experiment of two or more arms: each arm's conversion with its Wilson interval, and against the control (the arm named control, 对照 or A, else the first) the lift with its interval, the pooled z-test's z and p-value, and the minimum detectable effect at 80% power, MDE = (z₁₋α/₂ + z₀.₈) × √(p(1−p)(1/n₁+1/n₂)), with a warning when the lift is not significant or below the MDE. Rows of one arm are added up. Spills a table.
 * @customfunction EXPERIMENT
 * @param {any[][]} arms Arm (group, variant) of each row: 对照组, A, B …
 * @param {any[][]} visitors Visitors (users exposed) of each row.
 * @param {any[][]} conversions Conversions (paying buyers) of each row.
 * @param {any[][]} [revenue] Revenue of each row, for revenue per visitor.
 * @param {number} [confidence] Confidence level (default 0.95); the significance level is 1 − confidence.
 * @param {number} [power] Power of the minimum detectable effect (default 0.8).
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Arm, visitors, conversions, conversion, CI low, CI high, revenue per visitor, lift, lift CI low, lift CI high, z, p-value, significant, MDE (points), MDE (relative), warning.
 * @requiresParameterAddresses
 */
export function experimentFunction(arms: any[][], visitors: any[][], conversions: any[][], revenue?: any[][], confidence?: number, power?: number, invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.EXPERIMENT, [arms, visitors, conversions, revenue, confidence, power], invocation);
}

/**
 * RFM segments: recency, frequency and monetary scores 1–5 per buyer and the segment name, or a summary per segment. With order ids, rows sharing an order id count as one order (frequency counts orders).
 * @customfunction RFM
 * @param {any[][]} buyers Buyer id of each order.
 * @param {any[][]} dates Order date of each order.
 * @param {any[][]} amounts Order amount of each order.
 * @param {any} [asOf] Reference date for recency (default: the latest order date).
 * @param {boolean} [summary] TRUE for one row per segment (buyers, shares) instead of one row per buyer.
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Per buyer: buyer, recency (days), frequency, monetary, R, F, M, segment. Per segment: segment, buyers, buyer share, GMV, GMV share.
 * @requiresParameterAddresses
 */
export function rfmFunction(buyers: any[][], dates: any[][], amounts: any[][], asOf?: any, summary?: boolean, statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.RFM, [buyers, dates, amounts, asOf, summary, statuses, orderIds], invocation);
}

/**
 * Slow-moving stock: days of cover = stock ÷ average daily sales, flagged above a threshold. Spills two columns per row.
 * @customfunction SLOWMOVING
 * @param {any[][]} stock Units in stock per item.
 * @param {any[][]} unitsSold Units sold per item over the period.
 * @param {number} days Length of the period in days.
 * @param {number} [thresholdDays] Cover above this many days is slow-moving (default 90).
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Days of cover and TRUE when slow-moving, per item.
 * @requiresParameterAddresses
 */
export function slowMovingFunction(stock: any[][], unitsSold: any[][], days: number, thresholdDays?: number, invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.SLOWMOVING, [stock, unitsSold, days, thresholdDays], invocation);
}

/**
 * The channel table: GMV, orders, spend, ROI, new buyers and cost per new buyer per channel. Spills a table with a header row. With order ids, rows sharing an order id count as one order.
 * @customfunction CHANNELS
 * @param {any[][]} channels Channel (traffic source) of each order.
 * @param {any[][]} amounts Order amount of each order.
 * @param {any[][]} buyers Buyer id of each order.
 * @param {any[][]} dates Order date of each order (a buyer is new to the channel of their first order).
 * @param {any[][]} [spendChannels] Channel of each ad spend row.
 * @param {any[][]} [spendAmounts] Amount of each ad spend row.
 * @param {any[][]} [statuses] Order statuses; closed and refunded orders are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), its amount the sum of the lines, or the order total taken once where it is repeated on every row or written on the first row only; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Channel, GMV, orders, spend, ROI, new buyers, cost per new buyer.
 * @requiresParameterAddresses
 */
export function channelsFunction(channels: any[][], amounts: any[][], buyers: any[][], dates: any[][], spendChannels?: any[][], spendAmounts?: any[][], statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.CHANNELS, [channels, amounts, buyers, dates, spendChannels, spendAmounts, statuses, orderIds], invocation);
}

/**
 * Baskets: items per order, lines per order, amount per item and AOV in a comparison period and a period, the AOV change split into more items per order and dearer items, and the add-on lines' share of it. Spills a labelled table. With order ids, rows sharing an order id count as one order.
 * @customfunction BASKET
 * @param {any[][]} amounts Amount of each row: a line amount on every row, or the order total repeated on every row or on the first row only (line amounts are then unknown where an order has several rows).
 * @param {any[][]} quantities Quantity of each row (items on the line); a counted line without one leaves its order out.
 * @param {any[][]} dates Order date (payment time) of each row.
 * @param {any} periodFrom First day of the period.
 * @param {any} periodTo Last day of the period (included).
 * @param {any} compareFrom First day of the comparison period.
 * @param {any} compareTo Last day of the comparison period (included).
 * @param {any[][]} [statuses] Status of each row; closed and refunded lines and orders are left out.
 * @param {number} [priceLimit] Without a threshold: a line under this unit price in an order with other items is an add-on line.
 * @param {number} [threshold] A promotion threshold (满200减30: 200): a line that takes its order across it in the promotion's dates is an add-on line.
 * @param {any} [promotionFrom] First day of the promotion (default: the period's first day).
 * @param {any} [promotionTo] Last day of the promotion (default: the period's last day).
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id are the lines of one order; without it every row is an order of one line.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Rows of figures (orders, items per order, lines per order, amount per item, AOV, add-on amount per order, orders left out, the two parts of the AOV change, the add-on share); columns comparison period, period, change.
 * @requiresParameterAddresses
 */
export function basketFunction(amounts: any[][], quantities: any[][], dates: any[][], periodFrom: any, periodTo: any, compareFrom: any, compareTo: any, statuses?: any[][], priceLimit?: number, threshold?: number, promotionFrom?: any, promotionTo?: any, orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.BASKET, [amounts, quantities, dates, periodFrom, periodTo, compareFrom, compareTo, statuses, priceLimit, threshold, promotionFrom, promotionTo, orderIds], invocation);
}

/**
 * A promotion threshold (满200减30): the share of orders just over it (within 10% above) against just under it (within 10% below), in the promotion's dates and outside them, and the promotion's cost (discount × orders over the threshold) against those orders' gross profit. Spills a labelled table. With order ids, rows sharing an order id count as one order.
 * @customfunction THRESHOLD
 * @param {any[][]} amounts Amount of each row: a line amount on every row, or the order total repeated on every row or on the first row only (line amounts are then unknown where an order has several rows).
 * @param {any[][]} dates Order date (payment time) of each row.
 * @param {number} threshold The threshold (满200减30: 200).
 * @param {number} discount The discount (满200减30: 30), below the threshold.
 * @param {any} promotionFrom First day of the promotion.
 * @param {any} promotionTo Last day of the promotion (included).
 * @param {any[][]} [costs] Cost of each row, for the gross profit of the orders over the threshold.
 * @param {any[][]} [statuses] Status of each row; closed and refunded lines and orders are left out.
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id are the lines of one order; without it every row is an order of one line.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} A header row, then a row for the promotion's dates and one for outside them: orders, just under, just over, their shares, over ÷ under, at or over, promotion cost, gross profit.
 * @requiresParameterAddresses
 */
export function thresholdFunction(amounts: any[][], dates: any[][], threshold: number, discount: number, promotionFrom: any, promotionTo: any, costs?: any[][], statuses?: any[][], orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.THRESHOLD, [amounts, dates, threshold, discount, promotionFrom, promotionTo, costs, statuses, orderIds], invocation);
}

/**
 * Fulfilment per month of payment: paid orders, orders shipped, median and 90th percentile hours from payment to shipping (PERCENTILE.INC), share shipped later than the limit (default 48 h), after-sales and refund rates over the paid orders. Spills a table with a header row. With order ids, rows sharing an order id count as one order, shipped with its last line.
 * @customfunction FULFILMENT
 * @param {any[][]} paidTimes Payment time of each order (a row without one is not a paid order).
 * @param {any[][]} shippedTimes Shipping time of each order (发货时间, Fulfilled at); blank for an order not shipped.
 * @param {any[][]} [afterSales] After-sales status of each order (售后状态): blank, 无售后 or - is none; 退款成功 and refunded are refunds; any other text is an after-sales case.
 * @param {any[][]} [refundAmounts] Refund amount of each order (退款金额, Refunded Amount): above 0 is a refund, whole or partial.
 * @param {number} [limitHours] Orders shipped more than this many hours after payment are late (default 48).
 * @param {any[][]} [orderIds] Order id of each row: rows sharing an order id count as one order (line items, 抖店 sub-orders), paid at its first payment time and shipped at its last shipping time; a blank id makes the row an order of its own.
 * @param {CustomFunctions.Invocation} invocation Invocation
 * @returns {any[][]} Month, paid orders, shipped, median hours, 90th percentile hours, share late, after-sales rate, refund rate.
 * @requiresParameterAddresses
 */
export function fulfilmentFunction(paidTimes: any[][], shippedTimes: any[][], afterSales?: any[][], refundAmounts?: any[][], limitHours?: number, orderIds?: any[][], invocation?: CustomFunctions.Invocation) {
  return runFunction(catalog.FULFILMENT, [paidTimes, shippedTimes, afterSales, refundAmounts, limitHours, orderIds], invocation);
}
