/**
 * Promotion thresholds as an operator types them, one a line, in the pane's Targets tab: the
 * threshold, the discount and the days it ran, in the words they use for it.
 *
 *   满200减30 2025-08-01 2025-08-31
 *   200, 30, 2025-08-01, 2025-08-31
 *   ¥200 -30 2025/8/1~2025/8/31
 *   满300减50 2025-11          (a whole month)
 *
 * The first two amounts are the threshold and the discount (currency signs, 满, 减 and separators
 * ignored); the days are two dates (first and last, both included), one date (a single day) or one
 * month (all its days). Pure: the same reading for the form, its tests and the saved settings.
 */
import { daysInMonth } from "../engine/calendar";
import type { PromotionThreshold } from "./review-inputs";

/** Why a line is not a promotion: nothing to read, the discount not below the threshold, the last day before the first. */
export type PromotionLineProblem = "unreadable" | "discountNotBelowThreshold" | "daysReversed";

export type PromotionLineReading =
  | { readonly ok: true; readonly promotion: PromotionThreshold }
  | { readonly ok: false; readonly problem: PromotionLineProblem };

const DATE = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/g;
const MONTH = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?/g;
const AMOUNT = /\d+(?:\.\d+)?/g;

const pad = (n: number) => String(n).padStart(2, "0");

/** "2025-08-01" of a real calendar day; null for 2025-02-30 and the like. */
function isoDay(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/**
 * One typed line as a promotion threshold.
 *
 * @example readPromotionLine("满200减30 2025-08-01 2025-08-31") // { ok: true, promotion: { threshold: 200, discount: 30, from: "2025-08-01", to: "2025-08-31" } }
 * @example readPromotionLine("满200减300 2025-08") // { ok: false, problem: "discountNotBelowThreshold" }
 */
export function readPromotionLine(line: string): PromotionLineReading {
  const text = line.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0)).replace(/[,，](?=\d{3}(?!\d))/g, "");
  const days: (string | null)[] = [];
  let rest = text.replace(DATE, (_match, y: string, m: string, d: string) => {
    days.push(isoDay(Number(y), Number(m), Number(d)));
    return " ";
  });
  let month: { year: number; month: number } | null = null;
  if (days.length === 0) {
    let months = 0;
    rest = rest.replace(MONTH, (_match, y: string, m: string) => {
      months++;
      month = { year: Number(y), month: Number(m) };
      return " ";
    });
    if (months !== 1) month = null;
  }
  const amounts = rest.match(AMOUNT)?.map(Number) ?? [];
  if (amounts.length !== 2 || days.some((day) => day === null) || days.length > 2) return { ok: false, problem: "unreadable" };
  const [threshold, discount] = amounts;
  let from: string;
  let to: string;
  if (days.length > 0) {
    from = days[0]!;
    to = days[days.length - 1]!;
  } else {
    const whole = month as { year: number; month: number } | null;
    if (whole === null || whole.month < 1 || whole.month > 12) return { ok: false, problem: "unreadable" };
    from = `${whole.year}-${pad(whole.month)}-01`;
    to = `${whole.year}-${pad(whole.month)}-${pad(daysInMonth(whole.year, whole.month))}`;
  }
  if (!(threshold > 0) || !(discount > 0)) return { ok: false, problem: "unreadable" };
  if (discount >= threshold) return { ok: false, problem: "discountNotBelowThreshold" };
  if (to < from) return { ok: false, problem: "daysReversed" };
  return { ok: true, promotion: { threshold, discount, from, to } };
}

/** The lines of a promotions field that hold something (blank lines left out), each with its 1-based number. */
export function promotionLines(text: string): { readonly number: number; readonly text: string }[] {
  return text.split(/\r?\n|\r/).map((line, index) => ({ number: index + 1, text: line.trim() })).filter((line) => line.text !== "");
}

/** The promotions as the field shows them, one a line: "满200减30 2025-08-01 2025-08-31" is read back the same. */
export function promotionLinesText(promotions: readonly PromotionThreshold[] | undefined): string {
  return (promotions ?? []).map(({ threshold, discount, from, to }) => `${threshold}, ${discount}, ${from}, ${to}`).join("\n");
}
