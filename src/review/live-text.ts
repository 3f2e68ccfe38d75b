/**
 * Written conclusions that stay true when the operator edits a target: a finding that names a
 * target (its value, the attainment, the status, a gap to it) is written as a native Excel formula
 * that joins its text from the target table's cells, in the review's language, so that Excel
 * (or LibreOffice) rewrites the sentence as soon as the target cell changes, without the add-in.
 *
 * The formula's text mirrors the static text `writeFindings` produces: the same message template,
 * the static parts as string constants, the live parts as `TEXT(…)` of the cells with the number
 * formats that give the strings `formatCurrency` and `formatPercent` give.
 */
import { translate, type Locale, type MessageKey } from "../i18n/messages";
import type { CurrencyCode } from "../engine/cells/detect-currency";
import { currencyTextFormula } from "./format-figures";
import type { AttainmentMetric } from "./review-summary";

/** The cells of a target-table row a live text may read. */
export type TargetCell = "target" | "actual" | "attainment" | "status" | "benchmark";

/** How a live part shows its cell: as money, a percentage, a ratio (0.96) or as it is (the status word). */
export type LiveShow = "money" | "percent" | "ratio" | "text";

/** A part of a live text read from the target table. */
export type LivePart =
  | { readonly cell: TargetCell; readonly metric: AttainmentMetric; readonly show: LiveShow }
  /** 1 − value ÷ target, as a percentage: how far `value` falls short of the metric's target. */
  | { readonly shortfallOf: number; readonly metric: AttainmentMetric };

/** A message whose parameters are static text or live parts. */
export interface LiveMessage {
  readonly key: MessageKey;
  readonly params: Readonly<Record<string, string | number | LivePart>>;
}

/**
 * A finding that depends on the target of `metric`: `withTarget` while that target is above 0
 * (and, given `whenUnder`, while `whenUnder` is below it), `withoutTarget` otherwise.
 */
export interface TargetLiveFinding {
  readonly metric: AttainmentMetric;
  readonly withTarget: LiveMessage;
  readonly withoutTarget: LiveMessage;
  readonly whenUnder?: number;
}

/**
 * A finding that sets the figure of `metric` against its benchmark: `at` while the two show the
 * same (as `show` writes them), else `below` or `above`, while the benchmark cell holds a number
 * above 0; `withoutBenchmark` otherwise.
 */
export interface BenchmarkLiveFinding {
  readonly metric: AttainmentMetric;
  readonly show: Exclude<LiveShow, "text">;
  readonly below: LiveMessage;
  readonly above: LiveMessage;
  readonly at: LiveMessage;
  readonly withoutBenchmark: LiveMessage;
}

export type LiveFinding = TargetLiveFinding | BenchmarkLiveFinding;

/** The messages a live finding may read as, whatever the cells hold. */
export function liveMessages(finding: LiveFinding): LiveMessage[] {
  return "withTarget" in finding ? [finding.withTarget, finding.withoutTarget] : [finding.below, finding.above, finding.at, finding.withoutBenchmark];
}

/** The message a live finding reads as once the cell it depends on (target or benchmark) is cleared. */
export function clearedMessage(finding: LiveFinding): LiveMessage {
  return "withTarget" in finding ? finding.withoutTarget : finding.withoutBenchmark;
}

/** Where the target table's cells are, for the formula: the A1 address of a cell of a metric's row. */
export type TargetCellAddress = (cell: TargetCell, metric: AttainmentMetric) => string;

/** Excel caps a string constant in a formula at 255 characters. */
const MAX_STRING_CONSTANT = 255;

/** A string constant for a formula, split where it passes Excel's 255-character limit. */
export function stringConstant(text: string): string {
  if (text === "") return "\"\"";
  const chunks: string[] = [];
  const characters = Array.from(text);
  for (let i = 0; i < characters.length; i += MAX_STRING_CONSTANT) {
    chunks.push(`"${characters.slice(i, i + MAX_STRING_CONSTANT).join("").replace(/"/g, "\"\"")}"`);
  }
  return chunks.join("&");
}

