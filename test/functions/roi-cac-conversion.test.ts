import { describe, expect, it } from "vitest";
import { cacFunction, conversionFunction, roiFunction } from "./single-cell-results";
import { BLANKS, cell, column, expectError, inChinese, invocation, NO_ADDRESSES, OMITTED, row } from "./excel-call";

describe("EC.ROI", () => {
  it("is GMV ÷ spend (投产比): Tencent ads 1.2, then 0.9", () => {
    expect(roiFunction(cell(120000), cell(100000), undefined, undefined, invocation("Sheet1!B2", "Sheet1!C2"))).toBeCloseTo(1.2, 12);
    expect(roiFunction(cell(90000), cell(100000))).toBeCloseTo(0.9, 12);
  });

  it("sums ranges of GMV and spend, reading currency text and 万", () => {
    expect(roiFunction(column("¥60,000", 60000, ""), row(50000, "5万"), undefined, undefined, invocation("Sheet1!B2:B4", "Sheet1!C2:D2"))).toBeCloseTo(1.2, 12);
  });

  it.each(OMITTED)("is in GMV mode when mode and margin arrive as $name", ({ value }) => {
    expect(roiFunction(cell(120), cell(100), value, value)).toBeCloseTo(1.2, 12);
  });

  it("in profit mode is (GMV × margin − spend) ÷ spend", () => {
    // (1000 × 0.3 − 100) ÷ 100 = 2
    expect(roiFunction(cell(1000), cell(100), "profit", 0.3)).toBeCloseTo(2, 12);
    expect(roiFunction(cell(1000), cell(100), " PROFIT ", "30%" as never)).toBeCloseTo(2, 12);
    // At ROI 1.2 and a 30% margin the ads lose money: (120 × 0.3 − 100) ÷ 100 = −0.64.
    expect(roiFunction(cell(120), cell(100), "profit", 0.3)).toBeCloseTo(-0.64, 12);
  });

  it("accepts \"gmv\" spelt in capitals and an empty mode cell", () => {
    expect(roiFunction(cell(120), cell(100), "GMV")).toBeCloseTo(1.2, 12);
    expect(roiFunction(cell(120), cell(100), "")).toBeCloseTo(1.2, 12);
  });

  it.each(BLANKS)("adds nothing for blank cells (as $name) in the ranges", ({ value }) => {
    expect(roiFunction(column(100, value, 20), column(value, 100))).toBeCloseTo(1.2, 12);
  });

  describe("bad input", () => {
    it("is #DIV/0! for no spend", () => {
      expectError(roiFunction(cell(100), cell(0)), "#DIV/0!", "The ad spend is zero, so the ratio cannot be computed.");
      expectError(roiFunction(cell(100), column("", null)), "#DIV/0!");
      inChinese(() => expectError(roiFunction(cell(100), cell(0)), "#DIV/0!", "广告花费为零，无法计算比率。"));
    });

    it("is #NUM! for a negative spend", () => {
      expectError(roiFunction(cell(100), cell(-5)), "#NUM!", "The ad spend cannot be negative (found -5).");
      inChinese(() => expectError(roiFunction(cell(100), cell("(5)")), "#NUM!", "广告花费不能为负数（收到 -5）。"));
    });

    it("is #VALUE! for an unknown mode", () => {
      expectError(roiFunction(cell(100), cell(50), "net"), "#VALUE!", "Unknown mode \"net\"; use \"gmv\", \"profit\".");
      inChinese(() => expectError(roiFunction(cell(100), cell(50), "net"), "#VALUE!", "未知模式“net”；请使用 \"gmv\", \"profit\"。"));
    });

    it("is #NUM! in profit mode without a usable margin", () => {
      for (const margin of [undefined, null, 1.5]) {
        expectError(roiFunction(cell(100), cell(50), "profit", margin as never), "#NUM!", "Profit mode needs the gross margin (a number between 0 and 1).");
      }
      inChinese(() => expectError(roiFunction(cell(100), cell(50), "profit"), "#NUM!", "利润模式需要毛利率（0 到 1 之间的数字）。"));
    });

    it("names an unreadable margin by its cell, or by the argument without an address", () => {
      expectError(roiFunction(cell(100), cell(50), "profit", "abc" as never, invocation("Sheet1!B2", "Sheet1!C2", "Sheet1!D2", "Sheet1!E2")), "#VALUE!", "Cell E2: cannot read \"abc\" as a number.");
      expectError(roiFunction(cell(100), cell(50), "profit", "abc" as never, NO_ADDRESSES), "#VALUE!", "The margin: cannot read \"abc\" as a number.");
      inChinese(() => expectError(roiFunction(cell(100), cell(50), "profit", "abc" as never), "#VALUE!", "毛利率：无法把“abc”读作数字。"));
    });

    it("names unreadable GMV and spend cells", () => {
      expectError(roiFunction(column(100, "x"), cell(50), undefined, undefined, invocation("Sheet1!B2:B3", "Sheet1!C2")), "#VALUE!", "Cell B3: cannot read \"x\" as an amount.");
      expectError(roiFunction(cell(100), column(50, "x"), undefined, undefined, invocation("Sheet1!B2", "Sheet1!C2:C3")), "#VALUE!", "Cell C3: cannot read \"x\" as a spend.");
      expectError(roiFunction(cell(100), column(50, "x")), "#VALUE!", "Row 2 of the range: cannot read \"x\" as a spend.");
      inChinese(() => expectError(roiFunction(cell(100), column(50, "x"), undefined, undefined, invocation("Sheet1!B2", "Sheet1!C2:C3")), "#VALUE!", "单元格 C3：无法把“x”读作花费。"));
    });

    it("refuses an error value and a two-column range", () => {
      expectError(roiFunction(column(100, "#N/A"), cell(50)), "#VALUE!", "Row 2 of the range: the cell holds the error #N/A.");
      expectError(roiFunction(cell(100), [[1, 2], [3, 4]]), "#VALUE!", "The spend amounts must be a single column or row; got 2 rows × 2 columns.");
    });
  });
});

