import { sampleShopInputs } from "../../test/support/sample-shop-inputs";
import { describe, expect, it } from "vitest";
import { LOCALES, translate, type Locale, type MessageKey } from "../i18n/messages";
import { generateSampleShop } from "../sample-shop/generate-sample-shop";
import { buildReview, type ReviewModel } from "./build-review";
import { storedValue } from "./format-figures";
import { keyFindings } from "./key-findings";
import { readOrderTable, type OrderTable } from "./order-table";
import type { ChannelMonthTable, ReviewInputs, ReviewTargets } from "./review-inputs";
import { parseMonthRange } from "./review-period";
import { a1, columnName, numberFormats, type LayoutCell, type SheetLayout } from "./sheet-layout";
import { sectionTitleOf } from "./review-sheet";

// ---- a formula evaluator for the shapes the layout writes ---------------------------------------
// IF, OR, AND, N, SUM over A1 ranges, + - * /, comparisons, numbers and string literals, with
// Excel's rules for empty cells ("" in comparisons, 0 in arithmetic), text in arithmetic
// (#VALUE!) and division by zero (#DIV/0!). Anything else throws: a new formula shape must be
// taught here before the test passes.

interface FormulaError {
  readonly error: string;
}
type FormulaValue = number | string | boolean | null | FormulaError;

function isError(v: unknown): v is FormulaError {
  return typeof v === "object" && v !== null && "error" in v;
}

class FormulaEvaluator {
  private readonly cells = new Map<string, LayoutCell>();
  private readonly computed = new Map<string, FormulaValue>();

  constructor(layout: SheetLayout) {
    for (const cell of layout.cells) this.cells.set(a1(cell.row, cell.column), cell);
  }

  /** The value of a cell: a value cell's value, a formula cell's value as evaluated here (never its cached result). */
  valueAt(address: string): FormulaValue {
    const key = address.replace(/\$/g, "");
    const cell = this.cells.get(key);
    if (cell === undefined) return null;
    if (cell.formula === undefined) return cell.value ?? null;
    if (!this.computed.has(key)) this.computed.set(key, this.evaluate(cell.formula));
    return this.computed.get(key)!;
  }

  evaluate(formula: string): FormulaValue {
    expect(formula.startsWith("=")).toBe(true);
    const tokens = tokenize(formula.slice(1));
    let at = 0;
    const peek = () => tokens[at];
    const take = (expected?: string) => {
      const token = tokens[at++];
      if (expected !== undefined && token !== expected) throw new Error(`${formula}: expected ${expected}, found ${token}`);
      return token;
    };

    const comparison = (): FormulaValue => {
      const left = concatenation();
      if (["=", "<>", "<", ">", "<=", ">="].includes(peek())) return compare(take(), left, concatenation());
      return left;
    };
    // Excel ranks & below + and − and above the comparisons.
    const concatenation = (): FormulaValue => {
      let value = additive();
      while (peek() === "&") {
        take();
        const right = additive();
        value = isError(value) ? value : isError(right) ? right : `${textOf(value)}${textOf(right)}`;
      }
      return value;
    };
    const additive = (): FormulaValue => {
      let value = term();
      while (peek() === "+" || peek() === "-") value = arithmetic(take(), value, term());
      return value;
    };
    const term = (): FormulaValue => {
      let value = unary();
      while (peek() === "*" || peek() === "/") value = arithmetic(take(), value, unary());
      return value;
    };
    const unary = (): FormulaValue => (peek() === "-" ? (take(), arithmetic("-", 0, unary())) : primary());
    const args = (): (FormulaValue | FormulaValue[])[] => {
      const list: (FormulaValue | FormulaValue[])[] = [];
      take("(");
      if (peek() !== ")") {
        do list.push(/^\$?[A-Z]+\$?\d+:/.test(peek()) ? range(take()) : comparison());
        while (peek() === "," && take());
      }
      take(")");
      return list;
    };
    const primary = (): FormulaValue => {
      const token = take();
      if (token === undefined) throw new Error(`${formula}: unexpected end`);
      if (token === "(") {
        const value = comparison();
        take(")");
        return value;
      }
      if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
      if (/^\d/.test(token)) return Number(token);
      if (/^\$?[A-Z]+\$?\d+$/.test(token)) return this.valueAt(token);
      if (/^[A-Z]+$/.test(token) && peek() === "(") return call(token, args());
      throw new Error(`${formula}: cannot evaluate ${token}`);
    };
    const range = (token: string): FormulaValue[] => {
      const [from, to] = token.replace(/\$/g, "").split(":").map(parseAddress);
      const values: FormulaValue[] = [];
      for (let r = from.row; r <= to.row; r++) for (let c = from.column; c <= to.column; c++) values.push(this.valueAt(a1(r, c)));
      return values;
    };
    const value = comparison();
    if (at !== tokens.length) throw new Error(`${formula}: unexpected ${peek()}`);
    return value;
  }
}

