import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMetricError } from "../metric-error";
import { ATTRIBUTION_MODELS, attributePaths, type AttributionPaths, type AttributionResult, type ModelCredit } from "./attribution";

/** Paths written as channel letters, e.g. ["A>B>C", 10, 1000]: conversions, value, then optional nulls and ages. */
type PathSpec = readonly [path: string, conversions: number, value: number, nulls?: number, ages?: readonly number[]];

function pathsOf(specs: readonly PathSpec[], channelCount = 0): AttributionPaths {
  const channel: number[] = [];
  const start = [0];
  const ages: number[] = [];
  for (const [path, , , , pathAges] of specs) {
    const touches = path.split(">").map((letter) => letter.trim().charCodeAt(0) - 65);
    channel.push(...touches);
    start.push(channel.length);
    ages.push(...(pathAges ?? touches.map(() => 0)));
  }
  const hasAges = specs.some((spec) => spec[4] !== undefined);
  return {
    channelCount: Math.max(channelCount, ...channel.map((c) => c + 1)),
    start: Int32Array.from(start), channel: Int32Array.from(channel),
    conversions: Float64Array.from(specs, (spec) => spec[1]), value: Float64Array.from(specs, (spec) => spec[2]),
    ...(hasAges ? { ageDays: Float64Array.from(ages) } : {}),
    ...(specs.some((spec) => spec[3] !== undefined) ? { nulls: Float64Array.from(specs, (spec) => spec[3] ?? 0) } : {}),
  };
}

function attribute(paths: AttributionPaths, options = {}): AttributionResult {
  const result = attributePaths(paths, options);
  if (isMetricError(result)) throw new Error(result.key);
  return result;
}

const sum = (values: Float64Array) => values.reduce((a, b) => a + b, 0);

describe("attributePaths: the rule-based models, hand-worked", () => {
  // A > B > C (10 conversions, 1000), A > C (5, 500), B (5, 300), A > A > B (6, 600).
  const paths = pathsOf([["A>B>C", 10, 1000], ["A>C", 5, 500], ["B", 5, 300], ["A>A>B", 6, 600]]);
  const result = attribute(paths);
  const close = (credit: ModelCredit, conversions: number[], value: number[]) => {
    conversions.forEach((expected, c) => expect(credit.conversions[c]).toBeCloseTo(expected, 10));
    value.forEach((expected, c) => expect(credit.value[c]).toBeCloseTo(expected, 8));
  };

  it("last and first touch give each path to one channel", () => {
    close(result.lastTouch, [0, 11, 15], [0, 900, 1500]);
    close(result.firstTouch, [21, 5, 0], [2100, 300, 0]);
  });

  it("linear shares per touch; Shapley per distinct channel (A > A > B: linear 4/2, Shapley 3/3)", () => {
    // A: 10/3 + 2.5 + 4; B: 10/3 + 5 + 2; C: 10/3 + 2.5.
    close(result.linear, [10 / 3 + 2.5 + 4, 10 / 3 + 5 + 2, 10 / 3 + 2.5], [1000 / 3 + 250 + 400, 1000 / 3 + 300 + 200, 1000 / 3 + 250]);
    close(result.shapley, [10 / 3 + 2.5 + 3, 10 / 3 + 5 + 3, 10 / 3 + 2.5], [1000 / 3 + 250 + 300, 1000 / 3 + 300 + 300, 1000 / 3 + 250]);
  });

  it("position-based gives 40% to each end and 20% between; two touches 50/50", () => {
    // A > B > C: 4, 2, 4; A > C: 2.5, 2.5; B: 5; A > A > B: A 2.4 + 1.2, B 2.4.
    close(result.positionBased, [4 + 2.5 + 3.6, 2 + 5 + 2.4, 4 + 2.5], [400 + 250 + 360, 200 + 300 + 240, 400 + 250]);
  });

  it("time decay halves a touch's weight every half-life; without times it is not computed", () => {
    expect(result.timeDecay).toBeNull();
    // Touches 14, 7 and 0 days before: weights 1/4, 1/2, 1 → shares 1/7, 2/7, 4/7.
    const timed = attribute(pathsOf([["A>B>C", 7, 70, undefined, [14, 7, 0]]]));
    close(timed.timeDecay!, [1, 2, 4], [10, 20, 40]);
    // A half-life of 14 days: weights 1/2, 1/√2, 1.
    const slower = attribute(pathsOf([["A>B>C", 1, 0, undefined, [14, 7, 0]]]), { halfLifeDays: 14 });
    const w = [0.5, Math.SQRT1_2, 1];
    w.forEach((weight, c) => expect(slower.timeDecay!.conversions[c]).toBeCloseTo(weight / (0.5 + Math.SQRT1_2 + 1), 12));
  });

  it("Markov, hand-worked: A > B converts once, A ends once without: each channel's removal loses everything, 50/50", () => {
    const markov = attribute(pathsOf([["A>B", 1, 100, 0], ["A", 0, 0, 1]])).markov!;
    expect(markov.conversionProbability).toBeCloseTo(0.5, 14);
    expect(Array.from(markov.removalEffect)).toEqual([1, 1]);
    close(markov, [0.5, 0.5], [50, 50]);
  });
});

