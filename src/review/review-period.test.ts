import { describe, expect, it } from "vitest";
import { comparisonRange, monthCount, monthStartSerial, parseMonthRange, serialWindow } from "./review-period";

/** `year × 12 + month − 1`, spelled out for readability. */
const m = (year: number, month: number) => year * 12 + month - 1;

describe("parseMonthRange", () => {
  it("reads a range of months", () => {
    expect(parseMonthRange("2025-06..2025-10")).toEqual({ from: m(2025, 6), to: m(2025, 10) });
    expect(parseMonthRange(" 2024-11 .. 2025-2 ")).toEqual({ from: m(2024, 11), to: m(2025, 2) });
  });

  it("accepts the separators operators type", () => {
    for (const separator of ["~", "to", "至", "—", "–"]) {
      expect(parseMonthRange(`2025-06 ${separator} 2025-10`), separator).toEqual({ from: m(2025, 6), to: m(2025, 10) });
    }
  });

  it("reads a single month, with or without a leading zero", () => {
    expect(parseMonthRange("2025-8")).toEqual({ from: m(2025, 8), to: m(2025, 8) });
    expect(parseMonthRange("2025-08")).toEqual({ from: m(2025, 8), to: m(2025, 8) });
  });

  it("returns null for anything else", () => {
    for (const text of ["", "2025", "2025-13", "2025-00", "2025-0..2025-3", "2025-10..2025-06", "2025-06..", "..2025-06", "2025/06..2025/10",
      "June 2025", "2025-06-01", "2025-06..2025-10..2025-12", "25-06"]) {
      expect(parseMonthRange(text), JSON.stringify(text)).toBeNull();
    }
  });
});

describe("comparisonRange", () => {
  const period = { from: m(2025, 6), to: m(2025, 10) };

  it("previous: the months just before, as many as the period has", () => {
    expect(comparisonRange(period, "previous")).toEqual({ from: m(2025, 1), to: m(2025, 5) });
    expect(comparisonRange({ from: m(2025, 8), to: m(2025, 8) }, "previous")).toEqual({ from: m(2025, 7), to: m(2025, 7) });
    expect(comparisonRange({ from: m(2025, 1), to: m(2025, 2) }, "previous")).toEqual({ from: m(2024, 11), to: m(2024, 12) });
  });

  it("yoy: the same months a year earlier, whatever the period's length", () => {
    expect(comparisonRange(period, "yoy")).toEqual({ from: m(2024, 6), to: m(2024, 10) });
    expect(comparisonRange({ from: m(2024, 1), to: m(2025, 12) }, "yoy")).toEqual({ from: m(2023, 1), to: m(2024, 12) });
  });

  it("previous and yoy differ unless the period is twelve months long", () => {
    const year = { from: m(2024, 11), to: m(2025, 10) };
    expect(comparisonRange(year, "previous")).toEqual(comparisonRange(year, "yoy"));
  });
});

describe("month serials", () => {
  it("counts the months of a range", () => {
    expect(monthCount({ from: m(2025, 6), to: m(2025, 10) })).toBe(5);
    expect(monthCount({ from: m(2025, 8), to: m(2025, 8) })).toBe(1);
  });

  it("gives the Excel serial of a month's first day, and the half-open window of a range", () => {
    expect(monthStartSerial(m(2025, 6))).toBe(45809);
    expect(monthStartSerial(m(1900, 3))).toBe(61);
    // June to October: 30 + 31 + 31 + 30 + 31 days.
    expect(serialWindow({ from: m(2025, 6), to: m(2025, 10) })).toEqual({ from: 45809, to: 45809 + 153 });
    expect(serialWindow({ from: m(2024, 12), to: m(2024, 12) })).toEqual({ from: 45627, to: 45658 });
  });
});
