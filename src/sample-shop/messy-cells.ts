/**
 * The messy-but-readable ways operators' sheets hold amounts, counts and dates. Each writer is
 * exact: the text it writes reads back to the very value it was given (fen stay fen), so the
 * generator's ground truth is what the cell says. Integer arithmetic and lookup tables only,
 * no regular expressions and no locale formatting, because a million rows go through here.
 */

/** "00" … "99". */
const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : String(i)));

/** 1234567 → "1,234,567" (n a non-negative integer). */
export function groupThousands(n: number): string {
  if (n < 1000) return String(n);
  const high = Math.floor(n / 1000);
  const low = n - high * 1000;
  return `${groupThousands(high)},${low < 10 ? "00" : low < 100 ? "0" : ""}${low}`;
}

/** 123450 fen → "1234.50". */
export function decimalYuan(fen: number): string {
  const yuan = Math.floor(fen / 100);
  return `${yuan}.${TWO_DIGITS[fen - yuan * 100]}`;
}

/** 123450 fen → "¥1,234.50" (the half-width yen of Excel's currency format). */
export function yenGrouped(fen: number): string {
  const yuan = Math.floor(fen / 100);
  return `¥${groupThousands(yuan)}.${TWO_DIGITS[fen - yuan * 100]}`;
}

/** 8800 fen → "￥88", 8850 fen → "￥88.50" (the full-width yen Chinese input methods type). */
export function yenFullWidth(fen: number): string {
  const yuan = Math.floor(fen / 100);
  const cents = fen - yuan * 100;
  return cents === 0 ? `￥${yuan}` : `￥${yuan}.${TWO_DIGITS[cents]}`;
}

/** 1198000 fen → "1.198万": ten-thousands of yuan with every digit kept (none rounded away). */
export function wanYuan(fen: number): string {
  const wan = Math.floor(fen / 1_000_000);
  let rest = fen - wan * 1_000_000;
  if (rest === 0) return `${wan}万`;
  let digits = 6;
  while (rest % 10 === 0) {
    rest /= 10;
    digits--;
  }
  const fraction = String(rest);
  return `${wan}.${"0".repeat(digits - fraction.length)}${fraction}万`;
}

/** Ways to write an amount of money, as the messy forms of `writeMessyAmount`. */
export type AmountForm = "yenGrouped" | "yenFullWidth" | "decimalText" | "wan";

/**
 * An amount in fen as one of the messy texts; `wan` only for amounts of at least 1万 yuan
 * (operators write small amounts in full), otherwise plain decimal text.
 */
export function writeMessyAmount(fen: number, form: AmountForm): string {
  switch (form) {
    case "yenGrouped": return yenGrouped(fen);
    case "yenFullWidth": return yenFullWidth(fen);
    case "wan": return fen >= 1_000_000 ? wanYuan(fen) : decimalYuan(fen);
    case "decimalText": return decimalYuan(fen);
  }
}

/** A civil date: year, month 1–12, day 1–31. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** "2025-06-01". */
export function isoDate(date: CivilDate): string {
  return `${date.year}-${TWO_DIGITS[date.month]}-${TWO_DIGITS[date.day]}`;
}

/** "2025/6/1 9:05:33", as Excel shows a date-time in a Chinese locale. */
export function slashDateTime(date: CivilDate, secondOfDay: number): string {
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay - hours * 3600) / 60);
  const seconds = secondOfDay - hours * 3600 - minutes * 60;
  return `${date.year}/${date.month}/${date.day} ${hours}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}`;
}

/** "2025-06-01 09:05": the seconds are dropped. */
export function isoDateMinutes(date: CivilDate, secondOfDay: number): string {
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay - hours * 3600) / 60);
  return `${isoDate(date)} ${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}`;
}

/** "2025/6/1". */
export function slashDate(date: CivilDate): string {
  return `${date.year}/${date.month}/${date.day}`;
}

/** "2025年6月1日": the time of day is dropped. */
export function chineseDate(date: CivilDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

/** "2025-06-01T09:05:33", the wall-clock time of the shop, for the ground-truth records. */
export function isoDateTime(date: CivilDate, secondOfDay: number): string {
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay - hours * 3600) / 60);
  const seconds = secondOfDay - hours * 3600 - minutes * 60;
  return `${isoDate(date)}T${TWO_DIGITS[hours]}:${TWO_DIGITS[minutes]}:${TWO_DIGITS[seconds]}`;
}
