import { civilFromSerial, daysInMonth } from "../engine/calendar";
import type { OrderTable } from "./order-table";
import type { MonthRange } from "./review-period";

/** Months in the default review period. */
export const DEFAULT_PERIOD_MONTHS = 5;

/** First and last month with a counted order, and the time of the latest one; `null` without counted orders. */
export function orderMonths(orders: OrderTable): { first: number; last: number; latest: number } | null {
  let first = Infinity;
  let last = -Infinity;
  let latest = -Infinity;
  for (let i = 0; i < orders.length; i++) {
    if (orders.counted[i] !== 1) continue;
    const month = orders.month[i];
    if (month < first) first = month;
    if (month > last) last = month;
    if (orders.time[i] > latest) latest = orders.time[i];
  }
  return first === Infinity ? null : { first, last, latest };
}

/** Empty months between the bulk of the orders and a few later ones that make those few outliers. */
export const OUTLIER_GAP_MONTHS = 12;
/** The later orders are outliers when they are at most this share of the counted orders … */
const OUTLIER_SHARE = 0.01;
/** … or at most this many (a small shop's one typo is more than 1%). */
const OUTLIER_ORDERS = 10;
/** Sheet rows of outliers a notice names. */
export const OUTLIER_ROWS_NAMED = 10;
/** Excel serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/** Counted orders the default period leaves out, dated far beyond the bulk of the orders. */
export interface PeriodOutliers {
  readonly count: number;
  /** Sheet rows of the first `OUTLIER_ROWS_NAMED` of them, in the table's order. */
  readonly rows: readonly number[];
  /** Their earliest and latest time (Excel serials). */
  readonly first: number;
  readonly last: number;
}

export interface DefaultPeriodChoice {
  readonly period: MonthRange;
  /** The orders left out of the choice, `null` when none. */
  readonly outliers: PeriodOutliers | null;
}

/** A Date as an Excel serial (UTC). */
export function serialFromDate(date: Date): number {
  return date.getTime() / 86_400_000 + UNIX_EPOCH_SERIAL;
}

/**
 * The last month of the bulk of the orders, before which `defaultPeriod` looks: orders dated
 * after `today` (a day's grace for time zones) never count, and neither do the orders of the
 * months after a gap of at least `OUTLIER_GAP_MONTHS` empty months when they are at most 1% of
 * the counted orders or at most 10 orders, and fewer than those before the gap (a 2052 typo, a
 * 9999-12-31 placeholder). `Infinity` bounds nothing.
 */
function bulkEnd(orders: OrderTable, today: number): { lastMonth: number; before: number } {
  const before = Math.floor(today) + 2;
  const counts = new Map<number, number>();
  let total = 0;
  for (let i = 0; i < orders.length; i++) {
    if (orders.counted[i] !== 1 || !(orders.time[i] < before)) continue;
    counts.set(orders.month[i], (counts.get(orders.month[i]) ?? 0) + 1);
    total++;
  }
  const months = [...counts.keys()].sort((a, b) => a - b);
  let head = 0;
  for (let m = 0; m < months.length - 1; m++) {
    head += counts.get(months[m])!;
    const tail = total - head;
    if (months[m + 1] - months[m] > OUTLIER_GAP_MONTHS && tail < head && (tail <= total * OUTLIER_SHARE || tail <= OUTLIER_ORDERS)) {
      return { lastMonth: months[m], before };
    }
  }
  return { lastMonth: Infinity, before };
}

/**
 * The review period when none is given (the command line's default, the pane's proposal): the
 * last five full months of the counted orders, or all their months when there are fewer. The
 * latest month is full when the latest order falls in its last days (`MONTH_END_GRACE_DAYS`);
 * otherwise the export was cut mid-month and the month before is the last full one. With no full month at all (a few weeks of
 * data), every month present.
 *
 * Orders dated far beyond the bulk (see `bulkEnd`: after today, or a few after a year's gap) do
 * not move it, and are returned as `outliers` so that the user hears of them. When every order is
 * such, they are all taken.
 *
 * @param options.today the run's clock (default now): orders after it are not in the default period
 */
export function chooseDefaultPeriod(orders: OrderTable, options: { today?: Date } = {}): DefaultPeriodChoice | null {
  const end = bulkEnd(orders, serialFromDate(options.today ?? new Date()));
  let first = Infinity;
  let last = -Infinity;
  let latest = -Infinity;
  let count = 0;
  const rows: number[] = [];
  let outFirst = Infinity;
  let outLast = -Infinity;
  for (let i = 0; i < orders.length; i++) {
    if (orders.counted[i] !== 1) continue;
    const month = orders.month[i];
    const time = orders.time[i];
    if (month > end.lastMonth || !(time < end.before)) {
      count++;
      if (rows.length < OUTLIER_ROWS_NAMED) rows.push(orders.sheetRow[i]);
      if (time < outFirst) outFirst = time;
      if (time > outLast) outLast = time;
      continue;
    }
    if (month < first) first = month;
    if (month > last) last = month;
    if (time > latest) latest = time;
  }
  if (first === Infinity) {
    const all = orderMonths(orders);
    return all === null ? null : { period: periodEndingAt(all), outliers: null };
  }
  return { period: periodEndingAt({ first, last, latest }), outliers: count === 0 ? null : { count, rows, first: outFirst, last: outLast } };
}

/**
 * The latest month is taken as full when its latest order falls within this many days of its
 * end: a shop may sell nothing on the last day or two (a small shop, a holiday), and an export
 * cut short is cut days or weeks before the end, not hours.
 */
export const MONTH_END_GRACE_DAYS = 2;

function periodEndingAt(months: { first: number; last: number; latest: number }): MonthRange {
  const { year, month, day } = civilFromSerial(months.latest);
  const lastFull = day >= daysInMonth(year, month) - MONTH_END_GRACE_DAYS ? months.last : months.last - 1;
  if (lastFull < months.first) return { from: months.first, to: months.last };
  return { from: Math.max(months.first, lastFull - DEFAULT_PERIOD_MONTHS + 1), to: lastFull };
}

/** The period of `chooseDefaultPeriod`, without its outliers; `null` without counted orders. */
export function defaultPeriod(orders: OrderTable, options: { today?: Date } = {}): MonthRange | null {
  return chooseDefaultPeriod(orders, options)?.period ?? null;
}

/** True when some counted order falls in the period. */
export function periodHasOrders(orders: OrderTable, period: MonthRange): boolean {
  for (let i = 0; i < orders.length; i++) {
    if (orders.counted[i] === 1 && orders.month[i] >= period.from && orders.month[i] <= period.to) return true;
  }
  return false;
}

/**
 * The months of `range` without a single counted order, in order: months the data does not
 * cover (before the first order, after the last) or where the shop sold nothing. A total over the
 * range misses them, so the review names them and states no growth against such a period.
 */
export function monthsWithoutOrders(orders: OrderTable, range: MonthRange): number[] {
  const seen = new Uint8Array(range.to - range.from + 1);
  for (let i = 0; i < orders.length; i++) {
    const month = orders.month[i];
    if (orders.counted[i] === 1 && month >= range.from && month <= range.to) seen[month - range.from] = 1;
  }
  const missing: number[] = [];
  seen.forEach((flag, k) => {
    if (flag === 0) missing.push(range.from + k);
  });
  return missing;
}
