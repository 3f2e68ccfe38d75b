import { describe, expect, it } from "vitest";
import { serialFromCivil } from "../calendar";
import { isMetricError } from "../metric-error";
import { firstShippingGroups, repurchaseByFirstShipping } from "./shipping-repurchase";
import { proportionDifference } from "./proportion-difference";

const at = (month: number, day: number, hour = 0) => serialFromCivil(2025, month, day, hour);
const window = { from: at(6, 1), to: at(9, 1) };

describe("firstShippingGroups", () => {
  it("hand-worked: five buyers, one new before the window, one first order unshipped", () => {
    // buyer: 0 late and back; 1 on time, back; 2 on time, not back; 3 first order in May (not new); 4 unshipped.
    const buyers = Int32Array.of(0, 0, 1, 1, 2, 3, 3, 4, -1);
    const times = Float64Array.of(at(6, 1), at(7, 1), at(6, 5), at(8, 5), at(6, 9), at(5, 1), at(6, 20), at(7, 3), at(6, 1));
    const shipped = Float64Array.of(at(6, 4), at(7, 2), at(6, 6), NaN, at(6, 9, 12), at(5, 9), at(6, 21), NaN, at(6, 9));
    const groups = firstShippingGroups(buyers, times, shipped, { window });
    expect(groups).toEqual({ late: { buyers: 1, repurchased: 1 }, onTime: { buyers: 2, repurchased: 1 }, unshipped: 1 });
  });

  it("the first order is the earliest, whatever the row order; the second order must fall in the window", () => {
    const buyers = Int32Array.of(0, 0, 1, 1);
    const times = Float64Array.of(at(7, 1), at(6, 1), at(8, 1), at(9, 15));
    const shipped = Float64Array.of(at(7, 2), at(6, 10), at(8, 2), at(9, 16));
    expect(firstShippingGroups(buyers, times, shipped, { window })).toEqual({ late: { buyers: 1, repurchased: 1 }, onTime: { buyers: 1, repurchased: 0 }, unshipped: 0 });
  });
});

describe("repurchaseByFirstShipping", () => {
  it("is the Newcombe difference of the two groups' repurchase", () => {
    const buyers = Int32Array.of(0, 0, 1, 2, 2, 3);
    const times = Float64Array.of(at(6, 1), at(6, 20), at(6, 2), at(6, 3), at(7, 3), at(6, 4));
    const shipped = Float64Array.of(at(6, 5), at(6, 21), at(6, 6), at(6, 3, 5), at(7, 4), at(6, 4, 6));
    const result = repurchaseByFirstShipping(buyers, times, shipped, { window });
    if (isMetricError(result)) throw new Error(result.key);
    expect([result.late, result.onTime]).toEqual([{ buyers: 2, repurchased: 1 }, { buyers: 2, repurchased: 1 }]);
    expect(result.difference).toEqual(proportionDifference({ size: 2, events: 1 }, { size: 2, events: 1 }));
  });

  it("a group without buyers is #DIV/0! naming it", () => {
    const result = repurchaseByFirstShipping(Int32Array.of(0), Float64Array.of(at(6, 1)), Float64Array.of(at(6, 2)), { window });
    expect(isMetricError(result) && [result.code, result.params.what]).toEqual(["DIV0", "what.lateFirstOrders"]);
  });
});
