import { describe, expect, it } from "vitest";
import { abTestFunction } from "../../src/functions/functions";
import { asTable, expectError, inChinese, OMITTED } from "./excel-call";

/** Φ(z) by Simpson's rule over the normal density: an oracle independent of the engine's stdlib. */
function normalCdf(z: number): number {
  const steps = 20000;
  const h = Math.abs(z) / steps;
  const density = (x: number) => Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI);
  let sum = density(0) + density(Math.abs(z));
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * density(i * h);
  const half = (h / 3) * sum;
  return z >= 0 ? 0.5 + half : 0.5 - half;
}

/** The z of a two-sided 95% and 90% interval. */
const Z_95 = 1.959963984540054;
const Z_90 = 1.6448536269514722;

/** The expected row by the textbook formulas: pooled z-test, Katz log risk-ratio interval. */
function byHand(xC: number, nC: number, xT: number, nT: number, z: number): number[] {
  const pC = xC / nC;
  const pT = xT / nT;
  const pooled = (xC + xT) / (nC + nT);
  const zStat = (pT - pC) / Math.sqrt(pooled * (1 - pooled) * (1 / nC + 1 / nT));
  const se = Math.sqrt(1 / xT - 1 / nT + 1 / xC - 1 / nC);
  const ratio = pT / pC;
  return [ratio - 1, ratio * Math.exp(-z * se) - 1, ratio * Math.exp(z * se) - 1, 2 * (1 - normalCdf(Math.abs(zStat)))];
}

const HEADER = ["Lift", "CI low", "CI high", "p-value", "Significant"];

function expectRow(result: unknown, expected: number[], significant: boolean): void {
  const table = asTable(result);
  expect(table).toHaveLength(2);
  expect(table[0]).toEqual(HEADER);
  expect(table[1]).toHaveLength(5);
  expected.forEach((value, k) => expect(table[1][k]).toBeCloseTo(value, 7));
  expect(table[1][4]).toBe(significant);
}

describe("EC.ABTEST", () => {
  it("reports the coupon test's +9.2% lift, its interval and p-value: not significant at 10,000 visitors each", () => {
    const expected = byHand(500, 10000, 546, 10000, Z_95);
    expect(expected[0]).toBeCloseTo(0.092, 12);
    expect(expected[3]).toBeGreaterThan(0.05);
    expectRow(abTestFunction(500, 10000, 546, 10000), expected, false);
  });

  it("is significant for 6.0% against 5.0% at 10,000 visitors each", () => {
    const expected = byHand(500, 10000, 600, 10000, Z_95);
    expect(expected[3]).toBeLessThan(0.05);
    expectRow(abTestFunction(500, 10000, 600, 10000), expected, true);
  });

  it("reports a negative lift with an interval around it", () => {
    const expected = byHand(600, 10000, 500, 10000, Z_95);
    expectRow(abTestFunction(600, 10000, 500, 10000), expected, true);
    expect(expected[1]).toBeLessThan(expected[0]);
    expect(expected[2]).toBeGreaterThan(expected[0]);
  });

  it("takes another confidence level, also as \"90%\" text", () => {
    const expected = byHand(500, 10000, 546, 10000, Z_90);
    expectRow(abTestFunction(500, 10000, 546, 10000, 0.9), expected, false);
    expectRow(abTestFunction(500, 10000, 546, 10000, "90%" as never), expected, false);
  });

  it.each(OMITTED)("uses 95% when the confidence arrives as $name", ({ value }) => {
    expectRow(abTestFunction(500, 10000, 546, 10000, value), byHand(500, 10000, 546, 10000, Z_95), false);
  });

  it("reads counts typed as text with thousands separators and 万", () => {
    expectRow(abTestFunction("500" as never, "10,000" as never, 546, "1万" as never), byHand(500, 10000, 546, 10000, Z_95), false);
  });

  it("writes the header in Chinese", () => {
    inChinese(() => expect(asTable(abTestFunction(500, 10000, 546, 10000))[0]).toEqual(["提升", "置信下限", "置信上限", "p 值", "显著"]));
  });

  describe("bad input", () => {
    it("is #NUM! for more conversions than visitors", () => {
      expectError(abTestFunction(500, 10000, 120, 100), "#NUM!", "The treatment group: 120 conversions out of 100 visitors is impossible.");
      inChinese(() => expectError(abTestFunction(500, 10000, 120, 100), "#NUM!", "实验组：100 个访客中有 120 个转化，这不可能。"));
    });

    it("is #NUM! for negative counts", () => {
      expectError(abTestFunction(-1, 10000, 546, 10000), "#NUM!", "The control group cannot be negative (found -1).");
    });

    it("is #DIV/0! for a group without visitors or without conversions", () => {
      expectError(abTestFunction(0, 0, 546, 10000), "#DIV/0!");
      expectError(abTestFunction(0, 10000, 546, 10000), "#DIV/0!", "The control group has no conversions, so the lift and its interval are undefined.");
      inChinese(() => expectError(abTestFunction(500, 10000, 0, 10000), "#DIV/0!", "实验组没有转化，提升及其置信区间无法计算。"));
    });

    it.each([0, 1, 95])("is #NUM! for the confidence level %s (outside 0–1)", (confidence) => {
      expectError(abTestFunction(500, 10000, 546, 10000, confidence), "#NUM!", `The confidence level must be between 0 and 1 (found ${confidence}).`);
    });

    it.each(OMITTED)("is #VALUE! when a count arrives as $name", ({ value }) => {
      expectError(abTestFunction(500, value, 546, 10000), "#VALUE!", "The control group must be a single number.");
      inChinese(() => expectError(abTestFunction(500, 10000, value, 10000), "#VALUE!", "实验组必须是单个数字。"));
    });

    it("is #VALUE! for unreadable counts and error values, naming the argument", () => {
      expectError(abTestFunction("many" as never, 10000, 546, 10000), "#VALUE!", "The control group: cannot read \"many\" as a number.");
      expectError(abTestFunction(500, 10000, "#N/A" as never, 10000), "#VALUE!", "The treatment group: the cell holds the error #N/A.");
      expectError(abTestFunction(500, 10000, 546, 10000, "high" as never), "#VALUE!", "The confidence level: cannot read \"high\" as a number.");
      inChinese(() => expectError(abTestFunction("many" as never, 10000, 546, 10000), "#VALUE!", "对照组：无法把“many”读作数字。"));
    });
  });
});