function tokenize(text: string): string[] {
  const pattern = /\s*("(?:[^"]|"")*"|\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|[A-Z]+|<=|>=|<>|[-+*/(),=<>&])/gy;
  const tokens: string[] = [];
  let match: RegExpExecArray | null;
  while (pattern.lastIndex < text.length && (match = pattern.exec(text)) !== null) tokens.push(match[1]);
  if (pattern.lastIndex < text.length && text.slice(pattern.lastIndex).trim() !== "") throw new Error(`cannot read "${text}" at ${pattern.lastIndex}`);
  return tokens;
}

function parseAddress(address: string): { row: number; column: number } {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  return { row: Number(digits) - 1, column: [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1 };
}

/** A value as & joins it: numbers as Excel's General format writes them, TRUE/FALSE, "" for an empty cell. */
function textOf(value: Exclude<FormulaValue, FormulaError>): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * TEXT(value, format) for the formats the review's formulas use: "0", "0.0", "0.00", "#,##0" and
 * "0.0%", rounding half away from zero after Excel's 15 significant digits.
 */
function textFormat(value: number, format: string): string {
  const percent = format.endsWith("%");
  const digits = (/\.(0+)/.exec(format)?.[1] ?? "").length;
  const scaled = Number((percent ? value * 100 : value).toPrecision(15));
  const factor = 10 ** digits;
  const rounded = Math.sign(scaled) * Math.round(Math.abs(scaled) * factor) / factor;
  const grouped = format.includes(",") ? rounded.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits }) : rounded.toFixed(digits);
  if (!/^(#,##)?0(\.0+)?%?$/.test(format)) throw new Error(`the evaluator does not know TEXT's format ${format}`);
  return `${grouped}${percent ? "%" : ""}`;
}

function toNumber(value: FormulaValue): number | FormulaError {
  if (isError(value)) return value;
  if (value === null) return 0;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  return value.trim() !== "" && Number.isFinite(Number(value)) ? Number(value) : { error: "#VALUE!" };
}

function arithmetic(operator: string, left: FormulaValue, right: FormulaValue): FormulaValue {
  const a = toNumber(left);
  const b = toNumber(right);
  if (isError(a)) return a;
  if (isError(b)) return b;
  if (operator === "+") return a + b;
  if (operator === "-") return a - b;
  if (operator === "*") return a * b;
  return b === 0 ? { error: "#DIV/0!" } : a / b;
}

/** Excel orders numbers < text < booleans; an empty cell compares as 0, "" or FALSE as the other side needs. */
function compare(operator: string, left: FormulaValue, right: FormulaValue): FormulaValue {
  if (isError(left)) return left;
  if (isError(right)) return right;
  const emptyLike = (other: FormulaValue) => (typeof other === "string" ? "" : typeof other === "boolean" ? false : 0);
  const a = left === null ? emptyLike(right) : left;
  const b = right === null ? emptyLike(left) : right;
  const rank = (v: number | string | boolean) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  let order: number;
  if (rank(a) !== rank(b)) order = rank(a) - rank(b);
  else if (typeof a === "string") order = a.toLowerCase().localeCompare((b as string).toLowerCase());
  else order = Number(a) - Number(b);
  switch (operator) {
    case "=": return order === 0;
    case "<>": return order !== 0;
    case "<": return order < 0;
    case ">": return order > 0;
    case "<=": return order <= 0;
    default: return order >= 0;
  }
}

function truth(value: FormulaValue): boolean | FormulaError {
  if (isError(value)) return value;
  if (value === null) return false;
  if (typeof value === "string") return { error: "#VALUE!" };
  return typeof value === "boolean" ? value : value !== 0;
}

function call(name: string, args: (FormulaValue | FormulaValue[])[]): FormulaValue {
  const single = (k: number) => {
    const arg = args[k];
    if (Array.isArray(arg)) throw new Error(`${name}: a range where a value was expected`);
    return arg;
  };
  switch (name) {
    case "IF": {
      const condition = truth(single(0));
      if (isError(condition)) return condition;
      return condition ? single(1) : args.length > 2 ? single(2) : false;
    }
    case "OR":
    case "AND": {
      const values = args.map((_, k) => truth(single(k)));
      const error = values.find(isError);
      if (error) return error;
      return name === "OR" ? values.some((v) => v === true) : values.every((v) => v === true);
    }
    case "N": {
      const value = single(0);
      return isError(value) ? value : typeof value === "number" ? value : typeof value === "boolean" ? Number(value) : 0;
    }
    case "ABS": {
      const value = toNumber(single(0));
      return isError(value) ? value : Math.abs(value);
    }
    case "ISNUMBER":
      return typeof single(0) === "number";
    case "ROUND": {
      const value = toNumber(single(0));
      const digits = toNumber(single(1));
      if (isError(value)) return value;
      if (isError(digits)) return digits;
      // Half away from zero on the value's 15 significant digits, as Excel rounds.
      const scaled = Number(`${Math.abs(value).toPrecision(15)}e${digits}`);
      return (Math.sign(value) * Math.round(scaled)) / 10 ** digits;
    }
    case "TEXT": {
      const value = toNumber(single(0));
      const format = single(1);
      if (isError(value)) return value;
      if (typeof format !== "string") throw new Error("TEXT: the format must be text");
      return textFormat(value, format);
    }
    case "SUM": {
      let total = 0;
      for (const arg of args) {
        for (const value of Array.isArray(arg) ? arg : [arg]) {
          if (isError(value)) return value;
          if (typeof value === "number") total += value;
        }
      }
      return total;
    }
    default:
      throw new Error(`the evaluator does not know ${name}()`);
  }
}

/** A formula's value against its cached result: "" and null are both an empty-looking cell. */
function sameResult(evaluated: FormulaValue, result: LayoutCell["result"]): boolean {
  if (result === undefined || result === null || result === "") return evaluated === "" || evaluated === null;
  if (typeof result === "number") {
    return typeof evaluated === "number" && Math.abs(evaluated - result) <= 1e-9 * Math.max(1, Math.abs(result));
  }
  return evaluated === result;
}

function formulaMismatches(layout: SheetLayout): { address: string; formula: string; result: unknown; evaluated: FormulaValue }[] {
  const evaluator = new FormulaEvaluator(layout);
  return layout.cells
    .filter((cell) => cell.formula !== undefined)
    .map((cell) => ({ address: a1(cell.row, cell.column), formula: cell.formula!, result: cell.result, evaluated: evaluator.valueAt(a1(cell.row, cell.column)) }))
    .filter((check) => !sameResult(check.evaluated, check.result as LayoutCell["result"]));
}

describe("the formula evaluator of this test", () => {
  const sheet = (cells: LayoutCell[]): SheetLayout => ({
    name: "t", columnWidths: [], cells, merges: [], conditionalFormats: [], charts: [], frozenRows: 0, numberFormats: numberFormats("CNY", "zh-CN"), print: { orientation: "landscape", paperSize: "A4", fitToWidth: true },
  });
  const evaluate = (formula: string, cells: LayoutCell[] = []) => new FormulaEvaluator(sheet(cells)).evaluate(formula);

  it("follows Excel on empty cells, text and division by zero", () => {
    const cells: LayoutCell[] = [{ row: 0, column: 0, value: 4 }, { row: 0, column: 1, value: "x" }, { row: 1, column: 0, formula: '=""', result: "" }];
    expect(evaluate("=A1/B5")).toEqual({ error: "#DIV/0!" });
    expect(evaluate("=A1+B1", cells)).toEqual({ error: "#VALUE!" });
    expect(evaluate('=IF(C9="",1,2)', cells)).toBe(1);
    expect(evaluate('=IF(A2="",1,2)', cells)).toBe(1);
    expect(evaluate("=N(A2)+N(B1)+N(A1)", cells)).toBe(4);
    expect(evaluate('=IF(OR(N(C1)<=0,A1=""),"",A1/C1)', cells)).toBe("");
    expect(evaluate("=SUM($A$1:$B$2)*2-(A1-1)*-1", cells)).toBe(11);
    expect(evaluate('=IF(AND(A1>0,A1>=4),"ok","no")', cells)).toBe("ok");
    expect(() => evaluate("=AVERAGE(A1:A2)", cells)).toThrow(/AVERAGE/);
  });
});

// ---- reviews to lay out -------------------------------------------------------------------------

const TARGETS: ReviewTargets = { gmv: 2_000_000, gmvGrowth: 0.1, aov: 185, aovGrowth: 0.05, repurchaseRate: 0.2, conversionRate: 0.02, marginBand: { low: 0.5, high: 0.6 } };

/** The sample shop's review inputs; `withBuyer` false reads its orders as an export without a buyer column (抖店, 拼多多). */
function sampleInputs(locale: Locale, compare: ReviewInputs["compare"], targets: ReviewTargets = TARGETS, withBuyer = true): ReviewInputs {
  const shop = generateSampleShop({ orders: 20_000, seed: 11, dirtyRate: 0.15 });
  return sampleShopInputs(shop, withBuyer, { period: parseMonthRange("2025-06..2025-10")!, compare, targets, locale, generatedAt: new Date("2025-11-03T09:00:00Z") });
}

/** Text from the operator's data that a spreadsheet would read as a formula, a signed number or a mention. */
const HOSTILE_CHANNELS = ["=cmd|' /C calc'!A0", "+86 channel", "-12 渠道", "@mention"];
const JUNE_1 = 45809;

/** A tiny order table built by hand: a few buyers over June–August on the hostile channels. */
function hostileInputs(locale: Locale, targets: ReviewTargets = TARGETS, withBuyer = true): ReviewInputs {
  const rows = [
    // [amount, day after June 1, buyer, channel]
    [120, 0, 0, 0], [80, 3, 1, 1], [45, 10, 2, 2], [300, 12, 3, 3], [60, 31, 0, 1], [90, 40, 4, 0], [200, 45, 1, 3], [30, 62, 5, 2], [150, 70, 2, 0], [500, 75, 6, 1],
  ];
  const buyerNames = ["a", "b", "c", "d", "e", "f", "g"];
  const grid = [["amount", "time", "buyer", "channel", "cost"], ...rows.map((r) => [r[0], JUNE_1 + r[1] + 0.5, buyerNames[r[2]], HOSTILE_CHANNELS[r[3]], r[0] * 0.6])];
  const orders: OrderTable = readOrderTable(grid, { amount: 0, time: 1, buyer: withBuyer ? 2 : undefined, channel: 3, cost: 4 }, { sheet: "orders", headerRow: 0 }).table;
  const june = 2025 * 12 + 5;
  const byChannelMonth = (value: (channel: number, month: number) => number): ChannelMonthTable => {
    const channels: string[] = [];
    const months: number[] = [];
    const values: number[] = [];
    HOSTILE_CHANNELS.forEach((name, c) => [0, 1, 2].forEach((m) => {
      channels.push(` ${name} `);
      months.push(june + m);
      values.push(value(c, m));
    }));
    return { channels, months: Int32Array.from(months), values: Float64Array.from(values) };
  };
  return {
    orders, skipped: [{ sheet: "=SUM(A1)", row: 9, reason: "skip.noTime", params: {} }],
    spend: byChannelMonth((c, m) => (c === 0 ? 0 : 100 * (c + m))), traffic: byChannelMonth((c, m) => 50 + 10 * c + m),
    period: parseMonthRange("2025-06..2025-08")!, compare: "previous", targets, locale, sources: ["=HYPERLINK(\"x\")"], generatedAt: new Date(0),
  };
}

const sampleReviews = new Map<string, ReviewModel>();
for (const locale of LOCALES) {
  for (const compare of ["previous", "yoy"] as const) sampleReviews.set(`${locale} ${compare}`, buildReview(sampleInputs(locale, compare)));
}
const hostileReviews = LOCALES.map((locale) => buildReview(hostileInputs(locale)));
/** Reviews of orders without a buyer column (抖店, 拼多多): every check of the sheet holds for them too. */
const buyerlessReviews = LOCALES.flatMap((locale) => [buildReview(sampleInputs(locale, "previous", TARGETS, false)), buildReview(hostileInputs(locale, TARGETS, false))]);
/** Every target and a benchmark for each metric that takes one: the benchmark columns and their rows. */
const BENCHMARKED: ReviewTargets = {
  ...TARGETS, repurchaseGrowth: 0.1, grossMargin: 0.5,
  benchmarks: { aov: 180, repurchaseRate: 0.3, conversionRate: 0.038, grossMargin: 0.45, costPerNewBuyer: 25, roi: 1.5 },
};
const benchmarkReviews = LOCALES.flatMap((locale) => [buildReview(sampleInputs(locale, "previous", BENCHMARKED)), buildReview(sampleInputs(locale, "previous", BENCHMARKED, false))]);
/** Data from 2025-01 only, reviewed 2025-05..09: December 2024, in the comparison period, has no orders. */
const lateStartReviews = LOCALES.map((locale) => buildReview(sampleShopInputs(generateSampleShop({ orders: 8_000, seed: 3, startMonth: "2025-01", months: 10, dirtyRate: 0 }), true, {
  period: parseMonthRange("2025-05..2025-09")!, compare: "previous", targets: BENCHMARKED, locale, generatedAt: new Date("2025-11-03T09:00:00Z"),
})));
const allReviews = [...sampleReviews.values(), ...hostileReviews, ...buyerlessReviews, ...benchmarkReviews, ...lateStartReviews];

function cellAt(layout: SheetLayout, address: string): LayoutCell | undefined {
  const { row, column } = parseAddress(address.replace(/\$/g, ""));
  return layout.cells.find((c) => c.row === row && c.column === column);
}

/** A1 references of a formula (string literals removed). */
function referencesOf(formula: string): string[] {
  return [...formula.replace(/"(?:[^"]|"")*"/g, '""').matchAll(/\$?([A-Z]+)\$?(\d+)/g)].map((m) => `${m[1]}${m[2]}`);
}

describe("layoutReviewSheet: formulas", () => {
  it("gives every formula cell a result and no value", () => {
    for (const review of allReviews) {
      const formulas = review.sheet.cells.filter((c) => c.formula !== undefined);
      expect(formulas.length).toBeGreaterThan(20);
      for (const cell of formulas) {
        expect(cell.result, `${a1(cell.row, cell.column)} ${cell.formula}`).not.toBeUndefined();
        expect(cell.value, a1(cell.row, cell.column)).toBeUndefined();
      }
    }
  });

  it("writes native formulas only: none calls an EC. function", () => {
    for (const review of allReviews) for (const cell of review.sheet.cells) if (cell.formula !== undefined) expect(cell.formula).not.toMatch(/EC\./i);
  });

  it("puts at most one cell at each address, none of them with a non-finite number", () => {
    for (const review of allReviews) {
      const addresses = review.sheet.cells.map((c) => a1(c.row, c.column));
      expect(new Set(addresses).size).toBe(addresses.length);
      for (const cell of review.sheet.cells) {
        for (const v of [cell.value, cell.result]) if (typeof v === "number") expect(Number.isFinite(v), a1(cell.row, cell.column)).toBe(true);
      }
    }
  });

  it("opens with the key conclusions above the target table: the first page's summary, live where they name a target", () => {
    for (const review of allReviews) {
      const locale = LOCALES.find((l) => review.sheet.name === translate(l, "review.sheetName"))!;
      const cells = review.sheet.cells;
      const sectionRow = (key: MessageKey) => cells.find((c) => c.style === "section" && sectionTitleOf(String(c.value)) === translate(locale, key))?.row;
      const keyRow = sectionRow("review.section.keyFindings");
      const targetsRow = sectionRow("review.section.targets")!;
      const allRow = sectionRow("review.section.findings")!;
      const chosen = keyFindings(review.findings);
      if (chosen.length === 0) {
        expect(keyRow).toBeUndefined();
        continue;
      }
      expect(keyRow).toBeDefined();
      expect(keyRow!).toBeLessThan(targetsRow);
      // No other section comes before it.
      expect(Math.min(...cells.filter((c) => c.style === "section").map((c) => c.row))).toBe(keyRow);
      chosen.forEach((finding, k) => {
        const cell = cells.find((c) => c.row === keyRow! + 1 + k && c.column === 0)!;
        const text = `${k + 1}. ${finding.text}`;
        // The same statement, written the same way (a formula over the target table where it names a target) as in the full list.
        const full = cells.find((c) => c.row > allRow && c.column === 0 && (c.formula === undefined ? c.value : c.result) === `${review.findings.indexOf(finding) + 1}. ${finding.text}`)!;
        expect(cell.formula === undefined ? cell.value : cell.result).toBe(text);
        expect(cell.formula !== undefined, finding.key).toBe(full.formula !== undefined);
        expect(cell.formula !== undefined, finding.key).toBe(finding.live !== undefined);
      });
      expect(cells.find((c) => c.row === keyRow! + 1 + chosen.length && c.column === 0)).toBeUndefined();
    }
  });

  it("computes with every formula the result the engine cached for it", () => {
    for (const review of allReviews) expect(formulaMismatches(review.sheet)).toEqual([]);
  });

  it("attainment and gap formulas use the target and actual cells of their own row, status the attainment beside it", () => {
    for (const [name, review] of sampleReviews) {
      const locale = name.split(" ")[0] as Locale;
      const rows = review.summary.attainment.map((item) => {
        const label = translate(locale, `review.metric.${item.metric}`);
        return review.sheet.cells.find((c) => c.column === 0 && c.value === label)!.row;
      });
      expect(new Set(rows).size).toBe(review.summary.attainment.length);
      for (const r of rows) {
        const n = r + 1;
        expect(referencesOf(cellAt(review.sheet, `E${n}`)!.formula!).sort()).toEqual([`C${n}`, `C${n}`, `D${n}`, `D${n}`]);
        expect(referencesOf(cellAt(review.sheet, `F${n}`)!.formula!).sort()).toEqual([`C${n}`, `C${n}`, `D${n}`, `D${n}`]);
        expect(new Set(referencesOf(cellAt(review.sheet, `G${n}`)!.formula!))).toEqual(new Set([`E${n}`]));
      }
      // Growth rows recompute from the baseline and actual of the GMV and AOV rows.
      const [gmvRow, growthRow, aovRow, aovGrowthRow] = rows.map((r) => r + 1);
      if (name.endsWith("previous")) {
        expect(new Set(referencesOf(cellAt(review.sheet, `D${growthRow}`)!.formula!))).toEqual(new Set([`B${gmvRow}`, `D${gmvRow}`]));
        expect(new Set(referencesOf(cellAt(review.sheet, `D${aovGrowthRow}`)!.formula!))).toEqual(new Set([`B${aovRow}`, `D${aovRow}`]));
      }
    }
  });

  it("writes the status labels of the review's language into the status formulas and their fills", () => {
    for (const [name, review] of sampleReviews) {
      const locale = name.split(" ")[0] as Locale;
      const labels = { met: translate(locale, "review.status.met"), near: translate(locale, "review.status.near"), missed: translate(locale, "review.status.missed") };
      const statusFormulas = review.sheet.cells.filter((c) => c.formula?.startsWith("=IF(E"));
      expect(statusFormulas.length).toBe(review.summary.attainment.length);
      for (const cell of statusFormulas) for (const label of Object.values(labels)) expect(cell.formula).toContain(`"${label}"`);
      if (locale === "zh-CN") for (const cell of statusFormulas) expect(cell.formula).not.toMatch(/"(met|near|missed)"/);
      const fill = review.sheet.conditionalFormats.find((f) => f.kind === "statusFill");
      expect(fill).toMatchObject({ labels });
      const statuses = review.sheet.cells.filter((c) => c.style === "status").map((c) => c.result);
      for (const status of statuses) expect(["", ...Object.values(labels)]).toContain(status);
    }
  });

  it("shows a target of 0, a negative target or no number at all as no attainment, and the formulas agree", () => {
    for (const locale of LOCALES) {
      const odd: ReviewTargets = { gmv: 0, gmvGrowth: -0.1, aov: Number.NaN, aovGrowth: Number.POSITIVE_INFINITY, repurchaseRate: 0.2 };
      for (const review of [buildReview(sampleInputs(locale, "previous", odd)), buildReview(hostileInputs(locale, odd))]) {
        expect(formulaMismatches(review.sheet)).toEqual([]);
        const byMetric = new Map(review.summary.attainment.map((row) => [row.metric, row]));
        expect(byMetric.get("gmv")).toMatchObject({ target: 0, attainment: null, gap: null, status: null });
        expect(byMetric.get("gmvGrowth")).toMatchObject({ target: -0.1, attainment: null, gap: null, status: null });
        expect(byMetric.get("aov")).toMatchObject({ target: null, attainment: null });
        expect(byMetric.get("aovGrowth")).toMatchObject({ target: null, attainment: null });
        for (const cell of review.sheet.cells) if (typeof cell.value === "number") expect(Number.isFinite(cell.value)).toBe(true);
      }
    }
  });
});

describe("layoutReviewSheet: the operator's text stays text", () => {
  it("writes channel names that start with =, +, - or @ as values, never into a formula", () => {
    for (const review of hostileReviews) {
      expect(review.summary.channels.map((c) => c.channel).sort()).toEqual([...HOSTILE_CHANNELS].sort());
      for (const name of HOSTILE_CHANNELS) {
        const holding = review.sheet.cells.filter((c) => c.value === name);
        // The channel table and the conversion table each list every channel.
        expect(holding.length, name).toBeGreaterThanOrEqual(2);
        for (const cell of holding) expect(cell.formula, name).toBeUndefined();
      }
      for (const cell of review.sheet.cells) {
        if (cell.formula === undefined) continue;
        for (const name of HOSTILE_CHANNELS) expect(cell.formula).not.toContain(name);
        expect(cell.formula).not.toMatch(/cmd|HYPERLINK|mention/);
      }
    }
  });

  it("writes the sources, skipped sheet names and findings that quote channels as values too", () => {
    for (const review of hostileReviews) {
      const texts = review.sheet.cells.filter((c) => typeof c.value === "string").map((c) => c.value as string);
      expect(texts.some((t) => t.includes('=HYPERLINK("x")'))).toBe(true);
      expect(texts).toContain("=SUM(A1)");
      expect(review.findings.some((f) => HOSTILE_CHANNELS.some((name) => f.text.includes(name)))).toBe(true);
    }
  });
});

describe("layoutReviewSheet: charts", () => {
  /** The cells of a chart reference such as 'Sheet'!$B$7:$B$11, which must lie on the review sheet. */
  function referencedCells(layout: SheetLayout, reference: string): (LayoutCell | undefined)[] {
    const match = /^'((?:[^']|'')+)'!\$([A-Z]+)\$(\d+):\$([A-Z]+)\$(\d+)$/.exec(reference);
    expect(match, reference).not.toBeNull();
    const [, sheet, fromColumn, fromRow, toColumn, toRow] = match!;
    expect(sheet.replace(/''/g, "'")).toBe(layout.name);
    expect(toColumn, reference).toBe(fromColumn);
    const cells: (LayoutCell | undefined)[] = [];
    for (let row = Number(fromRow); row <= Number(toRow); row++) cells.push(cellAt(layout, `${fromColumn}${row}`));
    return cells;
  }

  /** What a chart shows for a cell: its value, or its formula's result; empty text and no cell are both a gap. */
  const shown = (cell: LayoutCell | undefined) => {
    const value = cell === undefined ? null : cell.formula !== undefined ? cell.result : cell.value;
    return value === "" || value === undefined ? null : value;
  };

  it("points every series at cells of the review sheet whose values are the values cached in the chart", () => {
    for (const review of allReviews) {
      expect(review.sheet.charts.length).toBeGreaterThanOrEqual(3);
      for (const chart of review.sheet.charts) {
        for (const series of chart.series) {
          const categories = referencedCells(review.sheet, series.categoriesRef);
          const values = referencedCells(review.sheet, series.valuesRef);
          expect(categories).toHaveLength(series.categories.length);
          expect(values).toHaveLength(series.values.length);
          categories.forEach((cell, k) => expect(shown(cell), `${chart.title} category ${k}`).toBe(series.categories[k]));
          values.forEach((cell, k) => {
            const cached = series.values[k];
            if (cached === null) expect(shown(cell), `${chart.title} value ${k}`).toBeNull();
            else expect(shown(cell) as number, `${chart.title} ${series.name} value ${k}`).toBeCloseTo(cached, 9);
          });
        }
      }
    }
  });

  it("covers no cell and no other chart with a chart", () => {
    for (const review of allReviews) {
      const charts = review.sheet.charts;
      for (const chart of charts) {
        const { fromColumn, fromRow, toColumn, toRow } = chart.anchor;
        // A two-cell anchor ends at the top-left corner of its "to" cell.
        const covered = review.sheet.cells.filter((c) => c.row >= fromRow && c.row < toRow && c.column >= fromColumn && c.column < toColumn);
        expect(covered.map((c) => a1(c.row, c.column)), `${chart.title} over ${columnName(fromColumn)}${fromRow + 1}:${columnName(toColumn - 1)}${toRow}`).toEqual([]);
        for (const other of charts) {
          if (other === chart) continue;
          const apart = other.anchor.fromRow >= toRow || other.anchor.toRow <= fromRow || other.anchor.fromColumn >= toColumn || other.anchor.toColumn <= fromColumn;
          expect(apart, `${chart.title} and ${other.title} overlap`).toBe(true);
        }
      }
    }
  });
});

