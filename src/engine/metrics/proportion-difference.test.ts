import { describe, expect, it } from "vitest";
import { isMetricError } from "../metric-error";
import { proportionDifference, type ProportionDifference } from "./proportion-difference";

const ok = (value: ProportionDifference | ReturnType<typeof proportionDifference>): ProportionDifference => {
  if (isMetricError(value)) throw new Error(value.key);
  return value as ProportionDifference;
};

describe("proportionDifference (Newcombe's hybrid score interval)", () => {
  // Newcombe (1998), Statistics in Medicine 17:873–890, Table II, method 10, the published limits.
  it.each([
    [56, 70, 48, 80, 0.2, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.6, 0.1705, 0.809],
    [6, 7, 2, 7, 0.5714, 0.0582, 0.8062],
    [5, 56, 0, 29, 0.0893, -0.0381, 0.1926],
  ])("%i/%i − %i/%i: difference %f, interval %f to %f", (x1, n1, x2, n2, d, low, high) => {
    const result = ok(proportionDifference({ size: n1, events: x1 }, { size: n2, events: x2 }));
    expect(result.difference).toBeCloseTo(d, 4);
    expect(result.ciLow).toBeCloseTo(low, 4);
    expect(result.ciHigh).toBeCloseTo(high, 4);
  });

  it("is antisymmetric: swapping the groups negates the difference and mirrors the interval", () => {
    const ab = ok(proportionDifference({ size: 120, events: 12 }, { size: 800, events: 113 }));
    const ba = ok(proportionDifference({ size: 800, events: 113 }, { size: 120, events: 12 }));
    expect(ba.difference).toBeCloseTo(-ab.difference, 12);
    expect(ba.ciLow).toBeCloseTo(-ab.ciHigh, 12);
    expect(ba.ciHigh).toBeCloseTo(-ab.ciLow, 12);
  });

  it("a wider confidence gives a wider interval", () => {
    const at95 = ok(proportionDifference({ size: 200, events: 30 }, { size: 300, events: 60 }));
    const at99 = ok(proportionDifference({ size: 200, events: 30 }, { size: 300, events: 60 }, { confidence: 0.99 }));
    expect(at99.ciLow).toBeLessThan(at95.ciLow);
    expect(at99.ciHigh).toBeGreaterThan(at95.ciHigh);
  });

  it("an empty group is #DIV/0!, more events than members #NUM!, named as asked", () => {
    const empty = proportionDifference({ size: 0, events: 0 }, { size: 10, events: 1 }, { names: ["what.lateFirstOrders", "what.onTimeFirstOrders"] });
    expect(isMetricError(empty) && [empty.code, empty.params.what]).toEqual(["DIV0", "what.lateFirstOrders"]);
    const over = proportionDifference({ size: 10, events: 1 }, { size: 5, events: 6 });
    expect(isMetricError(over) && [over.code, over.key]).toEqual(["NUM", "argument.eventsAboveSize"]);
  });
});
