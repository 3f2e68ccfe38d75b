/**
 * `EC.` formulas as text, for the share actions (pure, no office.js): which formulas call an
 * `EC.` function, the formula in the form that restores it, and the note that keeps a converted
 * cell's formula so that it can be put back.
 *
 * A workbook opened where the add-in is not loaded shows its `EC.` calls as `_xldudf_EC_GMV(…)`
 * (the dot made an underscore), sometimes behind an external-link prefix (`[2]!_xldudf_EC_GMV`):
 * both are `EC.` formulas here, and the formula kept is always the `EC.` form, which restores
 * them where the add-in is loaded.
 * (https://github.com/OfficeDev/office-js/issues/3558, …/2568)
 */
import { translate, type Locale } from "../../i18n/messages";

/** An `EC.` call: `EC.GMV(`, `_xldudf_EC_GMV(`, `[2]!_xldudf_EC_GMV(`, not `SPEC.GMV(` or `"EC.GMV("` text. */
const EC_CALL = /(?<![\w.$])(?:\[\d+\]!)?(?:_xldudf_EC_|EC\.)[A-Za-z][A-Za-z0-9]*\s*\(/i;
const XLDUDF_CALL = /(?<![\w.$])(?:\[\d+\]!)?_xldudf_EC_(?=[A-Za-z][A-Za-z0-9]*\s*\()/gi;

/** Text in double quotes (Excel doubles a quote inside), left out when looking for calls. */
const STRING_LITERAL = /"(?:[^"]|"")*"/g;

/** True when `formula` is a formula ("=…") that calls an `EC.` function. */
export function isEcFormula(formula: unknown): formula is string {
  return typeof formula === "string" && formula.startsWith("=") && EC_CALL.test(formula.replace(STRING_LITERAL, '""'));
}

/** The formula with every `_xldudf_EC_NAME(` written back as `EC.NAME(`: the form that restores it. */
export function restorableFormula(formula: string): string {
  return formula.replace(XLDUDF_CALL, "EC.");
}

/** What a note (or a comment, or a row of the formulas sheet) keeps of a converted cell. */
export interface KeptFormula {
  /** The formula, "=EC.…", as `restorableFormula` gives it. */
  readonly formula: string;
  /** The range its result filled when it spilled ("C7:H19"), the formula's cell first. */
  readonly spill?: string;
}

/** The word every kept note carries, in either language: how a note of EC Review's is told from the operator's. */
const KEPT_MARK = "EC Review";
const A1_RANGE = /\b([A-Z]{1,3}[1-9][0-9]*:[A-Z]{1,3}[1-9][0-9]*)\s*[。.]?\s*$/;

/**
 * The text of the note that keeps a converted cell's formula, in the pane's language: a line that
 * says what it is, the formula on a line of its own, and for a spilled result the range it filled.
 */
export function keptFormulaText(locale: Locale, kept: KeptFormula): string {
  const lines = [translate(locale, "share.kept.heading"), kept.formula];
  if (kept.spill !== undefined) lines.push(translate(locale, "share.kept.spill", { range: kept.spill }));
  return lines.join("\n");
}

/**
 * The formula a note keeps, when the note is one `keptFormulaText` wrote (in either language);
 * null for any other note.
 */
export function parseKeptFormula(text: unknown): KeptFormula | null {
  if (typeof text !== "string") return null;
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  if (!lines[0]?.includes(KEPT_MARK)) return null;
  const at = lines.findIndex((line, index) => index > 0 && isEcFormula(line));
  if (at < 0) return null;
  const spill = lines.slice(at + 1).map((line) => A1_RANGE.exec(line)?.[1]).find((range) => range !== undefined);
  return spill === undefined ? { formula: lines[at] } : { formula: lines[at], spill };
}

/** Error values Excel shows while a function has not given its result yet: converting one would keep nothing. */
const PENDING_ERRORS = new Set(["#BUSY!", "#GETTING_DATA"]);

/**
 * Why a cell's current value cannot stand in for its formula: `pending` while Excel still
 * computes it (#BUSY!), `unknown` where the function is not known here (#NAME?: the add-in is not
 * loaded), `error` for any other error; null for a value that can.
 */
export function refusalOf(value: unknown, valueType: unknown): "pending" | "unknown" | "error" | null {
  const text = typeof value === "string" ? value.trim().toUpperCase() : "";
  if (PENDING_ERRORS.has(text)) return "pending";
  if (text === "#NAME?") return "unknown";
  if (valueType === "Error") return "error";
  return null;
}

/**
 * Texts Excel would not keep as text when written to a cell, as when typed: a formula ("=…", "+…",
 * "-…", "@…"), and digits with number, date or time punctuation ("0012", "2025-06", "50-100", "1e5").
 */
const REREAD_AS_NON_TEXT = /^(?:[=+\-@].*|[\s\d.,:/%$¥€£()eE+-]*\d[\s\d.,:/%$¥€£()eE+-]*|true|false)$/is;

/**
 * A value as it is written back in place of the formula. A text Excel would read as something else
 * (a formula, a number, a date: a buyer id "0012", a month "2025-06") is written with Excel's text
 * prefix, an apostrophe, so it stays the text it was.
 */
export function valueToWrite(value: unknown): unknown {
  return typeof value === "string" && REREAD_AS_NON_TEXT.test(value) ? `'${value}` : value;
}
