/** A column that may hold a field, with how well it fits. */
export interface ColumnCandidate<F extends string> {
  readonly field: F;
  readonly column: number;
  /** In [0, 1]. */
  readonly score: number;
  readonly source: "header" | "content";
}

/** The column chosen for a field. */
export interface AssignedColumn {
  readonly column: number;
  readonly confidence: number;
  readonly source: "header" | "content";
}

/** A runner-up this close to the chosen column makes the choice a coin toss. */
const AMBIGUITY_MARGIN = 0.1;
/** Confidence kept when a column left over fits the field about as well as the chosen one. */
const AMBIGUITY_FACTOR = 0.75;

/**
 * Gives each field at most one column and each column at most one field, best fits first: the
 * candidates found by their header are taken before those guessed from their contents, each by
 * score, ties broken by the field's position in `fields` and then by the leftmost column, so the
 * same sheet always maps the same way. A header is the export's own word for the column: a guess
 * from contents (`Ship Date`, whose dates look like any other dates, at 0.40) must not take a
 * field from the column whose header names it (`Order Date`, 0.90), however the scores compare. When a column left unassigned fits
 * a field within 0.1 of the column chosen for it (two `金额` columns), the field's confidence is
 * lowered by a quarter: the pick is deterministic but not certain.
 *
 * @example
 * assignColumns(["amount"], [
 *   { field: "amount", column: 3, score: 0.6, source: "header" },
 *   { field: "amount", column: 5, score: 0.6, source: "header" },
 * ]) // Map { "amount" => { column: 3, confidence: ≈0.45, source: "header" } }
 */
export function assignColumns<F extends string>(fields: readonly F[], candidates: readonly ColumnCandidate<F>[]): Map<F, AssignedColumn> {
  const order = new Map(fields.map((field, index) => [field, index]));
  const ranked = candidates
    .filter((candidate) => order.has(candidate.field) && candidate.score > 0)
    .sort((a, b) => sourceRank(a) - sourceRank(b) || b.score - a.score || order.get(a.field)! - order.get(b.field)! || a.column - b.column);

  const chosen = new Map<F, ColumnCandidate<F>>();
  const usedColumns = new Set<number>();
  for (const candidate of ranked) {
    if (chosen.has(candidate.field) || usedColumns.has(candidate.column)) continue;
    chosen.set(candidate.field, candidate);
    usedColumns.add(candidate.column);
  }

  const assigned = new Map<F, AssignedColumn>();
  for (const field of fields) {
    const pick = chosen.get(field);
    if (pick === undefined) continue;
    let runnerUp = 0;
    for (const candidate of ranked) {
      if (candidate.field === field && !usedColumns.has(candidate.column) && candidate.score > runnerUp) runnerUp = candidate.score;
    }
    const ambiguous = runnerUp > 0 && runnerUp >= pick.score - AMBIGUITY_MARGIN;
    assigned.set(field, { column: pick.column, confidence: ambiguous ? pick.score * AMBIGUITY_FACTOR : pick.score, source: pick.source });
  }
  return assigned;
}

function sourceRank(candidate: ColumnCandidate<string>): number {
  return candidate.source === "header" ? 0 : 1;
}
