import { describe, expect, it } from "vitest";
import { buildingSheetName, chooseReviewSheet, isReviewSheetName, numberedName, type ExistingSheet } from "./review-sheet-name";

const sheet = (name: string, owned = false, building = false, position = 0): ExistingSheet => ({ name, owned, building, position });

describe("chooseReviewSheet", () => {
  it("takes the layout's name when no sheet has it", () => {
    expect(chooseReviewSheet("运营复盘", [sheet("订单")])).toEqual({ name: "运营复盘", replaces: null });
  });

  it("replaces the owned sheet of that name (Refresh), whatever its case", () => {
    const owned = sheet("Review", true);
    expect(chooseReviewSheet("review", [sheet("订单"), owned])).toEqual({ name: "Review", replaces: owned });
  });

  it("never takes a sheet the operator made: the next free or owned numbered name", () => {
    expect(chooseReviewSheet("运营复盘", [sheet("运营复盘")])).toEqual({ name: "运营复盘 (2)", replaces: null, taken: "运营复盘" });
    const second = sheet("运营复盘 (2)", true);
    expect(chooseReviewSheet("运营复盘", [sheet("运营复盘"), second])).toEqual({ name: "运营复盘 (2)", replaces: second, taken: "运营复盘" });
    expect(chooseReviewSheet("运营复盘", [sheet("运营复盘"), sheet("运营复盘 (2)")]).name).toBe("运营复盘 (3)");
  });

  it("does not rebuild into a half-built sheet", () => {
    expect(chooseReviewSheet("运营复盘", [sheet("运营复盘", true, true)]).name).toBe("运营复盘 (2)");
  });
});

describe("names", () => {
  it("keeps numbered names within Excel's 31 characters", () => {
    const long = "Operations review June–October 2025";
    expect(numberedName(long, 1)).toHaveLength(31);
    expect(numberedName(long, 2)).toHaveLength(31);
    expect(numberedName(long, 2).endsWith(" (2)")).toBe(true);
  });

  it("finds a free name for the sheet being built", () => {
    expect(buildingSheetName(["订单"])).toBe("EC Review build 1");
    expect(buildingSheetName(["ec review BUILD 1"])).toBe("EC Review build 2");
  });

  it("knows the names the review may have, which Refresh inspects for its rewrite", () => {
    expect(["运营复盘", "运营复盘 (2)", "运营复盘 (12)", "REVIEW"].map((name) => isReviewSheetName(name === "REVIEW" ? "review" : "运营复盘", name))).toEqual([true, true, true, true]);
    expect(["运营复盘 copy", "运营复盘(2)", "订单", "EC Review build 1"].map((name) => isReviewSheetName("运营复盘", name))).toEqual([false, false, false, false]);
    const long = "Operations review June–October 2025";
    expect(isReviewSheetName(long, numberedName(long, 3))).toBe(true);
  });
});
