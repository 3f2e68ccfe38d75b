import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseDateCell } from "./parse-date";
import { civilFromSerial, daysInMonth } from "../calendar";

/** Excel serial of 2025-06-01 (=DATE(2025,6,1) in Excel). */
const JUNE_1_2025 = 45809;
const seconds = (h: number, m: number, s: number) => (h * 3600 + m * 60 + s) / 86400;

describe("parseDateCell", () => {
  it("passes Excel serials through, time of day included", () => {
    expect(parseDateCell(JUNE_1_2025)).toBe(JUNE_1_2025);
    expect(parseDateCell(45809.5)).toBe(45809.5);
    expect(parseDateCell(1)).toBe(1);
    expect(parseDateCell(2958465)).toBe(2958465); // 9999-12-31, Excel's last date
  });

  it("refuses numbers that are not serials", () => {
    for (const value of [0, 0.5, -1, 2958466, NaN, Infinity, -Infinity, 1e9]) expect(parseDateCell(value), String(value)).toBeUndefined();
  });

  it("reads yyyymmdd numbers and text", () => {
    expect(parseDateCell(20250601)).toBe(JUNE_1_2025);
    expect(parseDateCell("20250601")).toBe(JUNE_1_2025);
    expect(parseDateCell(20250230)).toBeUndefined();
    expect(parseDateCell(20251301)).toBeUndefined();
    expect(parseDateCell(20250601.5)).toBeUndefined();
  });

  it("reads the date texts of the exports", () => {
    expect(parseDateCell("2025-06-01")).toBe(JUNE_1_2025);
    expect(parseDateCell("2025-6-1")).toBe(JUNE_1_2025);
    expect(parseDateCell("2025/6/1")).toBe(JUNE_1_2025);
    expect(parseDateCell("2025/06/01")).toBe(JUNE_1_2025);
    expect(parseDateCell("2025.6.1")).toBe(JUNE_1_2025);
    expect(parseDateCell("2025年6月1日")).toBe(JUNE_1_2025);
    expect(parseDateCell("2025年06月01日")).toBe(JUNE_1_2025);
    expect(parseDateCell("  2025-06-01  ")).toBe(JUNE_1_2025);
    expect(parseDateCell("2025-06-30")).toBe(JUNE_1_2025 + 29);
    expect(parseDateCell("2024-02-29")).toBe(45351);
    expect(parseDateCell("1900-01-01")).toBe(1);
    expect(parseDateCell("1900-03-01")).toBe(61);
    expect(parseDateCell("9999-12-31")).toBe(2958465);
  });

  it("keeps the time of day as the fraction", () => {
    expect(parseDateCell("2025/6/1 10:22:33")).toBeCloseTo(JUNE_1_2025 + seconds(10, 22, 33), 10);
    expect(parseDateCell("2025-06-01 12:00")).toBe(JUNE_1_2025 + 0.5);
    expect(parseDateCell("2025-06-01 18:00:00")).toBe(JUNE_1_2025 + 0.75);
    expect(parseDateCell("2025年6月1日 10:22")).toBeCloseTo(JUNE_1_2025 + seconds(10, 22, 0), 10);
    expect(parseDateCell("2025-06-01 10：22：33")).toBeCloseTo(JUNE_1_2025 + seconds(10, 22, 33), 10);
    expect(parseDateCell("2025-06-01 23:59:59")).toBeCloseTo(JUNE_1_2025 + seconds(23, 59, 59), 10);
    expect(parseDateCell("2025-06-01 10:22:33.250")).toBeCloseTo(JUNE_1_2025 + seconds(10, 22, 33), 10);
  });

  it("reads ISO 8601 with T and an offset, keeping the wall-clock time as written", () => {
    expect(parseDateCell("2025-06-01T10:22:33+08:00")).toBeCloseTo(JUNE_1_2025 + seconds(10, 22, 33), 10);
    expect(parseDateCell("2025-06-01T10:22:33Z")).toBeCloseTo(JUNE_1_2025 + seconds(10, 22, 33), 10);
    expect(parseDateCell("2025-06-01T00:00:00-0500")).toBe(JUNE_1_2025);
  });

  it("reads a month alone as its first day", () => {
    expect(parseDateCell("2025-06")).toBe(JUNE_1_2025);
    expect(parseDateCell("2025/6")).toBe(JUNE_1_2025);
    expect(parseDateCell("2025年6月")).toBe(JUNE_1_2025);
  });

  it("reads the platforms' written-out \"no time\" as a blank", () => {
    for (const text of ["0000-00-00 00:00:00", "0000-00-00", " 0000-00-00 00:00 ", "NULL", "null", "-", "--", "1970-01-01 08:00:00"]) {
      expect(parseDateCell(text), text).toBeNull();
    }
    expect(parseDateCell("0000-01-01")).toBeUndefined();
    expect(parseDateCell("1970-01-01 09:30:00")).toBeCloseTo(25569.3958, 3);
  });

  it("reads blanks as null", () => {
    expect(parseDateCell("")).toBeNull();
    expect(parseDateCell("  ")).toBeNull();
    expect(parseDateCell("\u3000")).toBeNull();
    expect(parseDateCell(null)).toBeNull();
    expect(parseDateCell(undefined)).toBeNull();
  });

  it("refuses Excel error values", () => {
    expect(parseDateCell("#N/A")).toBeUndefined();
    expect(parseDateCell("#VALUE!")).toBeUndefined();
    expect(parseDateCell({ code: "#N/A" })).toBeUndefined();
    expect(parseDateCell({ type: "Error" })).toBeUndefined();
  });

  it("refuses dates that do not exist, and what is not a date", () => {
    const refused: unknown[] = [
      "6/1/2025", "1/6/2025", "06-01-2025", "2025-02-30", "2025-02-29", "2025-13-01", "2025-00-10", "2025-06-00",
      "2025-04-31", "1899-12-31", "1900-02-29", "2025-06-01 24:00", "2025-06-01 10:60", "2025-06-01 10:22:60",
      "abc", "2025", "25-06-01", "2025-06-01 abc", "June 1, 2025", "45809", "12abc", "2025年13月1日",
      true, false, {}, [],
    ];
    for (const value of refused) expect(parseDateCell(value), String(value)).toBeUndefined();
  });

  it("reads every valid yyyy-mm-dd back to the same civil date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const pad = (n: number) => String(n).padStart(2, "0");
        const text = `${year}-${pad(month)}-${pad(day)}`;
        const serial = parseDateCell(text);
        if (day > daysInMonth(year, month) || (year === 1900 && month === 2 && day === 29)) {
          expect(serial).toBeUndefined();
        } else {
          expect(Number.isInteger(serial)).toBe(true);
          expect(civilFromSerial(serial as number)).toEqual({ year, month, day });
          expect(parseDateCell(`${year}/${month}/${day}`)).toBe(serial);
          expect(parseDateCell(`${year}年${month}月${day}日`)).toBe(serial);
          expect(parseDateCell(`${year}${pad(month)}${pad(day)}`)).toBe(serial);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("adds the time of day, as a fraction below 1, to the date", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), (h, m, s) => {
        const serial = parseDateCell(`2025/6/1 ${h}:${m}:${s}`) as number;
        expect(serial - JUNE_1_2025).toBeCloseTo(seconds(h, m, s), 10);
        expect(Math.floor(serial)).toBe(JUNE_1_2025);
      }),
      { numRuns: 100 },
    );
  });
});
