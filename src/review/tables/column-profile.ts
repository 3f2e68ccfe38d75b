import { excelErrorText, isBlankCell } from "../../engine/cells/cell-value";
import { isWrittenNoTime, parseDateCell } from "../../engine/cells/parse-date";
import { parseNumberCell } from "../../engine/cells/parse-number";
import { civilFromSerial } from "../../engine/calendar";
import { isChannelText, isStatusText } from "./cell-vocabulary";

/**
 * What a sample of one column's cells looks like: the evidence content inference weighs.
 * Shares are fractions of the non-blank cells unless said otherwise; all are 0 for a blank column.
 */
export interface ColumnProfile {
  /** Cells looked at (blank ones included). */
  readonly cells: number;
  readonly nonBlank: number;
  /** nonBlank ÷ cells. */
  readonly fill: number;
  /** Excel error values. */
  readonly errorShare: number;
  /** Dates and date-times: date text, or Excel serials when the column reads as dates. */
  readonly dateShare: number;
  /** Share of the dates that carry a time of day. */
  readonly timeShare: number;
  /** Share of the dates that are a month's first day at midnight, or month text (`6月`, `2025-06`). */
  readonly monthStartShare: number;
  /** Numbers and numeric text, dates excepted. */
  readonly numericShare: number;
  /**
   * Share of cells that are numbers, those taken as Excel dates included: what a header that names
   * numbers (访客数, 实付金额) is checked against. Counts or amounts from 36,526 to 73,050 (48,000
   * visitors an arm, ¥45,000 orders) are in the range of Excel's dates of 2000–2099 and, read
   * alone, taken as dates; their header says otherwise.
   */
  readonly anyNumberShare: number;
  /** Shares of the numbers: whole, written with a fraction (`88.50`, `"¥88.00"`), above zero. */
  readonly integerShare: number;
  readonly fractionShare: number;
  readonly positiveShare: number;
  /** Median and largest of the numbers; NaN when there are none. */
  readonly median: number;
  readonly max: number;
  /** Text that is neither a number nor a date. */
  readonly textShare: number;
  /** Mean length of that text, in characters. */
  readonly meanTextLength: number;
  /** Share of that text with a space inside (`玻尿酸面膜 20片装`): titles have them, nicknames and codes do not. */
  readonly spacedShare: number;
  /** Distinct values (text trimmed; `12345` and `"12345"` are one) and their share. */
  readonly distinct: number;
  readonly distinctShare: number;
  /** Values that occur more than once in the sample. */
  readonly repeatedShare: number;
  /** Identifier-shaped values: `3012345678901234567`, `#1001`, `250601-123456789`, `tb12345678`. */
  readonly idShare: number;
  /** Identifiers of 12 digits or more, as Taobao, Douyin and Pinduoduo number orders. */
  readonly longIdShare: number;
  /** Short codes mixing letters and digits (`SK-001`, `A1023-RED-M`), as SKUs are written. */
  readonly codeShare: number;
  readonly emailShare: number;
  /** Text that reads like an order status / a traffic channel (see `cell-vocabulary.ts`). */
  readonly statusShare: number;
  readonly channelShare: number;
}

/** Excel serials from 2000-01-01 to 2099-12-31: the dates a shop's sheet can hold. */
const FIRST_PLAUSIBLE_SERIAL = 36526;
const LAST_PLAUSIBLE_SERIAL = 73050;
/** Serials spread over more than ten years are more likely counts that happen to be large. */
const MAX_SERIAL_SPREAD = 3660;
const ID_SHAPE = /^#?[a-z]{0,4}[-_]?\d{4,}(?:[-_]\d+)*$/i;
const LONG_ID = /\d{12,}/;
const CODE_SHAPE = /^(?=.*\d)(?=.*[a-z])[a-z0-9][a-z0-9\-_./]{1,31}$/i;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MONTH_TEXT = /^(?:\d{1,2}月(?:份)?|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)$/i;
const TIME_IN_TEXT = /\d[:：]\d/;
const INNER_SPACE = /\S\s+\S/;
const FRACTION_IN_TEXT = /\.\d/;

/**
 * Profiles a sample of one column's cells (the task pane passes at most a few hundred).
 *
 * Excel hands dates over as serial numbers, so a number between 36,526 (2000) and 73,050 (2099)
 * may be a date or a count: the column reads as dates when such numbers and date text make up
 * 80% of it and either some carry a time of day, or date text is among them, or they span at most
 * ten years. Otherwise they are numbers.
 *
 * @example profileColumn(["交易成功", "交易关闭", "交易成功"]).statusShare // 1
 */
