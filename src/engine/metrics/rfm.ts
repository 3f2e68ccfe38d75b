import { isMetricError, metricError, type MetricError } from "../metric-error";

/** The RFM segments, named from the recency and frequency scores (see `rfmSegment`). */
export type RfmSegment =
  | "champions" | "loyal" | "potentialLoyalists" | "newCustomers" | "promising" | "needAttention"
  | "aboutToSleep" | "atRisk" | "cannotLose" | "hibernating" | "lost";

/** Segments in the order a review lists them, best first. */
export const RFM_SEGMENTS: readonly RfmSegment[] = [
  "champions", "loyal", "potentialLoyalists", "newCustomers", "promising", "needAttention",
  "aboutToSleep", "atRisk", "cannotLose", "hibernating", "lost",
];

export interface RfmBuyer {
  /** Dictionary code of the buyer (see `readKeyColumn`). */
  readonly buyer: number;
  /** Whole days from the buyer's last counted order to the reference date. */
  readonly recencyDays: number;
  /** Counted orders. */
  readonly frequency: number;
  /** Their total amount. */
  readonly monetary: number;
  /** Quintile scores 1–5, 5 best (most recent, most frequent, largest). */
  readonly r: number;
  readonly f: number;
  readonly m: number;
  readonly segment: RfmSegment;
}

/**
 * The segment of an (R, F) score pair, on the usual RFM grid, the first rule that matches
 * winning (so R ≥ 4 with F 3 is loyal, not a potential loyalist): champions (R ≥ 4, F ≥ 4),
 * loyal (R ≥ 3, F ≥ 3), new customers (R 5, F 1), potential loyalists (R ≥ 4, F 2–3),
 * promising (R 4, F 1), need attention (R 3, F 2), about to sleep (R 3 F 1, or R 2 F ≤ 2),
 * can't lose them (R 1, F ≥ 4), at risk (R ≤ 2, F ≥ 3), hibernating (R 1, F 2), lost (R 1, F 1).
 */
export function rfmSegment(r: number, f: number): RfmSegment {
  if (r >= 4 && f >= 4) return "champions";
  if (r >= 3 && f >= 3) return "loyal";
  if (r === 5 && f === 1) return "newCustomers";
  if (r >= 4 && f >= 2) return "potentialLoyalists";
  if (r === 4) return "promising";
  if (r === 3 && f === 2) return "needAttention";
  if (r === 3 || (r === 2 && f <= 2)) return "aboutToSleep";
  if (r === 1 && f >= 4) return "cannotLose";
  if (f >= 3) return "atRisk";
  if (f === 2) return "hibernating";
  return "lost";
}

/**
 * Quintile scores 1–5 by rank: score = 1 + ⌊5 × (values strictly worse) ÷ n⌋ (at most 5), so
 * equal values always share a score, the worst value scores 1, and the best scores 5 only when at
 * least four fifths of the values are strictly worse (of 1, 5, 7 the 7 scores 4; of 1, 2 the 2 scores 3).
 * `higherIsBetter` false scores small values high (recency).
 */
export function quintileScores(values: Float64Array, higherIsBetter: boolean): Uint8Array {
  const n = values.length;
  const counted = countedQuintileScores(values, higherIsBetter);
  if (counted !== null) return counted;
  const sorted = Float64Array.from(values).sort();
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    // Count of values strictly below v (lower bound) or strictly above v (n − upper bound).
    let lo = 0;
    let hi = n;
    if (higherIsBetter) {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < v) lo = mid + 1;
        else hi = mid;
      }
      scores[i] = 1 + Math.min(4, Math.floor((5 * lo) / n));
    } else {
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= v) lo = mid + 1;
        else hi = mid;
      }
      scores[i] = 1 + Math.min(4, Math.floor((5 * (n - lo)) / n));
    }
  }
  return scores;
}

/**
 * `quintileScores` for whole numbers from 0 to a small bound (recency in days, order counts): the
 * counts of strictly worse values come from a histogram instead of a sort, in O(n + largest value).
 * `null` for any other values, which are sorted.
 */
function countedQuintileScores(values: Float64Array, higherIsBetter: boolean): Uint8Array | null {
  const n = values.length;
  const limit = Math.max(65_536, 4 * n);
  let largest = 0;
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!(v >= 0 && v <= limit && Number.isInteger(v))) return null;
    if (v > largest) largest = v;
  }
  // atMost[v + 1] = values ≤ v, so atMost[v] = values < v.
  const atMost = new Int32Array(largest + 2);
  for (let i = 0; i < n; i++) atMost[values[i] + 1]++;
  for (let v = 1; v < atMost.length; v++) atMost[v] += atMost[v - 1];
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const worse = higherIsBetter ? atMost[v] : n - atMost[v + 1];
    scores[i] = 1 + Math.min(4, Math.floor((5 * worse) / n));
  }
  return scores;
}

export interface RfmOptions {
  readonly counted?: Uint8Array;
  readonly buyerCount?: number;
  /** The reference date (Excel serial); default: the latest order date in the data. */
  readonly asOf?: number;
}

/**
 * RFM scores of every buyer with a counted order, as parallel typed arrays (index j = the j-th such
 * buyer, in code order): what a review of a million orders needs without an object per buyer.
 * `m` is `null` when the monetary score was not asked for (segments use R and F only).
 */
export interface RfmScores {
  readonly buyer: Int32Array;
  readonly recencyDays: Float64Array;
  /** The day of the buyer's last counted order (Excel serial of its midnight). */
  readonly lastOrder: Float64Array;
  readonly frequency: Float64Array;
  readonly monetary: Float64Array;
  readonly r: Uint8Array;
  readonly f: Uint8Array;
  readonly m: Uint8Array | null;
}