describe("EC.CAC", () => {
  it("is spend ÷ new buyers: 3,800 for 100 new buyers is 38", () => {
    expect(cacFunction(cell(3800), cell(100), invocation("Sheet1!B2", "Sheet1!C2"))).toBe(38);
  });

  it.each(BLANKS)("sums ranges, blank cells (as $name) adding nothing", ({ value }) => {
    expect(cacFunction(column("¥1,800", value, 2000), column(40, 60, value))).toBe(38);
  });

  describe("bad input", () => {
    it("is #DIV/0! with no new buyer", () => {
      expectError(cacFunction(cell(3800), cell(0)), "#DIV/0!", "The number of new buyers is zero, so the ratio cannot be computed.");
      inChinese(() => expectError(cacFunction(cell(3800), column("", "")), "#DIV/0!", "新客数为零，无法计算比率。"));
    });

    it("is #NUM! for a negative spend or count", () => {
      expectError(cacFunction(cell(-1), cell(10)), "#NUM!", "The ad spend cannot be negative (found -1).");
      expectError(cacFunction(cell(10), cell(-2)), "#NUM!", "The number of new buyers cannot be negative (found -2).");
    });

    it("names unreadable cells", () => {
      expectError(cacFunction(column(1, "n/a"), cell(10), invocation("Sheet1!B2:B3", "Sheet1!C2")), "#VALUE!", "Cell B3: cannot read \"n/a\" as a spend.");
      expectError(cacFunction(cell(10), column(1, "many")), "#VALUE!", "Row 2 of the range: cannot read \"many\" as a number.");
      expectError(cacFunction(cell(10), column(1, "#DIV/0!"), invocation("Sheet1!B2", "Sheet1!C2:C3")), "#VALUE!", "Cell C3: the cell holds the error #DIV/0!.");
      inChinese(() => expectError(cacFunction(cell(10), column(1, "many")), "#VALUE!", "区域第 2 行：无法把“many”读作数字。"));
    });

    it("refuses a two-column range", () => {
      expectError(cacFunction([[1, 2], [3, 4]], cell(1)), "#VALUE!", /^The spend amounts must be a single column or row/);
    });
  });
});

describe("EC.CONVERSION", () => {
  it("is paying buyers ÷ visitors: 32 of 1,000 is 3.2%", () => {
    expect(conversionFunction(cell(32), cell(1000), invocation("Sheet1!B2", "Sheet1!C2"))).toBeCloseTo(0.032, 15);
  });

  it.each(BLANKS)("sums per-channel ranges, blank cells (as $name) adding nothing", ({ value }) => {
    // Off-site 18 of 1,000 (1.8%) and on-site 25 of 1,000 (2.5%): 43 of 2,000 overall.
    expect(conversionFunction(column(18, 25, value), column("1,000", value, 1000))).toBeCloseTo(0.0215, 15);
  });

  it("is 0 with visitors but no conversion, and 1 when everyone converts", () => {
    expect(conversionFunction(cell(0), cell(50))).toBe(0);
    expect(conversionFunction(cell(50), cell(50))).toBe(1);
  });

  describe("bad input", () => {
    it("is #NUM! for more conversions than visitors", () => {
      expectError(conversionFunction(cell(1200), cell(1000)), "#NUM!", "The number of visitors: 1200 conversions out of 1000 visitors is impossible.");
      inChinese(() => expectError(conversionFunction(cell(1200), cell(1000)), "#NUM!", "访客数：1000 个访客中有 1200 个转化，这不可能。"));
    });

    it("is #NUM! for negative counts", () => {
      expectError(conversionFunction(cell(-3), cell(1000)), "#NUM!");
      expectError(conversionFunction(cell(3), cell(-1000)), "#NUM!", "The number of visitors cannot be negative (found -1000).");
    });

    it("is #DIV/0! for no visitors", () => {
      expectError(conversionFunction(cell(0), cell(0)), "#DIV/0!", "The number of visitors is zero, so the ratio cannot be computed.");
      inChinese(() => expectError(conversionFunction(cell(0), column(null, "")), "#DIV/0!", "访客数为零，无法计算比率。"));
    });

    it("names unreadable cells and refuses wide ranges", () => {
      expectError(conversionFunction(column(3, "three"), cell(100), invocation("Sheet1!B2:B3", "Sheet1!C2")), "#VALUE!", "Cell B3: cannot read \"three\" as a number.");
      expectError(conversionFunction(cell(3), column(100, "#N/A")), "#VALUE!", "Row 2 of the range: the cell holds the error #N/A.");
      expectError(conversionFunction([[1, 2], [3, 4]], cell(100)), "#VALUE!", "The paying buyers (or orders) must be a single column or row; got 2 rows × 2 columns.");
      inChinese(() => expectError(conversionFunction([[1, 2], [3, 4]], cell(100)), "#VALUE!", "支付买家数（或订单数）必须是单列或单行；收到 2 行 × 2 列。"));
    });
  });
});
