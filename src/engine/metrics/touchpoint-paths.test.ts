import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_PATH_STEPS } from "./attribution-paths";
import { pathsFromTouchpoints } from "./touchpoint-paths";

const WINDOW = { from: 45800, to: 45900 };

/** The paths as [channels, ages, conversions, value, nulls] rows, for comparing. */
function rowsOf(result: ReturnType<typeof pathsFromTouchpoints>) {
  const { paths } = result;
  return Array.from({ length: paths.start.length - 1 }, (_, p) => {
    const touches = Array.from({ length: paths.start[p + 1] - paths.start[p] }, (_, k) => paths.start[p] + k);
    return [touches.map((t) => paths.channel[t]), touches.map((t) => Math.round(paths.ageDays![t] * 1e9) / 1e9), paths.conversions[p], paths.value[p], paths.nulls![p]];
  });
}

describe("pathsFromTouchpoints", () => {
  it("hand-worked: an order's touches of the last 30 days in time order; an order without keeps its source; a visitor who never bought ends in null", () => {
    // Buyer 0: touches via 1 (day 45820), 2 (45845), 1 (45849.5); orders at 45850 (source 0) and 45890 (no touch in 30 days before? 45849.5 is 40.5 days before).
    // Buyer 1: no touches, an order with no source. Person 2: touches, no order.
    const touches = { person: Int32Array.of(0, 0, 2, 0, 2, -1), time: Float64Array.of(45845, 45820, 45810, 45849.5, 45811, 45812), channel: Int32Array.of(2, 1, 3, 1, 2, 1) };
    const orders = { buyer: Int32Array.of(0, 0, 1), time: Float64Array.of(45850, 45890, 45860), value: Float64Array.of(100, 80, 60), channel: Int32Array.of(0, 0, -1) };
    const result = pathsFromTouchpoints(touches, orders, { channelCount: 5, unknownChannel: 4, window: WINDOW });
    expect(rowsOf(result)).toEqual([
      [[1, 2, 1], [30, 5, 0.5], 1, 100, 0],
      [[0], [0], 1, 80, 0],
      [[4], [0], 1, 60, 0],
      [[3, 2], [1, 0], 0, 0, 1],
    ]);
    expect(result).toMatchObject({ ordersWithTouches: 1, ordersOwnSource: 2, nonConverting: 1, cutPaths: 0, touchesWithoutPerson: 1 });
  });

  it("keeps the last 50 touches of a longer path, and counts the cut", () => {
    const n = 70;
    const touches = { person: new Int32Array(n), time: Float64Array.from({ length: n }, (_, i) => 45840 + i / 10), channel: Int32Array.from({ length: n }, (_, i) => i % 3) };
    const result = pathsFromTouchpoints(touches, { buyer: Int32Array.of(0), time: Float64Array.of(45850), value: Float64Array.of(1), channel: Int32Array.of(-1) }, { channelCount: 3, unknownChannel: 2, window: WINDOW });
    expect(result.paths.start[1]).toBe(MAX_PATH_STEPS);
    expect(Array.from(result.paths.channel.subarray(0, 3))).toEqual([20 % 3, 21 % 3, 22 % 3]);
    expect(result.cutPaths).toBe(1);
  });

  it("agrees with a plain filter and sort per order on random touchpoints", () => {
    const touch = fc.record({ person: fc.integer({ min: -1, max: 5 }), time: fc.integer({ min: 45780, max: 45910 }), channel: fc.integer({ min: 0, max: 3 }) });
    const order = fc.record({ buyer: fc.integer({ min: -1, max: 5 }), time: fc.integer({ min: 45800, max: 45899 }), value: fc.integer({ min: 0, max: 500 }), channel: fc.integer({ min: -1, max: 3 }) });
    fc.assert(fc.property(fc.array(touch, { maxLength: 60 }), fc.array(order, { maxLength: 15 }), fc.integer({ min: 1, max: 40 }), (ts, os, lookback) => {
      const result = pathsFromTouchpoints(
        { person: Int32Array.from(ts, (t) => t.person), time: Float64Array.from(ts, (t) => t.time), channel: Int32Array.from(ts, (t) => t.channel) },
        { buyer: Int32Array.from(os, (o) => o.buyer), time: Float64Array.from(os, (o) => o.time), value: Float64Array.from(os, (o) => o.value), channel: Int32Array.from(os, (o) => o.channel) },
        { channelCount: 5, unknownChannel: 4, lookbackDays: lookback, window: WINDOW },
      );
      // Stable order of equal times: by the touch's row, as the engine's sort leaves them.
      const inOrder = ts.map((t, i) => ({ ...t, i })).sort((a, b) => a.time - b.time || a.i - b.i);
      const expected = os.map((o) => {
        const mine = o.buyer < 0 ? [] : inOrder.filter((t) => t.person === o.buyer && t.time >= o.time - lookback && t.time <= o.time).slice(-MAX_PATH_STEPS);
        return mine.length > 0 ? [mine.map((t) => t.channel), mine.map((t) => o.time - t.time), 1, o.value, 0] : [[o.channel >= 0 ? o.channel : 4], [0], 1, o.value, 0];
      });
      const buyers = new Set(os.map((o) => o.buyer));
      for (let p = 0; p <= 5; p++) {
        if (buyers.has(p)) continue;
        const mine = inOrder.filter((t) => t.person === p && t.time >= WINDOW.from && t.time < WINDOW.to).slice(-MAX_PATH_STEPS);
        if (mine.length > 0) expected.push([mine.map((t) => t.channel), mine.map((t) => mine[mine.length - 1].time - t.time), 0, 0, 1]);
      }
      expect(rowsOf(result)).toEqual(expected);
    }), { numRuns: 300 });
  });
});
