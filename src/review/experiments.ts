import type { CellGrid } from "../engine/cells/cell-value";
import { columnHeaderText } from "./table-rows";
import { gridColumn, readKeyColumn, readNumberColumn } from "../engine/cells/read-columns";
import { isMetricError } from "../engine/metric-error";
import { armsOfRows, controlArmIndex, experimentResult, type ArmResult } from "../engine/metrics/experiment";
import { translate, type Locale } from "../i18n/messages";
import { isPlausibleAmount } from "./amount-limit";
import type { OrderTable, SkippedRow } from "./order-table";
import { promotionNameKey } from "./promotion-margin";

/** The rows of an experiment table, read: one per arm (or per arm and day), in sheet order. */
export interface ExperimentRows {
  /** The experiment each row belongs to; null where the table has no experiment column (one experiment). */
  readonly experiments: readonly (string | null)[];
  readonly arms: readonly string[];
  readonly visitors: Float64Array;
  /** NaN where the orders give them (`conversionsFromOrders`: the cell is blank, or the table has no conversions column). */
  readonly conversions: Float64Array;
  /** NaN where blank; null without a revenue column. */
  readonly revenue: Float64Array | null;
}

/** The columns of an experiment table (0-based). */
export interface ExperimentMapping {
  readonly experiment?: number;
  readonly arm: number;
  readonly visitors: number;
  /** Absent when the orders give the conversions (`readExperimentTable`'s `conversionsFromOrders`). */
  readonly conversions?: number;
  readonly revenue?: number;
}

/**
 * Reads an experiment table. A row that names no arm, or whose visitors or conversions are blank,
 * unreadable or beyond ±10¹⁵, is skipped and listed with the column; a blank revenue is no revenue.
 * With `conversionsFromOrders` (the orders mark each order's arm), a blank conversions cell, or a
 * table without the column, is kept as NaN: `summarizeExperiments` counts them from the orders.
 * Wholly blank rows are passed over.
 */
export function readExperimentTable(
  grid: CellGrid, mapping: ExperimentMapping, options: { sheet: string; headerRow: number | null; firstSheetRow?: number; conversionsFromOrders?: boolean },
): { table: ExperimentRows; skipped: SkippedRow[] } {
  const start = options.headerRow === null ? 0 : options.headerRow + 1;
  const firstSheetRow = options.firstSheetRow ?? 1;
  const header = (column: number) => columnHeaderText(grid, options.headerRow, column);
  const names = mapping.experiment === undefined ? null : readKeyColumn(gridColumn(grid, mapping.experiment, start));
  const arms = readKeyColumn(gridColumn(grid, mapping.arm, start));
  const visitors = readNumberColumn(gridColumn(grid, mapping.visitors, start));
  const fromOrders = options.conversionsFromOrders === true;
  const conversions = mapping.conversions === undefined ? null : readNumberColumn(gridColumn(grid, mapping.conversions, start));
  const revenue = mapping.revenue === undefined ? null : readNumberColumn(gridColumn(grid, mapping.revenue, start));
  const unreadable = new Map<number, { found: string; column: number }>();
  for (const [read, column] of [[visitors, mapping.visitors], ...(conversions === null ? [] : [[conversions, mapping.conversions!] as const]), ...(revenue === null ? [] : [[revenue, mapping.revenue!] as const])] as const) {
    for (const cell of read.unreadable) if (!unreadable.has(cell.index)) unreadable.set(cell.index, { found: cell.found, column });
  }
  for (const cell of arms.unreadable) if (!unreadable.has(cell.index)) unreadable.set(cell.index, { found: cell.found, column: mapping.arm });

  const skipped: SkippedRow[] = [];
  const kept = { experiments: [] as (string | null)[], arms: [] as string[], visitors: [] as number[], conversions: [] as number[], revenue: [] as number[] };
  for (let i = 0; i < arms.codes.length; i++) {
    const row = firstSheetRow + start + i;
    const skip = (reason: SkippedRow["reason"], params: SkippedRow["params"]) => skipped.push({ sheet: options.sheet, row, reason, params });
    const v = visitors.values[i];
    const c = conversions === null ? NaN : conversions.values[i];
    const r = revenue === null ? NaN : revenue.values[i];
    const blank = arms.codes[i] < 0 && v !== v && c !== c && r !== r && !unreadable.has(i) && (names === null || names.codes[i] < 0);
    if (blank) continue;
    const bad = unreadable.get(i);
    if (bad !== undefined) skip("skip.experimentUnreadable", { found: bad.found, column: header(bad.column) });
    else if (arms.codes[i] < 0) skip("skip.experimentNoArm", { column: header(mapping.arm) });
    else if (v !== v || !isPlausibleAmount(v)) skip("skip.experimentIncomplete", { column: header(mapping.visitors) });
    else if (c === c ? !isPlausibleAmount(c) : !fromOrders) skip("skip.experimentIncomplete", { column: header(mapping.conversions ?? mapping.visitors) });
    else {
      kept.experiments.push(names === null || names.codes[i] < 0 ? null : names.names[names.codes[i]]);
      kept.arms.push(arms.names[arms.codes[i]]);
      kept.visitors.push(v);
      kept.conversions.push(c);
      kept.revenue.push(isPlausibleAmount(r) ? r : NaN);
    }
  }
  return {
    table: {
      experiments: kept.experiments, arms: kept.arms, visitors: Float64Array.from(kept.visitors), conversions: Float64Array.from(kept.conversions),
      revenue: revenue === null ? null : Float64Array.from(kept.revenue),
    },
    skipped,
  };
}

