/**
 * A layout formula as an .xlsx file must hold it. In the file, functions added to Excel after
 * 2007 carry the `_xlfn.` prefix: a cell holding `IFS(…)` without it opens as #NAME? even though
 * typing the same formula works (https://support.microsoft.com/office/issue-an-xlfn-prefix-is-displayed-in-front-of-a-formula-882f1ef7-68fb-4fcd-8d54-9fbb77fd5025).
 * office-js takes the formula as typed, so only the file writer needs this.
 */

/** Scalar functions newer than Excel 2007 that a review could use; each is written `_xlfn.NAME`. */
const FUTURE_FUNCTIONS: ReadonlySet<string> = new Set([
  "AGGREGATE", "CEILING.MATH", "CONCAT", "CONFIDENCE.NORM", "DAYS", "FLOOR.MATH", "IFNA", "IFS", "ISOWEEKNUM", "MAXIFS", "MINIFS",
  "NORM.DIST", "NORM.INV", "NORM.S.DIST", "NORM.S.INV", "PERCENTILE.EXC", "PERCENTILE.INC", "QUARTILE.EXC", "QUARTILE.INC",
  "RANK.AVG", "RANK.EQ", "STDEV.P", "STDEV.S", "SWITCH", "T.DIST", "T.INV", "T.TEST", "TEXTJOIN", "VAR.P", "VAR.S", "XLOOKUP", "XMATCH",
]);

/**
 * Dynamic-array functions: a file needs more than a prefix for them (array metadata, `_xlws.`),
 * and without it Excel evaluates them with implicit intersection, so the writer refuses them.
 */
const DYNAMIC_ARRAY_FUNCTIONS: ReadonlySet<string> = new Set(["FILTER", "LAMBDA", "LET", "RANDARRAY", "SEQUENCE", "SORT", "SORTBY", "UNIQUE"]);

/** A name followed by "(": a function call. */
const FUNCTION_NAME = /[A-Za-z_][A-Za-z0-9_.]*(?=\s*\()/y;

/**
 * The formula text for the file: without the leading "=", with `_xlfn.` before post-2007
 * functions. Text inside string literals and quoted sheet names is left alone.
 *
 * Throws when the formula does not start with "=" or calls a dynamic-array function.
 *
 * @example fileFormula('=IFS(A1>1,"达成",TRUE,"IFS(")') // '_xlfn.IFS(A1>1,"达成",TRUE,"IFS(")'
 */
export function fileFormula(formula: string): string {
  if (!formula.startsWith("=")) throw new Error(`A layout formula starts with "=": ${formula}`);
  const body = formula.slice(1);
  let out = "";
  let i = 0;
  while (i < body.length) {
    const ch = body[i];
    if (ch === '"' || ch === "'") {
      // A literal ends at the next lone quote; a doubled quote is an escaped one.
      let end = i + 1;
      while (end < body.length && !(body[end] === ch && body[end + 1] !== ch)) end += body[end] === ch ? 2 : 1;
      out += body.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    FUNCTION_NAME.lastIndex = i;
    const name = FUNCTION_NAME.exec(body)?.[0];
    if (name !== undefined && (i === 0 || !/[A-Za-z0-9_.!$]/.test(body[i - 1]))) {
      const upper = name.toUpperCase();
      if (DYNAMIC_ARRAY_FUNCTIONS.has(upper)) throw new Error(`${upper} is a dynamic-array function, which the .xlsx writer cannot write: ${formula}`);
      out += FUTURE_FUNCTIONS.has(upper) ? `_xlfn.${name}` : name;
      i += name.length;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}
