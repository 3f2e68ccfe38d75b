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
