/**
 * A sample shop: a year of a Taobao skincare shop's exports as the operator's sheets hold them
 * (Excel-shaped 2-D tables with Chinese headers and messy cells) — the 千牛 order report (one row
 * per order), its item report (宝贝报表, one row per line of an order, joined by 订单编号), ad spend,
 * traffic, the operator's cost table (unit cost per 商家编码) and an A/B test table — and the same
 * data as plain records with the values those cells mean (the ground truth for tests). Used by the
 * demo, the benchmarks and the oracle test.
 *
 * Deterministic: the same options give the same shop on every machine. The shop is shaped like
 * the review in PRODUCT.md (see `shop-profile.ts` for the figures it aims at). Generation is
 * linear in the number of orders apart from one numeric sort: a million orders take a few seconds.
 *
 * @example
 * const shop = generateSampleShop({ orders: 50_000, seed: 7 });
 * shop.orders[0] // ["订单编号", "买家会员名", "订单付款时间", "实付金额", …]
 * shop.items[0] // ["订单编号", "标题", "价格", "购买数量", "订单状态", "商家编码"]
 * const truth = sampleShopRecords({ orders: 50_000, seed: 7 });
 * truth.orders[0].amount // the number the first order's 实付金额 cell holds, however it is written
 */
import {
  chineseDate, isoDate, isoDateMinutes, isoDateTime, slashDate, slashDateTime, writeMessyAmount, groupThousands,
  type AmountForm, type CivilDate,
} from "./messy-cells";
import { deriveSeed, exponential, mulberry32, randomInt, weightedChoice, type Random } from "./prng";
import {
  ADD_ON_CHANCE, BULK_ORDER, CHANNELS, COUPONS, COUPON_USE_CHANCE, DIGIT_NICKNAME_SHARE, EXPERIMENTS, EXPERIMENT_VISITORS_PER_ORDER,
  FURTHER_REPEAT_CHANCE, GIFT_SET_MIN_PRICE_FEN, GIFT_SET_WEIGHT_BY_MONTH, IN_TRANSIT_DAYS, LATE_AFTER_SALES_FACTOR, LATE_REPURCHASE_FACTOR, LATE_SHIPPING_HOURS, LOW_PRICE_ITEMS,
  LOW_PRICE_ORDER_SHARE, MAIN_ITEMS, NEW_BUYERS_BY_MONTH, NICKNAME_WORDS, ORDERS_BY_HOUR, PARTIAL_REFUND_SHARE, PRICE_CUTS, PROMOTION,
  QUANTITY_WEIGHTS, REPEAT_GAP_MEAN_DAYS, REPEAT_GAP_MIN_DAYS, SALE_DAYS, SHIPPING, SPEND_ONLY_CHANNEL, SPLIT_PAYMENT_CHANCE, STATUS,
  STATUS_CHANCES, SUPPLIER_DELAY, TB_NICKNAME_SHARE, THRESHOLD_PROMOTION, UNPAID_SHARE_OF_CLOSED,
} from "./shop-profile";

export interface SampleShopOptions {
  /** Number of orders (rows of the order table, blank rows not counted). */
  readonly orders: number;
  /** Any 32-bit integer; the default is 1. */
  readonly seed?: number;
  /** First month of the data, "YYYY-MM" (default "2024-11", so that 12 months end with October 2025). */
  readonly startMonth?: string;
  /** Number of months covered (default 12). */
  readonly months?: number;
  /**
   * Share of cells written in a messy-but-readable form (default 0.1): amounts as "¥1,234.50",
   * "￥88", "1234.50" or "1.2万", dates as text, ids and channels with stray spaces, counts as text.
   * With a rate above 0 each table also ends in a few blank rows.
   */
  readonly dirtyRate?: number;
}

/**
 * The headers of the order table, Taobao 订单报表 style, in column order. 宝贝标题 is the order's
 * main item, 购买数量 the units of all its lines, 成本 the operator's cost of its lines; 发货时间 is
 * blank for an order never shipped (closed before shipping, never paid), and 退款金额 is what was
 * paid back (the whole amount for 退款成功 and for an order closed after payment, part of it for
 * 部分退款, 0 otherwise). 千牛 has no after-sales status column (售后状态 is 抖店's and 拼多多's):
 * the refund amount and the status say it.
 */
export const ORDER_HEADERS = ["订单编号", "买家会员名", "订单付款时间", "实付金额", "订单状态", "宝贝标题", "购买数量", "流量来源", "成本", "发货时间", "退款金额"] as const;
/** The item report (千牛 宝贝报表): one row per line, 价格 the unit price paid (before the order's discount), 订单状态 the order's. */
export const ITEM_HEADERS = ["订单编号", "标题", "价格", "购买数量", "订单状态", "商家编码"] as const;
export const AD_SPEND_HEADERS = ["日期", "渠道", "花费", "展现量", "点击量"] as const;
export const TRAFFIC_HEADERS = ["日期", "流量来源", "访客数"] as const;
/** The operator's cost table: one row per item listing. */
export const COST_HEADERS = ["商家编码", "宝贝名称", "成本价"] as const;
/** The A/B test table: one row per arm of an experiment. */
export const EXPERIMENT_HEADERS = ["实验名称", "组别", "访客数", "转化数", "成交金额"] as const;
/** The touchpoint table: one row per visit or ad click of the last six months. */
export const TOUCHPOINT_HEADERS = ["用户ID", "访问时间", "渠道"] as const;

/** The tables as Excel's `Range.values` would give them: the first row holds the headers. */
export interface SampleShopTables {
  readonly orders: unknown[][];
  readonly items: unknown[][];
  readonly adSpend: unknown[][];
  readonly traffic: unknown[][];
  readonly costs: unknown[][];
  readonly experiments: unknown[][];
  readonly touchpoints: unknown[][];
}

/** One order as its cells read. */
export interface SampleOrderRecord {
  /** 0-based position among the data rows of the table (the header row not counted). */
  readonly row: number;
  readonly orderId: string;
  /** The buyer's nickname, without the stray spaces a cell may carry; digits-only nicknames as text. */
  readonly buyer: string;
  /**
   * Payment time as the cell reads, "YYYY-MM-DDTHH:MM:SS" in the shop's wall-clock time: a text
   * without seconds reads as second 0, a date without time as midnight. `null` for an unpaid order.
   */
  readonly paidAt: string | null;
  /** 实付金额 in yuan. */
  readonly amount: number;
  readonly status: string;
  readonly title: string;
  readonly quantity: number;
  readonly channel: string;
  /** 成本 in yuan. */
  readonly cost: number;
  /**
   * 发货时间 as the cell reads, "YYYY-MM-DDTHH:MM:SS" (see `paidAt`); `null` for an order never
   * shipped. It may fall after the window's last day (an order paid on the last evening).
   */
  readonly shippedAt: string | null;
  /** 退款金额 in yuan. */
  readonly refund: number;
  /**
   * The shop's discount (满减) in yuan, taken off the lines' total: `amount` = Σ price × quantity of
   * the order's item rows − `discount`. Not a cell of the order report: the two reports give it.
   */
  readonly discount: number;
}

