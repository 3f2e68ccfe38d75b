import { translate, type Locale, type MessageKey } from "../i18n/messages";
import type { CurrencyCode } from "../engine/cells/detect-currency";

/**
 * How the review writes its figures, in one place: the text of the written findings and of the
 * command line, the Excel number format of every kind of cell on the review sheet, the number
 * format of the chart value axes, and the value a cell stores. Each text function gives exactly
 * what LibreOffice shows (tested) and Excel shows (by its documented section rules, see
 * `amountFormatCode`) for the stored value under the matching number format, so a
 * conclusion and the table it speaks of read the same figure (test/oracle/review-number-style.test.ts
 * holds that through LibreOffice).
 *
 * Large amounts are shortened the way each language counts: in Chinese by 万 (10⁴) from ¥10万
 * up and by 亿 (10⁸) from ¥1亿 up (¥447.6万, ¥3.20亿); in English by K from 100K up and by M
 * from 1M up ($448K, $4.48M). A difference of two rates is in 个百分点 / pp, never in %.
 */

/** Kinds of cells on the review sheet; `numberFormats` gives the Excel format code of each. */
export type NumberFormat = "currency" | "currencyCents" | "integer" | "percent" | "points" | "ratio" | "text";

/**
 * How the review writes each currency before an amount, in each of its languages: the yuan as ¥
 * in both (the shops are Chinese: ¥ is the yuan to their readers, so the yen is JP¥); the US
 * dollar as $ in English and US$ in Chinese, as CLDR's zh locale writes it, so that a Chinese
 * reader does not take it for another dollar; HK$, CA$, A$, €, £ in both.
 */
const CURRENCY_SIGNS: Readonly<Record<CurrencyCode, Readonly<Record<Locale, string>>>> = {
  CNY: { "zh-CN": "¥", "en-US": "¥" },
  USD: { "zh-CN": "US$", "en-US": "$" },
  HKD: { "zh-CN": "HK$", "en-US": "HK$" },
  EUR: { "zh-CN": "€", "en-US": "€" },
  GBP: { "zh-CN": "£", "en-US": "£" },
  JPY: { "zh-CN": "JP¥", "en-US": "JP¥" },
  CAD: { "zh-CN": "CA$", "en-US": "CA$" },
  AUD: { "zh-CN": "A$", "en-US": "A$" },
};

/** The sign written before an amount of `currency` in `locale`: "¥", "$", "US$", "HK$", "€" … */
export function currencySign(currency: CurrencyCode, locale: Locale): string {
  return CURRENCY_SIGNS[currency][locale];
}

// ---- Rounding ----------------------------------------------------------------------------------

/**
 * round(|value| × 10^shift) as Excel rounds for display: on the value's 15 significant decimal
 * digits (Excel keeps no more), half away from zero. Worked in decimal text, so that 1.005 is 1.01
 * as Excel shows it, not 1.00 as its binary value (1.00499…) would round.
 */
function scaledInteger(value: number, shift: number): number {
  const [mantissa, exponent = "0"] = Math.abs(value).toPrecision(15).split("e");
  return Math.round(Number(`${mantissa}e${Number(exponent) + shift}`));
}

/**
 * `value` rounded to `digits` decimals, half away from zero on its 15 significant digits (as
 * Excel's ROUND): roundHalfAway(4475879.400000118, 2) is 4475879.4, roundHalfAway(-2.5, 0) is -3.
 */
