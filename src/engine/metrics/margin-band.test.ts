import { describe, expect, it } from "vitest";
import { DEFAULT_MARGIN_BAND, marginBandPosition } from "./margin-band";

describe("marginBandPosition", () => {
  it("uses the 8%–12% band of promotional items by default", () => {
    expect(DEFAULT_MARGIN_BAND).toEqual({ low: 0.08, high: 0.12 });
    expect(marginBandPosition(100, 91)).toBe("inside"); // 9%
    expect(marginBandPosition(100, 95)).toBe("below"); // 5%
    expect(marginBandPosition(100, 80)).toBe("above"); // 20%
  });

  it("counts both edges inside despite floating point", () => {
    expect(marginBandPosition(100, 92)).toBe("inside"); // 8%
    expect(marginBandPosition(100, 88)).toBe("inside"); // 12%
    expect(marginBandPosition(59.9, 59.9 * 0.92)).toBe("inside"); // computes as 0.0799999999999999
    expect(marginBandPosition(29.9, 29.9 * 0.88)).toBe("inside"); // computes as 0.12000000000000004
    expect(marginBandPosition(100, 92.01)).toBe("below");
    expect(marginBandPosition(100, 87.99)).toBe("above");
  });

  it("puts a sale at a loss below the band", () => {
    expect(marginBandPosition(98.5, 100)).toBe("below");
  });

  it("is #VALUE! for a blank price or cost, never a position", () => {
    expect(marginBandPosition(NaN, 90)).toMatchObject({ kind: "metric-error", code: "VALUE" });
    expect(marginBandPosition(100, NaN)).toMatchObject({ kind: "metric-error", code: "VALUE" });
  });

  it("takes another band", () => {
    const band = { low: -0.015, high: 0 }; // slow-movers cleared at up to 1.5% loss
    expect(marginBandPosition(100, 101, band)).toBe("inside");
    expect(marginBandPosition(100, 102, band)).toBe("below");
    expect(marginBandPosition(100, 99, band)).toBe("above");
    expect(marginBandPosition(100, 90, { low: 0.1, high: 0.1 })).toBe("inside");
  });

  it("is #DIV/0! for a price of 0 and #NUM! for a band whose low edge is above its high edge", () => {
    expect(marginBandPosition(0, 10)).toEqual({ kind: "metric-error", code: "DIV0", key: "argument.zero", params: { what: "what.revenueTotal" } });
    expect(marginBandPosition(100, 90, { low: 0.12, high: 0.08 })).toEqual({
      kind: "metric-error",
      code: "NUM",
      key: "argument.marginBand",
      params: { low: 0.12, high: 0.08 },
    });
  });
});
