import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseNumberCell } from "./parse-number";

describe("parseNumberCell", () => {
  it("passes finite numbers through unchanged", () => {
    expect(parseNumberCell(0)).toBe(0);
    expect(parseNumberCell(-12.5)).toBe(-12.5);
    expect(parseNumberCell(1234.5)).toBe(1234.5);
    expect(parseNumberCell(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
  });

  it("reads numeric text", () => {
    expect(parseNumberCell("1234.5")).toBe(1234.5);
    expect(parseNumberCell("  42  ")).toBe(42);
    expect(parseNumberCell("-7")).toBe(-7);
    expect(parseNumberCell("+7")).toBe(7);
    expect(parseNumberCell("12.")).toBe(12);
    expect(parseNumberCell(".5")).toBe(0.5);
    expect(parseNumberCell("0012")).toBe(12);
    expect(parseNumberCell("1.2E+05")).toBe(120000);
    expect(parseNumberCell("1e5")).toBe(100000);
    expect(parseNumberCell("2.5e-3")).toBe(0.0025);
  });

  it("reads currency text in the forms PRODUCT.md lists", () => {
    expect(parseNumberCell("¥1,234.50")).toBe(1234.5);
    expect(parseNumberCell("￥88")).toBe(88);
    expect(parseNumberCell("$12.00")).toBe(12);
    expect(parseNumberCell("1,234")).toBe(1234);
    expect(parseNumberCell("1,234,567.89")).toBe(1234567.89);
    expect(parseNumberCell("RMB 1,234")).toBe(1234);
    expect(parseNumberCell("rmb1234")).toBe(1234);
    expect(parseNumberCell("88元")).toBe(88);
    expect(parseNumberCell("88 元")).toBe(88);
    expect(parseNumberCell("US$12")).toBe(12);
    expect(parseNumberCell("HK$12")).toBe(12);
    expect(parseNumberCell("12 USD")).toBe(12);
    expect(parseNumberCell("€9.99")).toBe(9.99);
    expect(parseNumberCell("£3")).toBe(3);
    expect(parseNumberCell("¥12元")).toBe(12);
  });

  it("reads negative amounts with the sign before or after the currency, and accounting parentheses", () => {
    expect(parseNumberCell("-¥12")).toBe(-12);
    expect(parseNumberCell("¥-12")).toBe(-12);
    expect(parseNumberCell("RMB-5")).toBe(-5);
    expect(parseNumberCell("(1,234)")).toBe(-1234);
    expect(parseNumberCell("(¥1,234.50)")).toBe(-1234.5);
    expect(parseNumberCell("−12")).toBe(-12); // U+2212 minus sign
    expect(parseNumberCell("–12")).toBe(-12); // en dash, as some exports write it
  });

  it("reads Chinese and Latin magnitudes exactly", () => {
    expect(parseNumberCell("1.2万")).toBe(12000);
    expect(parseNumberCell("1.1万")).toBe(11000); // 1.1 × 10000 would be 11000.000000000002
    expect(parseNumberCell("3亿")).toBe(300000000);
    expect(parseNumberCell("2.5千")).toBe(2500);
    expect(parseNumberCell("1.2w")).toBe(12000);
    expect(parseNumberCell("1.2W")).toBe(12000);
    expect(parseNumberCell("3k")).toBe(3000);
    expect(parseNumberCell("3K")).toBe(3000);
    expect(parseNumberCell("¥1.2万")).toBe(12000);
    expect(parseNumberCell("1.2万元")).toBe(12000);
    expect(parseNumberCell("1,234.5万")).toBe(12345000);
    expect(parseNumberCell("-1.5万")).toBe(-15000);
    expect(parseNumberCell("1.5e2万")).toBe(1500000);
  });

  it("reads percentages exactly", () => {
    expect(parseNumberCell("12.5%")).toBe(0.125);
    expect(parseNumberCell("3.2%")).toBe(0.032);
    expect(parseNumberCell("12.5 %")).toBe(0.125);
    expect(parseNumberCell("-6.8%")).toBe(-0.068);
    expect(parseNumberCell("100%")).toBe(1);
    expect(parseNumberCell("0.1%")).toBe(0.001);
  });

  it("reads full-width digits and punctuation", () => {
    expect(parseNumberCell("１２３")).toBe(123);
    expect(parseNumberCell("１，２３４．５")).toBe(1234.5);
    expect(parseNumberCell("－５")).toBe(-5);
    expect(parseNumberCell("１２．５％")).toBe(0.125);
    expect(parseNumberCell("￥１，２３４")).toBe(1234);
    expect(parseNumberCell("\u3000８８\u3000")).toBe(88);
    expect(parseNumberCell("1\u00a0")).toBe(1);
  });

  it("reads blanks as null", () => {
    expect(parseNumberCell("")).toBeNull();
    expect(parseNumberCell("   ")).toBeNull();
    expect(parseNumberCell("\t\n")).toBeNull();
    expect(parseNumberCell("\u3000")).toBeNull();
    expect(parseNumberCell(null)).toBeNull();
    expect(parseNumberCell(undefined)).toBeNull();
  });

  it("refuses Excel error values", () => {
    expect(parseNumberCell("#N/A")).toBeUndefined();
    expect(parseNumberCell("#DIV/0!")).toBeUndefined();
    expect(parseNumberCell("#VALUE!")).toBeUndefined();
    expect(parseNumberCell({ code: "#N/A" })).toBeUndefined();
    expect(parseNumberCell({ code: "notAvailable" })).toBeUndefined();
    expect(parseNumberCell({ type: "Error" })).toBeUndefined();
  });

  it("refuses what is not a number, never guessing 0", () => {
    const refused: unknown[] = [
      "abc", "12abc", "abc12", "1,23", "1,2345", ",123", "1.234,5", "1 234", "n/a", "-", "+", "%", "万", "¥", "RMB",
      ".", "e5", "0x10", "1_000", "Infinity", "-Infinity", "NaN", "∞", "1e400", "1.2万%", "5k%", "3kk", "5%%",
      "6/1/2025", "2025-06-01", "12-34",
      true, false, NaN, Infinity, -Infinity, {}, [], [1], 10n, Symbol("x"),
    ];
    for (const value of refused) expect(parseNumberCell(value), String(value)).toBeUndefined();
  });

  it("refuses more than one sign rather than cancelling them", () => {
    // Each of these once read as a positive number: two minus signs cancelled out.
    for (const text of ["--5", "(-5)", "-¥-12", "+-5", "-+5", "¥--12", "(¥-12)", "-(5)"]) {
      expect(parseNumberCell(text), text).toBeUndefined();
    }
  });

  it("refuses a currency written twice", () => {
    for (const text of ["¥¥12", "12元元", "$$1", "12元万"]) expect(parseNumberCell(text), text).toBeUndefined();
  });
});

describe("parseNumberCell properties", () => {
  const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

  it("reads any finite number back from ¥ + en-US grouped text, within 1e-9 relative", () => {
    fc.assert(
      fc.property(finite, (x) => {
        const text = "¥" + x.toLocaleString("en-US", { maximumSignificantDigits: 17 });
        const read = parseNumberCell(text);
        expect(typeof read).toBe("number");
        expect(Math.abs((read as number) - x)).toBeLessThanOrEqual(1e-9 * Math.abs(x));
      }),
      { numRuns: 200 },
    );
  });

  it("reads the default toLocaleString of amounts (up to 3 decimals) exactly as the rounded amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom("¥", "￥", "$", "", "RMB "), (thousandths, currency) => {
        const x = thousandths / 1000;
        const read = parseNumberCell(currency + x.toLocaleString("en-US"));
        expect(read).toBeCloseTo(x, 9);
      }),
      { numRuns: 200 },
    );
  });

  it("reads String(x) of any finite number as exactly x", () => {
    fc.assert(
      fc.property(finite, (x) => {
        expect(parseNumberCell(String(x))).toBe(x === 0 ? 0 : x); // String(-0) is "0"
      }),
      { numRuns: 200 },
    );
  });

  it("reads p% and p万 as the double nearest the exact decimal (no multiplication error)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 4 }), (digits, decimals) => {
        const text = (digits / 10 ** decimals).toFixed(decimals); // e.g. "3625640.67"
        // digits × 10^k written as an integer and an exponent: the same decimal, spelled differently.
        expect(parseNumberCell(`${text}%`)).toBe(Number(`${digits}e${-decimals - 2}`));
        expect(parseNumberCell(`${text}万`)).toBe(Number(`${digits}e${4 - decimals}`));
        expect(parseNumberCell(`${text}亿`)).toBe(Number(`${digits}e${8 - decimals}`));
      }),
      { numRuns: 150 },
    );
  });

  it("reads blank-like strings as null", () => {
    const space = fc.constantFrom(" ", "\t", "\n", "\r", "\u3000", "\u00a0", "\u2003");
    fc.assert(
      fc.property(fc.array(space, { maxLength: 8 }), (parts) => {
        expect(parseNumberCell(parts.join(""))).toBeNull();
      }),
      { numRuns: 100 },
    );
  });

  /**
   * The grammar of a readable amount, written out independently of the parser: an optional
   * accounting pair of parentheses, at most one sign (before or after a prefix currency), an
   * optional prefix currency, a plain or comma-grouped decimal with an optional exponent, an
   * optional percent or magnitude, an optional suffix currency.
   */
  const SPACE = "\\s*";
  const PREFIX = "(?:US\\$|HK\\$|RMB|CNY|USD|HKD|EUR|GBP|[¥￥$€£])";
  const SUFFIX = "(?:元|RMB|CNY|USD|HKD|EUR|GBP)";
  const DECIMAL = "(?:\\d+(?:\\.\\d*)?(?:[eE][+-]?\\d+)?|\\.\\d+(?:[eE][+-]?\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d*)?)";
  const TAIL = `(?:%|[万亿千wWkK])?`;
  const body = (sign: string) =>
    `(?:${sign}${SPACE}(?:${PREFIX}${SPACE})?|(?:${PREFIX}${SPACE})?${sign}${SPACE})${DECIMAL}${SPACE}${TAIL}${SPACE}(?:${SUFFIX})?`;
  const GRAMMAR = new RegExp(`^${SPACE}(?:${body("[+-]?")}|\\(${SPACE}${body("")}${SPACE}\\))${SPACE}$`, "i");
  const halfWidth = (text: string) =>
    text.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\u2212\u2013]/g, "-");

  it("the test grammar accepts the documented forms", () => {
    for (const text of ["¥1,234.50", "￥88", "$12.00", "1,234", "1.2万", "3亿", "12.5%", "(1,234)", "-¥12", "¥-12", "88元", "1.2万元"]) {
      expect(GRAMMAR.test(text), text).toBe(true);
    }
    for (const text of ["--5", "¥¥12", "12abc", "1,23"]) expect(GRAMMAR.test(text), text).toBe(false);
  });

  it("never reads junk as a number unless it matches the grammar", () => {
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom("0", "1", "5", "12", "1,234", "１") },
      { weight: 3, arbitrary: fc.constantFrom("+", "-", "−", "－", "(", ")") },
      { weight: 3, arbitrary: fc.constantFrom("¥", "￥", "$", "元", "RMB", "USD") },
      { weight: 2, arbitrary: fc.constantFrom("%", "万", "亿", "千", "w", "k", "e", "E") },
      { weight: 2, arbitrary: fc.constantFrom(",", ".", " ", "，", "．", "a", "x", "#", "/", ":") },
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join("");
        const read = parseNumberCell(text);
        if (typeof read === "number") {
          expect(GRAMMAR.test(halfWidth(text)), text).toBe(true);
          expect(Number.isFinite(read)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never reads a string without a digit as a number, and never as 0 unless it writes 0", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 12 }), (text) => {
        const read = parseNumberCell(text);
        if (!/[0-9０-９]/.test(text)) expect(typeof read).not.toBe("number");
        // "1e-999" underflows to 0 as Number() does; anything else read as 0 must write a 0.
        if (read === 0 && !/e/i.test(text)) expect(/[0０]/.test(text)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("parseNumberCell's quick reading of plain and currency amounts", () => {
  it("agrees with the full reading on any text of digits, commas, points and currency signs", () => {
    // A leading space sends a text past the quick reading to the full one, which trims it.
    const text = fc.array(fc.constantFrom("0", "1", "2", "5", "9", ",", ".", "¥", "￥", "$", "-", "e"), { minLength: 1, maxLength: 12 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(text, (cell) => {
        expect(parseNumberCell(cell)).toBe(parseNumberCell(` ${cell}`));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the usual forms", () => {
    expect(parseNumberCell("¥1,234.50")).toBe(1234.5);
    expect(parseNumberCell("￥88")).toBe(88);
    expect(parseNumberCell("$12.")).toBe(12);
    expect(parseNumberCell("1,234,567")).toBe(1234567);
    expect(parseNumberCell("12,34")).toBeUndefined();
    expect(parseNumberCell("1,2345")).toBeUndefined();
    expect(parseNumberCell("¥")).toBeUndefined();
    expect(parseNumberCell("¥,123")).toBeUndefined();
  });
});
