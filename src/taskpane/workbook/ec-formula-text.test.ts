import { describe, expect, it } from "vitest";
import { translate } from "../../i18n/messages";
import { isEcFormula, keptFormulaText, parseKeptFormula, refusalOf, restorableFormula, valueToWrite } from "./ec-formula-text";

describe("isEcFormula", () => {
  it("finds a call of an EC. function, however Excel wrote it, and nothing else", () => {
    for (const formula of [
      "=EC.GMV(D2:D5001)", "=ec.aov(D2:D9, B2:B9)", "=ROUND(EC.AOV(D2:D9),2)", "=IFERROR(EC.GROWTH(B2, C2), \"\")",
      "=_xldudf_EC_GMV(D2:D5001)", "=[2]!_xldudf_EC_RFM(B2:B9,C2:C9,D2:D9)", "=SUM(A1:A3)+EC.ORDERS( D2:D9 )",
    ]) expect(isEcFormula(formula), formula).toBe(true);
    for (const formula of [
      "=SUM(D2:D5001)", "EC.GMV(D2:D9)", "=\"EC.GMV(D2:D9)\"", "=SPEC.GMV(A1)", "=EC.GMV", "=REC.X(1)", "=A1&\"=EC.AOV(\"", 42, null, "",
    ]) expect(isEcFormula(formula), String(formula)).toBe(false);
  });

  it("writes _xldudf_ calls back as EC. calls, the form that restores them", () => {
    expect(restorableFormula("=_xldudf_EC_GMV(D2:D5001, E2:E5001)")).toBe("=EC.GMV(D2:D5001, E2:E5001)");
    expect(restorableFormula("=ROUND([2]!_xldudf_EC_AOV(D2:D9),2)+_xldudf_EC_ORDERS(D2:D9)")).toBe("=ROUND(EC.AOV(D2:D9),2)+EC.ORDERS(D2:D9)");
    expect(restorableFormula("=EC.GMV(D2:D9)")).toBe("=EC.GMV(D2:D9)");
  });
});

describe("the note that keeps a formula", () => {
  it("reads back what it wrote, in either language, with the range a spilled result filled", () => {
    for (const locale of ["en-US", "zh-CN"] as const) {
      const single = keptFormulaText(locale, { formula: "=EC.GMV('订单'!K2:K9, '订单'!M2:M9)" });
      expect(single.split("\n")[0]).toBe(translate(locale, "share.kept.heading"));
      expect(parseKeptFormula(single)).toEqual({ formula: "=EC.GMV('订单'!K2:K9, '订单'!M2:M9)" });
      const spilled = keptFormulaText(locale, { formula: "=EC.CHANNELS(H2:H9, D2:D9, B2:B9, C2:C9)", spill: "A10:D14" });
      expect(parseKeptFormula(spilled)).toEqual({ formula: "=EC.CHANNELS(H2:H9, D2:D9, B2:B9, C2:C9)", spill: "A10:D14" });
    }
  });

  it("is never taken for the operator's own note, even one that quotes an EC. formula", () => {
    expect(parseKeptFormula("Check this against the ERP:\n=EC.GMV(D2:D9)")).toBeNull();
    expect(parseKeptFormula(`${translate("en-US", "share.kept.heading")}\nno formula here`)).toBeNull();
    expect(parseKeptFormula(undefined)).toBeNull();
  });
});

describe("refusalOf", () => {
  it("refuses a value still being computed, a #NAME? and any other error; takes numbers, text and blanks", () => {
    expect(refusalOf("#BUSY!", "Error")).toBe("pending");
    expect(refusalOf("#GETTING_DATA", "Error")).toBe("pending");
    expect(refusalOf("#NAME?", "Error")).toBe("unknown");
    expect(refusalOf("#DIV/0!", "Error")).toBe("error");
    expect(refusalOf("#SPILL!", "Error")).toBe("error");
    expect(refusalOf(1234.5, "Double")).toBeNull();
    expect(refusalOf("重要价值客户", "String")).toBeNull();
    expect(refusalOf("", "Empty")).toBeNull();
  });

  it("keeps a text that Excel would read as a formula, a number or a date a text when written back", () => {
    for (const text of ["=not a formula", "-5%", "0012", "2025-06", "50-100", "12:30", "2025/6/1", "1e5", "TRUE"]) expect(valueToWrite(text), text).toBe(`'${text}`);
    for (const text of ["重要价值客户", "淘宝直通车", "Search ads", "GMV", "", "3 months"]) expect(valueToWrite(text), text).toBe(text);
    expect(valueToWrite(12)).toBe(12);
    expect(valueToWrite(true)).toBe(true);
  });
});