/** A p-value as text with four decimals ("<0.0001" below), in the sheet and the findings: the sheet's number formats have two. */
export function pValueText(p: number): string {
  return p < 0.0001 ? "<0.0001" : p.toFixed(4);
}

/** One arm of an experiment as the review shows it (the engine's `ArmResult`, its error as text). */
export type ArmSummary = Omit<ArmResult, "comparisonError"> & {
  /** Why there is no comparison, in the review's language; null otherwise. */
  readonly comparisonError: string | null;
};

/** An experiment of the review: its arms against its control, or why it could not be tested. */
export interface ExperimentSummary {
  /** The experiment's name; "" where the table has no experiment column. */
  readonly name: string;
  /** The control arm's name; null when the experiment could not be tested. */
  readonly control: string | null;
  readonly arms: readonly ArmSummary[];
  /** Why it could not be tested (fewer than two arms, an arm without visitors …), in the review's language; null when tested. */
  readonly error: string | null;
  /** The arms whose conversions (and revenue, where the table gives none) were counted from the orders' arm column. */
  readonly armsFromOrders: readonly string[];
  /** Of them, those no counted order of the period names: their conversions are 0. */
  readonly armsWithoutOrders: readonly string[];
}

/** What the orders say of each arm (`armOutcomesOfOrders`), by arm name compared as `promotionNameKey` does. */
export type ArmOutcomes = ReadonlyMap<string, { readonly conversions: number; readonly revenue: number }>;

/**
 * Conversions and revenue per experiment arm from the orders that mark their arm (the order table's
 * `experimentArm` column), over the counted orders paid in `window` (Excel serials, `from`
 * inclusive, `to` exclusive): conversions = the distinct buyers with such an order (each order
 * counts as one where the table has no buyer column), revenue = their amounts. Arm names are
 * compared ignoring case, spaces at the ends and full-width forms. Null without an arm column.
 */
