import { describe, expect, it } from "vitest";
import { roi } from "./roi";
import { growth } from "./growth";

describe("roi", () => {
  it("is attributed GMV ÷ spend (投产比) by default", () => {
    expect(roi(120, 100)).toBeCloseTo(1.2, 15);
    expect(roi(0, 100)).toBe(0);
    expect(roi(250, 100, { mode: "gmv" })).toBe(2.5);
  });

  it("gives the review's Tencent ads ROI falling 1.2 → 0.9, i.e. −25%", () => {
    const before = roi(120_000, 100_000) as number;
    const after = roi(90_000, 100_000) as number;
    expect(before).toBeCloseTo(1.2, 15);
    expect(after).toBeCloseTo(0.9, 15);
    expect(growth(after, before)).toBeCloseTo(-0.25, 12);
  });

  it("nets out cost in profit mode: (GMV × margin − spend) ÷ spend", () => {
    expect(roi(1000, 100, { mode: "profit", margin: 0.3 })).toBeCloseTo(2, 12);
    expect(roi(1000, 300, { mode: "profit", margin: 0.3 })).toBeCloseTo(0, 12); // break-even
    expect(roi(500, 300, { mode: "profit", margin: 0.3 })).toBeCloseTo(-0.5, 12); // loses half the spend
  });

  it("is #DIV/0! for no spend and #NUM! for a negative spend", () => {
    expect(roi(100, 0)).toEqual({ kind: "metric-error", code: "DIV0", key: "argument.zero", params: { what: "what.spendTotal" } });
    expect(roi(100, -5)).toEqual({ kind: "metric-error", code: "NUM", key: "argument.negative", params: { what: "what.spendTotal", found: -5 } });
  });

  it("is #NUM! in profit mode without a margin in [−1, 1]", () => {
    for (const margin of [undefined, 1.5, -2, NaN]) {
      expect(roi(1000, 100, { mode: "profit", margin }), String(margin)).toMatchObject({ code: "NUM", key: "argument.marginRequired" });
    }
  });
});
