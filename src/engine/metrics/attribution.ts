import { metricError, type MetricError } from "../metric-error";

/**
 * Conversion paths as columns: path p's touches, oldest first, are `channel[start[p]]` …
 * `channel[start[p + 1] − 1]` (channel codes 0 … channelCount − 1). Each path carries the
 * conversions it ended in and their value, and, for the Markov chain, how many times the same
 * path ended without a conversion (`nulls`, from touchpoints of visitors who did not buy).
 */
export interface AttributionPaths {
  readonly channelCount: number;
  /** Length paths + 1: the touches of path p are start[p] … start[p + 1] − 1. */
  readonly start: Int32Array;
  readonly channel: Int32Array;
  /** Days from each touch to its path's conversion (time decay); absent for paths without times. */
  readonly ageDays?: Float64Array;
  readonly conversions: Float64Array;
  /** The conversions' value (0 where none is known). */
  readonly value: Float64Array;
  /** Times each path ended without a conversion; absent: none known (conversion paths only). */
  readonly nulls?: Float64Array;
}

export const ATTRIBUTION_MODELS = ["lastTouch", "firstTouch", "linear", "positionBased", "timeDecay", "markov", "shapley"] as const;
export type AttributionModel = (typeof ATTRIBUTION_MODELS)[number];

/** Position-based (U-shaped) weights: the first and the last touch 40% each, the touches between share 20%. */
export const POSITION_BASED_ENDS = 0.4;
export const DEFAULT_HALF_LIFE_DAYS = 7;
/** The highest Markov order offered: states of the last three channels. */
export const MAX_MARKOV_ORDER = 3;

export interface AttributionOptions {
  /** Time decay: a touch this many days before the conversion weighs half as much as one at it (default 7). */
  readonly halfLifeDays?: number;
  /** Markov chain order: states are the last `markovOrder` channels (default 1). */
  readonly markovOrder?: number;
}

/** One model's credit per channel (indexed by channel code): conversions and value. */
export interface ModelCredit {
  readonly conversions: Float64Array;
  readonly value: Float64Array;
}

export interface MarkovCredit extends ModelCredit {
  /** P(conversion) from the start with every channel in place. */
  readonly conversionProbability: number;
  /** Per channel: 1 − P(conversion without the channel) ÷ P(conversion). */
  readonly removalEffect: Float64Array;
  /** The chain's transient states (channel tuples of the order). */
  readonly states: number;
}

export interface AttributionResult {
  readonly lastTouch: ModelCredit;
  readonly firstTouch: ModelCredit;
  readonly linear: ModelCredit;
  readonly positionBased: ModelCredit;
  /** Null when the paths have no times (`ageDays`). */
  readonly timeDecay: ModelCredit | null;
  /** Null when no path converted. */
  readonly markov: MarkovCredit | null;
  readonly shapley: ModelCredit;
  readonly totalConversions: number;
  readonly totalValue: number;
}

function credit(channels: number): { conversions: Float64Array; value: Float64Array } {
  return { conversions: new Float64Array(channels), value: new Float64Array(channels) };
}

