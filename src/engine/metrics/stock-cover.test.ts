import { describe, expect, it } from "vitest";
import { DEFAULT_SLOW_MOVING_DAYS, stockCover } from "./stock-cover";

describe("stockCover", () => {
  it("is stock ÷ average daily sales, flagged above 90 days by default", () => {
    expect(DEFAULT_SLOW_MOVING_DAYS).toBe(90);
    const cover = stockCover(600, 100, 30) as { daysOfCover: number; slowMoving: boolean };
    expect(cover.daysOfCover).toBeCloseTo(180, 10);
    expect(cover.slowMoving).toBe(true);
    expect(stockCover(100, 100, 30)).toEqual({ daysOfCover: 30, slowMoving: false });
  });

  it("does not flag cover exactly on the threshold", () => {
    expect(stockCover(90, 30, 30)).toEqual({ daysOfCover: 90, slowMoving: false });
    expect(stockCover(91, 30, 30)).toMatchObject({ slowMoving: true });
  });

  it("takes another threshold", () => {
    expect(stockCover(600, 100, 30, { thresholdDays: 200 })).toMatchObject({ slowMoving: false });
    expect(stockCover(100, 100, 30, { thresholdDays: 0 })).toMatchObject({ slowMoving: true });
  });

  it("has no cover end without sales, and 0 cover without stock", () => {
    expect(stockCover(50, 0, 30)).toEqual({ daysOfCover: null, slowMoving: true });
    expect(stockCover(0, 0, 30)).toEqual({ daysOfCover: 0, slowMoving: false });
    expect(stockCover(0, 10, 30)).toEqual({ daysOfCover: 0, slowMoving: false });
  });

  it("is #NUM! for negative stock or sales, days ≤ 0 and a negative threshold", () => {
    expect(stockCover(-1, 10, 30)).toMatchObject({ kind: "metric-error", code: "NUM", key: "argument.negative", params: { what: "what.stock" } });
    expect(stockCover(10, -1, 30)).toMatchObject({ code: "NUM", key: "argument.negative", params: { what: "what.units" } });
    for (const days of [0, -5, NaN]) expect(stockCover(10, 1, days)).toMatchObject({ code: "NUM", key: "argument.outOfRange", params: { what: "what.days" } });
    expect(stockCover(10, 1, 30, { thresholdDays: -1 })).toMatchObject({ code: "NUM", key: "argument.negative", params: { what: "what.threshold" } });
  });
});
