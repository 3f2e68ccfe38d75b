/**
 * Case 7's cross-check: each analysis of the engine against DuckDB's rows for it, to 1e-9 relative
 * (counts exactly; hours to 1e-6 h, since the engine holds times as Excel serials in days).
 * A disagreement is reported in the row's note.
 */
import type { BasketSummary } from "../src/review/basket-review";
import type { FulfilmentSummary } from "../src/review/fulfilment-summary";
import type { FirstProductSummary } from "../src/review/first-product";
import type { SqlBaskets, SqlFulfilment } from "./duckdb-drivers";

export interface Check {
  checked: number;
  differences: string[];
}

type Row = Record<string, unknown>;

function checker(): Check & { same: (what: string, engine: unknown, duck: unknown, tolerance?: number) => void } {
  const check: Check = { checked: 0, differences: [] };
  const same = (what: string, engine: unknown, duck: unknown, tolerance = 1e-9) => {
    check.checked++;
    const a = engine === null || engine === undefined ? null : Number(engine);
    const b = duck === null || duck === undefined ? null : Number(duck);
    if (a === null || b === null) {
      if (a !== b) check.differences.push(`${what}: engine ${String(engine)}, DuckDB ${String(duck)}`);
      return;
    }
    if (!(Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b)))) check.differences.push(`${what}: engine ${a}, DuckDB ${b}`);
  };
  return Object.assign(check, { same });
}

export function compareBaskets(basket: BasketSummary, sql: SqlBaskets): Check {
  const check = checker();
  const { same } = check;
  const windows = [["period", basket.period], ["comparison", basket.comparison], ...basket.monthly.map((m) => [m.month, m] as const)] as const;
  for (const [name, figures] of windows) {
    const row = sql.windows.find((r) => r.name === name);
    if (row === undefined) {
      check.differences.push(`${name}: no SQL row`);
      continue;
    }
    same(`${name} orders`, figures.orders, row.orders);
    same(`${name} left out`, figures.leftOut, row.left_out);
    same(`${name} items`, figures.items, row.items);
    same(`${name} lines`, figures.lines, row.lines);
    same(`${name} GMV`, figures.gmv, row.gmv);
    same(`${name} AOV`, figures.aov, Number(row.gmv) / Number(row.orders));
    same(`${name} amount per item`, figures.amountPerItem, Number(row.gmv) / Number(row.items));
    same(`${name} add-on lines`, figures.addOnLines, row.add_on_lines);
    same(`${name} add-on amount`, figures.addOnAmount, row.add_on_amount);
  }
  const period = sql.windows.find((r) => r.name === "period");
  const before = sql.windows.find((r) => r.name === "comparison");
  if (basket.decomposition !== null && period !== undefined && before !== undefined) {
    same("AOV change", basket.decomposition.change, Number(period.gmv) / Number(period.orders) - Number(before.gmv) / Number(before.orders));
  }
  const [t] = basket.thresholds;
  if (t === undefined) {
    check.differences.push("no threshold figures in the review");
    return check;
  }
  for (const [side, figures] of [[true, t.inPromotion], [false, t.outside]] as const) {
    const row = sql.threshold.find((r) => r.inside === side);
    const name = side ? "in promotion" : "outside";
    same(`${name} orders`, figures.orders, row?.orders);
    same(`${name} just under`, figures.justUnder, row?.under);
    same(`${name} just over`, figures.justOver, row?.over);
    same(`${name} at or over`, figures.atOrOver, row?.at_or_over);
  }
  const inside = sql.threshold.find((r) => r.inside === true);
  same("promotion cost", t.promotionCost, Number(inside?.at_or_over) * t.discount);
  same("gross profit at or over", t.grossProfit, inside?.profit);
  return check;
}

export function compareFulfilment(f: FulfilmentSummary | null, sql: SqlFulfilment): Check {
  const check = checker();
  const { same } = check;
  if (f === null) {
    check.differences.push("no fulfilment figures in the review");
    return check;
  }
  for (const month of f.months) {
    const row = sql.months.find((r) => r.month === month.month);
    same(`${month.month} paid orders`, month.orders, row?.orders);
    same(`${month.month} shipped`, month.shipped, row?.shipped);
    same(`${month.month} median hours`, month.medianHours, row?.median, 1e-6);
    same(`${month.month} P90 hours`, month.p90Hours, row?.p90, 1e-6);
    same(`${month.month} late`, month.late, row?.late);
    same(`${month.month} refunded`, month.refunded, row?.refunded);
  }
  if (f.months.length !== sql.months.length) check.differences.push(`months: engine ${f.months.length}, DuckDB ${sql.months.length}`);
  const g = f.firstShipping;
  if (g === null) {
    check.differences.push("no first-shipping groups in the review");
    return check;
  }
  const group = (late: boolean | null) => sql.firstShipping.find((r) => r.late === late);
  same("late first order: new buyers", g.late.buyers, group(true)?.buyers);
  same("late first order: came back", g.late.repurchased, group(true)?.back);
  same("on-time first order: new buyers", g.onTime.buyers, group(false)?.buyers);
  same("on-time first order: came back", g.onTime.repurchased, group(false)?.back);
  same("unshipped first order: new buyers", g.unshipped, group(null)?.buyers ?? 0);
  return check;
}

export function compareFirstProduct(f: FirstProductSummary, sql: readonly Row[]): Check {
  const check = checker();
  const { same } = check;
  if (f.reason !== null) {
    check.differences.push(`no figures in the review: ${f.reason}`);
    return check;
  }
  const named = sql.filter((r) => r.item !== null);
  same("first-time buyers", f.firstBuyers, sql.reduce((sum, r) => sum + Number(r.first_buyers), 0));
  same("of them repeat buyers", f.repeatBuyers, sql.reduce((sum, r) => sum + Number(r.repeat_buyers), 0));
  same("first order without an item", f.withoutItem, sql.find((r) => r.item === null)?.first_buyers ?? 0);
  same("items", f.itemCount, named.length);
  for (const item of f.items) {
    const row = named.find((r) => r.item === item.item);
    same(`${item.item} first-time buyers`, item.firstBuyers, row?.first_buyers);
    same(`${item.item} repeat buyers`, item.repeatBuyers, row?.repeat_buyers);
  }
  return check;
}
