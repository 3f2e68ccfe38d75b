/**
 * The one sanitizer for every text EC Review writes into a workbook — by the .xlsx writer (cells,
 * shared strings, sheet names, chart titles, series names and categories, document properties)
 * and by the task pane's writer (cells and charts through Excel's API) — so that no text from the
 * operator's data can make the file unreadable or read back as something else:
 *
 * - characters XML 1.0 forbids even escaped are removed: C0 controls other than tab, line feed
 *   and carriage return, U+FFFE, U+FFFF, and lone UTF-16 surrogates (a surrogate pair, e.g. an
 *   emoji, is one character and kept). One of them in sharedStrings.xml makes the whole part
 *   ill-formed: LibreOffice shows every later text blank and Excel asks to repair the file;
 * - text longer than the place holds is cut, ending in "…", and the cut is reported (`TextCut`;
 *   a cell holds 32,767 characters, a sheet name 31, a chart title or series name 255).
 *
 * The .xlsx file's own escape of `_xHHHH_` is the .xlsx writer's (src/xlsx/cell-text.ts, `fileText`).
 * Lengths are counted in UTF-16 code units, as Excel counts them; a cut never splits a surrogate pair.
 *
 * @example cleanText("抖音\uFFFF").text // "抖音"
 */

/** Excel's limits (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
export const CELL_TEXT_LIMIT = 32_767;
export const SHEET_NAME_LIMIT = 31;
/** Chart titles and series names: what Excel's chart editor accepts. */
export const CHART_TEXT_LIMIT = 255;

/** Characters XML 1.0 does not allow in a document at all, even as a character reference. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must be found
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ELLIPSIS = "…";

/** A text as written, and whether it was cut. */
export interface CleanText {
  readonly text: string;
  /** The length before the cut (after forbidden characters were removed), `null` when not cut. */
  readonly cutFrom: number | null;
}

/** Removes the characters XML 1.0 forbids (see the module comment). */
export function removeForbiddenChars(text: string): string {
  FORBIDDEN_CHARS.lastIndex = 0;
  return FORBIDDEN_CHARS.test(text) ? text.replace(FORBIDDEN_CHARS, "") : text;
}

/**
 * Text without forbidden characters, cut to `limit` characters (the last one "…") when longer:
 * what the task pane writes through Excel's API, and the first step of the .xlsx writer's `fileText`.
 */
export function cleanText(text: string, limit: number = CELL_TEXT_LIMIT): CleanText {
  const clean = removeForbiddenChars(text);
  if (clean.length <= limit) return { text: clean, cutFrom: null };
  let end = limit - ELLIPSIS.length;
  // Never half a surrogate pair.
  const last = clean.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return { text: clean.slice(0, end) + ELLIPSIS, cutFrom: clean.length };
}

/** A text that was cut, for the notice that says so. */
export interface TextCut {
  /** Where it was written: `复盘!B40` for a cell, `复盘 / 渠道 GMV` for a chart's title or series name. */
  readonly where: string;
  /** Its length before the cut. */
  readonly length: number;
  readonly limit: number;
  /** Its first characters, to find it in the data. */
  readonly start: string;
}

/** The notice's description of a cut text (`start` at most 20 characters). */
export function textCut(where: string, original: string, clean: CleanText, limit: number): TextCut | null {
  if (clean.cutFrom === null) return null;
  const start = removeForbiddenChars(original);
  const head = start.slice(0, 20);
  const safeHead = /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
  return { where, length: clean.cutFrom, limit, start: safeHead };
}

/** Whether Excel can store a number in a cell: finite (Excel's largest is 1.79769313486232E+308, the double's largest). */
export function isStorableNumber(value: number): boolean {
  return Number.isFinite(value);
}