/** One line of an order as the item report's cells read. */
export interface SampleItemRecord {
  /** 0-based position among the data rows of the item table. */
  readonly row: number;
  /** The 订单编号 of its order in the order report (the cell may wrap it in `'` or `="…"`). */
  readonly orderId: string;
  readonly title: string;
  /** 价格: the unit price in yuan. */
  readonly price: number;
  readonly quantity: number;
  /** 订单状态: its order's status. */
  readonly status: string;
  /** 商家编码. */
  readonly sku: string;
  /** Whether the line is a low-price item added to the order's main item (凑单 or not): not a cell. */
  readonly addOn: boolean;
}

export interface SampleCostRecord {
  readonly row: number;
  readonly sku: string;
  readonly title: string;
  /** 成本价: cost per unit, in yuan. */
  readonly unitCost: number;
}

export interface SampleExperimentRecord {
  readonly row: number;
  readonly experiment: string;
  readonly arm: string;
  readonly visitors: number;
  readonly conversions: number;
  /** 成交金额 in yuan. */
  readonly revenue: number;
}

export interface SampleAdSpendRecord {
  readonly row: number;
  /** "YYYY-MM-DD". */
  readonly date: string;
  readonly channel: string;
  /** In yuan. */
  readonly spend: number;
  readonly impressions: number;
  readonly clicks: number;
}

export interface SampleTrafficRecord {
  readonly row: number;
  /** "YYYY-MM-DD". */
  readonly date: string;
  readonly channel: string;
  readonly visitors: number;
}

/** The ground truth: every non-blank row of the tables with the values its cells mean. */
export interface SampleShopRecords {
  readonly orders: SampleOrderRecord[];
  readonly items: SampleItemRecord[];
  readonly adSpend: SampleAdSpendRecord[];
  readonly traffic: SampleTrafficRecord[];
  readonly costs: SampleCostRecord[];
  readonly experiments: SampleExperimentRecord[];
}

/** Generates the shop as Excel-shaped tables with messy cells. */
export function generateSampleShop(options: SampleShopOptions): SampleShopTables {
  const { tables } = buildSampleShop(options, { tables: true, records: false });
  return tables!;
}

/** The same shop as `generateSampleShop(options)` gives, as records of parsed values. */
export function sampleShopRecords(options: SampleShopOptions): SampleShopRecords {
  const { records } = buildSampleShop(options, { tables: false, records: true });
  return records!;
}

/** Blank rows at the end of each table when the data is messy (a range selected past the data). */
const TRAILING_BLANK_ROWS = 5;
const SECONDS_PER_DAY = 86400;
/** Excel serial of 1970-01-01 (serials count days from 1899-12-30). */
const EXCEL_SERIAL_OF_UNIX_EPOCH = 25569;
const FEN_PER_YUAN = 100;

/** Independent random streams, so that changing how one part draws leaves the others as they were (traffic's messy cells use `messyTables + 1`). */
const STREAM = {
  orders: 1, baskets: 2, names: 3, orderIds: 4, messyOrders: 5, adSpend: 6, traffic: 7, messyTables: 8, shipping: 12, messyItems: 13, experiments: 14, messyShipping: 15, touchpoints: 16,
} as const;

interface ResolvedOptions {
  readonly orders: number;
  readonly seed: number;
  readonly startYear: number;
  readonly startMonth: number;
  readonly months: number;
  readonly dirtyRate: number;
}

function resolveOptions(options: SampleShopOptions): ResolvedOptions {
  const { orders, seed = 1, startMonth = "2024-11", months = 12, dirtyRate = 0.1 } = options;
  if (!Number.isInteger(orders) || orders < 0) throw new RangeError(`orders must be a non-negative integer, not ${orders}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, not ${seed}`);
  if (!Number.isInteger(months) || months < 1 || months > 120) throw new RangeError(`months must be an integer from 1 to 120, not ${months}`);
  if (!(dirtyRate >= 0 && dirtyRate <= 1)) throw new RangeError(`dirtyRate must be between 0 and 1, not ${dirtyRate}`);
  const match = /^(\d{4})-(\d{2})$/.exec(startMonth);
  const month = match === null ? 0 : Number(match[2]);
  if (match === null || month < 1 || month > 12) throw new RangeError(`startMonth must be "YYYY-MM", not ${JSON.stringify(startMonth)}`);
  return { orders, seed, startYear: Number(match[1]), startMonth: month, months, dirtyRate };
}

/** The days of the window, with what each needs: its civil date, month and Excel serial. */
interface ShopCalendar {
  readonly dayCount: number;
  /** Days from 1970-01-01 to the window's first day, and that day's Excel serial. */
  readonly firstDay: number;
  readonly firstSerial: number;
  readonly dates: readonly CivilDate[];
  /** Month of the window (0-based) of each day. */
  readonly monthOffset: Uint16Array;
  /** Excel serial of each day (its midnight). */
  readonly serial: Float64Array;
  /** "YYYY-MM-DD" of each day. */
  readonly isoDay: readonly string[];
}

function buildCalendar(options: ResolvedOptions): ShopCalendar {
  const firstDay = Date.UTC(options.startYear, options.startMonth - 1, 1) / 86_400_000;
  const endDay = Date.UTC(options.startYear, options.startMonth - 1 + options.months, 1) / 86_400_000;
  const dayCount = endDay - firstDay;
  const dates: CivilDate[] = [];
  const monthOffset = new Uint16Array(dayCount);
  const serial = new Float64Array(dayCount);
  const isoDay: string[] = [];
  for (let d = 0; d < dayCount; d++) {
    const date = new Date((firstDay + d) * 86_400_000);
    const civil = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    dates.push(civil);
    monthOffset[d] = (civil.year - options.startYear) * 12 + civil.month - options.startMonth;
    serial[d] = firstDay + d + EXCEL_SERIAL_OF_UNIX_EPOCH;
    isoDay.push(isoDate(civil));
  }
  return { dayCount, firstDay, firstSerial: firstDay + EXCEL_SERIAL_OF_UNIX_EPOCH, dates, monthOffset, serial, isoDay };
}

/** The simulated orders in row order (by payment time), before they are written as cells. */
interface SimulatedOrders {
  readonly count: number;
  /** Seconds from the start of the window. */
  readonly second: Float64Array;
  readonly buyer: Int32Array;
  readonly buyerCount: number;
  /** Index into `CHANNELS`. */
  readonly channel: Uint8Array;
  /** Index into `STATUS_TEXTS`. */
  readonly status: Uint8Array;
  /** 0 for an order never paid (no payment time). */
  readonly paid: Uint8Array;
  readonly amountFen: Float64Array;
  readonly costFen: Float64Array;
  /** Units of all the order's lines. */
  readonly quantity: Uint16Array;
  /** Index into `TITLES`: the order's main item (its first line). */
  readonly title: Uint16Array;
  /** Seconds from payment to shipping; NaN for an order never shipped. */
  readonly shipDelay: Float64Array;
  readonly refundFen: Float64Array;
  readonly discountFen: Float64Array;
  /** The order's lines are `lines.*[lineStart[r] … lineStart[r + 1] − 1]`. */
  readonly lineStart: Uint32Array;
  readonly lines: OrderLineBuffer;
}