/**
 * An independent Markov computation for the check: the chain built here from the paths (states as
 * strings of the last `order` channels), its absorption probabilities from the fundamental matrix
 * N = (I − Q)⁻¹ (Gauss–Jordan inverse), B = N R, and a channel's removal as Q and R with every
 * transition into a state holding the channel sent to null instead.
 */
function removalEffectsByFundamentalMatrix(paths: AttributionPaths, order: number, channels = paths.channelCount): { base: number; effects: number[] } {
  const keys: string[] = [];
  const index = (key: string) => (keys.includes(key) ? keys.indexOf(key) : keys.push(key) - 1);
  const edges: [from: string, to: string, weight: number][] = [];
  for (let p = 0; p < paths.start.length - 1; p++) {
    const touches = Array.from(paths.channel.subarray(paths.start[p], paths.start[p + 1]));
    const conversions = paths.conversions[p];
    const nulls = paths.nulls?.[p] ?? 0;
    // A path that neither converted nor ended without converting is no observation.
    if (conversions + nulls === 0) continue;
    const stateAt = (t: number) => touches.slice(Math.max(0, t + 1 - order), t + 1).join("|");
    let previous = "(start)";
    touches.forEach((_, t) => {
      edges.push([previous, stateAt(t), conversions + nulls]);
      previous = stateAt(t);
    });
    if (conversions > 0) edges.push([previous, "(conversion)", conversions]);
    if (nulls > 0) edges.push([previous, "(null)", nulls]);
  }
  for (const [from, to] of edges) {
    if (!from.startsWith("(")) index(from);
    if (!to.startsWith("(")) index(to);
  }
  const n = keys.length;
  const outWeight = new Map<string, number>();
  for (const [from, , weight] of edges) outWeight.set(from, (outWeight.get(from) ?? 0) + weight);
  const absorb = (removedChannel: number | null) => {
    const holds = (key: string) => removedChannel !== null && key.split("|").map(Number).includes(removedChannel);
    const Q = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    const R = new Array<number>(n).fill(0);
    const start = new Array<number>(n).fill(0);
    for (const [from, to, weight] of edges) {
      const probability = weight / outWeight.get(from)!;
      if (to === "(null)" || holds(to)) continue;
      if (from === "(start)") start[index(to)] += probability;
      else if (holds(from)) continue;
      else if (to === "(conversion)") R[index(from)] += probability;
      else Q[index(from)][index(to)] += probability;
    }
    // N = (I − Q)⁻¹ by Gauss–Jordan on [I − Q | I].
    const m = Q.map((row, i) => [...row.map((q, j) => (i === j ? 1 : 0) - q), ...row.map((_, j) => (i === j ? 1 : 0))]);
    for (let col = 0; col < n; col++) {
      let pivot = col;
      for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
      [m[col], m[pivot]] = [m[pivot], m[col]];
      const d = m[col][col];
      for (let k = 0; k < 2 * n; k++) m[col][k] /= d;
      for (let r = 0; r < n; r++) {
        if (r === col) continue;
        const f = m[r][col];
        for (let k = 0; k < 2 * n; k++) m[r][k] -= f * m[col][k];
      }
    }
    const N = m.map((row) => row.slice(n));
    const B = N.map((row) => row.reduce((acc, value, j) => acc + value * R[j], 0));
    return start.reduce((acc, value, i) => acc + value * B[i], 0);
  };
  const base = absorb(null);
  return { base, effects: Array.from({ length: channels }, (_, c) => 1 - absorb(c) / base) };
}

describe("attributePaths: the Markov chain against the fundamental matrix", () => {
  const paths = pathsOf([
    ["A>B>C", 40, 4000, 60], ["A>C", 25, 2500, 100], ["B>A>B>C", 12, 1300, 8], ["C", 30, 2700, 200], ["D>A", 5, 400, 90], ["B>B>D", 0, 0, 70], ["D", 3, 250, 10],
  ]);

  for (const order of [1, 2, 3]) {
    it(`order ${order}: P(conversion) and every removal effect equal the absorbing chain's, credits add up`, () => {
      const markov = attribute(paths, { markovOrder: order }).markov!;
      const expected = removalEffectsByFundamentalMatrix(paths, order);
      expect(markov.conversionProbability).toBeCloseTo(expected.base, 12);
      expected.effects.forEach((effect, c) => expect(markov.removalEffect[c], `channel ${c}`).toBeCloseTo(effect, 12));
      expect(sum(markov.conversions)).toBeCloseTo(115, 9);
      expect(sum(markov.value)).toBeCloseTo(11150, 6);
    });
  }

  it("a chain of more than 400 states (solved by sweeps) agrees with the fundamental matrix too", () => {
    // 26 channels at order 2: more than 400 states from the pairs touched (the check takes the first three channels' removals).
    const specs: PathSpec[] = [];
    const letter = (c: number) => String.fromCharCode(65 + c);
    for (let a = 0; a < 26; a++) for (let b = 0; b < 26; b += 2) specs.push([`${letter(a)}>${letter(b)}>${letter((a + b) % 26)}`, 1 + ((a * 7 + b) % 5), 10 * ((a + b) % 7), (a + 3 * b) % 4]);
    const big = pathsOf(specs);
    const markov = attribute(big, { markovOrder: 2 }).markov!;
    expect(markov.states).toBeGreaterThan(400);
    const expected = removalEffectsByFundamentalMatrix(big, 2, 3);
    expect(markov.conversionProbability).toBeCloseTo(expected.base, 10);
    expected.effects.forEach((effect, c) => expect(markov.removalEffect[c], `channel ${c}`).toBeCloseTo(effect, 10));
  });
});

