import { monthLabel } from "../engine/calendar";
import { orderMonths, periodHasOrders } from "../review/default-period";
import type { OrderTable } from "../review/order-table";
import type { MonthRange } from "../review/review-period";
import { CliError } from "./cli-error";

/** Throws CliError when the period holds no counted order, naming the months the orders cover. */
export function checkPeriodHasOrders(orders: OrderTable, period: MonthRange): void {
  if (periodHasOrders(orders, period)) return;
  const months = orderMonths(orders);
  throw new CliError("cli.error.periodNoOrders", {
    from: monthLabel(period.from),
    to: monthLabel(period.to),
    first: months === null ? "—" : monthLabel(months.first),
    last: months === null ? "—" : monthLabel(months.last),
  });
}

/**
 * The given period cut to the months the counted orders cover (its comparison period follows
 * from the cut one): a review of 2020-01..2029-12 over orders of 2024-03..2025-10 computes the
 * 20 months there are, not 120. `cut` is true when it was cut. A period holding no order is left
 * as given, for `checkPeriodHasOrders` to refuse.
 */
export function fitPeriod(orders: OrderTable, period: MonthRange): { period: MonthRange; cut: boolean } {
  const months = orderMonths(orders);
  if (months === null) return { period, cut: false };
  const from = Math.max(period.from, months.first);
  const to = Math.min(period.to, months.last);
  if (from > to || (from === period.from && to === period.to)) return { period, cut: false };
  return { period: { from, to }, cut: true };
}
