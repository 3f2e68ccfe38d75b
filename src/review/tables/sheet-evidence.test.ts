import { describe, expect, it } from "vitest";
import { gatherSheetEvidence, sampleDataRows } from "./sheet-evidence";

describe("sampleDataRows", () => {
  it("takes the first non-blank rows from where the data starts", () => {
    const grid = [["h"], ["a"], [], ["b"], [""], ["c"], ["d"]];
    expect(sampleDataRows(grid, 1, 3)).toEqual([["a"], ["b"], ["c"]]);
  });

  it("gives up after scanning five times the rows asked for", () => {
    const grid = [...Array.from({ length: 20 }, () => [""]), ["late"]];
    expect(sampleDataRows(grid, 0, 4)).toEqual([]);
    expect(sampleDataRows(grid, 0, 5)).toEqual([["late"]]);
  });
});

describe("gatherSheetEvidence", () => {
  it("profiles each column of the sample and looks up each header", () => {
    const evidence = gatherSheetEvidence([["订单编号", " 实付金额 ", null], ["3012345678901234567", "88.00", "x", "extra"], ["3012345678901239876", 120, ""]]);
    expect(evidence.headerRow).toBe(0);
    expect(evidence.columnCount).toBe(4);
    expect(evidence.headers).toEqual(["订单编号", "实付金额", null, null]);
    expect(evidence.lookups[1].matches[0]).toMatchObject({ kind: "orders", field: "amount" });
    expect(evidence.lookups[2]).toEqual({ known: false, matches: [] });
    expect(evidence.profiles[1].numericShare).toBe(1);
    expect(evidence.profiles[3].fill).toBe(0.5);
    expect(evidence.sample).toHaveLength(2);
  });

  it("samples no more rows than asked", () => {
    const grid = [["实付金额", "付款时间"], ...Array.from({ length: 50 }, (_, i) => [10 + i, 45809 + i / 10])];
    expect(gatherSheetEvidence(grid, 20).sample).toHaveLength(20);
    expect(gatherSheetEvidence(grid, 20).profiles[0].cells).toBe(20);
  });
});
