import type { ColumnMapping } from "./table-detection";
import type { FieldOf, TableKind } from "./table-fields";

/**
 * Below this confidence a column found for a field that changes the figures (see
 * `CONFIRMED_FIELDS`) is only suggested, not used, until the operator confirms it. Content
 * guesses are capped at 0.7 and the runs that went wrong were far under this (`Ship Mode` taken as
 * the channel at 0.18, a `Profit` column as the cost at 0.40), while the headers the exports use
 * score 0.6 and above.
 */
export const SUGGESTION_THRESHOLD = 0.5;

/**
 * The fields whose column, wrongly taken, changes the review's figures without a sign of it: the
 * channel splits GMV and ROI, the item title makes the item and price-band tables, the cost makes
 * the margins, the status decides which orders count. A wrong guess there ("Corporate" shown as a
 * product, a ship mode shown as a channel) is worse than no column. The other fields are either
 * required (a table without them is not read, and the operator is told) or are not guessed below
 * the threshold in the exports met so far.
 */
export const CONFIRMED_FIELDS: { readonly [K in TableKind]: readonly FieldOf<K>[] } = {
  orders: ["channel", "itemTitle", "cost", "status"],
  adSpend: [],
  traffic: [],
  costs: [],
  items: [],
  experiments: [],
  touchpoints: [],
};

/**
 * True when a column found for `field` is to be suggested rather than used: the field is one of
 * `CONFIRMED_FIELDS`, the operator did not choose it, and it was found less surely than
 * `SUGGESTION_THRESHOLD`.
 */
export function isSuggestion<K extends TableKind>(kind: K, field: FieldOf<K>, mapping: ColumnMapping): boolean {
  return mapping.source !== "override" && mapping.confidence < SUGGESTION_THRESHOLD && (CONFIRMED_FIELDS[kind] as readonly string[]).includes(field);
}

/**
 * The columns found for a table split into those used (`columns`) and those only suggested
 * (`suggestions`, see `isSuggestion`). Pure.
 *
 * @example splitSuggestions("orders", { amount: …0.9…, channel: { column: 3, header: "Ship Mode", confidence: 0.18, source: "content" } })
 * // { columns: { amount: … }, suggestions: { channel: { column: 3, … } } }
 */
export function splitSuggestions<K extends TableKind>(kind: K, found: Readonly<Partial<Record<FieldOf<K>, ColumnMapping>>>): {
  columns: Partial<Record<FieldOf<K>, ColumnMapping>>;
  suggestions: Partial<Record<FieldOf<K>, ColumnMapping>>;
} {
  const columns: Partial<Record<FieldOf<K>, ColumnMapping>> = {};
  const suggestions: Partial<Record<FieldOf<K>, ColumnMapping>> = {};
  for (const [field, mapping] of Object.entries(found) as [FieldOf<K>, ColumnMapping | undefined][]) {
    if (mapping === undefined) continue;
    if (isSuggestion(kind, field, mapping)) suggestions[field] = mapping;
    else columns[field] = mapping;
  }
  return { columns, suggestions };
}