describe("layoutReviewSheet: the review's currency", () => {
  const cny = sampleReviews.get("en-US previous")!;
  const usd = buildReview({ ...sampleInputs("en-US", "previous"), currency: "USD" });
  const usdChinese = buildReview({ ...sampleInputs("zh-CN", "previous"), currency: "USD" });
  const money = (review: ReviewModel) => review.sheet.cells.filter((c) => c.format === "currency" || c.format === "currencyCents");

  it("is CNY when the inputs name none, as before", () => {
    expect(cny.summary.currency).toBe("CNY");
    expect(cny.sheet.numberFormats.currency).toBe('[<100000]¥#,##0;[<1000000]¥#,##0,"K";¥#,##0.00,,"M"');
    expect(cny.sheet.numberFormats.currencyCents).toBe("¥#,##0.00");
  });

  it("formats every money cell in the inputs' currency: $ in English, US$ in Chinese, never ¥", () => {
    expect(usd.summary.currency).toBe("USD");
    expect(money(usd).length).toBeGreaterThan(20);
    expect(usd.sheet.numberFormats.currency).toBe('[<100000]$#,##0;[<1000000]$#,##0,"K";$#,##0.00,,"M"');
    expect(usd.sheet.numberFormats.currencyCents).toBe("$#,##0.00");
    expect(usdChinese.sheet.numberFormats.currency).toBe('[<100000]"US$"#,##0;[<100000000]"US$"0"."0,"万";"US$"0"."00,,"亿"');
    for (const review of [usd, usdChinese]) expect(Object.values(review.sheet.numberFormats).join(" ")).not.toContain("¥");
  });

  it("labels the price bands and writes the findings in that currency", () => {
    const texts = (review: ReviewModel) => review.sheet.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts(cny)).toContain(translate("en-US", "label.under", { edge: "¥50" }));
    expect(texts(usd)).toContain(translate("en-US", "label.under", { edge: "$50" }));
    expect(texts(usdChinese)).toContain(translate("zh-CN", "label.under", { edge: "US$50" }));
    for (const review of [usd, usdChinese]) {
      expect(texts(review).some((text) => text.includes("¥"))).toBe(false);
      expect(review.findings.some((f) => f.text.includes("$"))).toBe(true);
      expect(review.findings.some((f) => f.text.includes("¥"))).toBe(false);
    }
  });

  it("quotes a sign of letters, so that Excel does not read HK as hours", () => {
    const hkd = buildReview({ ...sampleInputs("en-US", "previous"), currency: "HKD" });
    expect(hkd.sheet.numberFormats.currency).toBe('[<100000]"HK$"#,##0;[<1000000]"HK$"#,##0,"K";"HK$"#,##0.00,,"M"');
    expect(buildReview({ ...sampleInputs("en-US", "previous"), currency: "EUR" }).sheet.numberFormats.currencyCents).toBe('"€"#,##0.00');
  });
});

