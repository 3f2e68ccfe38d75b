/**
 * A small seeded pseudo-random generator and the draws the sample shop needs. Own code rather
 * than a dependency, so that a seed gives the same shop on every machine and every version.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/**
 * mulberry32 (Tommy Ettinger's 32-bit generator): one 32-bit state, a period of 2³², good enough
 * statistical quality for simulated data, and fast (a few integer multiplications per draw).
 *
 * @example const random = mulberry32(42); random() // 0.6011037519201636, the same on every run
 */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seed for an independent stream derived from `seed` (so that adding draws to one stream leaves the others unchanged). */
export function deriveSeed(seed: number, stream: number): number {
  let h = Math.imul((seed >>> 0) ^ Math.imul(stream, 0x9e3779b9), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** An integer in [0, n). */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** An exponentially distributed number with the given mean. */
export function exponential(random: Random, mean: number): number {
  return -mean * Math.log(1 - random());
}

/**
 * Picks an index with probability proportional to its weight, by binary search over the
 * cumulative weights: O(log k) per draw for k weights.
 */
export function weightedChoice(weights: readonly number[] | Float64Array): (random: Random) => number {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) {
    if (!(weights[i] >= 0)) throw new RangeError(`weight ${i} must be a non-negative number, not ${weights[i]}`);
    total += weights[i];
    cumulative[i] = total;
  }
  if (!(total > 0)) throw new RangeError("at least one weight must be positive");
  const last = weights.length - 1;
  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = last;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] > target) high = middle;
      else low = middle + 1;
    }
    return low;
  };
}
