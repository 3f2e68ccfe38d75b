import { excelErrorText, isBlankCell } from "./cell-value";
import { daysInMonth, serialFromCivil } from "../calendar";

/** Largest Excel serial: 9999-12-31. */
const MAX_SERIAL = 2958465;

// 2025-06-01, 2025/6/1 10:22:33, 2025.6.1, 2025年6月1日 10:22, 2025-06-01T10:22:33+08:00, 2025-06
const DATE_TEXT =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月)?(?:(?:\s+|T)(\d{1,2})[:：](\d{1,2})(?:[:：](\d{1,2})(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$/i;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;
/**
 * What exports write for "no time": Taobao's unpaid orders have 订单付款时间 `0000-00-00 00:00:00`,
 * database-backed exports write `NULL` or the Unix epoch (`1970-01-01 08:00:00` in China's time zone).
 */
const NULL_DATE_TEXT = /^(?:0000-00-00(?:[ T]00:00(?::00)?)?|1970-01-01[ T]0[08]:00:00|null|none|n\/a|-+)$/i;

/** Whether a text is an export's written-out "no time" (`0000-00-00 00:00:00`, `NULL`, `-` …): a blank, not a value. */
export function isWrittenNoTime(text: string): boolean {
  return NULL_DATE_TEXT.test(text.trim());
}

/**
 * Reads one cell as a date, returning its Excel serial (days since 1899-12-30, the fraction being
 * the time of day). Accepts Excel serials (numbers from 1 to 2,958,465), `yyyymmdd` numbers and
 * text as the exports write it: `2025-06-01`, `2025/6/1 10:22:33`, `2025.6.1`, `2025年6月1日`,
 * ISO 8601 with `T` and an offset (the wall-clock time is kept as written: shop exports are in the
 * shop's own time zone), `20250601`, and a month alone (`2025-06`, `2025年6月`: its first day).
 * US `6/1/2025` is refused rather than guessed, since `1/6/2025` would be read wrongly.
 *
 * A platform's "no time" (`0000-00-00 00:00:00`, `NULL`, `-`, the Unix epoch) is a blank.
 *
 * @returns the serial; `null` for a blank cell; `undefined` for a cell that is not a valid date.
 * @example parseDateCell("2025-06-01") // 45809
 * @example parseDateCell("2025年6月1日") // 45809
 * @example parseDateCell(45809.5) // 45809.5
 */
export function parseDateCell(value: unknown): number | null | undefined {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return undefined;
    if (value >= 1 && value <= MAX_SERIAL + 0.99999) return value;
    if (Number.isInteger(value) && value >= 19000101 && value <= 99991231) return compactDate(String(value));
    return undefined;
  }
  if (typeof value === "string") {
    if (isBlankCell(value)) return null;
    if (excelErrorText(value) !== null) return undefined;
    const text = value.trim();
    if (isWrittenNoTime(text)) return null;
    return parseDateText(text);
  }
  if (value === null || value === undefined) return null;
  return undefined;
}

function compactDate(text: string): number | undefined {
  const match = COMPACT_DATE.exec(text);
  if (match === null) return undefined;
  return validSerial(Number(match[1]), Number(match[2]), Number(match[3]), 0, 0, 0);
}

function parseDateText(text: string): number | undefined {
  const match = DATE_TEXT.exec(text);
  if (match === null) return compactDate(text);
  const day = match[3] === undefined ? 1 : Number(match[3]);
  return validSerial(
    Number(match[1]), Number(match[2]), day,
    match[4] === undefined ? 0 : Number(match[4]),
    match[5] === undefined ? 0 : Number(match[5]),
    match[6] === undefined ? 0 : Number(match[6]),
  );
}

function validSerial(year: number, month: number, day: number, hours: number, minutes: number, seconds: number): number | undefined {
  if (year < 1900 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return serialFromCivil(year, month, day, hours, minutes, seconds);
}
