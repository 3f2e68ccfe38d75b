import { excelErrorText, isBlankCell } from "./cell-value";

/**
 * Reads one cell as a number, the way operators' exports write amounts:
 * numbers; numeric text (`"1234.5"`, `"1.2E+05"`); currency text (`"¥1,234.50"`, `"￥88"`,
 * `"$12.00"`, `"RMB 1,234"`, `"88元"`); accounting negatives (`"(1,234)"`); Chinese magnitudes
 * (`"1.2万"` = 12,000, `"3亿"` = 300,000,000, also `"1.2w"`, `"3k"`); percentages (`"12.5%"` = 0.125);
 * full-width digits and punctuation (`"１２３"`).
 *
 * @returns the number; `null` for a blank cell; `undefined` when the cell cannot be read as a
 *   number (text, a boolean, an Excel error value, NaN or ±Infinity). Never guesses 0.
 * @example parseNumberCell("¥1,234.50") // 1234.5
 * @example parseNumberCell("1.2万") // 12000
 * @example parseNumberCell("") // null
 * @example parseNumberCell("n/a") // undefined
 */
export function parseNumberCell(value: unknown): number | null | undefined {
  if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
  if (typeof value === "string") {
    if (isBlankCell(value)) return null;
    if (excelErrorText(value) !== null) return undefined;
    return parseNumberText(value);
  }
  if (value === null || value === undefined) return null;
  return undefined;
}

const FULL_WIDTH_OFFSET = 0xfee0;
/** Powers of ten of the magnitude suffixes. */
const MAGNITUDES: Readonly<Record<string, number>> = { 万: 4, 亿: 8, 千: 3, w: 4, W: 4, k: 3, K: 3 };
const CURRENCY_PREFIX = /^(?:US\$|HK\$|RMB|CNY|USD|HKD|EUR|GBP|[¥￥$€£])\s*/i;
const CURRENCY_SUFFIX = /\s*(?:元|RMB|CNY|USD|HKD|EUR|GBP)$/i;
const PLAIN_NUMBER = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d*)?$/;

function needsHalfWidth(code: number): boolean {
  return (code >= 0xff01 && code <= 0xff5e && code !== 0xffe5) /* ￥ stays */ || code === 0x2212 || code === 0x2013 || code === 0x3000 || code === 0x00a0;
}

/** Full-width digits, letters and punctuation (as Chinese input methods type them) to ASCII. */
function toHalfWidth(text: string): string {
  // Most texts have nothing to change: they are returned as they are, without building a copy.
  let first = 0;
  while (first < text.length && !needsHalfWidth(text.charCodeAt(first))) first++;
  if (first === text.length) return text;
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xff01 && code <= 0xff5e && code !== 0xffe5 /* ￥ stays */) {
      out += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    } else if (code === 0x2212 /* − */ || code === 0x2013 /* – */) {
      out += "-";
    } else if (code === 0x3000 /* ideographic space */ || code === 0x00a0) {
      out += " ";
    } else {
      out += text[i];
    }
  }
  return out;
}

/**
 * The common cells read without regular expressions or copies: `1234.5`, `¥1,234.50`, `￥88`,
 * `$12.00` — an optional currency sign, digits (grouped by commas in threes or not at all), an
 * optional decimal part. `null` for anything else, which the full reading handles.
 */
function parseSimpleAmount(text: string): number | null {
  const length = text.length;
  const first = text.charCodeAt(0);
  const start = first === 0xa5 /* ¥ */ || first === 0xffe5 /* ￥ */ || first === 36 /* $ */ ? 1 : 0;
  let i = start;
  let groupDigits = 0;
  let commas = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) groupDigits++;
    else if (c === 44 /* , */) {
      // The first group has 1–3 digits, every later one exactly 3.
      if (groupDigits === 0 || groupDigits > 3 || (commas > 0 && groupDigits !== 3)) return null;
      commas++;
      groupDigits = 0;
    } else break;
  }
  if (groupDigits === 0 || (commas > 0 && groupDigits !== 3)) return null;
  if (i < length) {
    if (text.charCodeAt(i) !== 46 /* . */) return null;
    for (i++; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c < 48 || c > 57) return null;
    }
  }
  const digits = start === 0 ? text : text.slice(start);
  return Number(commas === 0 ? digits : digits.replace(/,/g, ""));
}

function parseNumberText(raw: string): number | undefined {
  const simple = parseSimpleAmount(raw);
  if (simple !== null) return simple;
  let text = toHalfWidth(raw).trim();
  let sign = 1;
  // At most one sign, parentheses included: "--5", "(-5)" and "-¥-12" are not numbers.
  let signed = false;
  if (text.startsWith("(") && text.endsWith(")")) {
    sign = -1;
    signed = true;
    text = text.slice(1, -1).trim();
  }
  // The currency may stand before or after the sign: "-¥12" and "¥-12" are both seen.
  for (let pass = 0; pass < 2; pass++) {
    const first = text.charAt(0);
    if (first === "-" || first === "+") {
      if (signed) return undefined;
      signed = true;
      if (first === "-") sign = -sign;
      text = text.slice(1).trim();
    }
    if (pass === 0) text = text.replace(CURRENCY_PREFIX, "").replace(CURRENCY_SUFFIX, "").trim();
  }
  let powerOfTen = 0;
  if (text.endsWith("%")) {
    powerOfTen = -2;
    text = text.slice(0, -1).trim();
  } else {
    const magnitude = MAGNITUDES[text.charAt(text.length - 1)];
    if (magnitude !== undefined) {
      powerOfTen = magnitude;
      text = text.slice(0, -1).trim();
    }
  }
  if (PLAIN_NUMBER.test(text)) {
    // Number() of "12." or ".5" is exact; the pattern already refused everything else.
  } else if (GROUPED_NUMBER.test(text)) {
    text = text.replace(/,/g, "");
  } else {
    return undefined;
  }
  // Shift the decimal point in the text so that 1.1万 is exactly 11000 and 12.5% exactly 0.125;
  // multiplying would give 11000.000000000002.
  const hasExponent = /[eE]/.test(text);
  const parsed = powerOfTen === 0 ? Number(text) : hasExponent ? Number(text) * 10 ** powerOfTen : Number(`${text}e${powerOfTen}`);
  if (!Number.isFinite(parsed)) return undefined;
  return sign * parsed;
}