export function profileColumn(cells: readonly unknown[]): ColumnProfile {
  let nonBlank = 0;
  let errors = 0;
  let textDates = 0;
  let textTimes = 0;
  let textMonthStarts = 0;
  let texts = 0;
  let textLength = 0;
  let spaced = 0;
  let monthTexts = 0;
  let ids = 0;
  let longIds = 0;
  let codes = 0;
  let emails = 0;
  let statuses = 0;
  let channels = 0;
  const numbers: number[] = [];
  /** Whether each number was written with a fraction. */
  const fractions: boolean[] = [];
  const counts = new Map<string, number>();

  for (const cell of cells) {
    // An export's written-out "no time" in date form (千牛's unpaid orders: 0000-00-00 00:00:00) is a
    // blank, not text; words such as "n/a" stay evidence against a column of numbers.
    if (isBlankCell(cell) || (typeof cell === "string" && /\d/.test(cell) && isWrittenNoTime(cell))) continue;
    nonBlank++;
    if (excelErrorText(cell) !== null) {
      errors++;
      continue;
    }
    const key = typeof cell === "string" ? cell.trim() : typeof cell === "object" ? "[object]" : String(cell).toUpperCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (typeof cell === "number") {
      numbers.push(cell);
      fractions.push(!Number.isInteger(cell));
      if (Number.isInteger(cell) && cell >= 0) {
        if (ID_SHAPE.test(key)) ids++;
        if (LONG_ID.test(key)) longIds++;
      }
      continue;
    }
    if (typeof cell !== "string") {
      texts++;
      textLength += key.length;
      continue;
    }
    const number = parseNumberCell(cell);
    if (typeof number === "number") {
      numbers.push(number);
      fractions.push(FRACTION_IN_TEXT.test(cell) || !Number.isInteger(number));
      if (ID_SHAPE.test(key)) ids++;
      if (LONG_ID.test(key)) longIds++;
      continue;
    }
    const date = parseDateCell(cell);
    if (typeof date === "number") {
      textDates++;
      if (TIME_IN_TEXT.test(cell)) textTimes++;
      else if (civilFromSerial(date).day === 1) textMonthStarts++;
      continue;
    }
    texts++;
    textLength += key.length;
    if (INNER_SPACE.test(key)) spaced++;
    if (MONTH_TEXT.test(key)) monthTexts++;
    if (ID_SHAPE.test(key)) ids++;
    if (LONG_ID.test(key)) longIds++;
    if (CODE_SHAPE.test(key)) codes++;
    if (EMAIL_SHAPE.test(key)) emails++;
    if (isStatusText(key)) statuses++;
    else if (isChannelText(key)) channels++;
  }

  // Numbers in the range of Excel dates: decide for the whole column whether they are dates.
  let serials = 0;
  let serialTimes = 0;
  let serialMonthStarts = 0;
  let low = Infinity;
  let high = -Infinity;
  for (const n of numbers) {
    if (n < FIRST_PLAUSIBLE_SERIAL || n >= LAST_PLAUSIBLE_SERIAL + 1) continue;
    serials++;
    if (!Number.isInteger(n)) serialTimes++;
    else if (civilFromSerial(n).day === 1) serialMonthStarts++;
    if (n < low) low = n;
    if (n > high) high = n;
  }
  const valued = nonBlank - errors;
  const serialsAreDates =
    serials > 0 && textDates + serials >= 0.8 * valued && (serialTimes > 0 || textDates > 0 || high - low <= MAX_SERIAL_SPREAD);
  let numeric = numbers;
  let numericFractions = fractions;
  if (serialsAreDates) {
    numeric = [];
    numericFractions = [];
    numbers.forEach((n, i) => {
      if (n >= FIRST_PLAUSIBLE_SERIAL && n < LAST_PLAUSIBLE_SERIAL + 1) return;
      numeric.push(n);
      numericFractions.push(fractions[i]);
    });
  }
  const dates = textDates + (serialsAreDates ? serials : 0);
  const times = textTimes + (serialsAreDates ? serialTimes : 0);
  const monthStarts = textMonthStarts + (serialsAreDates ? serialMonthStarts : 0);

  let repeated = 0;
  for (const count of counts.values()) if (count > 1) repeated += count;
  let integers = 0;
  let fractional = 0;
  let positives = 0;
  for (let i = 0; i < numeric.length; i++) {
    if (Number.isInteger(numeric[i])) integers++;
    if (numericFractions[i]) fractional++;
    if (numeric[i] > 0) positives++;
  }
  const sorted = numeric.slice().sort((a, b) => a - b);
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

  return {
    cells: cells.length,
    nonBlank,
    fill: share(nonBlank, cells.length),
    errorShare: share(errors, nonBlank),
    dateShare: share(dates, nonBlank),
    timeShare: share(times, dates),
    monthStartShare: share(monthStarts + monthTexts, dates + monthTexts),
    numericShare: share(numeric.length, nonBlank),
    anyNumberShare: share(numbers.length, nonBlank),
    integerShare: share(integers, numeric.length),
    fractionShare: share(fractional, numeric.length),
    positiveShare: share(positives, numeric.length),
    median: sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)],
    max: sorted.length === 0 ? NaN : sorted[sorted.length - 1],
    textShare: share(texts, nonBlank),
    meanTextLength: share(textLength, texts),
    spacedShare: share(spaced, texts),
    distinct: counts.size,
    distinctShare: share(counts.size, valued),
    repeatedShare: share(repeated, valued),
    idShare: share(ids, nonBlank),
    longIdShare: share(longIds, nonBlank),
    codeShare: share(codes, nonBlank),
    emailShare: share(emails, nonBlank),
    statusShare: share(statuses, nonBlank),
    channelShare: share(channels, nonBlank),
  };
}