export function armOutcomesOfOrders(orders: OrderTable, window: { readonly from: number; readonly to: number }): ArmOutcomes | null {
  const arm = orders.arm;
  if (arm === undefined) return null;
  const keyOfCode = arm.names.map(promotionNameKey);
  const outcomes = new Map<string, { conversions: number; revenue: number }>();
  const seen = new Map<string, Set<number>>();
  for (let o = 0; o < orders.length; o++) {
    const code = arm.codes[o];
    const time = orders.time[o];
    if (code < 0 || orders.counted[o] !== 1 || !(time >= window.from && time < window.to)) continue;
    const key = keyOfCode[code];
    let outcome = outcomes.get(key);
    if (outcome === undefined) outcomes.set(key, (outcome = { conversions: 0, revenue: 0 }));
    outcome.revenue += orders.amount[o];
    const buyer = orders.buyer[o];
    if (buyer < 0) {
      outcome.conversions++;
      continue;
    }
    let buyers = seen.get(key);
    if (buyers === undefined) seen.set(key, (buyers = new Set()));
    if (!buyers.has(buyer)) {
      buyers.add(buyer);
      outcome.conversions++;
    }
  }
  return outcomes;
}

/**
 * The experiments of the table, in the order they first appear, each tested by the engine's
 * `experimentResult` (the function `EC.EXPERIMENT` ends in): rows of one arm added up
 * (`armsOfRows`), the control the arm named control / 对照 / A, else the first. An arm whose
 * conversions the table leaves to the orders (NaN) takes them from `fromOrders`, and its revenue
 * too where the table gives none for it; without `fromOrders` such rows have no conversions (0).
 */
export function summarizeExperiments(rows: ExperimentRows, locale: Locale, fromOrders: ArmOutcomes | null = null): ExperimentSummary[] {
  const order: string[] = [];
  const indexes = new Map<string, number[]>();
  rows.experiments.forEach((name, i) => {
    const key = name ?? "";
    let list = indexes.get(key);
    if (list === undefined) {
      indexes.set(key, (list = []));
      order.push(key);
    }
    list.push(i);
  });
  return order.map((name) => {
    const rowsOf = indexes.get(name)!;
    const names: string[] = [];
    const codes = Int32Array.from(rowsOf, (i) => {
      const k = names.indexOf(rows.arms[i]);
      return k >= 0 ? k : names.push(rows.arms[i]) - 1;
    });
    const pick = (values: Float64Array) => Float64Array.from(rowsOf, (i) => values[i]);
    const conversions = pick(rows.conversions);
    const revenue = rows.revenue === null ? null : pick(rows.revenue);
    // Arms left to the orders: their outcome goes on the arm's first row, the arm's other rows (days) add nothing.
    const armsFromOrders: string[] = [];
    const armsWithoutOrders: string[] = [];
    let orderRevenue: Float64Array | null = null;
    rowsOf.forEach((_row, k) => {
      if (conversions[k] === conversions[k]) return;
      const armName = names[codes[k]];
      const first = !armsFromOrders.includes(armName);
      const outcome = fromOrders?.get(promotionNameKey(armName));
      if (first) {
        armsFromOrders.push(armName);
        if (outcome === undefined) armsWithoutOrders.push(armName);
      }
      conversions[k] = first ? outcome?.conversions ?? 0 : 0;
      if (revenue !== null && revenue[k] === revenue[k]) return;
      orderRevenue ??= revenue ?? new Float64Array(rowsOf.length).fill(NaN);
      orderRevenue[k] = first ? outcome?.revenue ?? 0 : 0;
    });
    const grouped = armsOfRows(codes, names, pick(rows.visitors), conversions, { revenue: (orderRevenue ?? revenue) ?? undefined });
    // The reader keeps no incomplete row: every arm has its visitors and conversions.
    const arms = "arms" in grouped ? grouped.arms : [];
    const result = experimentResult(arms);
    if (isMetricError(result)) return { name, control: null, arms: [], error: translate(locale, result.key, result.params), armsFromOrders, armsWithoutOrders };
    return {
      name,
      control: arms[controlArmIndex(arms.map((arm) => arm.name))].name,
      arms: result.map(({ comparisonError, ...arm }) => ({ ...arm, comparisonError: comparisonError === null ? null : translate(locale, comparisonError.key, comparisonError.params) })),
      error: null,
      armsFromOrders,
      armsWithoutOrders,
    };
  });
}
