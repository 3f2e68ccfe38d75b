import { parseDateCell } from "../../engine/cells/parse-date";
import { parseNumberCell } from "../../engine/cells/parse-number";
import { assignColumns, type AssignedColumn, type ColumnCandidate } from "./assign-columns";
import { contentScore, typeCompatibility } from "./content-scores";
import type { SheetEvidence } from "./sheet-evidence";
import { FIELD_VALUE_TYPES, ORDERED_PAIRS, TABLE_FIELDS, type FieldOf, type TableKind } from "./table-fields";

/**
 * A mapping found from content alone is never as sure as a header: two money columns look alike.
 * Content confidences are scaled to at most this.
 */
export const CONTENT_CONFIDENCE_CAP = 0.7;
/** Content scores below this are noise, not candidates. */
const MIN_CONTENT_SCORE = 0.15;
/** Below this the column's contents contradict its header (a `金额` column of words). */
const MIN_TYPE_COMPATIBILITY = 0.5;
/** Headers less sure than this (`日期` for an order time, `金额`) must be borne out by the contents. */
const WEAK_HEADER = 0.8;

/**
 * Maps the columns of a sheet to the fields of one kind of table.
 *
 * A column with a header the dictionary knows is a candidate for the fields that header names,
 * its score the header's confidence scaled by how well the contents fit the field's type and how
 * filled the column is (a weak header is also weighed by the content score); a column whose
 * contents contradict its header is not a candidate. A column whose header is blank, unknown, or
 * missing (no header row) is a candidate — unless the header names a later step of the order
 * (`Ship Date (UTC)`: its dates are no order time, see `namesLaterStep`) — for every field by its content score, capped at 0.7.
 * `assignColumns` then gives each field its best column. Finally, pairs of fields mapped from
 * content alone whose values are ordered (created ≤ paid, cost ≤ amount, clicks ≤ impressions) are
 * swapped when their rows say the columns were taken the wrong way round.
 */
export function mapColumns<K extends TableKind>(kind: K, evidence: SheetEvidence): Map<FieldOf<K>, AssignedColumn> {
  const fields = TABLE_FIELDS[kind] as readonly FieldOf<K>[];
  const candidates: ColumnCandidate<FieldOf<K>>[] = [];
  for (let column = 0; column < evidence.columnCount; column++) {
    const profile = evidence.profiles[column];
    const lookup = evidence.lookups[column];
    for (const match of lookup.matches) {
      if (match.kind !== kind) continue;
      const field = match.field as FieldOf<K>;
      const compatibility = typeCompatibility(FIELD_VALUE_TYPES[field], profile);
      if (compatibility < MIN_TYPE_COMPATIBILITY) continue;
      let score = match.confidence;
      if (profile.nonBlank === 0) score *= 0.6;
      else score *= (0.6 + 0.4 * compatibility) * (0.8 + 0.2 * profile.fill);
      if (match.by === "fragment" || match.confidence < WEAK_HEADER) score *= 0.6 + 0.4 * contentScore(field, profile);
      candidates.push({ field, column, score, source: "header" });
    }
    if (lookup.known || lookup.laterStep === true) continue;
    for (const field of fields) {
      const score = contentScore(field, profile) * CONTENT_CONFIDENCE_CAP;
      if (score >= MIN_CONTENT_SCORE) candidates.push({ field, column, score, source: "content" });
    }
  }
  const assigned = assignColumns(fields, candidates);
  for (const [lower, higher] of ORDERED_PAIRS[kind] as readonly (readonly [FieldOf<K>, FieldOf<K>])[]) {
    orderPair(assigned, lower, higher, evidence);
  }
  return assigned;
}

/** Swaps two content-mapped columns when, row by row, the "lower" one mostly holds the larger value. */
function orderPair<F extends string>(assigned: Map<F, AssignedColumn>, lower: F, higher: F, evidence: SheetEvidence): void {
  const low = assigned.get(lower);
  const high = assigned.get(higher);
  if (low === undefined || high === undefined || low.source !== "content" || high.source !== "content") return;
  const read = FIELD_VALUE_TYPES[lower as keyof typeof FIELD_VALUE_TYPES] === "dateTime" ? parseDateCell : parseNumberCell;
  let inOrder = 0;
  let reversed = 0;
  for (const row of evidence.sample) {
    const a = read(row[low.column]);
    const b = read(row[high.column]);
    if (typeof a !== "number" || typeof b !== "number") continue;
    if (a < b) inOrder++;
    else if (a > b) reversed++;
  }
  if (reversed <= inOrder) return;
  const confidence = Math.min(low.confidence, high.confidence);
  assigned.set(lower, { column: high.column, confidence, source: "content" });
  assigned.set(higher, { column: low.column, confidence, source: "content" });
}
