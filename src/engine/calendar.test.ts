import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { civilFromSerial, daysFromCivil, civilFromDays, monthIndexFromSerial, monthLabel, serialFromCivil } from "./calendar";

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
