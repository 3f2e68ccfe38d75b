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

/**
 * The review period when none is given (the command line's default, the pane's proposal): the
 * last five full months of the counted orders, or all their months when there are fewer. The
 * latest month is full when the latest order falls on its last day; otherwise the export was cut
 * mid-month and the month before is the last full one. With no full month at all (a few weeks of
 * data), every month present.
 */
export function defaultPeriod(orders: OrderTable): MonthRange | null {
  const months = orderMonths(orders);
  if (months === null) return null;
  const { year, month, day } = civilFromSerial(months.latest);
  const lastFull = day === daysInMonth(year, month) ? months.last : months.last - 1;
  if (lastFull < months.first) return { from: months.first, to: months.last };
  return { from: Math.max(months.first, lastFull - DEFAULT_PERIOD_MONTHS + 1), to: lastFull };
}

/** True when some counted order falls in the period. */
export function periodHasOrders(orders: OrderTable, period: MonthRange): boolean {
  for (let i = 0; i < orders.length; i++) {
    if (orders.counted[i] === 1 && orders.month[i] >= period.from && orders.month[i] <= period.to) return true;
  }
  return false;
}
