/**
 * The one sanitizer for every text EC Review writes into a workbook — the .xlsx writer's cells,
 * shared strings, sheet names, chart titles, series names and categories, document properties,
 * and the task pane's cells — so that no text from the operator's data can make the file
 * unreadable or read back as something else:
 *
 * - characters XML 1.0 forbids even escaped are removed: C0 controls other than tab, line feed
 *   and carriage return, U+FFFE, U+FFFF, and lone UTF-16 surrogates (a surrogate pair, e.g. an
 *   emoji, is one character and kept). One of them in sharedStrings.xml makes the whole part
 *   ill-formed: LibreOffice shows every later text blank and Excel asks to repair the file;
 * - text longer than the place holds is cut, ending in "…", and the cut is reported (a cell holds
 *   32,767 characters, a sheet name 31, a chart title or series name 255);
 * - for the .xlsx file only (`fileText`), OOXML's own escape `_xHHHH_` is escaped as
 *   `_x005F_xHHHH_`, or Excel would show `_x0041_` as "A".
 *
 * Lengths are counted in UTF-16 code units, as Excel counts them; a cut never splits a surrogate pair.
 *
 * @example fileText("抖音\uFFFF_x0041_").text // "抖音_x005F_x0041_"
 */

/** Excel's limits (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3). */
export const CELL_TEXT_LIMIT = 32_767;
/** Chart titles and series names: what Excel's chart editor accepts. */
export const CHART_TEXT_LIMIT = 255;

/** Characters XML 1.0 does not allow in a document at all, even as a character reference. */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must be found
const FORBIDDEN_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** OOXML's escape of a character in ST_Xstring text (ECMA-376 Part 1 §22.9.2.19). */
const OOXML_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;
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
 * what the task pane writes through Excel's API, and the first step of `fileText`.
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

/** `_xHHHH_` written as `_x005F_xHHHH_`, so that a reader shows it literally. */
export function escapeOoxmlText(text: string): string {
  return text.includes("_x") ? text.replace(OOXML_ESCAPE, "_x005F_$1") : text;
}

/** What Excel shows for written ST_Xstring text: each `_xHHHH_` the character it names. */
export function unescapeOoxmlText(text: string): string {
  return text.includes("_x") ? text.replace(OOXML_ESCAPE, (_, escape: string) => String.fromCharCode(parseInt(escape.slice(1, 5), 16))) : text;
}

/** Text for an .xlsx part's ST_Xstring content (cells, shared strings, chart caches): `cleanText`, then `_xHHHH_` escaped. */
export function fileText(text: string, limit: number = CELL_TEXT_LIMIT): CleanText {
  const clean = cleanText(text, limit);
  const escaped = escapeOoxmlText(clean.text);
  return escaped === clean.text ? clean : { text: escaped, cutFrom: clean.cutFrom };
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