const STATUS_TEXTS = [STATUS.success, STATUS.closed, STATUS.refunded, STATUS.partlyRefunded, STATUS.shipped] as const;
const STATUS_CODE = { success: 0, closed: 1, refunded: 2, partlyRefunded: 3, shipped: 4 } as const;
/** Whether an order is a sale that stands (the generator's own notion, for spend and traffic). */
function isKept(status: number): boolean {
  return status !== STATUS_CODE.closed && status !== STATUS_CODE.refunded;
}

/** Titles: main items, low-price items, then low-price items under the promotion's tag (item listings of their own). */
const TITLES: readonly string[] = [
  ...MAIN_ITEMS.map((item) => item.title),
  ...LOW_PRICE_ITEMS.map((item) => item.title),
  ...LOW_PRICE_ITEMS.map((item) => PROMOTION.titlePrefix + item.title),
];
/** 商家编码 of each title. */
const TITLE_SKUS: readonly string[] = [
  ...MAIN_ITEMS.map((item) => item.sku),
  ...LOW_PRICE_ITEMS.map((item) => item.sku),
  ...LOW_PRICE_ITEMS.map((item) => item.sku + PROMOTION.skuSuffix),
];
const unitCostFen = (price: number, ratio: number) => Math.round(price * ratio);
/** Cost per unit (fen) of each title: a flash sale cuts the price, not the cost; the promotion's tag raises the cost to its ratio of the price. */
const TITLE_UNIT_COST_FEN: readonly number[] = [
  ...MAIN_ITEMS.map((item) => unitCostFen(item.priceFen, item.costRatio)),
  ...LOW_PRICE_ITEMS.map((item) => unitCostFen(item.priceFen, item.costRatio)),
  ...LOW_PRICE_ITEMS.map((item) => unitCostFen(item.priceFen, PROMOTION.costRatio)),
];
const LOW_PRICE_TITLE_BASE = MAIN_ITEMS.length;
const PROMOTION_TITLE_BASE = MAIN_ITEMS.length + LOW_PRICE_ITEMS.length;
const BULK_ITEM = MAIN_ITEMS.findIndex((item) => item.title === BULK_ORDER.itemTitle);
/** The low-price items from the cheapest up. */
const LOW_PRICE_BY_PRICE: readonly number[] = LOW_PRICE_ITEMS.map((_, i) => i).sort((a, b) => LOW_PRICE_ITEMS[a].priceFen - LOW_PRICE_ITEMS[b].priceFen);
/** The flash-sale price (fen) of each main item in each calendar month, at `item × 13 + month`; 0 for its list price. */
const CUT_PRICE_FEN: Float64Array = (() => {
  const prices = new Float64Array(MAIN_ITEMS.length * 13);
  for (const cut of PRICE_CUTS) {
    const item = MAIN_ITEMS.findIndex((main) => main.title === cut.itemTitle);
    if (item < 0) throw new Error(`PRICE_CUTS: no main item "${cut.itemTitle}"`);
    prices[item * 13 + cut.month] = cut.priceFen;
  }
  return prices;
})();

/** The lines of all orders, one after another (grown as needed): title, unit price paid (fen), units, and whether an add-on. */
class OrderLineBuffer {
  length = 0;
  title = new Uint16Array(0);
  unitFen = new Float64Array(0);
  quantity = new Uint16Array(0);
  addOn = new Uint8Array(0);

  constructor(capacity: number) {
    this.grow(Math.max(16, capacity));
  }

  private grow(capacity: number): void {
    const copy = <T extends Uint16Array | Float64Array | Uint8Array>(from: T, to: T): T => {
      to.set(from.subarray(0, this.length));
      return to;
    };
    this.title = copy(this.title, new Uint16Array(capacity));
    this.unitFen = copy(this.unitFen, new Float64Array(capacity));
    this.quantity = copy(this.quantity, new Uint16Array(capacity));
    this.addOn = copy(this.addOn, new Uint8Array(capacity));
  }

  /** Adds a line, or one more unit to the order's line of the same title at the same price (from `first` on). */
  add(first: number, title: number, unitFen: number, quantity: number, addOn: boolean): void {
    for (let i = first; i < this.length; i++) {
      if (this.title[i] === title && this.unitFen[i] === unitFen) {
        this.quantity[i] += quantity;
        return;
      }
    }
    if (this.length === this.title.length) this.grow(this.title.length * 2);
    this.title[this.length] = title;
    this.unitFen[this.length] = unitFen;
    this.quantity[this.length] = quantity;
    this.addOn[this.length] = addOn ? 1 : 0;
    this.length++;
  }
}

/** Seconds from payment to shipping of an order paid on `day` (see `SHIPPING`, `SUPPLIER_DELAY`). */
function shippingDelay(calendar: ShopCalendar, day: number, random: Random): number {
  const hours = calendar.dates[day].month === SUPPLIER_DELAY.month && random() < SUPPLIER_DELAY.share
    ? SUPPLIER_DELAY.minHours + exponential(random, SUPPLIER_DELAY.meanExtraHours)
    : SHIPPING.minHours + exponential(random, SHIPPING.meanExtraHours);
  return Math.round(hours * 3600);
}

/**
 * When the buyers come and how often they return: payment times, buyers, sources and how long
 * each order takes to ship, unsorted. A buyer whose first order ships late returns less.
 */