/**
 * RFM scoring: for each buyer with a counted order, recency (days since the last order),
 * frequency (orders) and monetary value (their total), each scored 1–5 by quintile of rank
 * among all buyers (see `quintileScores`), and the segment named from R and F (see `rfmSegment`).
 * Rows need a buyer, a date and an amount; others are skipped.
 * Edge cases: no buyer → #DIV/0!. A single buyer scores 1-1-1 … by rank, nobody is better, so
 * R = F = M = 1 would say "lost"; a sole buyer is scored 5-5-5 instead.
 * Complexity: O(n + b) for b buyers (O(n + b log b) with the monetary score, which sorts).
 *
 * @example rfmScores(buyers, dates, amounts).r // Uint8Array [5, 3, …]
 */
export function rfmScores(
  buyers: Int32Array, dates: Float64Array, amounts: Float64Array, options: RfmOptions & { readonly monetaryScore?: boolean } = {},
): RfmScores | MetricError {
  const { counted } = options;
  let buyerCount = options.buyerCount ?? 0;
  if (options.buyerCount === undefined) for (let i = 0; i < buyers.length; i++) if (buyers[i] >= buyerCount) buyerCount = buyers[i] + 1;
  const last = new Float64Array(buyerCount).fill(-Infinity);
  const frequency = new Float64Array(buyerCount);
  const monetary = new Float64Array(buyerCount);
  let latest = -Infinity;
  for (let i = 0; i < buyers.length; i++) {
    const buyer = buyers[i];
    const date = dates[i];
    const amount = amounts[i];
    if (buyer < 0 || date !== date || amount !== amount) continue;
    if (counted !== undefined && counted[i] !== 1) continue;
    frequency[buyer]++;
    monetary[buyer] += amount;
    if (date > last[buyer]) last[buyer] = date;
    if (date > latest) latest = date;
  }
  const asOf = Math.floor(options.asOf ?? latest);
  let present = 0;
  for (let b = 0; b < buyerCount; b++) if (frequency[b] > 0) present++;
  if (present === 0) return metricError("DIV0", "argument.noBuyers");

  const buyer = new Int32Array(present);
  const recency = new Float64Array(present);
  const lastOrder = new Float64Array(present);
  const freq = new Float64Array(present);
  const money = new Float64Array(present);
  for (let b = 0, j = 0; b < buyerCount; b++) {
    if (frequency[b] === 0) continue;
    buyer[j] = b;
    lastOrder[j] = Math.floor(last[b]);
    recency[j] = Math.max(0, asOf - lastOrder[j]);
    freq[j] = frequency[b];
    money[j] = monetary[b];
    j++;
  }
  const sole = present === 1;
  const r = sole ? Uint8Array.of(5) : quintileScores(recency, false);
  const f = sole ? Uint8Array.of(5) : quintileScores(freq, true);
  const m = options.monetaryScore === false ? null : sole ? Uint8Array.of(5) : quintileScores(money, true);
  return { buyer, recencyDays: recency, lastOrder, frequency: freq, monetary: money, r, f, m };
}

/** `rfmScores` as one object per buyer, with its segment (for a per-buyer table such as `EC.RFM`'s). */
export function rfm(buyers: Int32Array, dates: Float64Array, amounts: Float64Array, options: RfmOptions = {}): RfmBuyer[] | MetricError {
  const scores = rfmScores(buyers, dates, amounts, options);
  if (isMetricError(scores)) return scores;
  const m = scores.m!;
  return Array.from(scores.buyer, (b, j) => ({
    buyer: b,
    recencyDays: scores.recencyDays[j],
    frequency: scores.frequency[j],
    monetary: scores.monetary[j],
    r: scores.r[j],
    f: scores.f[j],
    m: m[j],
    segment: rfmSegment(scores.r[j], scores.f[j]),
  }));
}

export interface RfmSegmentSummary {
  readonly segment: RfmSegment;
  readonly buyers: number;
  readonly buyerShare: number;
  readonly gmv: number;
  readonly gmvShare: number;
}

/** Buyers and GMV per segment, every segment listed (empty ones with zeros), shares summing to 1. */
export function summarizeRfm(scored: RfmScores | readonly RfmBuyer[]): RfmSegmentSummary[] {
  const buyers = new Float64Array(RFM_SEGMENTS.length);
  const gmv = new Float64Array(RFM_SEGMENTS.length);
  let allGmv = 0;
  let all = 0;
  const add = (r: number, f: number, monetary: number) => {
    const segment = SEGMENT_OF_SCORES[(r - 1) * 5 + (f - 1)];
    buyers[segment]++;
    gmv[segment] += monetary;
    allGmv += monetary;
    all++;
  };
  if (Array.isArray(scored)) for (const row of scored as readonly RfmBuyer[]) add(row.r, row.f, row.monetary);
  else {
    const { r, f, monetary } = scored as RfmScores;
    for (let j = 0; j < r.length; j++) add(r[j], f[j], monetary[j]);
  }
  return RFM_SEGMENTS.map((segment, k) => ({
    segment,
    buyers: buyers[k],
    buyerShare: all === 0 ? 0 : buyers[k] / all,
    gmv: gmv[k],
    gmvShare: allGmv === 0 ? 0 : gmv[k] / allGmv,
  }));
}

/** The index in `RFM_SEGMENTS` of the segment of each (R, F) pair, at `(r − 1) × 5 + (f − 1)`. */
const SEGMENT_OF_SCORES: readonly number[] = Array.from({ length: 25 }, (_, k) => RFM_SEGMENTS.indexOf(rfmSegment(Math.floor(k / 5) + 1, (k % 5) + 1)));
