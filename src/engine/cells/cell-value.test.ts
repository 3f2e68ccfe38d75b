import { describe, expect, it } from "vitest";
import { describeCell, excelErrorText, isBlankCell } from "./cell-value";

describe("isBlankCell", () => {
  it("is true for null, undefined, the empty string and white space", () => {
    for (const value of [null, undefined, "", " ", "\t\n", "\u3000", "\u00a0"]) expect(isBlankCell(value), JSON.stringify(value)).toBe(true);
  });

  it("is false for anything with content, zero and false included", () => {
    for (const value of [0, false, "0", " x ", "#N/A", {}, NaN]) expect(isBlankCell(value), String(value)).toBe(false);
  });
});

describe("excelErrorText", () => {
  it("recognizes Excel error texts as Range.values gives them", () => {
    expect(excelErrorText("#N/A")).toBe("#N/A");
    expect(excelErrorText("#DIV/0!")).toBe("#DIV/0!");
    expect(excelErrorText("#VALUE!")).toBe("#VALUE!");
    expect(excelErrorText("#REF!")).toBe("#REF!");
    expect(excelErrorText("#NAME?")).toBe("#NAME?");
    expect(excelErrorText("#SPILL!")).toBe("#SPILL!");
    expect(excelErrorText("#n/a")).toBe("#N/A");
    expect(excelErrorText("#N/A ")).toBe("#N/A");
  });

  it("recognizes error objects by their code", () => {
    expect(excelErrorText({ code: "#N/A" })).toBe("#N/A");
    expect(excelErrorText({ code: "notAvailable" })).toBe("#N/A");
    expect(excelErrorText({ code: "divisionByZero" })).toBe("#DIV/0!");
    expect(excelErrorText({ errorType: "Div0" })).toBe("#DIV/0!");
    expect(excelErrorText({ type: "Error", errorType: "NotAvailable" })).toBe("#N/A");
    expect(excelErrorText({ code: "somethingNew" })).toBe("#VALUE!");
    expect(excelErrorText({ type: "Error" })).toBe("#VALUE!");
  });

  it("is null for values that are not errors", () => {
    for (const value of ["", "N/A", "#hashtag", "#1", "abc", 0, 12, true, null, undefined, {}, { type: "String" }]) {
      expect(excelErrorText(value), String(value)).toBeNull();
    }
  });
});

describe("describeCell", () => {
  it("shows what the cell held", () => {
    expect(describeCell("abc")).toBe("abc");
    expect(describeCell({ code: "#N/A" })).toBe("#N/A");
    expect(describeCell("#div/0!")).toBe("#DIV/0!");
    expect(describeCell(true)).toBe("true");
    expect(describeCell(NaN)).toBe("NaN");
    expect(describeCell({ something: 1 })).toBe("[object]");
  });

  it("cuts long text to 38 characters with an ellipsis", () => {
    const text = "x".repeat(100);
    const shown = describeCell(text);
    expect(shown).toBe(`${"x".repeat(37)}…`);
    expect(describeCell("y".repeat(40))).toBe("y".repeat(40));
  });
});