/** Shapley by brute force: every ordering of the channels, each channel's marginal contribution to v(S) = conversions of the paths with all their channels in S. */
function shapleyByOrderings(paths: AttributionPaths): number[] {
  const n = paths.channelCount;
  const sets: { mask: number; conversions: number }[] = [];
  for (let p = 0; p < paths.start.length - 1; p++) {
    let mask = 0;
    for (let t = paths.start[p]; t < paths.start[p + 1]; t++) mask |= 1 << paths.channel[t];
    sets.push({ mask, conversions: paths.conversions[p] });
  }
  const v = (coalition: number) => sets.reduce((acc, set) => acc + ((set.mask & coalition) === set.mask ? set.conversions : 0), 0);
  const credit = new Array<number>(n).fill(0);
  let orderings = 0;
  const permute = (prefix: number[], rest: number[]) => {
    if (rest.length === 0) {
      orderings++;
      let coalition = 0;
      for (const c of prefix) {
        credit[c] += v(coalition | (1 << c)) - v(coalition);
        coalition |= 1 << c;
      }
      return;
    }
    rest.forEach((c, i) => permute([...prefix, c], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  permute([], Array.from({ length: n }, (_, c) => c));
  return credit.map((total) => total / orderings);
}

const pathSpecs = (channels: number) => fc.array(
  fc.tuple(fc.array(fc.integer({ min: 0, max: channels - 1 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 30 })),
  { minLength: 1, maxLength: 12 },
).map((rows) => rows.map(([touches, conversions, value, nulls]) => [touches.map((c) => String.fromCharCode(65 + c)).join(">"), conversions, value, nulls] as PathSpec));

describe("attributePaths: Shapley against enumeration, and every model's credits add up", () => {
  it("Shapley equals each channel's average marginal contribution over all orderings (up to 6 channels)", () => {
    fc.assert(fc.property(pathSpecs(6), (specs) => {
      const paths = pathsOf(specs);
      const shapley = attribute(paths).shapley;
      shapleyByOrderings(paths).forEach((expected, c) => expect(shapley.conversions[c]).toBeCloseTo(expected, 9));
    }), { numRuns: 60 });
  });

  it("every model shares out exactly the total conversions and value (efficiency)", () => {
    fc.assert(fc.property(pathSpecs(8), (specs) => {
      const paths = pathsOf(specs.map(([path, conversions, value, nulls]) => [path, conversions, value, nulls, path.split(">").map((_, i, all) => (all.length - 1 - i) * 3)] as PathSpec));
      const result = attribute(paths, { markovOrder: 2 });
      for (const model of ATTRIBUTION_MODELS) {
        const credit = result[model];
        if (credit === null) {
          expect(model).toBe("markov");
          expect(result.totalConversions).toBe(0);
          continue;
        }
        expect(sum(credit.conversions), model).toBeCloseTo(result.totalConversions, 8);
        expect(sum(credit.value), model).toBeCloseTo(result.totalValue, 6);
        for (const share of credit.conversions) expect(share).toBeGreaterThanOrEqual(0);
      }
    }), { numRuns: 100 });
  });
});

describe("attributePaths: what it refuses", () => {
  it("names the path without touches or with a channel outside the list; a half-life or order out of range is #NUM!", () => {
    const empty = { channelCount: 2, start: Int32Array.of(0, 1, 1), channel: Int32Array.of(0), conversions: Float64Array.of(1, 1), value: Float64Array.of(0, 0) };
    expect(attributePaths(empty)).toMatchObject({ code: "VALUE", key: "argument.pathWithoutTouch", params: { path: 2 } });
    expect(attributePaths({ ...pathsOf([["A>B", 1, 0]]), channelCount: 1 })).toMatchObject({ code: "VALUE", key: "argument.pathChannelUnknown", params: { path: 1 } });
    expect(attributePaths(pathsOf([["A", 1, 0]]), { halfLifeDays: 0 })).toMatchObject({ code: "NUM" });
    expect(attributePaths(pathsOf([["A", 1, 0]]), { markovOrder: 4 })).toMatchObject({ code: "NUM" });
  });
});
