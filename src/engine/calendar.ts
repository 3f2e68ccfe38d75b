/**
 * Dates as Excel stores them: a serial number of days in the 1900 date system, where 1 is
 * 1900-01-01 and the fraction is the time of day. Serial 60 is Excel's fictional 1900-02-29
 * (kept for Lotus 1-2-3 compatibility: https://learn.microsoft.com/office/troubleshoot/excel/wrongly-assumes-1900-is-leap-year);
 * every date from 1900-03-01 on is `days since 1899-12-30`.
 *
 * Months are counted as `year × 12 + (month − 1)` so that "months after" is a subtraction.
 */

/** Excel serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/** Days from 1970-01-01 to a civil date (proleptic Gregorian; Howard Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date of a count of days from 1970-01-01 (Hinnant's civil_from_days). */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** The Excel serial of a civil date and time of day. */
export function serialFromCivil(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number {
  const serial = daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL;
  const adjusted = serial < 61 ? serial - 1 : serial; // before 1900-03-01 Excel counts one day fewer
  return adjusted + (hours * 3600 + minutes * 60 + seconds) / 86400;
}

/** The civil date of an Excel serial (its time of day dropped). */
export function civilFromSerial(serial: number): { year: number; month: number; day: number } {
  const whole = Math.floor(serial);
  return civilFromDays((whole < 61 ? whole + 1 : whole) - UNIX_EPOCH_SERIAL);
}

/** `year × 12 + (month − 1)` of an Excel serial. */
export function monthIndexFromSerial(serial: number): number {
  const { year, month } = civilFromSerial(serial);
  return year * 12 + month - 1;
}

/** `"2025-06-01 10:22:33"` for an Excel serial, `"2025-06-01"` for a whole day (seconds rounded). */
export function dateTimeLabel(serial: number): string {
  const { year, month, day } = civilFromSerial(serial);
  const two = (n: number) => (n < 10 ? `0${n}` : String(n));
  const date = `${year}-${two(month)}-${two(day)}`;
  const seconds = Math.round((serial - Math.floor(serial)) * 86_400);
  if (seconds === 0) return date;
  return `${date} ${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

/**
 * Whether two order times name the same moment as far as both say it: the same day, and, when
 * both have a time of day, within a minute (an export that writes `2025/6/1 10:22` on one row and
 * `2025-06-01 10:22:33` on the next, or a date alone, is not a disagreement).
 */
export function sameMoment(a: number, b: number): boolean {
  if (Math.floor(a) !== Math.floor(b)) return false;
  if (Number.isInteger(a) || Number.isInteger(b)) return true;
  return Math.abs(a - b) < 60 / 86_400;
}

/** `"2025-06"` for a month index. */
export function monthLabel(monthIndex: number): string {
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return `${year}-${month < 10 ? "0" : ""}${month}`;
}

/**
 * The month index of every serial in a column (`-1` for NaN), in one pass. The civil date is
 * computed once per distinct day through a lookup table, not once per row.
 */
export function monthIndexColumn(serials: Float64Array): Int32Array {
  const months = new Int32Array(serials.length);
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (let i = 0; i < serials.length; i++) {
    const s = serials[i];
    if (s === s) {
      if (s < minDay) minDay = s;
      if (s > maxDay) maxDay = s;
    }
  }
  if (minDay === Infinity) return months.fill(-1);
  const firstDay = Math.floor(minDay);
  const span = Math.floor(maxDay) - firstDay + 1;
  if (span > 200_000) {
    for (let i = 0; i < serials.length; i++) months[i] = serials[i] === serials[i] ? monthIndexFromSerial(serials[i]) : -1;
    return months;
  }
  const monthOfDay = new Int32Array(span);
  for (let d = 0; d < span; d++) monthOfDay[d] = monthIndexFromSerial(firstDay + d);
  for (let i = 0; i < serials.length; i++) {
    const s = serials[i];
    months[i] = s === s ? monthOfDay[Math.floor(s) - firstDay] : -1;
  }
  return months;
}