/**
 * Each channel's credit for the paths' conversions and value under every model, side by side
 * (`EC.ATTRIBUTION`).
 * Every model shares out each path's conversions and value among its touches, so each model's
 * credits add up to the total conversions and the total value (the Markov chain's by construction).
 *
 * - lastTouch / firstTouch: all to the path's last / first touch.
 * - linear: equal shares per touch (a channel touched twice gets two shares).
 * - positionBased: 40% to the first touch, 40% to the last, 20% shared by the touches between;
 *   a path of two touches 50/50, of one touch 100%.
 * - timeDecay: a touch's weight is 2^(−days before the conversion ÷ half-life), shares ∝ weight;
 *   null without times.
 * - markov: a Markov chain of order k (states: the last k channels) over start → touches →
 *   conversion, or → null for the paths that ended without one; a channel's removal effect is
 *   1 − P(conversion with the channel's states made null) ÷ P(conversion), and the conversions and
 *   value are shared in proportion to the removal effects.
 * - shapley: the Shapley value of the game v(S) = the conversions (value) of the paths whose
 *   channels all lie in S: each channel's average marginal contribution over every ordering of the
 *   channels. This game is the sum over paths of unanimity games, whose Shapley value gives each of
 *   a path's distinct channels an equal share: exact for any number of channels, in one pass.
 * - Edge cases: a half-life not above 0 → #NUM!; a Markov order outside 1 … 3 → #NUM!; a channel
 *   code outside 0 … channelCount − 1 or a path without touches → #VALUE! (the path named, 1-based).
 *
 * @example attributePaths({ channelCount: 2, start: Int32Array.of(0, 2), channel: Int32Array.of(0, 1), conversions: Float64Array.of(10), value: Float64Array.of(1000) }) // lastTouch: [0, 10]; firstTouch: [10, 0]; linear: [5, 5]
 */
export function attributePaths(paths: AttributionPaths, options: AttributionOptions = {}): AttributionResult | MetricError {
  const halfLife = options.halfLifeDays ?? DEFAULT_HALF_LIFE_DAYS;
  if (!(halfLife > 0 && Number.isFinite(halfLife))) return metricError("NUM", "argument.outOfRange", { what: "what.halfLife", min: 0, max: 3650, found: halfLife });
  const order = options.markovOrder ?? 1;
  if (!(Number.isInteger(order) && order >= 1 && order <= MAX_MARKOV_ORDER)) {
    return metricError("NUM", "argument.outOfRange", { what: "what.markovOrder", min: 1, max: MAX_MARKOV_ORDER, found: order });
  }
  const n = paths.channelCount;
  const pathCount = paths.start.length - 1;
  for (let p = 0; p < pathCount; p++) {
    if (paths.start[p + 1] <= paths.start[p]) return metricError("VALUE", "argument.pathWithoutTouch", { path: p + 1 });
    for (let t = paths.start[p]; t < paths.start[p + 1]; t++) {
      const c = paths.channel[t];
      if (!(c >= 0 && c < n)) return metricError("VALUE", "argument.pathChannelUnknown", { path: p + 1 });
    }
  }

  const last = credit(n);
  const first = credit(n);
  const linear = credit(n);
  const position = credit(n);
  const decay = paths.ageDays === undefined ? null : credit(n);
  const shapley = credit(n);
  const seen = new Int32Array(n).fill(-1);
  const distinct: number[] = [];
  let totalConversions = 0;
  let totalValue = 0;
  for (let p = 0; p < pathCount; p++) {
    const conversions = paths.conversions[p];
    const value = paths.value[p];
    if (conversions === 0 && value === 0) continue;
    totalConversions += conversions;
    totalValue += value;
    const from = paths.start[p];
    const to = paths.start[p + 1];
    const k = to - from;
    const add = (target: ModelCredit, channel: number, share: number) => {
      target.conversions[channel] += conversions * share;
      target.value[channel] += value * share;
    };
    add(last, paths.channel[to - 1], 1);
    add(first, paths.channel[from], 1);
    for (let t = from; t < to; t++) add(linear, paths.channel[t], 1 / k);
    if (k === 1) add(position, paths.channel[from], 1);
    else if (k === 2) {
      add(position, paths.channel[from], 0.5);
      add(position, paths.channel[from + 1], 0.5);
    } else {
      add(position, paths.channel[from], POSITION_BASED_ENDS);
      add(position, paths.channel[to - 1], POSITION_BASED_ENDS);
      for (let t = from + 1; t < to - 1; t++) add(position, paths.channel[t], (1 - 2 * POSITION_BASED_ENDS) / (k - 2));
    }
    if (decay !== null) {
      let sum = 0;
      for (let t = from; t < to; t++) sum += 2 ** (-Math.max(0, paths.ageDays![t]) / halfLife);
      for (let t = from; t < to; t++) add(decay, paths.channel[t], 2 ** (-Math.max(0, paths.ageDays![t]) / halfLife) / sum);
    }
    distinct.length = 0;
    for (let t = from; t < to; t++) {
      const c = paths.channel[t];
      if (seen[c] !== p) {
        seen[c] = p;
        distinct.push(c);
      }
    }
    for (const c of distinct) add(shapley, c, 1 / distinct.length);
  }
  return {
    lastTouch: last, firstTouch: first, linear, positionBased: position, timeDecay: decay,
    markov: markovCredit(paths, order, totalConversions, totalValue), shapley, totalConversions, totalValue,
  };
}

