import { serialFromCivil } from "../engine/calendar";

/** A run of whole months, `from` to `to` inclusive, as month indexes (`year × 12 + month − 1`). */
export interface MonthRange {
  readonly from: number;
  readonly to: number;
}

/** How the review's period is compared: the previous period of equal length, or the same months a year earlier. */
export type ComparisonMode = "previous" | "yoy";

/** `"2025-06..2025-10"` (or a single month `"2025-08"`) → the month range; `null` when malformed. */
export function parseMonthRange(text: string): MonthRange | null {
  const match = /^\s*(\d{4})-(\d{1,2})\s*(?:(?:\.\.|~|to|至|—|–)\s*(\d{4})-(\d{1,2}))?\s*$/.exec(text);
  if (match === null) return null;
  const fromMonth = Number(match[2]);
  const toYear = match[3] === undefined ? Number(match[1]) : Number(match[3]);
  const toMonth = match[4] === undefined ? fromMonth : Number(match[4]);
  if (fromMonth < 1 || fromMonth > 12 || toMonth < 1 || toMonth > 12) return null;
  const from = Number(match[1]) * 12 + fromMonth - 1;
  const to = toYear * 12 + toMonth - 1;
  return to >= from ? { from, to } : null;
}

export function monthCount(range: MonthRange): number {
  return range.to - range.from + 1;
}

/** The comparison period of `range`. */
export function comparisonRange(range: MonthRange, mode: ComparisonMode): MonthRange {
  const shift = mode === "yoy" ? 12 : monthCount(range);
  return { from: range.from - shift, to: range.to - shift };
}

/** The Excel serial of the first day of a month index. */
export function monthStartSerial(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  return serialFromCivil(year, monthIndex - year * 12 + 1, 1);
}

/** The range as a half-open window of Excel serials: first day of `from` ≤ t < first day after `to`. */
export function serialWindow(range: MonthRange): { from: number; to: number } {
  return { from: monthStartSerial(range.from), to: monthStartSerial(range.to + 1) };
}
