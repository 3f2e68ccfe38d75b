import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { civilFromSerial, dateTimeLabel, daysFromCivil, civilFromDays, daysInMonth, monthIndexColumn, sameMoment, monthIndexFromSerial, monthLabel, serialFromCivil } from "./calendar";

describe("calendar", () => {
  it("matches Excel serials for known dates", () => {
    expect(serialFromCivil(1900, 1, 1)).toBe(1);
    expect(serialFromCivil(1900, 2, 28)).toBe(59);
    expect(serialFromCivil(1900, 3, 1)).toBe(61);
    expect(serialFromCivil(2025, 6, 1)).toBe(45809);
    expect(serialFromCivil(2025, 6, 1, 12)).toBe(45809.5);
    expect(civilFromSerial(45809.99)).toEqual({ year: 2025, month: 6, day: 1 });
    expect(civilFromSerial(1)).toEqual({ year: 1900, month: 1, day: 1 });
  });

  it("round-trips every day between 1900 and 2200", () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1900, 3, 1), max: daysFromCivil(2200, 1, 1) }), (days) => {
        const { year, month, day } = civilFromDays(days);
        expect(daysFromCivil(year, month, day)).toBe(days);
      }),
    );
  });

  it("labels months", () => {
    expect(monthLabel(monthIndexFromSerial(serialFromCivil(2025, 6, 30)))).toBe("2025-06");
    expect(monthLabel(2025 * 12 + 11)).toBe("2025-12");
  });
});

describe("calendar: months and columns", () => {
  it("knows the length of every month, leap years included", () => {
    expect(daysInMonth(2025, 2)).toBe(28);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2025, 12)).toBe(31);
    expect(daysInMonth(2025, 6)).toBe(30);
  });

  it("keeps the time of day in serials and drops it in civil dates", () => {
    expect(serialFromCivil(2025, 6, 1, 10, 22, 33)).toBeCloseTo(45809 + (10 * 3600 + 22 * 60 + 33) / 86400, 12);
    expect(civilFromSerial(61)).toEqual({ year: 1900, month: 3, day: 1 });
    expect(civilFromSerial(59)).toEqual({ year: 1900, month: 2, day: 28 });
  });

  it("gives the month index of every serial in a column, -1 for blanks", () => {
    const june = serialFromCivil(2025, 6, 1);
    const months = monthIndexColumn(Float64Array.of(june, NaN, june + 29.9, june + 30, serialFromCivil(2025, 12, 31, 23)));
    expect(Array.from(months)).toEqual([2025 * 12 + 5, -1, 2025 * 12 + 5, 2025 * 12 + 6, 2025 * 12 + 11]);
    expect(Array.from(monthIndexColumn(Float64Array.of(NaN, NaN)))).toEqual([-1, -1]);
    expect(monthIndexColumn(new Float64Array(0)).length).toBe(0);
  });

  it("agrees with monthIndexFromSerial row by row, over short and very long spans", () => {
    const serial = fc.oneof(fc.double({ min: 1, max: 2958465, noNaN: true }), fc.constant(NaN));
    fc.assert(
      fc.property(fc.array(serial, { maxLength: 20 }), fc.boolean(), (values, narrow) => {
        // A narrow span takes the lookup-table path, a wide one (> 200,000 days) the direct path.
        const serials = Float64Array.from(values, (s) => (narrow && s === s ? 45000 + (s % 1000) : s));
        const months = monthIndexColumn(serials);
        serials.forEach((s, i) => expect(months[i]).toBe(s === s ? monthIndexFromSerial(s) : -1));
      }),
      { numRuns: 150 },
    );
  });
});

describe("dateTimeLabel and sameMoment", () => {
  it("writes a serial as the exports write times", () => {
    expect(dateTimeLabel(serialFromCivil(2025, 6, 1, 10, 22, 33))).toBe("2025-06-01 10:22:33");
    expect(dateTimeLabel(serialFromCivil(2025, 6, 1))).toBe("2025-06-01");
  });

  it("takes times that differ only in what one of them leaves out as the same moment", () => {
    const full = serialFromCivil(2025, 6, 1, 10, 22, 33);
    expect(sameMoment(full, serialFromCivil(2025, 6, 1, 10, 22))).toBe(true);
    expect(sameMoment(full, serialFromCivil(2025, 6, 1))).toBe(true);
    expect(sameMoment(full, serialFromCivil(2025, 6, 1, 11, 22, 33))).toBe(false);
    expect(sameMoment(full, serialFromCivil(2025, 6, 2, 10, 22, 33))).toBe(false);
  });
});