/** The Markov chain of the paths: transient states (tuples of the last `order` channels), their transitions, and each state's channels. */
interface MarkovChain {
  readonly states: number;
  /** Per state, its outgoing transitions: target state (≥ 0), CONVERSION or NULL, with probabilities. */
  readonly targets: Int32Array[];
  readonly probabilities: Float64Array[];
  /** The states the start leads to, with probabilities. */
  readonly startTargets: Int32Array;
  readonly startProbabilities: Float64Array;
  /** The channels each state holds. */
  readonly channelsOf: Int32Array[];
}

const CONVERSION = -1;
const NULL = -2;

function buildChain(paths: AttributionPaths, order: number): MarkovChain {
  const stateOf = new Map<number, number>();
  const channelsOf: Int32Array[] = [];
  const counts: Map<number, number>[] = [];
  const startCounts = new Map<number, number>();
  // A state's key: its channels as digits in base channelCount + 1 (0 for "no touch yet"), exact below 2⁵³.
  const base = paths.channelCount + 1;
  const state = (from: number, to: number) => {
    let key = 0;
    for (let t = Math.max(from, to - order); t < to; t++) key = key * base + paths.channel[t] + 1;
    let s = stateOf.get(key);
    if (s === undefined) {
      s = channelsOf.length;
      stateOf.set(key, s);
      channelsOf.push(paths.channel.slice(Math.max(from, to - order), to));
      counts.push(new Map());
    }
    return s;
  };
  const bump = (map: Map<number, number>, target: number, weight: number) => map.set(target, (map.get(target) ?? 0) + weight);
  for (let p = 0; p < paths.start.length - 1; p++) {
    const conversions = paths.conversions[p];
    const nulls = paths.nulls?.[p] ?? 0;
    const weight = conversions + nulls;
    if (!(weight > 0)) continue;
    const from = paths.start[p];
    const to = paths.start[p + 1];
    let current = state(from, from + 1);
    bump(startCounts, current, weight);
    for (let t = from + 2; t <= to; t++) {
      const next = state(from, t);
      bump(counts[current], next, weight);
      current = next;
    }
    if (conversions > 0) bump(counts[current], CONVERSION, conversions);
    if (nulls > 0) bump(counts[current], NULL, nulls);
  }
  const normalized = (map: Map<number, number>) => {
    let total = 0;
    for (const w of map.values()) total += w;
    return { targets: Int32Array.from(map.keys()), probabilities: Float64Array.from(map.values(), (w) => w / total) };
  };
  const start = normalized(startCounts);
  const rows = counts.map(normalized);
  return {
    states: channelsOf.length, channelsOf, startTargets: start.targets, startProbabilities: start.probabilities,
    targets: rows.map((row) => row.targets), probabilities: rows.map((row) => row.probabilities),
  };
}

/** The states up to which a dense solve is used; beyond, Gauss–Seidel sweeps. */
const DENSE_STATES = 400;

/**
 * P(reaching the conversion) from each state, the states marked in `removed` made null: the
 * absorption probabilities of the chain, p = Q p + r, solved exactly (Gaussian elimination) for up
 * to 400 states, else by Gauss–Seidel sweeps to a change below 10⁻¹⁴.
 */
