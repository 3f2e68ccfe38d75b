import type { CellGrid } from "../engine/cells/cell-value";
import { describeCell } from "../engine/cells/cell-value";
import { gridColumn, readKeyColumn, readNumberColumn } from "../engine/cells/read-columns";
import { isMetricError } from "../engine/metric-error";
import { armsOfRows, controlArmIndex, experimentResult, type ArmResult } from "../engine/metrics/experiment";
import { translate, type Locale } from "../i18n/messages";
import { isPlausibleAmount } from "./amount-limit";
import type { SkippedRow } from "./order-table";
import { columnName } from "./sheet-layout";

/** The rows of an experiment table, read: one per arm (or per arm and day), in sheet order. */
export interface ExperimentRows {
  /** The experiment each row belongs to; null where the table has no experiment column (one experiment). */
  readonly experiments: readonly (string | null)[];
  readonly arms: readonly string[];
  readonly visitors: Float64Array;
  readonly conversions: Float64Array;
  /** NaN where blank; null without a revenue column. */
  readonly revenue: Float64Array | null;
}

/** The columns of an experiment table (0-based). */
export interface ExperimentMapping {
  readonly experiment?: number;
  readonly arm: number;
  readonly visitors: number;
  readonly conversions: number;
  readonly revenue?: number;
}

/**
 * Reads an experiment table. A row that names no arm, or whose visitors or conversions are blank,
 * unreadable or beyond ±10¹⁵, is skipped and listed with the column; a blank revenue is no revenue.
 * Wholly blank rows are passed over.
 */
export function readExperimentTable(
  grid: CellGrid, mapping: ExperimentMapping, options: { sheet: string; headerRow: number | null; firstSheetRow?: number },
): { table: ExperimentRows; skipped: SkippedRow[] } {
  const start = options.headerRow === null ? 0 : options.headerRow + 1;
  const firstSheetRow = options.firstSheetRow ?? 1;
  const header = (column: number) => {
    const cell = options.headerRow === null ? undefined : grid[options.headerRow]?.[column];
    return cell === null || cell === undefined || String(cell).trim() === "" ? columnName(column) : describeCell(String(cell).trim());
  };
  const names = mapping.experiment === undefined ? null : readKeyColumn(gridColumn(grid, mapping.experiment, start));
  const arms = readKeyColumn(gridColumn(grid, mapping.arm, start));
  const visitors = readNumberColumn(gridColumn(grid, mapping.visitors, start));
  const conversions = readNumberColumn(gridColumn(grid, mapping.conversions, start));
  const revenue = mapping.revenue === undefined ? null : readNumberColumn(gridColumn(grid, mapping.revenue, start));
  const unreadable = new Map<number, { found: string; column: number }>();
  for (const [read, column] of [[visitors, mapping.visitors], [conversions, mapping.conversions], ...(revenue === null ? [] : [[revenue, mapping.revenue!] as const])] as const) {
    for (const cell of read.unreadable) if (!unreadable.has(cell.index)) unreadable.set(cell.index, { found: cell.found, column });
  }
  for (const cell of arms.unreadable) if (!unreadable.has(cell.index)) unreadable.set(cell.index, { found: cell.found, column: mapping.arm });

  const skipped: SkippedRow[] = [];
  const kept = { experiments: [] as (string | null)[], arms: [] as string[], visitors: [] as number[], conversions: [] as number[], revenue: [] as number[] };
  for (let i = 0; i < arms.codes.length; i++) {
    const row = firstSheetRow + start + i;
    const skip = (reason: SkippedRow["reason"], params: SkippedRow["params"]) => skipped.push({ sheet: options.sheet, row, reason, params });
    const v = visitors.values[i];
    const c = conversions.values[i];
    const r = revenue === null ? NaN : revenue.values[i];
    const blank = arms.codes[i] < 0 && v !== v && c !== c && r !== r && !unreadable.has(i) && (names === null || names.codes[i] < 0);
    if (blank) continue;
    const bad = unreadable.get(i);
    if (bad !== undefined) skip("skip.experimentUnreadable", { found: bad.found, column: header(bad.column) });
    else if (arms.codes[i] < 0) skip("skip.experimentNoArm", { column: header(mapping.arm) });
    else if (v !== v || !isPlausibleAmount(v)) skip("skip.experimentIncomplete", { column: header(mapping.visitors) });
    else if (c !== c || !isPlausibleAmount(c)) skip("skip.experimentIncomplete", { column: header(mapping.conversions) });
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
}

/**
 * The experiments of the table, in the order they first appear, each tested by the engine's
 * `experimentResult` (the function `EC.EXPERIMENT` ends in): rows of one arm added up
 * (`armsOfRows`), the control the arm named control / 对照 / A, else the first.
 */
export function summarizeExperiments(rows: ExperimentRows, locale: Locale): ExperimentSummary[] {
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
    const grouped = armsOfRows(codes, names, pick(rows.visitors), pick(rows.conversions), { revenue: rows.revenue === null ? undefined : pick(rows.revenue) });
    // The reader keeps no incomplete row: every arm has its visitors and conversions.
    const arms = "arms" in grouped ? grouped.arms : [];
    const result = experimentResult(arms);
    if (isMetricError(result)) return { name, control: null, arms: [], error: translate(locale, result.key, result.params) };
    return {
      name,
      control: arms[controlArmIndex(arms.map((arm) => arm.name))].name,
      arms: result.map(({ comparisonError, ...arm }) => ({ ...arm, comparisonError: comparisonError === null ? null : translate(locale, comparisonError.key, comparisonError.params) })),
      error: null,
    };
  });
}
