import { describe, expect, it } from "vitest";
import { BARE_RATE_LIMIT, percentText, rateInRange, readRate } from "./target-values";

describe("readRate: one rule for rates", () => {
  it("takes a fraction, a percent string and a percent typed with its sign as the same rate", () => {
    for (const input of [0.25, "0.25", "25%", " 25 % ", "２５％", "+25%"]) expect(readRate(input, "growth"), String(input)).toEqual({ ok: true, value: 0.25 });
    expect(readRate("12.5%", "rate")).toEqual({ ok: true, value: 0.125 });
    expect(readRate("3.5%", "rate")).toEqual({ ok: true, value: 0.035 });
    expect(readRate("-5%", "bandEdge")).toEqual({ ok: true, value: -0.05 });
    expect(readRate("−5%", "bandEdge")).toEqual({ ok: true, value: -0.05 });
  });

  it("refuses a bare number beyond ±1: what it would mean, and what to write instead", () => {
    expect(readRate(25, "growth")).toEqual({ ok: false, problem: { reason: "bareNumber", value: 25, meaning: "+2500%", fraction: "0.25", percent: "25%", literal: "2500%" } });
    expect(readRate(3.5, "rate")).toEqual({ ok: false, problem: { reason: "bareNumber", value: 3.5, meaning: "350%", fraction: "0.035", percent: "3.5%", literal: null } });
    expect(readRate("8", "bandEdge")).toEqual({ ok: false, problem: { reason: "bareNumber", value: 8, meaning: "800%", fraction: "0.08", percent: "8%", literal: null } });
    expect(readRate(-5, "bandEdge")).toMatchObject({ ok: false, problem: { reason: "bareNumber", meaning: "-500%", fraction: "-0.05", percent: "-5%" } });
    expect(readRate(1.5, "growth")).toMatchObject({ ok: false, problem: { reason: "bareNumber", meaning: "+150%", fraction: "0.015", percent: "1.5%", literal: "150%" } });
  });

  it("draws the bound at ±1: a bare 1 is 100%, a growth above it needs its % sign", () => {
    expect(BARE_RATE_LIMIT).toBe(1);
    expect(readRate(1, "growth")).toEqual({ ok: true, value: 1 });
    expect(readRate(1, "rate")).toEqual({ ok: true, value: 1 });
    expect(readRate(1.0001, "growth")).toMatchObject({ ok: false, problem: { reason: "bareNumber" } });
    expect(readRate("150%", "growth")).toEqual({ ok: true, value: 1.5 });
    expect(readRate("2500%", "growth")).toEqual({ ok: true, value: 25 });
  });

  it("checks each kind's range on the rate read", () => {
    expect(readRate("120%", "rate")).toEqual({ ok: false, problem: { reason: "range", value: 1.2 } });
    expect(readRate(0, "rate")).toEqual({ ok: false, problem: { reason: "range", value: 0 } });
    expect(readRate("-5%", "growth")).toEqual({ ok: false, problem: { reason: "range", value: -0.05 } });
    expect(readRate("100%", "bandEdge")).toEqual({ ok: false, problem: { reason: "range", value: 1 } });
    expect(readRate("110%", "threshold")).toEqual({ ok: true, value: 1.1 });
    expect(rateInRange(Number.NaN, "threshold")).toBe(false);
  });

  it("refuses what is not a rate, and takes blank text as no value", () => {
    for (const input of ["abc", "¥5", "5万", "25%%", "1,5", null, true, [0.2], Number.POSITIVE_INFINITY, Number.NaN]) {
      expect(readRate(input, "rate"), String(input)).toEqual({ ok: false, problem: { reason: "unreadable" } });
    }
    expect(readRate("  ", "rate")).toEqual({ ok: true, value: null });
  });

  it("writes a fraction back as percent text without float noise", () => {
    expect(percentText(0.035)).toBe("3.5%");
    expect(percentText(0.07)).toBe("7%");
    expect(percentText(1.1)).toBe("110%");
    for (const text of ["3.5%", "7%", "14.1%", "0.3%", "-12%"]) {
      const read = readRate(text, "bandEdge");
      expect(read.ok && read.value !== null ? percentText(read.value) : null).toBe(text);
    }
  });
});