describe("layoutReviewSheet: orders without a buyer column", () => {
  const localeOf = (review: ReviewModel): Locale => (review.sheet.name === translate("zh-CN", "review.sheetName") ? "zh-CN" : "en-US");
  const BUYER_COLUMNS = ["review.col.buyers", "review.col.aovPerBuyer", "review.col.newBuyers", "review.col.returningBuyers", "review.col.costPerNewBuyer", "review.col.repurchase"] as const;

  it("leaves the columns of buyers out of the monthly and channel tables, and keeps the others", () => {
    for (const review of buyerlessReviews) {
      const locale = localeOf(review);
      const headers = review.sheet.cells.filter((c) => c.style === "header").map((c) => c.value);
      for (const key of BUYER_COLUMNS) expect(headers, key).not.toContain(translate(locale, key));
      for (const key of ["review.col.gmv", "review.col.orders", "review.col.aov", "review.col.roi"] as const) expect(headers, key).toContain(translate(locale, key));
    }
  });

  it("says in the header, the retention section and the RFM section that the figures of buyers are left out", () => {
    for (const review of buyerlessReviews) {
      const locale = localeOf(review);
      const texts = review.sheet.cells.map((c) => c.value);
      expect(texts).toContain(translate(locale, "review.aovNoteNoBuyer"));
      expect(texts).not.toContain(translate(locale, "review.aovNote"));
      const notes = review.sheet.cells.filter((c) => c.value === translate(locale, "review.noBuyerColumn"));
      expect(notes.map((c) => c.row)).toHaveLength(2);
      // Each note sits right under its section's title.
      for (const key of ["review.section.retention", "review.section.rfm"] as const) {
        const title = review.sheet.cells.find((c) => c.style === "section" && sectionTitleOf(String(c.value)) === translate(locale, key))!;
        expect(notes.some((n) => n.row === title.row + 1), key).toBe(true);
      }
    }
  });

  it("claims no repurchase rate: the repurchase row of the targets has no actual, attainment or status", () => {
    for (const review of buyerlessReviews) {
      const row = review.summary.attainment.find((r) => r.metric === "repurchaseRate")!;
      expect(row).toMatchObject({ baseline: null, actual: null, attainment: null, gap: null, status: null });
      expect(review.findings.map((f) => f.key)).not.toContain("finding.repurchaseTarget");
    }
  });
});