export function roundHalfAway(value: number, digits: number): number {
  if (!Number.isFinite(value)) return value;
  const rounded = scaledInteger(value, digits) / 10 ** digits;
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/** The decimals a cell of each kind stores: amounts to the cent, rates and ratios to a stated precision. */
export const STORED_DECIMALS: Readonly<Record<Exclude<NumberFormat, "text">, number>> = {
  currency: 2,
  currencyCents: 2,
  integer: 0,
  // Six decimals of a fraction (0.0001 of a percentage point): more than the 0.1% shown, so that
  // an attainment computed from a stored rate keeps its shown digits, and no float noise.
  percent: 6,
  points: 4,
  ratio: 4,
};

/**
 * The number a cell of kind `format` stores for `value`: amounts to the cent (4475879.400000118
 * is stored 4475879.4), rates to six decimals, points and ratios to four, counts whole.
 */
export function storedValue(value: number, format: NumberFormat | undefined): number {
  if (format === undefined || format === "text") return value;
  return roundHalfAway(value, STORED_DECIMALS[format]);
}

/** `storedValue` of a figure that may be missing: null (or undefined) stays null. */
export function storedOrNull(value: number | null | undefined, format: NumberFormat): number | null {
  return value === null || value === undefined ? null : storedValue(value, format);
}

// ---- Text, as the number formats show it -------------------------------------------------------

/** `n` (an integer) with `decimals` of its digits after the point: (4476, 1) → "447.6". */
function withPoint(n: number, decimals: number): string {
  const digits = String(n).padStart(decimals + 1, "0");
  return decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** Thousands separators in the integer part: "4475879.40" → "4,475,879.40". */
function grouped(text: string): string {
  const [whole, fraction] = text.split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/**
 * A scale of large amounts: from `from` on, an amount is shown divided by 10^`power` with
 * `decimals` decimals and the unit after it. Listed largest first.
 */
interface AmountScale {
  readonly from: number;
  readonly power: number;
  readonly decimals: number;
  readonly unit: MessageKey;
}

/**
 * Chinese counts by 万 and 亿 (one decimal of 万, so ¥447.6万 is exact to ¥1,000 as ¥448K is; two of
 * 亿); English by K and M. Both start at 100,000: below it an amount is written in full.
 */
const AMOUNT_SCALES: Readonly<Record<Locale, readonly AmountScale[]>> = {
  "zh-CN": [
    { from: 1e8, power: 8, decimals: 2, unit: "number.scaleUnit.second" },
    { from: 1e5, power: 4, decimals: 1, unit: "number.scaleUnit.first" },
  ],
  "en-US": [
    { from: 1e6, power: 6, decimals: 2, unit: "number.scaleUnit.second" },
    { from: 1e5, power: 3, decimals: 0, unit: "number.scaleUnit.first" },
  ],
};
/** Axis labels are round numbers: one decimal of M is enough there (1.2M). */
const AXIS_SCALES: Readonly<Record<Locale, readonly AmountScale[]>> = {
  "zh-CN": AMOUNT_SCALES["zh-CN"],
  "en-US": [
    { from: 1e6, power: 6, decimals: 1, unit: "number.scaleUnit.second" },
    { from: 1e5, power: 3, decimals: 0, unit: "number.scaleUnit.first" },
  ],
};

/** `size` (≥ 0) in `scale`, as its number format shows it: "447.6", "4.48", "448". */
function scaledText(size: number, scale: AmountScale): string {
  const shown = withPoint(scaledInteger(size, scale.decimals - scale.power), scale.decimals);
  // A power of a thousand is shown with a real decimal point, and so with thousands separators.
  return scale.power % 3 === 0 ? grouped(shown) : shown;
}

/**
 * An amount as the review's tables show it (`numberFormats(…).currency`): with its currency's sign
 * (see `currencySign`), in 万 / 亿 or K / M from 100,000 up, whole below it. A negative amount (a
 * gap under target) is written in full with its minus: no number format can show a large negative
 * in 万 with its sign in both Excel and LibreOffice (see `amountFormatCode`).
 *
 * @example formatCurrency(4_475_879.4, "CNY", "zh-CN") // "¥447.6万"
 * @example formatCurrency(19_800_000, "USD", "en-US") // "$19.80M"
 * @example formatCurrency(1_205_000, "USD", "zh-CN") // "US$120.5万"
 * @example formatCurrency(-5_200_000, "CNY", "zh-CN") // "-¥5,200,000"
 */
export function formatCurrency(value: number, currency: CurrencyCode, locale: Locale): string {
  return amountText(value, currencySign(currency, locale), AMOUNT_SCALES[locale], locale);
}

/** An amount on a chart's value axis (`axisNumberFormats(…).amount`): as in the tables, without the currency's sign. */
export function formatAxisAmount(value: number, locale: Locale): string {
  return amountText(value, "", AXIS_SCALES[locale], locale);
}

function amountText(value: number, sign: string, scales: readonly AmountScale[], locale: Locale): string {
  const stored = roundHalfAway(value, 2);
  const scale = scales.find((s) => stored >= s.from);
  if (scale !== undefined) return `${sign}${scaledText(stored, scale)}${translate(locale, scale.unit)}`;
  const whole = scaledInteger(stored, 0);
  return `${stored < 0 && whole !== 0 ? "-" : ""}${sign}${grouped(String(whole))}`;
}

/** `text` as an Excel string constant: "say ""hi""". */
function excelString(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The TEXT() format that shows a scaled amount as `scaledText` writes it: "0.0", "#,##0.00", "#,##0". */
function scaledFormatCode(scale: AmountScale): string {
  const decimals = scale.decimals === 0 ? "" : `.${"0".repeat(scale.decimals)}`;
  return `${scale.power % 3 === 0 ? "#,##0" : "0"}${decimals}`;
}

/**
 * An Excel formula expression that writes the amount in cell `ref` as `formatCurrency` writes it
 * (the same scales, units and rounding), for the conclusions that are formulas over the target
 * table: `ROUND(ref,2)` is the stored amount, TEXT rounds half away from zero as `scaledInteger`.
 */
export function currencyTextFormula(ref: string, currency: CurrencyCode, locale: Locale): string {
  const amount = `ROUND(${ref},2)`;
  const sign = excelString(currencySign(currency, locale));
  const whole = `IF(ROUND(${ref},0)<0,"-","")&${sign}&TEXT(ABS(${amount}),"#,##0")`;
  return AMOUNT_SCALES[locale].reduceRight(
    (below, scale) => `IF(${amount}>=${scale.from.toExponential().replace("e+", "E")},${sign}&TEXT(${amount}/${scale.power === 0 ? 1 : `1E${scale.power}`},"${scaledFormatCode(scale)}")&${excelString(translate(locale, scale.unit))},${below})`,
    whole,
  );
}

/** An amount with its cents, as `numberFormats(…).currencyCents` shows it: ¥175.04, -$3.50. */
export function formatCurrencyCents(value: number, currency: CurrencyCode, locale: Locale): string {
  const cents = scaledInteger(value, 2);
  return `${value < 0 && cents !== 0 ? "-" : ""}${currencySign(currency, locale)}${grouped(withPoint(cents, 2))}`;
}

/** A fraction as a percentage with one decimal, as the format `0.0%` shows it: 0.792 → "79.2%", 0.0325 → "3.3%". */
export function formatPercent(value: number): string {
  const tenths = scaledInteger(storedValue(value, "percent"), 3);
  return `${value < 0 && tenths !== 0 ? "-" : ""}${withPoint(tenths, 1)}%`;
}

/** A rate the operator set (a band edge, a price drop) as short as it reads: 0.08 → "8%", 0.085 → "8.5%". */
export function formatSetPercent(value: number): string {
  return formatPercent(value).replace(/\.0%$/, "%");
}

/** A signed percentage: 0.125 → "+12.5%", -0.18 → "-18.0%". For a change of an amount or a count, not of a rate. */
export function formatSignedPercent(value: number): string {
  return `${value >= 0 ? "+" : ""}${formatPercent(value)}`;
}

/**
 * A difference of two rates in percentage points, with its unit, as the `points` number format
 * shows a value in points: "+3.6 pp", "-6.8 个百分点". `points` is the difference × 100 (see
 * `marginChangePoints`); zero is "0.0 pp".
 */
export function formatPoints(points: number, locale: Locale): string {
  const stored = storedValue(points, "points");
  const tenths = scaledInteger(stored, 1);
  // The format's sections go by the stored value's sign: + above zero, - below, none at zero.
  const sign = stored > 0 ? "+" : stored < 0 ? "-" : "";
  return `${sign}${withPoint(tenths, 1)} ${translate(locale, "number.pointsUnit")}`;
}

/** A ratio such as ROI with two decimals, as the format `0.00` shows it: 0.9 → "0.90". */
export function formatRatio(value: number): string {
  const hundredths = scaledInteger(value, 2);
  return `${value < 0 && hundredths !== 0 ? "-" : ""}${withPoint(hundredths, 2)}`;
}

/** A count with thousands separators, as `#,##0` shows it: 25536 → "25,536". */
export function formatCount(value: number): string {
  const whole = scaledInteger(value, 0);
  return `${value < 0 && whole !== 0 ? "-" : ""}${grouped(String(whole))}`;
}

// ---- Excel number formats ----------------------------------------------------------------------

/**
 * The currency's sign as a format code writes it: ¥ and $ stand unquoted, as Excel's own currency
 * formats write them; any other sign is quoted, for in a format code unquoted letters are codes (H
 * is the hour, A of A/P the half day), so `HK$#,##0` would show a time.
 */
function signLiteral(sign: string): string {
  return sign === "" || sign === "¥" || sign === "$" ? sign : `"${sign}"`;
}

/**
 * The format code of one scale: the amount divided by 10^power with its decimals, then the unit.
 * Excel divides only by thousands (each trailing comma), so 万 (10⁴, one decimal) is the amount in
 * thousands (one comma) with a literal point before its last digit: `0"."0,"万"` shows 4475879 as
 * 447.6万, and 亿 likewise `0"."00,,"亿"`. (The usual `0!.0,` works in Excel only: LibreOffice 7.4
 * prints the `!`; `0\.0,` works in both, but ExcelJS drops the backslash when it reads a file.)
 * K and M are whole powers of a thousand, with a real decimal point: `#,##0.00,,"M"`.
 */
function scaleCode(scale: AmountScale, locale: Locale): string {
  const unit = `"${translate(locale, scale.unit)}"`;
  if (scale.power % 3 === 0) {
    return `#,##0${scale.decimals > 0 ? `.${"0".repeat(scale.decimals)}` : ""}${",".repeat(scale.power / 3)}${unit}`;
  }
  const commas = (scale.power - scale.decimals) / 3;
  if (!Number.isInteger(commas)) throw new Error(`no format code shows 10^${scale.power} with ${scale.decimals} decimals`);
  return `0"."${"0".repeat(scale.decimals)}${",".repeat(commas)}${unit}`;
}

/**
 * The format code of amounts: `[<100000]¥#,##0;[<100000000]¥0"."0,"万";¥0"."00,,"亿"`. Why in this
 * order: which sections print a negative value's minus differs. Excel prints it in a section whose
 * condition can match a positive value and drops it in one that matches only negatives
 * (SheetJS/ssf#57, #78); LibreOffice prints it only in the first section. With every negative amount
 * in the first section, under a condition positive values also meet, both print the minus; the
 * two scaled sections hold only positive amounts. The price is that a large negative amount is
 * written in full, whatever the language.
 */
function amountFormatCode(sign: string, scales: readonly AmountScale[], locale: Locale): string {
  const [second, first] = scales;
  const literal = signLiteral(sign);
  return `[<${first.from}]${literal}#,##0;[<${second.from}]${literal}${scaleCode(first, locale)};${literal}${scaleCode(second, locale)}`;
}

/**
 * The Excel format codes of a review in `currency` and `locale`, money with the sign the review's
 * text uses (`currencySign`): amounts as `formatCurrency` writes them, amounts with cents as
 * `formatCurrencyCents`, rates as `formatPercent`, differences of rates in 个百分点 / pp as
 * `formatPoints`, ratios as `formatRatio`, counts as `formatCount`.
 */
export function numberFormats(currency: CurrencyCode, locale: Locale): Readonly<Record<NumberFormat, string>> {
  const sign = currencySign(currency, locale);
  const points = translate(locale, "number.pointsUnit");
  return {
    currency: amountFormatCode(sign, AMOUNT_SCALES[locale], locale),
    currencyCents: `${signLiteral(sign)}#,##0.00`,
    integer: "#,##0",
    percent: "0.0%",
    points: `+0.0" ${points}";-0.0" ${points}";0.0" ${points}"`,
    ratio: "0.00",
    text: "@",
  };
}

/** Format codes of chart value axes: amounts as `formatAxisAmount` writes them (1.2M, 120.0万), ratios, shares. */
export function axisNumberFormats(locale: Locale): { readonly amount: string; readonly ratio: string; readonly share: string } {
  return { amount: amountFormatCode("", AXIS_SCALES[locale], locale), ratio: "0.00", share: "0%" };
}

/**
 * Months ("YYYY-MM", in order) as the review names them: runs of consecutive months as one range.
 *
 * @example monthListText(["2024-06", "2024-07", "2024-08", "2024-12"], "en-US") // "2024-06 – 2024-08, 2024-12"
 * @example monthListText(["2024-12"], "zh-CN") // "2024-12"
 */
export function monthListText(months: readonly string[], locale: Locale): string {
  const index = (label: string) => Number(label.slice(0, 4)) * 12 + Number(label.slice(5, 7)) - 1;
  const runs: string[] = [];
  let start = 0;
  for (let k = 1; k <= months.length; k++) {
    if (k < months.length && index(months[k]) === index(months[k - 1]) + 1) continue;
    runs.push(k - 1 === start ? months[start] : `${months[start]} – ${months[k - 1]}`);
    start = k;
  }
  return runs.join(translate(locale, "review.listSeparator"));
}
