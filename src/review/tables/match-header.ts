import { HEADER_DICTIONARY, HEADER_FRAGMENTS, IGNORED_HEADERS, LATER_STEP_WORDS, ORDER_TIME_WORDS, type HeaderEntries } from "./header-dictionary";
import { headerAlternatives, normalizeHeader } from "./normalize-header";
import { TABLE_KINDS, type TableField, type TableKind } from "./table-fields";

/** One field a header may name, in one kind of table. */
export interface HeaderMatch {
  readonly kind: TableKind;
  readonly field: TableField;
  /** How surely the header names the field, in [0, 1]. */
  readonly confidence: number;
  /** `exact` when the dictionary lists the header, `fragment` when it only contains a listed word. */
  readonly by: "exact" | "fragment";
}

/** What the dictionary says about one header. */
export interface HeaderLookup {
  /**
   * True when the dictionary knows the header, as a field of some kind or as a header of no
   * field: such a column is mapped by its header only, never by its contents.
   */
  readonly known: boolean;
  readonly matches: readonly HeaderMatch[];
  /**
   * True for a header the dictionary does not know that names a later step of the order than its
   * payment (`Ship Date (UTC)`, see `namesLaterStep`): its column is guessed as nothing, like a
   * known header of no field. Kept apart from `known` because status words (`交易关闭`, `已发货`)
   * contain the same words, and a row of them is data, not a header row.
   */
  readonly laterStep?: true;
}

const UNKNOWN: HeaderLookup = { known: false, matches: [] };
/** A header naming alternatives (`花费/消耗`) is a little less sure than one naming one thing. */
const ALTERNATIVE_FACTOR = 0.9;

/**
 * The fields a header names, from `HEADER_DICTIONARY` (exact, after `normalizeHeader`), else from
 * `HEADER_FRAGMENTS` (contained words) for a header the dictionary does not know. Best first, one
 * match per kind and field.
 *
 * @example lookupHeader("买家实际支付金额").matches[0] // { kind: "orders", field: "amount", confidence: 1, by: "exact" }
 * @example lookupHeader("物流单号") // { known: true, matches: [] }: a header of no field
 */
export function lookupHeader(header: string | null): HeaderLookup {
  if (header === null) return UNKNOWN;
  const whole = normalizeHeader(header);
  if (whole.length === 0) return UNKNOWN;
  const direct = exactLookup(whole);
  if (direct !== null) return direct;

  const parts = headerAlternatives(header);
  if (parts.length > 1) {
    const found: HeaderMatch[] = [];
    let known = false;
    for (const part of parts) {
      const lookup = exactLookup(part);
      if (lookup === null) continue;
      known = true;
      for (const match of lookup.matches) found.push({ ...match, confidence: match.confidence * ALTERNATIVE_FACTOR });
    }
    if (known) return { known, matches: bestPerField(found) };
  }

  if (namesLaterStep(whole)) return { known: false, matches: [], laterStep: true };

  const fragments: HeaderMatch[] = [];
  for (const [key, entries] of FRAGMENTS) {
    if (!whole.includes(key)) continue;
    for (const entry of entries) fragments.push({ ...entry, by: "fragment" });
  }
  return { known: false, matches: bestPerField(fragments) };
}

/**
 * True when a header (normalised by `normalizeHeader`) names a later step of the order than its
 * payment — shipping, delivery, receipt, completion, refund, cancellation — by one of
 * `LATER_STEP_WORDS`, and does not also name the payment or creation (`ORDER_TIME_WORDS`). The order's
 * time is its payment, else its creation; a shipping date is never it.
 *
 * @example namesLaterStep(normalizeHeader("Ship Date (UTC)")) // true
 * @example namesLaterStep(normalizeHeader("支付完成时间")) // false: the payment's completion
 */
export function namesLaterStep(normalized: string): boolean {
  return LATER_STEP_WORDS.some((word) => normalized.includes(word)) && !ORDER_TIME_WORDS.some((word) => normalized.includes(word));
}

function exactLookup(normalized: string): HeaderLookup | null {
  const matches = EXACT.get(normalized);
  if (matches !== undefined) return { known: true, matches };
  if (IGNORED.has(normalized)) return { known: true, matches: [] };
  return null;
}

/** Keeps the most confident match of each kind and field, best first (ties in dictionary order). */
function bestPerField(matches: readonly HeaderMatch[]): HeaderMatch[] {
  const best = new Map<string, HeaderMatch>();
  for (const match of matches) {
    const key = `${match.kind}.${match.field}`;
    const held = best.get(key);
    if (held === undefined || match.confidence > held.confidence) best.set(key, match);
  }
  return [...best.values()].sort((a, b) => b.confidence - a.confidence);
}

type Entry = Omit<HeaderMatch, "by">;

function indexEntries(entries: HeaderEntries): Map<string, Entry[]> {
  const index = new Map<string, Entry[]>();
  for (const kind of TABLE_KINDS) {
    const fields = entries[kind] as Readonly<Record<string, readonly (readonly [string, number])[] | undefined>>;
    for (const [field, list] of Object.entries(fields)) {
      for (const [header, confidence] of list ?? []) {
        const key = normalizeHeader(header);
        const held = index.get(key) ?? [];
        held.push({ kind, field: field as TableField, confidence });
        index.set(key, held);
      }
    }
  }
  return index;
}

const EXACT: ReadonlyMap<string, readonly HeaderMatch[]> = new Map(
  [...indexEntries(HEADER_DICTIONARY)].map(([key, entries]) => [key, bestPerField(entries.map((entry) => ({ ...entry, by: "exact" as const })))]),
);
const FRAGMENTS: readonly (readonly [string, readonly Entry[]])[] = [...indexEntries(HEADER_FRAGMENTS)];
const IGNORED: ReadonlySet<string> = new Set(IGNORED_HEADERS.map(normalizeHeader));