function conversionProbabilities(chain: MarkovChain, removed: Uint8Array | null): Float64Array {
  const n = chain.states;
  const p = new Float64Array(n);
  if (n <= DENSE_STATES) {
    // (I − Q) p = r as an augmented matrix, row-major.
    const width = n + 1;
    const a = new Float64Array(n * width);
    for (let s = 0; s < n; s++) {
      a[s * width + s] = 1;
      if (removed !== null && removed[s] === 1) continue;
      const targets = chain.targets[s];
      const probabilities = chain.probabilities[s];
      for (let j = 0; j < targets.length; j++) {
        const t = targets[j];
        if (t === CONVERSION) a[s * width + n] += probabilities[j];
        else if (t >= 0 && !(removed !== null && removed[t] === 1)) a[s * width + t] -= probabilities[j];
      }
    }
    for (let col = 0; col < n; col++) {
      let pivot = col;
      for (let r = col + 1; r < n; r++) if (Math.abs(a[r * width + col]) > Math.abs(a[pivot * width + col])) pivot = r;
      if (pivot !== col) {
        for (let k = col; k < width; k++) {
          const tmp = a[col * width + k];
          a[col * width + k] = a[pivot * width + k];
          a[pivot * width + k] = tmp;
        }
      }
      const diagonal = a[col * width + col];
      for (let r = 0; r < n; r++) {
        if (r === col) continue;
        const factor = a[r * width + col] / diagonal;
        if (factor === 0) continue;
        for (let k = col; k < width; k++) a[r * width + k] -= factor * a[col * width + k];
      }
    }
    for (let s = 0; s < n; s++) p[s] = a[s * width + n] / a[s * width + s];
    return p;
  }
  for (let sweep = 0; sweep < 1_000_000; sweep++) {
    let change = 0;
    for (let s = 0; s < n; s++) {
      if (removed !== null && removed[s] === 1) continue;
      const targets = chain.targets[s];
      const probabilities = chain.probabilities[s];
      let sum = 0;
      for (let j = 0; j < targets.length; j++) {
        const t = targets[j];
        if (t === CONVERSION) sum += probabilities[j];
        else if (t >= 0 && !(removed !== null && removed[t] === 1)) sum += probabilities[j] * p[t];
      }
      change = Math.max(change, Math.abs(sum - p[s]));
      p[s] = sum;
    }
    if (change < 1e-14) break;
  }
  return p;
}

function fromStart(chain: MarkovChain, p: Float64Array, removed: Uint8Array | null): number {
  let total = 0;
  for (let j = 0; j < chain.startTargets.length; j++) {
    const s = chain.startTargets[j];
    if (removed === null || removed[s] === 0) total += chain.startProbabilities[j] * p[s];
  }
  return total;
}

function markovCredit(paths: AttributionPaths, order: number, totalConversions: number, totalValue: number): MarkovCredit | null {
  if (!(totalConversions > 0)) return null;
  const chain = buildChain(paths, order);
  const base = fromStart(chain, conversionProbabilities(chain, null), null);
  const n = paths.channelCount;
  const removalEffect = new Float64Array(n);
  const removed = new Uint8Array(chain.states);
  let sum = 0;
  for (let c = 0; c < n; c++) {
    removed.fill(0);
    let any = false;
    for (let s = 0; s < chain.states; s++) {
      if (chain.channelsOf[s].includes(c)) {
        removed[s] = 1;
        any = true;
      }
    }
    if (!any) continue;
    const without = fromStart(chain, conversionProbabilities(chain, removed), removed);
    removalEffect[c] = Math.max(0, 1 - without / base);
    sum += removalEffect[c];
  }
  const result = credit(n);
  for (let c = 0; c < n; c++) {
    result.conversions[c] = sum > 0 ? (removalEffect[c] / sum) * totalConversions : 0;
    result.value[c] = sum > 0 ? (removalEffect[c] / sum) * totalValue : 0;
  }
  return { ...result, conversionProbability: base, removalEffect, states: chain.states };
}
