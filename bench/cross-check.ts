/**
 * Case 1 compares two computations of the same figures; this checks that they are the same
 * figures: the engine's summary against DuckDB's rows, to 1e-9 relative, counts exactly.
 * A disagreement is reported in the table's note (a comparison of unequal work means nothing).
 */
import type { ReviewSummary } from "../src/review/review-summary";
import type { SqlReview } from "./duckdb-review";

export function compareWithSql(summary: ReviewSummary, sql: SqlReview): { checked: number; differences: string[] } {
  const differences: string[] = [];
  let checked = 0;
  const same = (what: string, engine: unknown, duck: unknown) => {
    checked++;
    const a = engine === null || engine === undefined ? null : Number(engine);
    const b = duck === null || duck === undefined ? null : Number(duck);
    if (a === null || b === null) {
      if (a !== b) differences.push(`${what}: engine ${String(engine)}, DuckDB ${String(duck)}`);
      return;
    }
    if (!(Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b)))) differences.push(`${what}: engine ${a}, DuckDB ${b}`);
  };

  for (const [range, figures] of [["period", summary], ["comparison", summary.comparison]] as const) {
    const row = sql.periods.find((r) => r.r === range);
    if (row === undefined) {
      differences.push(`${range}: no SQL row`);
      continue;
    }
    same(`${range} GMV`, figures.gmv, row.gmv);
    same(`${range} orders`, figures.orders, row.orders);
    same(`${range} buyers`, figures.buyers, row.buyers);
    same(`${range} AOV`, figures.aov, row.aov);
    same(`${range} gross margin`, figures.grossMargin, row.gross_margin);
    same(`${range} repurchase rate`, figures.repurchaseRate, row.repurchase_rate);
    same(`${range} new buyers`, figures.newBuyers, row.new_buyers);
  }
  for (const month of summary.monthly) {
    const row = sql.monthly.find((r) => r.month === month.month);
    same(`${month.month} GMV`, month.gmv, row?.gmv);
    same(`${month.month} buyers`, month.buyers, row?.buyers);
    same(`${month.month} new buyers`, month.newBuyers, row?.new_buyers);
    same(`${month.month} gross margin`, month.grossMargin, row?.gross_margin);
  }
  summary.priceBands.forEach((band, k) => {
    const row = sql.bands.find((r) => r.r === "period" && r.band === k);
    same(`band ${band.band} orders`, band.orders, row?.orders ?? 0);
    same(`band ${band.band} GMV share`, band.gmvShare, row?.gmv_share ?? 0);
    same(`band ${band.band} gross margin`, band.grossMargin, row?.gross_margin);
  });
  for (const channel of summary.channels) {
    const row = sql.channels.find((r) => r.channel === channel.channel);
    if (row === undefined) {
      differences.push(`channel ${channel.channel}: no SQL row`);
      continue;
    }
    same(`${channel.channel} GMV`, channel.gmv, row.gmv);
    same(`${channel.channel} spend`, channel.spend, row.spend);
    same(`${channel.channel} new buyers`, channel.newBuyers, row.new_buyers);
    same(`${channel.channel} repurchase`, channel.repurchaseRate, row.repurchase_rate);
    same(`${channel.channel} conversion`, channel.conversionRate, row.conversion_rate);
  }
  for (const cohort of summary.cohorts) {
    cohort.retention.forEach((share, k) => {
      const row = sql.cohorts.find((r) => r.cohort === cohort.cohort && r.k === k);
      same(`cohort ${cohort.cohort} month ${k}`, share, row?.retention ?? 0);
    });
  }
  for (const segment of summary.rfmSegments) {
    const row = sql.rfmSegments.find((r) => r.segment === segment.segment);
    same(`RFM ${segment.segment} buyers`, segment.buyers, row?.buyers ?? 0);
  }
  return { checked, differences };
}