function simulateVisits(options: ResolvedOptions, calendar: ShopCalendar, random: Random) {
  const total = options.orders;
  const second = new Float64Array(total);
  const buyer = new Int32Array(total);
  const channel = new Uint8Array(total);
  const shipDelay = new Float64Array(total);
  const shipRandom = mulberry32(deriveSeed(options.seed, STREAM.shipping));

  const dayWeights = new Float64Array(calendar.dayCount);
  for (let d = 0; d < calendar.dayCount; d++) {
    const { month, day } = calendar.dates[d];
    let factor = 1;
    for (const [saleMonth, first, last, boost] of SALE_DAYS) if (month === saleMonth && day >= first && day <= last) factor = boost;
    dayWeights[d] = NEW_BUYERS_BY_MONTH[month] * factor;
  }
  const pickDay = weightedChoice(dayWeights);
  const pickHour = weightedChoice(ORDERS_BY_HOUR);
  const pickSecondOfDay = () => pickHour(random) * 3600 + randomInt(random, 3600);
  const pickNewBuyerChannel = Array.from({ length: options.months }, (_, m) => {
    const t = options.months === 1 ? 0 : m / (options.months - 1);
    return weightedChoice(CHANNELS.map(({ newBuyerWeight: [start, end] }) => start + (end - start) * t));
  });
  const pickRepeatChannel = weightedChoice(CHANNELS.map((c) => c.repeatWeight));

  let count = 0;
  const emit = (who: number, day: number, at: number, source: number) => {
    second[count] = at;
    buyer[count] = who;
    channel[count] = source;
    shipDelay[count] = shippingDelay(calendar, day, shipRandom);
    count++;
    if (count < total && random() < SPLIT_PAYMENT_CHANCE) {
      second[count] = at;
      buyer[count] = who;
      channel[count] = random() < 0.5 ? source : pickRepeatChannel(random);
      shipDelay[count] = shippingDelay(calendar, day, shipRandom);
      count++;
    }
  };
  let buyerCount = 0;
  while (count < total) {
    const who = buyerCount++;
    let day = pickDay(random);
    const source = pickNewBuyerChannel[calendar.monthOffset[day]](random);
    const first = count;
    emit(who, day, day * SECONDS_PER_DAY + pickSecondOfDay(), source);
    let chance = CHANNELS[source].repurchaseChance * (shipDelay[first] > LATE_SHIPPING_HOURS * 3600 ? LATE_REPURCHASE_FACTOR : 1);
    while (count < total && random() < chance) {
      day += REPEAT_GAP_MIN_DAYS + Math.floor(exponential(random, REPEAT_GAP_MEAN_DAYS));
      if (day >= calendar.dayCount) break;
      emit(who, day, day * SECONDS_PER_DAY + pickSecondOfDay(), pickRepeatChannel(random));
      chance = FURTHER_REPEAT_CHANCE;
    }
  }
  return { second, buyer, channel, shipDelay, buyerCount };
}

/**
 * Row order: by payment time, ties (split payments) in the order they were made. Sorting packed
 * numeric keys (time × 2^bits + index) in a Float64Array avoids a comparator call per pair.
 */
function rowOrder(second: Float64Array, span: number): Uint32Array {
  const n = second.length;
  const order = new Uint32Array(n);
  const bits = Math.max(1, Math.ceil(Math.log2(n + 1)));
  if (span * 2 ** bits < 2 ** 53) {
    const scale = 2 ** bits;
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = second[i] * scale + i;
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = keys[i] - Math.floor(keys[i] / scale) * scale;
  } else {
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => second[a] - second[b] || a - b);
  }
  return order;
}

/** What each order bought (its lines), what it was paid, when it shipped and what happened to it. */
function simulateOrders(options: ResolvedOptions, calendar: ShopCalendar): SimulatedOrders {
  const visits = simulateVisits(options, calendar, mulberry32(deriveSeed(options.seed, STREAM.orders)));
  const count = options.orders;
  const order = rowOrder(visits.second, calendar.dayCount * SECONDS_PER_DAY);
  const second = new Float64Array(count);
  const buyer = new Int32Array(count);
  const channel = new Uint8Array(count);
  const shipDelay = new Float64Array(count);
  for (let r = 0; r < count; r++) {
    const i = order[r];
    second[r] = visits.second[i];
    buyer[r] = visits.buyer[i];
    channel[r] = visits.channel[i];
    shipDelay[r] = visits.shipDelay[i];
  }

  const random = mulberry32(deriveSeed(options.seed, STREAM.baskets));
  const status = new Uint8Array(count);
  const paid = new Uint8Array(count);
  const amountFen = new Float64Array(count);
  const costFen = new Float64Array(count);
  const quantity = new Uint16Array(count);
  const title = new Uint16Array(count);
  const refundFen = new Float64Array(count);
  const discountFen = new Float64Array(count);
  const lineStart = new Uint32Array(count + 1);
  const lines = new OrderLineBuffer(Math.ceil(count * 1.3));
  const pickMainIn = Array.from({ length: 13 }, (_, month) => (month === 0 ? null : weightedChoice(MAIN_ITEMS.map((item) => (
    item.priceFen >= GIFT_SET_MIN_PRICE_FEN ? item.weight * GIFT_SET_WEIGHT_BY_MONTH[month] : item.weight)))));
  const pickLow = weightedChoice(LOW_PRICE_ITEMS.map((item) => item.weight));
  const pickQuantity = weightedChoice(QUANTITY_WEIGHTS);
  const threshold = THRESHOLD_PROMOTION.thresholdFen;

  for (let r = 0; r < count; r++) {
    const day = Math.floor(second[r] / SECONDS_PER_DAY);
    const month = calendar.dates[day].month;
    const promotion = month === PROMOTION.month;
    const lowTitle = (index: number) => (promotion ? PROMOTION_TITLE_BASE : LOW_PRICE_TITLE_BASE) + index;
    const first = lines.length;
    lineStart[r] = first;
    let discount = 0;

    if (random() < BULK_ORDER.chance) {
      const units = BULK_ORDER.minQuantity + randomInt(random, BULK_ORDER.maxQuantity - BULK_ORDER.minQuantity + 1);
      lines.add(first, BULK_ITEM, MAIN_ITEMS[BULK_ITEM].priceFen, units, false);
      title[r] = BULK_ITEM;
    } else if (random() < LOW_PRICE_ORDER_SHARE[month]) {
      const index = pickLow(random);
      const item = LOW_PRICE_ITEMS[index];
      const units = item.priceFen * 2 < 50 * FEN_PER_YUAN && random() < 0.15 ? 2 : 1;
      lines.add(first, lowTitle(index), item.priceFen, units, false);
      title[r] = lowTitle(index);
    } else {
      const index = pickMainIn[month]!(random);
      const item = MAIN_ITEMS[index];
      const units = pickQuantity(random);
      const cutPrice = CUT_PRICE_FEN[index * 13 + month];
      lines.add(first, index, cutPrice > 0 ? cutPrice : item.priceFen, units, false);
      title[r] = index;
      // The list-price subtotal decides the coupon draws, so that a flash sale changes no other
      // order's draws (nor any figure of the orders it does not touch).
      let listSubtotal = item.priceFen * units;
      let subtotal = (cutPrice > 0 ? cutPrice : item.priceFen) * units;
      if (random() < ADD_ON_CHANCE) {
        const addOn = pickLow(random);
        lines.add(first, lowTitle(addOn), LOW_PRICE_ITEMS[addOn].priceFen, 1, true);
        listSubtotal += LOW_PRICE_ITEMS[addOn].priceFen;
        subtotal += LOW_PRICE_ITEMS[addOn].priceFen;
      }
      if (month === THRESHOLD_PROMOTION.month) {
        // 满200减30 in place of the coupons; a flash-sale price takes no discount on top.
        if (cutPrice === 0) {
          const reach = THRESHOLD_PROMOTION.reach.find((step) => subtotal >= step.from * threshold);
          if (subtotal < threshold && reach !== undefined && random() < reach.chance) {
            for (let added = 0; subtotal < threshold && added < THRESHOLD_PROMOTION.maxAddOns; added++) {
              const addOn = topUpItem(threshold - subtotal, random, pickLow);
              lines.add(first, lowTitle(addOn), LOW_PRICE_ITEMS[addOn].priceFen, 1, true);
              subtotal += LOW_PRICE_ITEMS[addOn].priceFen;
            }
          }
          if (subtotal >= threshold) discount = THRESHOLD_PROMOTION.discountFen;
        }
      } else {
        for (const [couponThreshold, couponDiscount] of COUPONS) {
          if (listSubtotal >= couponThreshold) {
            // A flash-sale price takes no coupon on top.
            if (random() < COUPON_USE_CHANCE && cutPrice === 0) discount = couponDiscount;
            break;
          }
        }
      }
    }

    let gross = 0;
    let cost = 0;
    let units = 0;
    for (let i = first; i < lines.length; i++) {
      gross += lines.unitFen[i] * lines.quantity[i];
      cost += TITLE_UNIT_COST_FEN[lines.title[i]] * lines.quantity[i];
      units += lines.quantity[i];
    }
    amountFen[r] = gross - discount;
    discountFen[r] = discount;
    costFen[r] = cost;
    quantity[r] = units;

    // A late order ends in a refund more often (after-sales rise with the delay): closed after
    // payment (refunded in full before it shipped), refunded, or partly refunded.
    const late = shipDelay[r] > LATE_SHIPPING_HOURS * 3600 ? LATE_AFTER_SALES_FACTOR : 1;
    const unpaid = STATUS_CHANCES.closed * UNPAID_SHARE_OF_CLOSED;
    const closed = unpaid + STATUS_CHANCES.closed * (1 - UNPAID_SHARE_OF_CLOSED) * late;
    const refunded = closed + STATUS_CHANCES.refunded * late;
    const u = random();
    paid[r] = u < unpaid ? 0 : 1;
    if (u < closed) {
      status[r] = STATUS_CODE.closed;
      shipDelay[r] = NaN;
      refundFen[r] = paid[r] === 1 ? amountFen[r] : 0;
    } else if (u < refunded) {
      status[r] = STATUS_CODE.refunded;
      refundFen[r] = amountFen[r];
    } else if (u < refunded + STATUS_CHANCES.partlyRefunded * late) {
      status[r] = STATUS_CODE.partlyRefunded;
      const last = lines.length - 1;
      const share = PARTIAL_REFUND_SHARE.low + (PARTIAL_REFUND_SHARE.high - PARTIAL_REFUND_SHARE.low) * random();
      refundFen[r] = last > first && lines.addOn[last] === 1
        ? Math.min(lines.unitFen[last], amountFen[r])
        : Math.max(FEN_PER_YUAN, Math.round((amountFen[r] * share) / FEN_PER_YUAN) * FEN_PER_YUAN);
    } else {
      const daysLeft = calendar.dayCount - day;
      status[r] = daysLeft <= IN_TRANSIT_DAYS && random() * IN_TRANSIT_DAYS >= daysLeft ? STATUS_CODE.shipped : STATUS_CODE.success;
    }
  }
  lineStart[count] = lines.length;
  return {
    count, second, buyer, buyerCount: visits.buyerCount, channel, status, paid, amountFen, costFen, quantity, title,
    shipDelay, refundFen, discountFen, lineStart, lines,
  };
}