describe("layoutReviewSheet: benchmarks and the comparison period's coverage", () => {
  const rowOf = (review: ReviewModel, locale: Locale, metric: string) => review.sheet.cells.find((c) => c.column === 0 && c.value === translate(locale, `review.metric.${metric}` as MessageKey))?.row;
  const at = (review: ReviewModel, row: number, column: number) => review.sheet.cells.find((c) => c.row === row && c.column === column);

  it("shows a benchmark column beside the targets, its gap a formula of the actual and the benchmark cells", () => {
    for (const [k, review] of benchmarkReviews.entries()) {
      const locale = LOCALES[Math.floor(k / 2)];
      const headers = review.sheet.cells.filter((c) => c.style === "header").map((c) => c.value);
      expect(headers).toContain(translate(locale, "review.col.benchmark"));
      for (const row of review.summary.attainment) {
        const r = rowOf(review, locale, row.metric)!;
        expect(r, row.metric).toBeDefined();
        if (row.benchmark === null) {
          expect(at(review, r, 7), row.metric).toBeUndefined();
          continue;
        }
        expect(at(review, r, 7)?.value).toBe(storedValue(row.benchmark, at(review, r, 7)!.format));
        expect(review.sheet.inputs).toContainEqual(expect.objectContaining({ key: `benchmark.${row.metric}`, row: r, column: 7 }));
        const gap = at(review, r, 8)!;
        expect(new Set(referencesOf(gap.formula!))).toEqual(new Set([a1(r, 3), a1(r, 7)]));
        // From the stored actual and benchmark cells, as Excel computes it; between two rates in points.
        const actualCell = at(review, r, 3);
        const actual = (actualCell?.formula === undefined ? actualCell?.value : actualCell.result) as number | null | undefined;
        const isRate = ["repurchaseRate", "conversionRate", "grossMargin"].includes(row.metric);
        if (row.benchmarkGap === null || actual === null || actual === undefined) {
          expect(gap.result, row.metric).toBe("");
        } else {
          expect(gap.format, row.metric).toBe(isRate ? "points" : at(review, r, 7)!.format);
          expect(gap.result, row.metric).toBeCloseTo((actual - (at(review, r, 7)!.value as number)) * (isRate ? 100 : 1), 9);
          // … which is the engine's gap to what the cells display.
          expect(gap.result, row.metric).toBeCloseTo(row.benchmarkGap * (isRate ? 100 : 1), isRate ? 3 : 1);
        }
      }
      // The rows of a benchmark only (cost per new buyer, ROI) take no target and judge no status.
      for (const metric of ["costPerNewBuyer", "roi"]) {
        const r = rowOf(review, locale, metric)!;
        expect([2, 4, 5, 6].map((column) => at(review, r, column)), metric).toEqual([undefined, undefined, undefined, undefined]);
        expect(review.sheet.inputs?.some((input) => input.key === `target.${metric}`)).toBe(false);
      }
    }
  });

  it("leaves the benchmark columns and rows out when no benchmark is given", () => {
    for (const [name, review] of sampleReviews) {
      const locale = name.split(" ")[0] as Locale;
      expect(review.sheet.cells.map((c) => c.value)).not.toContain(translate(locale, "review.col.benchmark"));
      expect(rowOf(review, locale, "costPerNewBuyer")).toBeUndefined();
      expect(rowOf(review, locale, "roi")).toBeUndefined();
    }
  });

  it("recomputes repurchase growth from the repurchase row's baseline and actual", () => {
    const review = benchmarkReviews[0];
    const base = rowOf(review, "en-US", "repurchaseRate")!;
    const growth = at(review, rowOf(review, "en-US", "repurchaseGrowth")!, 3)!;
    expect(new Set(referencesOf(growth.formula!))).toEqual(new Set([a1(base, 1), a1(base, 3)]));
    const row = review.summary.attainment.find((r) => r.metric === "repurchaseGrowth")!;
    // From the stored cells it points at (rates stored as they show), as Excel computes it; the engine's own figure to display precision.
    const stored = (rate: number) => storedValue(rate, "percent");
    expect(growth.result).toBeCloseTo(stored(review.summary.repurchaseRate!) / stored(review.summary.comparison.repurchaseRate!) - 1, 12);
    expect(growth.result).toBeCloseTo(review.summary.repurchaseRate! / review.summary.comparison.repurchaseRate! - 1, 4);
    expect(row.attainment).toBeCloseTo(row.actual! / 0.1, 12);
  });

  it("names the comparison months without orders under the targets, and states no growth there", () => {
    for (const [k, review] of lateStartReviews.entries()) {
      const locale = LOCALES[k];
      expect(review.summary.comparison.monthsWithoutData).toEqual(["2024-12"]);
      const note = translate(locale, "review.coverage.comparison", { from: "2024-12", to: "2025-04", months: "2024-12" });
      const noteCell = review.sheet.cells.find((c) => c.value === note);
      expect(noteCell, note).toBeDefined();
      const last = Math.max(...review.summary.attainment.map((row) => rowOf(review, locale, row.metric)!));
      expect(noteCell!.row).toBe(last + 1);
      for (const metric of ["gmvGrowth", "aovGrowth", "repurchaseGrowth"]) {
        const r = rowOf(review, locale, metric)!;
        expect(at(review, r, 3), metric).toBeUndefined();
        expect(at(review, r, 4)?.result, metric).toBe("");
      }
    }
  });
});