/** The formula text of a fraction as `formatPercent` writes it: 0.912 → "91.2%". */
export function percentText(expression: string): string {
  return `TEXT(${expression},"0.0%")`;
}

function partText(part: LivePart, address: TargetCellAddress, currency: CurrencyCode, locale: Locale): string {
  if ("shortfallOf" in part) return percentText(`1-${part.shortfallOf}/${address("target", part.metric)}`);
  const ref = address(part.cell, part.metric);
  return shownText(ref, part.show, currency, locale);
}

/** The formula text of the cell `ref` as the review writes its kind of figure. */
function shownText(ref: string, show: LiveShow, currency: CurrencyCode, locale: Locale): string {
  if (show === "money") return currencyTextFormula(ref, currency, locale);
  if (show === "percent") return percentText(ref);
  // As `formatRatio` writes it: two decimals.
  if (show === "ratio") return `TEXT(${ref},"0.00")`;
  return ref;
}

/** Marks a live parameter inside a translated template, so that the template can be cut around it. */
const MARK = "\u0000";

/** A message as a formula expression: its template's text as constants, its live parts as cell texts. */
export function messageExpression(message: LiveMessage, locale: Locale, currency: CurrencyCode, address: TargetCellAddress): string {
  const live: LivePart[] = [];
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) {
    if (typeof value === "object") {
      params[name] = `${MARK}${live.length}${MARK}`;
      live.push(value);
    } else {
      params[name] = value;
    }
  }
  const pieces = translate(locale, message.key, params).split(MARK);
  // Odd pieces are the indexes of live parts, even pieces the text between them.
  const terms = pieces.map((piece, i) => (i % 2 === 1 ? partText(live[Number(piece)], address, currency, locale) : piece === "" ? null : stringConstant(piece)));
  const joined = terms.filter((term): term is string => term !== null);
  return joined.length === 0 ? "\"\"" : joined.join("&");
}

/**
 * The formula of a live finding, after `prefix` (its number in the list): the text with the
 * target while the target cell holds a number above 0, the text without it otherwise (an empty
 * or text cell reads as 0 through N(), as in the attainment formulas).
 */
export function liveFindingFormula(finding: LiveFinding, prefix: string, locale: Locale, currency: CurrencyCode, address: TargetCellAddress): string {
  if (!("withTarget" in finding)) return benchmarkFindingFormula(finding, prefix, locale, currency, address);
  const target = `N(${address("target", finding.metric)})`;
  const condition = finding.whenUnder === undefined ? `${target}>0` : `AND(${target}>0,${finding.whenUnder}<${target})`;
  const withTarget = messageExpression(finding.withTarget, locale, currency, address);
  const withoutTarget = messageExpression(finding.withoutTarget, locale, currency, address);
  return `=${stringConstant(prefix)}&IF(${condition},${withTarget},${withoutTarget})`;
}

/**
 * The formula of a benchmark finding: level with the benchmark while both cells show the same
 * text, below or above it by the cells' values otherwise, and the text without a benchmark while
 * the benchmark cell holds no number above 0.
 */
function benchmarkFindingFormula(finding: BenchmarkLiveFinding, prefix: string, locale: Locale, currency: CurrencyCode, address: TargetCellAddress): string {
  const actual = address("actual", finding.metric);
  const benchmark = address("benchmark", finding.metric);
  const text = (message: LiveMessage) => messageExpression(message, locale, currency, address);
  const level = `${shownText(actual, finding.show, currency, locale)}=${shownText(benchmark, finding.show, currency, locale)}`;
  const compared = `IF(${level},${text(finding.at)},IF(${actual}<${benchmark},${text(finding.below)},${text(finding.above)}))`;
  return `=${stringConstant(prefix)}&IF(AND(N(${benchmark})>0,ISNUMBER(${actual})),${compared},${text(finding.withoutBenchmark)})`;
}