/**
 * The low-price item a buyer adds to get `gapFen` closer to a threshold: of those that close the
 * gap on their own, the cheapest (`cheapestChance`) or any; when none does, any (by weight).
 */
function topUpItem(gapFen: number, random: Random, pickLow: (random: Random) => number): number {
  const closing = LOW_PRICE_BY_PRICE.findIndex((i) => LOW_PRICE_ITEMS[i].priceFen >= gapFen);
  if (closing < 0) return pickLow(random);
  if (random() < THRESHOLD_PROMOTION.cheapestChance) return LOW_PRICE_BY_PRICE[closing];
  return LOW_PRICE_BY_PRICE[closing + randomInt(random, LOW_PRICE_BY_PRICE.length - closing)];
}

/** A bijection of 32-bit integers (an integer hash), to give ids that look random but never repeat. */
function scramble(n: number): number {
  const x = n >>> 0;
  let h = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Offsets into `scramble`'s domain, so that row 0 and buyer 0 do not come out as 0. */
const ORDER_ID_OFFSET = 0x2545f491;
const BUYER_ID_OFFSET = 0x6c8e9cf5;

const ZEROS: readonly string[] = ["", "0", "00", "000", "0000", "00000", "000000", "0000000", "00000000", "000000000"];

/** A 32-bit unsigned integer as exactly ten digits. */
function tenDigits(n: number): string {
  let digits = 1;
  for (let bound = 10; n >= bound && digits < 10; bound *= 10) digits++;
  return ZEROS[10 - digits] + n;
}

/**
 * Buyer nicknames, distinct by construction: `tb` and digits, a word and digits, or digits
 * alone (a phone-like number, which Excel stores as a number: `numeric` holds it).
 */
function buyerNames(buyerCount: number, seed: number): { names: string[]; numeric: Float64Array } {
  const random = mulberry32(deriveSeed(seed, STREAM.names));
  const names = new Array<string>(buyerCount);
  const numeric = new Float64Array(buyerCount);
  for (let b = 0; b < buyerCount; b++) {
    const id = scramble(b + BUYER_ID_OFFSET);
    const u = random();
    if (u < DIGIT_NICKNAME_SHARE) {
      numeric[b] = 10_000_000_000 + id;
      names[b] = String(numeric[b]);
    } else if (u < DIGIT_NICKNAME_SHARE + TB_NICKNAME_SHARE) {
      names[b] = `tb${id}`;
    } else {
      const word = id % NICKNAME_WORDS.length;
      names[b] = NICKNAME_WORDS[word] + String((id - word) / NICKNAME_WORDS.length);
    }
  }
  return { names, numeric };
}

/**
 * Picks how a messy amount of `fen` is written: mostly currency or plain text, 万 now and then —
 * for an amount of 1万 yuan or more half the time, as operators write large sums.
 */
function messyAmountForm(u: number, fen: number): AmountForm {
  if (fen >= WAN_FEN) return u < 0.25 ? "yenGrouped" : u < 0.4 ? "yenFullWidth" : u < 0.5 ? "decimalText" : "wan";
  return u < 0.35 ? "yenGrouped" : u < 0.6 ? "yenFullWidth" : u < 0.95 ? "decimalText" : "wan";
}

/** 1万 yuan in fen. */
const WAN_FEN = 1_000_000;

/** A cell with a stray space before or after its text. */
function padded(text: string, u: number): string {
  return u < 0.5 ? ` ${text}` : `${text} `;
}

function blankRows(width: number, count: number): unknown[][] {
  return Array.from({ length: count }, (_, r) => new Array<unknown>(width).fill(r % 2 === 0 ? "" : null));
}

interface Wanted {
  readonly tables: boolean;
  readonly records: boolean;
}

/** Writes the orders as cells and/or records, choosing the messy cells with their own random stream. */
/** The 订单编号 of each order: 19 digits like Taobao's, 9 random ones starting with 3, then 10 unique to the row. */
function orderIds(count: number, seed: number): string[] {
  const idRandom = mulberry32(deriveSeed(seed, STREAM.orderIds));
  const ids = new Array<string>(count);
  for (let r = 0; r < count; r++) ids[r] = String(300_000_000 + randomInt(idRandom, 100_000_000)) + tenDigits(scramble(r + ORDER_ID_OFFSET));
  return ids;
}

/** The civil date of a day of the window, or of a day after it (a shipping time past the last day). */
function civilDateOf(calendar: ShopCalendar, day: number): CivilDate {
  if (day < calendar.dayCount) return calendar.dates[day];
  const date = new Date((calendar.firstDay + day) * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

function writeOrders(shop: SimulatedOrders, calendar: ShopCalendar, options: ResolvedOptions, ids: readonly string[], wanted: Wanted) {
  const rows: unknown[][] | undefined = wanted.tables ? [ORDER_HEADERS.slice()] : undefined;
  const records: SampleOrderRecord[] | undefined = wanted.records ? [] : undefined;
  const { names, numeric } = buyerNames(shop.buyerCount, options.seed);
  const messy = mulberry32(deriveSeed(options.seed, STREAM.messyOrders));
  // The shipping and refund cells draw from their own stream, so the other cells are as they were.
  const messyShipping = mulberry32(deriveSeed(options.seed, STREAM.messyShipping));
  const rate = options.dirtyRate;
  const isMessy = rate > 0 ? () => messy() < rate : () => false;
  const isMessyShipping = rate > 0 ? () => messyShipping() < rate : () => false;

  for (let r = 0; r < shop.count; r++) {
    const orderId = ids[r];

    const b = shop.buyer[r];
    const name = names[b];
    let buyerCell: unknown = numeric[b] > 0 ? numeric[b] : name;
    if (isMessy()) buyerCell = numeric[b] > 0 ? name : padded(name, messy());

    const day = Math.floor(shop.second[r] / SECONDS_PER_DAY);
    let secondOfDay = shop.second[r] - day * SECONDS_PER_DAY;
    let paidCell: unknown;
    if (shop.paid[r] === 0) {
      paidCell = messy() < 0.5 ? "" : null;
    } else if (isMessy()) {
      const u = messy();
      const date = calendar.dates[day];
      if (u < 0.4) {
        paidCell = slashDateTime(date, secondOfDay);
      } else if (u < 0.75) {
        secondOfDay -= secondOfDay % 60;
        paidCell = isoDateMinutes(date, secondOfDay);
      } else {
        secondOfDay = 0;
        paidCell = chineseDate(date);
      }
    } else {
      paidCell = calendar.serial[day] + secondOfDay / SECONDS_PER_DAY;
    }

    const amountFen = shop.amountFen[r];
    const amountCell = isMessy() ? writeMessyAmount(amountFen, messyAmountForm(messy(), amountFen)) : amountFen / FEN_PER_YUAN;
    const status = STATUS_TEXTS[shop.status[r]];
    const statusCell = isMessy() ? `${status} ` : status;
    const title = TITLES[shop.title[r]];
    const quantity = shop.quantity[r];
    const quantityCell = isMessy() ? String(quantity) : quantity;
    const channel = CHANNELS[shop.channel[r]].name;
    const channelCell = isMessy() ? padded(channel, messy()) : channel;
    const costFen = shop.costFen[r];
    const costCell = isMessy() ? writeMessyAmount(costFen, messyAmountForm(messy(), costFen)) : costFen / FEN_PER_YUAN;

    // 发货时间: a date-time like the payment time (text when messy, always with its seconds), blank when never shipped.
    const delay = shop.shipDelay[r];
    let shippedCell: unknown = null;
    let shippedAt: string | null = null;
    if (delay === delay) {
      const shipped = shop.second[r] + delay;
      const shipDay = Math.floor(shipped / SECONDS_PER_DAY);
      const shipSecondOfDay = shipped - shipDay * SECONDS_PER_DAY;
      const date = civilDateOf(calendar, shipDay);
      shippedCell = isMessyShipping() ? slashDateTime(date, shipSecondOfDay) : calendar.firstSerial + shipDay + shipSecondOfDay / SECONDS_PER_DAY;
      shippedAt = isoDateTime(date, shipSecondOfDay);
    } else if (messyShipping() < 0.5) {
      shippedCell = "";
    }
    const refundFen = shop.refundFen[r];
    const refundCell = refundFen > 0 && isMessyShipping() ? writeMessyAmount(refundFen, messyAmountForm(messyShipping(), refundFen)) : refundFen / FEN_PER_YUAN;

    rows?.push([orderId, buyerCell, paidCell, amountCell, statusCell, title, quantityCell, channelCell, costCell, shippedCell, refundCell]);
    records?.push({
      row: r, orderId, buyer: name, paidAt: shop.paid[r] === 0 ? null : isoDateTime(calendar.dates[day], secondOfDay),
      amount: amountFen / FEN_PER_YUAN, status, title, quantity, channel, cost: costFen / FEN_PER_YUAN,
      shippedAt, refund: refundFen / FEN_PER_YUAN, discount: shop.discountFen[r] / FEN_PER_YUAN,
    });
  }
  if (rows !== undefined && rate > 0) rows.push(...blankRows(ORDER_HEADERS.length, TRAILING_BLANK_ROWS));
  return { rows, records };
}

/** A date cell of the spend and traffic tables: an Excel date, or text when messy. */
function dayCell(calendar: ShopCalendar, day: number, messy: boolean, u: number): unknown {
  if (!messy) return calendar.serial[day];
  const date = calendar.dates[day];
  return u < 0.4 ? calendar.isoDay[day] : u < 0.7 ? slashDate(date) : chineseDate(date);
}

/** A count cell: a number, or (messy) its text with or without thousands separators. */
function countCell(n: number, messy: boolean, u: number): unknown {
  return !messy ? n : u < 0.5 ? groupThousands(n) : String(n);
}

/** Kept GMV (fen) and kept orders per day and channel, the base of spend and traffic. */
function dailyChannelTotals(shop: SimulatedOrders, calendar: ShopCalendar) {
  const width = CHANNELS.length;
  const gmvFen = new Float64Array(calendar.dayCount * width);
  const orders = new Float64Array(calendar.dayCount * width);
  for (let r = 0; r < shop.count; r++) {
    if (!isKept(shop.status[r])) continue;
    const cell = Math.floor(shop.second[r] / SECONDS_PER_DAY) * width + shop.channel[r];
    gmvFen[cell] += shop.amountFen[r];
    orders[cell]++;
  }
  return { gmvFen, orders, width };
}

/**
 * Daily ad spend per paid channel: the channel's kept GMV that day ÷ its ROI that month, with
 * ±15% noise (at least ¥50 a day), impressions from the CPM and clicks from the CTR.
 */
function writeAdSpend(shop: SimulatedOrders, calendar: ShopCalendar, options: ResolvedOptions, wanted: Wanted) {
  const rows: unknown[][] | undefined = wanted.tables ? [AD_SPEND_HEADERS.slice()] : undefined;
  const records: SampleAdSpendRecord[] | undefined = wanted.records ? [] : undefined;
  const random = mulberry32(deriveSeed(options.seed, STREAM.adSpend));
  const messy = mulberry32(deriveSeed(options.seed, STREAM.messyTables));
  const rate = options.dirtyRate;
  const isMessy = rate > 0 ? () => messy() < rate : () => false;
  const totals = dailyChannelTotals(shop, calendar);
  const searchAds = CHANNELS.findIndex((c) => c.name === "直通车");

  const write = (day: number, channel: string, spendFen: number, cpm: number, ctr: number) => {
    const impressions = Math.round((spendFen / FEN_PER_YUAN / cpm) * 1000 * (0.9 + 0.2 * random()));
    const clicks = Math.round(impressions * ctr * (0.85 + 0.3 * random()));
    const cells = [
      dayCell(calendar, day, isMessy(), messy()),
      isMessy() ? padded(channel, messy()) : channel,
      isMessy() ? writeMessyAmount(spendFen, messyAmountForm(messy(), spendFen)) : spendFen / FEN_PER_YUAN,
      countCell(impressions, isMessy(), messy()),
      countCell(clicks, isMessy(), messy()),
    ];
    rows?.push(cells);
    records?.push({ row: records.length, date: calendar.isoDay[day], channel, spend: spendFen / FEN_PER_YUAN, impressions, clicks });
  };

  for (let day = 0; day < calendar.dayCount; day++) {
    const month = calendar.dates[day].month;
    let searchAdsSpend = 0;
    for (let c = 0; c < CHANNELS.length; c++) {
      const ad = CHANNELS[c].ad;
      if (ad === undefined) continue;
      const gmvFen = totals.gmvFen[day * totals.width + c];
      const spendFen = Math.max(50 * FEN_PER_YUAN, Math.round((gmvFen / ad.roi[month]) * (0.85 + 0.3 * random())));
      if (c === searchAds) searchAdsSpend = spendFen;
      write(day, CHANNELS[c].name, spendFen, ad.cpm, ad.ctr);
    }
    if (SPEND_ONLY_CHANNEL.activeMonths.includes(month)) {
      const spendFen = Math.round(searchAdsSpend * SPEND_ONLY_CHANNEL.shareOfSearchAds * (0.8 + 0.4 * random()));
      write(day, SPEND_ONLY_CHANNEL.name, spendFen, SPEND_ONLY_CHANNEL.cpm, SPEND_ONLY_CHANNEL.ctr);
    }
  }
  if (rows !== undefined && rate > 0) rows.push(...blankRows(AD_SPEND_HEADERS.length, TRAILING_BLANK_ROWS));
  return { rows, records };
}

/** Daily visitors per channel: kept orders ÷ the channel's conversion rate, with ±10% noise. */
function writeTraffic(shop: SimulatedOrders, calendar: ShopCalendar, options: ResolvedOptions, wanted: Wanted) {
  const rows: unknown[][] | undefined = wanted.tables ? [TRAFFIC_HEADERS.slice()] : undefined;
  const records: SampleTrafficRecord[] | undefined = wanted.records ? [] : undefined;
  const random = mulberry32(deriveSeed(options.seed, STREAM.traffic));
  const messy = mulberry32(deriveSeed(options.seed, STREAM.messyTables + 1));
  const rate = options.dirtyRate;
  const isMessy = rate > 0 ? () => messy() < rate : () => false;
  const totals = dailyChannelTotals(shop, calendar);
  for (let day = 0; day < calendar.dayCount; day++) {
    for (let c = 0; c < CHANNELS.length; c++) {
      const orders = totals.orders[day * totals.width + c];
      const visitors = Math.max(orders, Math.round(((orders + 0.5) / CHANNELS[c].conversionRate) * (0.9 + 0.2 * random())));
      const channel = CHANNELS[c].name;
      const cells = [dayCell(calendar, day, isMessy(), messy()), isMessy() ? padded(channel, messy()) : channel, countCell(visitors, isMessy(), messy())];
      rows?.push(cells);
      records?.push({ row: records.length, date: calendar.isoDay[day], channel, visitors });
    }
  }
  if (rows !== undefined && rate > 0) rows.push(...blankRows(TRAFFIC_HEADERS.length, TRAILING_BLANK_ROWS));
  return { rows, records };
}

/**
 * The item report: one row per line of each order, in the order report's order, joined to it by
 * 订单编号 (written as text, now and then with the `'` or `="…"` that keeps Excel from rounding it).
 */
function writeItems(shop: SimulatedOrders, options: ResolvedOptions, ids: readonly string[], wanted: Wanted) {
  const rows: unknown[][] | undefined = wanted.tables ? [ITEM_HEADERS.slice()] : undefined;
  const records: SampleItemRecord[] | undefined = wanted.records ? [] : undefined;
  const messy = mulberry32(deriveSeed(options.seed, STREAM.messyItems));
  const rate = options.dirtyRate;
  const isMessy = rate > 0 ? () => messy() < rate : () => false;
  const { lines } = shop;
  let row = 0;
  for (let r = 0; r < shop.count; r++) {
    const orderId = ids[r];
    const status = STATUS_TEXTS[shop.status[r]];
    for (let i = shop.lineStart[r]; i < shop.lineStart[r + 1]; i++) {
      const title = TITLES[lines.title[i]];
      const sku = TITLE_SKUS[lines.title[i]];
      const priceFen = lines.unitFen[i];
      const quantity = lines.quantity[i];
      const idCell = isMessy() ? (messy() < 0.5 ? `'${orderId}` : `="${orderId}"`) : orderId;
      const priceCell = isMessy() ? writeMessyAmount(priceFen, messyAmountForm(messy(), priceFen)) : priceFen / FEN_PER_YUAN;
      const quantityCell = isMessy() ? String(quantity) : quantity;
      const statusCell = isMessy() ? `${status} ` : status;
      rows?.push([idCell, title, priceCell, quantityCell, statusCell, sku]);
      records?.push({ row: row++, orderId, title, price: priceFen / FEN_PER_YUAN, quantity, status, sku, addOn: lines.addOn[i] === 1 });
    }
  }
  if (rows !== undefined && rate > 0) rows.push(...blankRows(ITEM_HEADERS.length, TRAILING_BLANK_ROWS));
  return { rows, records };
}

/** The operator's cost table: each item listing's 商家编码, title and unit cost, as the order report's 成本 adds them up. */
function writeCosts(wanted: Wanted) {
  const rows: unknown[][] | undefined = wanted.tables ? [COST_HEADERS.slice()] : undefined;
  const records: SampleCostRecord[] | undefined = wanted.records ? [] : undefined;
  TITLES.forEach((title, t) => {
    const unitCost = TITLE_UNIT_COST_FEN[t] / FEN_PER_YUAN;
    rows?.push([TITLE_SKUS[t], title, unitCost]);
    records?.push({ row: t, sku: TITLE_SKUS[t], title, unitCost });
  });
  return { rows, records };
}

/**
 * The A/B test table (see `EXPERIMENTS`): visitors per arm in proportion to the shop's orders,
 * split about evenly; conversions at the arm's rate; revenue at the arm's order amount ± 2%.
 */
function writeExperiments(options: ResolvedOptions, wanted: Wanted) {
  const rows: unknown[][] | undefined = wanted.tables ? [EXPERIMENT_HEADERS.slice()] : undefined;
  const records: SampleExperimentRecord[] | undefined = wanted.records ? [] : undefined;
  const random = mulberry32(deriveSeed(options.seed, STREAM.experiments));
  const rate = options.dirtyRate;
  for (const experiment of EXPERIMENTS) {
    for (const arm of experiment.arms) {
      const visitors = Math.round(options.orders * EXPERIMENT_VISITORS_PER_ORDER * (0.99 + 0.02 * random()));
      const conversions = Math.round(visitors * arm.conversionRate);
      const revenueFen = Math.round(conversions * arm.orderAmountFen * (0.98 + 0.04 * random()));
      const messy = random() < rate;
      const cells = [
        experiment.name, arm.name, countCell(visitors, messy, random()), conversions,
        messy ? writeMessyAmount(revenueFen, messyAmountForm(random(), revenueFen)) : revenueFen / FEN_PER_YUAN,
      ];
      rows?.push(cells);
      records?.push({ row: records.length, experiment: experiment.name, arm: arm.name, visitors, conversions, revenue: revenueFen / FEN_PER_YUAN });
    }
  }
  return { rows, records };
}

/**
 * The channels that open paths and how often (issue 15's demo): 小红书 and 抖音 bring a buyer to the
 * shop days before a search or an ad click closes the order, and rarely close it themselves.
 */
const PATH_OPENERS = [{ channel: "小红书", weight: 0.55 }, { channel: "抖音", weight: 0.3 }, { channel: "腾讯广告", weight: 0.15 }] as const;
/** Of the orders of an on-site channel, the share whose buyer came first through an opener. */
const OPENED_SHARE = 0.5;
/** Visitors who touched the shop and never ordered, per order with touchpoints. */
const NON_CONVERTING_PER_ORDER = 0.5;
/** Touchpoints cover the last this many days of the window. */
const TOUCHPOINT_DAYS = 183;

/**
 * The touchpoint table of the last six months: each paid order's last touch is its own source
 * 10 minutes to 2 hours before payment; half the orders of on-site channels were opened by 小红书,
 * 抖音 or 腾讯广告 2–20 days before (a third of them with a 直通车 click between), and a fifth of the
 * others by another opener; half as many visitors again touched the shop through the openers and
 * never bought. Times are Excel serials, buyers as the order table writes them.
 */
function writeTouchpoints(shop: SimulatedOrders, calendar: ShopCalendar, options: ResolvedOptions, wanted: Wanted): { rows?: unknown[][] } {
  if (!wanted.tables) return {};
  const rows: unknown[][] = [TOUCHPOINT_HEADERS.slice()];
  const random = mulberry32(deriveSeed(options.seed, STREAM.touchpoints));
  const { names, numeric } = buyerNames(shop.buyerCount, options.seed);
  const serialOf = (second: number) => calendar.firstSerial + second / SECONDS_PER_DAY;
  const opener = () => {
    const u = random();
    let sum = 0;
    for (const o of PATH_OPENERS) if (u < (sum += o.weight)) return o.channel;
    return PATH_OPENERS[0].channel;
  };
  let last = 0;
  for (let r = 0; r < shop.count; r++) if (shop.paid[r] === 1 && shop.second[r] > last) last = shop.second[r];
  const cutoff = last - TOUCHPOINT_DAYS * SECONDS_PER_DAY;
  let converting = 0;
  for (let r = 0; r < shop.count; r++) {
    if (shop.paid[r] === 0 || shop.second[r] < cutoff) continue;
    converting++;
    const b = shop.buyer[r];
    const person = numeric[b] > 0 ? numeric[b] : names[b];
    const paid = shop.second[r];
    const own = CHANNELS[shop.channel[r]];
    const opened = own.onSite ? random() < OPENED_SHARE : random() < 0.2;
    if (opened) {
      const openedAt = paid - (2 + random() * 18) * SECONDS_PER_DAY;
      const first = opener();
      rows.push([person, serialOf(openedAt), first === own.name ? "抖音" : first]);
      if (own.onSite && random() < 1 / 3) rows.push([person, serialOf(openedAt + random() * (paid - openedAt) * 0.8), "直通车"]);
    }
    rows.push([person, serialOf(paid - (600 + random() * 6600)), own.name]);
  }
  const visitors = Math.round(converting * NON_CONVERTING_PER_ORDER);
  for (let v = 0; v < visitors; v++) {
    const person = `visitor${String(v).padStart(6, "0")}`;
    const touches = 1 + Math.floor(random() * 3);
    let at = cutoff + random() * (last - cutoff - 21 * SECONDS_PER_DAY);
    for (let k = 0; k < touches; k++) {
      rows.push([person, serialOf(at), k === 0 ? opener() : random() < 0.5 ? "直通车" : opener()]);
      at += (1 + random() * 6) * SECONDS_PER_DAY;
    }
  }
  return { rows };
}

function buildSampleShop(options: SampleShopOptions, wanted: Wanted): { tables?: SampleShopTables; records?: SampleShopRecords } {
  const resolved = resolveOptions(options);
  const calendar = buildCalendar(resolved);
  const shop = simulateOrders(resolved, calendar);
  const ids = orderIds(shop.count, resolved.seed);
  const orders = writeOrders(shop, calendar, resolved, ids, wanted);
  const items = writeItems(shop, resolved, ids, wanted);
  const adSpend = writeAdSpend(shop, calendar, resolved, wanted);
  const traffic = writeTraffic(shop, calendar, resolved, wanted);
  const costs = writeCosts(wanted);
  const experiments = writeExperiments(resolved, wanted);
  const touchpoints = writeTouchpoints(shop, calendar, resolved, wanted);
  return {
    tables: wanted.tables
      ? { orders: orders.rows!, items: items.rows!, adSpend: adSpend.rows!, traffic: traffic.rows!, costs: costs.rows!, experiments: experiments.rows!, touchpoints: touchpoints.rows! }
      : undefined,
    records: wanted.records
      ? { orders: orders.records!, items: items.records!, adSpend: adSpend.records!, traffic: traffic.records!, costs: costs.records!, experiments: experiments.records! }
      : undefined,
  };
}
