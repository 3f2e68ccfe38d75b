/**
 * Text as the .xlsx file writes it: the review's sanitizer (`cleanText`,
 * src/review/sheet-layout/cell-text.ts: forbidden characters removed, cut to Excel's limits),
 * then OOXML's own escape `_xHHHH_` escaped as `_x005F_xHHHH_`, or Excel would show `_x0041_`
 * as "A". The task pane writes through Excel's API, which takes text as it is shown, so this
 * escape is the .xlsx writer's alone.
 *
 * @example fileText("抖音\uFFFF_x0041_").text // "抖音_x005F_x0041_"
 */
import { CELL_TEXT_LIMIT, cleanText, type CleanText } from "../review/sheet-layout/cell-text";

/** OOXML's escape of a character in ST_Xstring text (ECMA-376 Part 1 §22.9.2.19). */
const OOXML_ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

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
